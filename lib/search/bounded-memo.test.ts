import { describe, expect, it } from "vitest";
import { memoizeBounded } from "./bounded-memo";

describe("memoizeBounded", () => {
  it("computes each key once and forgets the oldest beyond the bound", () => {
    const calls: string[] = [];
    const upper = memoizeBounded({ compute: (k) => (calls.push(k), k.toUpperCase()), max: 2 });
    expect([upper("a"), upper("a"), upper("b")]).toEqual(["A", "A", "B"]);
    expect(calls).toEqual(["a", "b"]);
    upper("c"); // evicts "a"
    upper("b");
    upper("a");
    expect(calls).toEqual(["a", "b", "c", "a"]);
  });

  it("remembers answers that are null", () => {
    let n = 0;
    const none = memoizeBounded({ compute: () => (n++, null) });
    none("x");
    none("x");
    expect(n).toBe(1);
  });
});
