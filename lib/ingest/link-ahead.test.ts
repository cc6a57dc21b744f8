import { describe, expect, it } from "vitest";
import { addToGazetteer, buildGazetteer } from "@/lib/linking/gazetteer";
import { linkArticle } from "@/lib/linking/link-article";
import type { GazetteerEntry } from "@/lib/linking/types";
import { testEntries } from "@/tests/helpers/test-gazetteer";
import { canChangeLinks } from "./run-link-ahead";

// The link-ahead worker (link-ahead.ts) trusts links made against a gazetteer that lacked some proposed entities
// when none of them can change links: proposed entities must reach linking only through a UN symbol looked up or a
// date asked about, never by their names. Names and sentences are invented for this test.
const BODY = [
  "Chile and Kenya launched the Andes Open Data Compact in Lima on 3 March 2031.",
  "智利和肯尼亚在利马发起《安第斯开放数据契约》，并成立安第斯数据理事会。",
  "The Andean Data Council met again in Quito, and the Pacific Data Summit is planned.",
].join("\n\n");

const proposed = (id: number, kind: GazetteerEntry["kind"], nameEn: string, nameZh: string | null, date: string | null = null): GazetteerEntry => ({
  id,
  kind,
  slug: `proposed-${id}`,
  nameEn,
  nameZh,
  status: "proposed",
  date,
  aliases: [],
});

describe("proposed entities reach linking only through a symbol or a date", () => {
  it("links are the same with or without proposed entities named in the text, dated far from its dates", () => {
    const before = linkArticle({ body: BODY, publishedAt: "2031-03-04", language: "en", gazetteer: buildGazetteer({ entries: testEntries() }), model: null });
    const gazetteer = buildGazetteer({ entries: testEntries() });
    const added = [
      proposed(90001, "initiative", "Andes Open Data Compact", "安第斯开放数据契约"),
      proposed(90002, "organisation", "Andean Data Council", "安第斯数据理事会"),
      proposed(90003, "event", "Pacific Data Summit", null, "2029-11-20"),
    ];
    for (const e of added) addToGazetteer(gazetteer, e);
    const after = linkArticle({ body: BODY, publishedAt: "2031-03-04", language: "en", gazetteer, model: null });
    expect(JSON.stringify(after)).toBe(JSON.stringify(before));
    for (const entry of added) expect(canChangeLinks({ entry, symbols: new Set(), dates: ["2031-03-03", "2031-03-04"] })).toBe(false);
  });

  it("a proposed event dated within a day of a date asked about may change them", () => {
    expect(canChangeLinks({ entry: proposed(90004, "event", "Lima Meeting", null, "2031-03-04"), symbols: new Set(), dates: ["2031-03-03"] })).toBe(true);
  });
});
