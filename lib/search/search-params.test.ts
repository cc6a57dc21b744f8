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

  it("says what a number field expects when it gets text", () => {
    const messages = (params: Record<string, string>) => {
      const parsed = parseSearchParams(params);
      return parsed.success ? [] : parsed.error.issues.map((i) => i.message);
    };
    expect(messages({ limit: "abc" })).toEqual(["limit is a whole number"]);
    expect(messages({ yearFrom: "20x" })).toEqual(["yearFrom is a year, e.g. 2024"]);
    expect(messages({ yearTo: "1800" })).toEqual(["yearTo is 1900 or later"]);
  });
});

describe("filter helpers", () => {
  it("rejects an inverted year range and drops filter groups", async () => {
    expect(parseSearchParams({ yearFrom: "2025", yearTo: "2020" }).success).toBe(false);
    const parsed = parseSearchParams({ q: "AI", kind: "initiative", language: "zh", yearFrom: "2023" });
    if (!parsed.success) throw parsed.error;
    const { withoutFilter } = await import("./search-params");
    const { hasFilters } = await import("./search-url");
    expect(hasFilters(parsed.data)).toBe(true);
    expect(buildMeiliFilter(withoutFilter(parsed.data, "kind"))).toEqual(['language = "zh"', "year >= 2023"]);
    expect(hasFilters(withoutFilter(parsed.data, "all"))).toBe(false);
  });
});
