import { describe, expect, it } from "vitest";
import { buildMeiliFilter, parseSearchParams } from "./search-params";

describe("search parameters", () => {
  it("parses lists, upper-cases countries, defaults paging", () => {
    const parsed = parseSearchParams({ q: "AI", kind: "initiative,event", country: "zmb" });
    expect(parsed.success).toBe(true);
    if (!parsed.success) return;
    expect(parsed.data).toMatchObject({ q: "AI", kind: ["initiative", "event"], country: ["ZMB"], limit: 20, offset: 0 });
    expect(buildMeiliFilter(parsed.data)).toEqual(['kind IN ["initiative", "event"]', 'countries IN ["ZMB"]']);
  });

  it("rejects bad values with a message", () => {
    const parsed = parseSearchParams({ limit: "-5" });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(parsed.error.issues[0].message).toMatch(/limit/);
    expect(parseSearchParams({ kind: "planet" }).success).toBe(false);
    expect(parseSearchParams({ country: "Z'; DROP" }).success).toBe(false);
  });
});
