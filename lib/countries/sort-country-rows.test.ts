import { describe, expect, it } from "vitest";
import { sortCountryRows } from "./sort-country-rows";

const rows: { iso3: string; nameEn: string; total: number; articles: number; byRole: Record<string, number>; byKind: Record<string, number> }[] = [
  { iso3: "ZMB", nameEn: "Zambia", total: 3, articles: 1, byRole: { "co-founder": 1 }, byKind: { event: 2 } },
  { iso3: "CHN", nameEn: "China", total: 5, articles: 1, byRole: { "co-founder": 1, proposer: 1 }, byKind: { event: 2 } },
  { iso3: "FRA", nameEn: "France", total: 1, articles: 0, byRole: {}, byKind: { event: 1 } },
];

describe("sortCountryRows", () => {
  it("sorts by total, name, role and kind in either direction with stable ties", () => {
    expect(sortCountryRows({ rows, sort: "total", dir: "desc" }).map((r) => r.iso3)).toEqual(["CHN", "ZMB", "FRA"]);
    expect(sortCountryRows({ rows, sort: "name", dir: "asc" }).map((r) => r.iso3)).toEqual(["CHN", "FRA", "ZMB"]);
    expect(sortCountryRows({ rows, sort: "role:co-founder", dir: "desc" }).map((r) => r.iso3)).toEqual(["CHN", "ZMB", "FRA"]);
    expect(sortCountryRows({ rows, sort: "role:proposer", dir: "asc" }).map((r) => r.iso3)).toEqual(["ZMB", "FRA", "CHN"]);
    expect(sortCountryRows({ rows, sort: "kind:event", dir: "desc" }).map((r) => r.iso3)).toEqual(["CHN", "ZMB", "FRA"]);
    expect(sortCountryRows({ rows, sort: "articles", dir: "asc" }).map((r) => r.iso3)).toEqual(["FRA", "CHN", "ZMB"]);
  });
});
