import { describe, expect, it } from "vitest";
import { compareCountriesSchema, iso3Schema, parseCountriesParams, selectionParam } from "./country-params";

describe("country params", () => {
  it("normalises ISO3 and rejects anything else", () => {
    expect(iso3Schema.parse("zmb")).toBe("ZMB");
    expect(iso3Schema.safeParse("ZM").success).toBe(false);
    expect(iso3Schema.safeParse("Z1B").success).toBe(false);
  });

  it("parses a selection and round-trips it", () => {
    const p = parseCountriesParams({ selection: "organisation:group-of-friends-ai-capacity-building" });
    expect(p.selection).toEqual({ kind: "organisation", slug: "group-of-friends-ai-capacity-building" });
    expect(selectionParam(p.selection)).toBe("organisation:group-of-friends-ai-capacity-building");
    expect(parseCountriesParams({}).selection).toBeNull();
    expect(parseCountriesParams({ selection: "" }).selection).toBeNull();
  });

  it("reports a malformed selection instead of throwing", () => {
    for (const bad of ["country:zmb", "group-of-friends", "event:<script>", ":x"]) {
      const p = parseCountriesParams({ selection: bad });
      expect(p.selection).toBeNull();
      expect(p.selectionError).toMatch(/selection must look like/);
    }
  });

  it("falls back to sensible sorting", () => {
    expect(parseCountriesParams({ sort: "role:co-sponsor", dir: "asc" })).toMatchObject({ sort: "role:co-sponsor", dir: "asc" });
    expect(parseCountriesParams({ sort: "drop table", dir: "up" })).toMatchObject({ sort: "total", dir: "desc" });
  });

  it("parses a compare list: dedupes, upper-cases, limits", () => {
    expect(compareCountriesSchema.parse("chn, ZMB,,FRA chn")).toEqual(["CHN", "ZMB", "FRA"]);
    expect(compareCountriesSchema.safeParse("").success).toBe(false);
    expect(compareCountriesSchema.safeParse("CHINA").success).toBe(false);
    expect(compareCountriesSchema.safeParse("AAA,BBB,CCC,DDD,EEE,FFF,GGG").success).toBe(false);
  });
});
