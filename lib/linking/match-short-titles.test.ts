import { describe, expect, it } from "vitest";
import { buildGazetteer } from "./gazetteer";
import { linkArticle } from "./link-article";
import { matchShortTitles } from "./match-short-titles";
import type { GazetteerEntry } from "./types";
import { entryBuilders, testEntries } from "@/tests/helpers/test-gazetteer";

function entries(): GazetteerEntry[] {
  const all = testEntries();
  const { org, nextId } = entryBuilders({ firstId: 8000 });
  all.push(
    org("ocean-panel", "Independent International Scientific Panel on Oceans", "独立国际海洋科学小组"),
    org("ocean-network", "International Network of Ocean Data Institutes", "海洋数据机构国际网络"),
    org("ocean-partnership", "Global Partnership on Ocean Data", "全球海洋数据伙伴关系"),
    { id: nextId(), kind: "initiative", slug: "ocean-dialogue", nameEn: "Global Dialogue on Ocean Data Governance", nameZh: null, date: "2025-01-01", aliases: [] },
    { id: nextId(), kind: "initiative", slug: "ocean-act", nameEn: "Kenya Ocean Data Protection Act", nameZh: null, date: "2025-01-01", aliases: [] },
  );
  return all;
}
const gz = buildGazetteer({ entries: entries() });
const found = (text: string) => matchShortTitles({ text, gazetteer: gz }).map((m) => [text.slice(m.start, m.end), gz.entries.get(m.entityId)!.slug]);

describe("matchShortTitles: a body or programme named by some of its name's capitalised words", () => {
  it.each([
    ["The Scientific Panel met in Geneva.", "Scientific Panel", "ocean-panel"],
    ["Delegates praised the International Scientific Panel on Oceans.", "International Scientific Panel on Oceans", "ocean-panel"],
    ["Work began at the International Network in May.", "International Network", "ocean-network"],
    ["States prepared for the Global Dialogue next year.", "Global Dialogue", "ocean-dialogue"],
  ])("%s", (text, surface, slug) => {
    expect(found(text)).toEqual([[surface, slug]]);
  });
  it.each([
    ["the words in another order", "The Ocean Governance Dialogue opened."],
    ["a word the name lacks", "The International Ocean Research Network met."],
    ["a kind of text, not a name", "The treaty consists of a Scientific Panel and a fund."],
    ["the end of a longer name", "The Asian Educational, Scientific Panel met."],
    ["words every body may use", "The Study Group met in the Global Partnership."],
    ["a country's own law named short", "The Data Protection Act was passed."],
    ["a name that goes on to another topic", "The Global Dialogue on Climate opened."],
  ])("not %s", (_why, text) => {
    expect(found(text)).toEqual([]);
  });
  it("is linked with why: the full name and 'short form'", () => {
    const out = linkArticle({ body: "The Scientific Panel met in Geneva.", publishedAt: "2025-06-01", language: "en", gazetteer: gz, model: null });
    const panel = out.mentions.find((m) => gz.entries.get(m.entityId)!.slug === "ocean-panel");
    expect(panel?.why).toEqual({ matched: "Scientific Panel", form: "Independent International Scientific Panel on Oceans (short form)", rule: "title-variant" });
  });
});
