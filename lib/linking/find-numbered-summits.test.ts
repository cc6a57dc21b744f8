import { describe, expect, it } from "vitest";
import { buildGazetteer } from "./gazetteer";
import { findNumberedSummits } from "./find-numbered-summits";
import { linkArticle } from "./link-article";
import type { GazetteerEntry } from "./types";

// Events and sentences invented for these tests (not taken from the labelled fixtures).
let id = 9700;
const event = (slug: string, nameEn: string, nameZh: string | null, date: string, aliases: string[] = []): GazetteerEntry => ({
  id: id++,
  kind: "event",
  slug,
  nameEn,
  nameZh,
  date,
  aliases: aliases.map((alias) => ({ alias, language: null, aliasType: "other" })),
});
const link = (entries: GazetteerEntry[]) => {
  for (const [i, e] of entries.entries()) e.relatedIds = entries.filter((_, j) => Math.abs(i - j) === 1).map((x) => x.id);
};
// a series of AI summits, one of another series, and a series of meetings not on AI
const safety = [
  event("ai-ocean-safety-summit-2031", "AI Ocean Safety Summit 2031", "人工智能海洋安全峰会", "2031-03-01"),
  event("ai-ocean-summit-2032", "AI Ocean Summit 2032", "人工智能海洋峰会", "2032-05-20"),
  event("ai-ocean-impact-summit-2033", "AI Ocean Impact Summit 2033", "人工智能海洋影响峰会", "2033-02-10"),
];
link(safety);
const military = [
  event("reef-ai-summit-2031", "Summit on Responsible AI at the Reef 2031", null, "2031-06-01", ["REEF AI"]),
  event("reef-ai-summit-2032", "Summit on Responsible AI at the Reef 2032", null, "2032-09-09", ["REEF AI"]),
];
link(military);
const trade = [event("trade-summit-2031", "Trade Summit 2031", null, "2031-01-01"), event("trade-summit-2032", "Trade Summit 2032", null, "2032-01-01")];
link(trade);
const gazetteer = buildGazetteer({ entries: [...safety, ...military, ...trade] });
const read = (text: string, publishedAt: string | null) =>
  findNumberedSummits({ gazetteer, text, mentions: [], publishedAt }).map((m) => [gazetteer.entries.get(m.entityId)!.slug, m.surface]);

describe("findNumberedSummits", () => {
  it("names the edition of the one series of AI summits that has it, by its number", () => {
    expect(read("The third global AI summit closed with a declaration.", "2033-02-12")).toEqual([["ai-ocean-impact-summit-2033", "third global AI summit"]]);
    expect(read("第三届全球人工智能峰会闭幕。", "2033-02-12")).toEqual([["ai-ocean-impact-summit-2033", "第三届全球人工智能峰会"]]);
  });

  it("of two series with that edition, the one that met within weeks of the article's date", () => {
    expect(read("The second Global AI Summit featured leading companies.", "2032-05-21")).toEqual([["ai-ocean-summit-2032", "second Global AI Summit"]]);
    expect(read("The second Global AI Summit featured leading companies.", "2032-09-10")).toEqual([["reef-ai-summit-2032", "second Global AI Summit"]]);
    // (the other's edition met more than weeks after the article: not the one meant)
    expect(read("The second Global AI Summit featured leading companies.", "2032-07-15")).toEqual([["ai-ocean-summit-2032", "second Global AI Summit"]]);
    expect(read("The second Global AI Summit featured leading companies.", null)).toEqual([]);
  });

  it("by the words beside the number, held by the series' names up to that edition", () => {
    expect(read("The second AI safety summit met last spring.", "2032-09-10")).toEqual([["ai-ocean-summit-2032", "second AI safety summit"]]);
    expect(read("The second REEF AI summit met last week.", "2032-09-20")).toEqual([["reef-ai-summit-2032", "second REEF AI summit"]]);
    // ("Impact": a name only the third edition took)
    expect(read("Leaders attend the 2nd AI Impact Summit.", "2033-02-12")).toEqual([]);
  });

  it("not an edition weeks after the article, a series with no such edition, nor a summit not on AI", () => {
    expect(read("The third AI summit will be held next year.", "2032-06-01")).toEqual([]);
    expect(read("The fourth global AI summit closed.", "2034-01-01")).toEqual([]);
    expect(read("The second trade summit closed.", "2032-01-05")).toEqual([]);
  });

  it("is a mention of the edition when an article is linked", () => {
    const linked = linkArticle({ body: "The third global AI summit closed with a declaration.", publishedAt: "2033-02-12", language: "en", gazetteer, model: null });
    expect(linked.mentions.filter((m) => m.kind === "event").map((m) => gazetteer.entries.get(m.entityId)!.slug)).toEqual(["ai-ocean-impact-summit-2033"]);
  });
});
