import { describe, expect, it } from "vitest";
import { parseSearchParams } from "./search-params";
import { buildSearchHref, readSearchForm, toggleValue } from "./search-url";

describe("search URLs", () => {
  it("writes only what is set, and parses back to the same query", () => {
    const href = buildSearchHref({ q: "之友小组", kind: ["organisation", "event"], country: ["ZMB"], organisation: [], yearFrom: 2024 });
    expect(href).toBe("/search?q=%E4%B9%8B%E5%8F%8B%E5%B0%8F%E7%BB%84&kind=organisation%2Cevent&country=ZMB&yearFrom=2024");
    const parsed = parseSearchParams(Object.fromEntries(new URL(href, "http://x").searchParams));
    expect(parsed.success && parsed.data).toMatchObject({ q: "之友小组", kind: ["organisation", "event"], country: ["ZMB"], yearFrom: 2024 });
    expect(buildSearchHref({ q: " ", kind: [], country: [], organisation: [] })).toBe("/search");
    expect(buildSearchHref({ q: "", kind: [], country: ["ZMB", "CHN"], organisation: ["g20"] })).toBe("/search?country=ZMB&country=CHN&organisation=g20");
  });

  it("reads the plain form: empty fields are unset, repeated checkboxes are a list", () => {
    const form = new FormData();
    form.append("q", "GAIGI");
    form.append("kind", "initiative");
    form.append("kind", "event");
    form.append("yearFrom", "");
    form.append("language", "");
    expect(readSearchForm(form)).toEqual({ q: "GAIGI", kind: ["initiative", "event"], country: [], organisation: [], language: undefined, yearFrom: undefined, yearTo: undefined });
    expect(parseSearchParams({ q: "x", yearFrom: "", kind: ["initiative", "event"] }).success).toBe(true);
  });

  it("toggles list values", () => {
    expect(toggleValue(["a"], "b")).toEqual(["a", "b"]);
    expect(toggleValue(["a", "b"], "a")).toEqual(["b"]);
  });
});
