import { describe, expect, it } from "vitest";
import { buildCountriesView } from "./countries-view";
import { NO_PARTICIPATION_COLOUR } from "./map-colours";

const row = (iso3: string, total: number, selectionRoles: string[] = [], viaParts = false) => ({
  id: iso3.charCodeAt(0),
  iso3,
  nameEn: iso3,
  nameZh: null,
  total,
  articles: 0,
  byKind: {},
  byRole: Object.fromEntries(selectionRoles.map((r) => [r, 1])),
  selectionRoles,
  viaParts,
});

describe("buildCountriesView", () => {
  it("without a selection: colours by count, lists every country", () => {
    const v = buildCountriesView({ rows: [row("CHN", 5), row("ZMB", 2), row("SGP", 0)], selected: null, sort: "total", dir: "desc" });
    expect(v.tableRows.map((r) => r.iso3)).toEqual(["CHN", "ZMB", "SGP"]);
    expect(v.map.get("SGP")).toMatchObject({ fill: NO_PARTICIPATION_COLOUR, highlighted: false });
    expect(v.map.get("CHN")!.fill).not.toBe(v.map.get("ZMB")!.fill);
    expect(v.participating).toBe(2);
  });

  it("with a selection: highlights its members, shades meeting-goers, lists only participants", () => {
    const v = buildCountriesView({
      rows: [row("CHN", 2, ["co-chair", "co-founder"]), row("ZMB", 2, ["co-founder"]), row("FRA", 1, [], true), row("USA", 0)],
      selected: { name: "Group of Friends" },
      sort: "name",
      dir: "asc",
    });
    expect(v.map.get("CHN")).toMatchObject({ highlighted: true, tier: "leads", label: "CHN: Co-founder, Co-chair" });
    expect(v.map.get("ZMB")).toMatchObject({ highlighted: true, tier: "leads" });
    expect(v.map.get("FRA")).toMatchObject({ highlighted: false, tier: "via-parts" });
    expect(v.map.get("USA")).toMatchObject({ highlighted: false, tier: null, fill: NO_PARTICIPATION_COLOUR });
    expect(v.tableRows.map((r) => [r.iso3, r.roleNote])).toEqual([
      ["CHN", "Co-founder, Co-chair"],
      ["FRA", "Took part in its meetings or parts"],
      ["ZMB", "Co-founder"],
    ]);
    expect(v.roles).toEqual(["co-founder", "co-chair"]);
  });
});
