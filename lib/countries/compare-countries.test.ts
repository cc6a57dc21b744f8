import { describe, expect, it } from "vitest";
import { compareCountries } from "./compare-countries";

const e = (id: number, date: string) => ({ id, kind: "event" as const, slug: `e${id}`, nameEn: `Event ${id}`, nameZh: null, date, symbol: null });

describe("compareCountries", () => {
  const rows = [
    { iso3: "CHN", role: "co-founder", entity: e(1, "2024-12") },
    { iso3: "CHN", role: "co-chair", entity: e(1, "2024-12") },
    { iso3: "ZMB", role: "co-founder", entity: e(1, "2024-12") },
    { iso3: "FRA", role: "participant", entity: e(1, "2024-12") },
    { iso3: "CHN", role: "co-host", entity: e(2, "2025-05-06") },
    { iso3: "ZMB", role: "co-host", entity: e(2, "2025-05-06") },
    { iso3: "CHN", role: "proposer", entity: e(3, "2023") },
    { iso3: "FRA", role: "host", entity: e(4, "2025-02") },
    { iso3: "USA", role: "host", entity: e(5, "2023") },
  ];

  it("splits into shared by all, shared by some, and only one", () => {
    const c = compareCountries({ countries: ["CHN", "ZMB", "FRA"], rows });
    expect(c.shared.map((r) => r.entity.id)).toEqual([1]);
    expect(c.shared[0].roles).toEqual({ CHN: ["co-founder", "co-chair"], ZMB: ["co-founder"], FRA: ["participant"] });
    expect(c.some.map((r) => r.entity.id)).toEqual([2]);
    expect(c.some[0].roles.FRA).toEqual([]);
    expect(c.only.CHN.map((r) => r.entity.id)).toEqual([3]);
    expect(c.only.FRA.map((r) => r.entity.id)).toEqual([4]);
    expect(c.only.ZMB).toEqual([]);
  });

  it("with two countries, anything both have is shared and nothing is 'some'", () => {
    const c = compareCountries({ countries: ["CHN", "ZMB"], rows });
    expect(c.shared.map((r) => r.entity.id)).toEqual([1, 2]);
    expect(c.some).toEqual([]);
    expect(c.only.CHN.map((r) => r.entity.id)).toEqual([3]);
  });

  it("ignores countries that are not compared", () => {
    const c = compareCountries({ countries: ["CHN"], rows });
    expect(c.shared).toEqual([]);
    expect(c.only.CHN.map((r) => r.entity.id)).toEqual([3, 1, 2]);
  });
});
