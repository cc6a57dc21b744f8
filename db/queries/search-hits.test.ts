import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "@/db/open";
import { saveEntity } from "@/lib/seed/save-entity";
import { createTestDatabase } from "@/tests/helpers/test-database";
import { getFacetLabels, getSearchHitRows } from "./search-hits";

const database = createTestDatabase();
const { db } = database;
afterAll(() => database.remove());

const zambia = (nameEn: string) => ({ kind: "country" as const, slug: "zmb", nameEn, nameZh: "赞比亚", iso2: "ZM", iso3: "ZMB", aliases: [], sources: [] });

describe("getFacetLabels", () => {
  it("names the asked-for values only", () => {
    db.transaction((tx) => saveEntity({ tx, input: zambia("Zambia") }));
    expect(getFacetLabels({ db, countries: ["ZMB", "XXX"], organisations: ["nobody"] })).toEqual({
      country: { ZMB: { nameEn: "Zambia", nameZh: "赞比亚" } },
      organisation: {},
    });
  });

  it("shows a rename at once, made on this connection or another one", () => {
    getFacetLabels({ db, countries: ["ZMB"], organisations: [] });
    db.transaction((tx) => saveEntity({ tx, input: zambia("Republic of Zambia") }));
    expect(getFacetLabels({ db, countries: ["ZMB"], organisations: [] }).country.ZMB.nameEn).toBe("Republic of Zambia");

    const other = openDatabase({ file: database.file });
    other.transaction((tx) => saveEntity({ tx, input: zambia("Zambia (renamed elsewhere)") }));
    other.$client.close();
    expect(getFacetLabels({ db, countries: ["ZMB"], organisations: [] }).country.ZMB.nameEn).toBe("Zambia (renamed elsewhere)");
  });
});

describe("getSearchHitRows", () => {
  it("answers entity rows as they are now, after an edit on this connection or another one", () => {
    const { id } = db.transaction((tx) => saveEntity({ tx, input: zambia("Zambia") }));
    const nameOf = () => getSearchHitRows({ db, entityIds: [id, 999_999], articleIds: [] }).entities.get(id)?.nameEn;
    expect(nameOf()).toBe("Zambia");
    expect(getSearchHitRows({ db, entityIds: [id, 999_999], articleIds: [] }).entities.has(999_999)).toBe(false);

    db.transaction((tx) => saveEntity({ tx, input: zambia("Republic of Zambia") }));
    expect(nameOf()).toBe("Republic of Zambia");

    const other = openDatabase({ file: database.file });
    other.transaction((tx) => saveEntity({ tx, input: zambia("Zambia again") }));
    other.$client.close();
    expect(nameOf()).toBe("Zambia again");
  });
});
