import { describe, expect, it } from "vitest";
import { buildGazetteer } from "./gazetteer";
import { linkArticle } from "./link-article";
import type { GazetteerEntry } from "./types";
import { entryBuilders, testEntries } from "@/tests/helpers/test-gazetteer";

// Sentences written for these tests (not taken from the labelled fixtures): each form of a dated event is checked
// on wording of its own, zh and en, with a case where the rule must not fire.
function entries(): GazetteerEntry[] {
  const all = testEntries();
  const { country, org, nextId } = entryBuilders({ firstId: 3000 });
  all.push(country("JPN", "Japan", "日本"), country("KEN", "Kenya", "肯尼亚"), country("CHL", "Chile", "智利"), org("african-union", "African Union", "非洲联盟", ["AU", "非盟"]));
  all.push(
    { id: nextId(), kind: "event", slug: "lagos-ai-forum-2031", nameEn: "Lagos AI Forum 2031", nameZh: "2031拉各斯人工智能论坛", date: "2031-03-11", aliases: [] },
    { id: nextId(), kind: "initiative", slug: "nairobi-data-charter", nameEn: "Nairobi Data Charter", nameZh: "内罗毕数据宪章", date: "2031-06-02", aliases: [] },
  );
  return all;
}
const gz = buildGazetteer({ entries: entries() });
const key = (id: number) => gz.entries.get(id)!.iso3 ?? gz.entries.get(id)!.slug;
const link = (body: string, publishedAt: string | null) => linkArticle({ body, publishedAt, language: /[\u4e00-\u9fff]/.test(body) ? "zh" : "en", gazetteer: gz });
const dates = (body: string, publishedAt: string | null) => [...new Set(link(body, publishedAt).events.map((e) => e.date))].sort();

describe("an undated article read against a day guessed from the events it names", () => {
  it("keeps a stated day and month, drops dates that count from the (guessed) dateline", () => {
    // the anchor is the forum's own day: "next March" / "March's forum" would date the forum a year off
    expect(dates("Kenya and Chile will meet again at the Lagos AI Forum 2031 next March.", null)).toEqual([]);
    expect(dates("Ahead of March's Lagos AI Forum 2031, Kenya hosted a meeting.", null)).toEqual([]);
    expect(dates("肯尼亚和智利将出席明年举行的2031拉各斯人工智能论坛。", null)).toEqual([]);
    // a day and month whose year the named forum fixes
    expect(dates("The Lagos AI Forum 2031 was held on 11 March, hosted by Kenya.", null)).toEqual(["2031-03-11"]);
  });
});
