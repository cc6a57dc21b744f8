import { describe, expect, it } from "vitest";
import { buildGazetteer } from "./gazetteer";
import { linkArticle } from "./link-article";
import { entryBuilders } from "@/tests/helpers/test-gazetteer";

// States, summits and sentences invented for these tests (not taken from the labelled fixtures).
const { country, event } = entryBuilders({ firstId: 9800 });
const chl = country("CHL", "Chile", "智利");
const ken = country("KEN", "Kenya", "肯尼亚");
const first = event("ocean-ai-safety-summit-2031", "Ocean AI Safety Summit 2031", "海洋人工智能安全峰会", "2031-03-01", [], { hostIds: [chl.id] });
const second = event("ocean-ai-summit-2032", "Ocean AI Summit 2032", "海洋人工智能峰会", "2032-05-20", [], { hostIds: [chl.id, ken.id] });
const third = event("ocean-ai-action-summit-2033", "Ocean AI Action Summit 2033", "海洋人工智能行动峰会", "2033-02-10", [], { hostIds: [ken.id] });
first.relatedIds = [second.id];
second.relatedIds = [first.id, third.id];
third.relatedIds = [second.id];
const trade = event("kenya-trade-summit-2033", "Kenya Trade Summit 2033", "肯尼亚贸易峰会", "2033-03-01", [], { hostIds: [ken.id] });
const gazetteer = buildGazetteer({ entries: [chl, ken, first, second, third, trade] });
const events = (body: string, publishedAt: string | null) =>
  linkArticle({ body, publishedAt, language: "en", gazetteer, model: null })
    .mentions.filter((m) => m.kind === "event")
    .map((m) => gazetteer.entries.get(m.entityId)!.slug);

describe("a summit named by the state that hosted it", () => {
  it("is the AI summit that state hosted nearest the article's date", () => {
    expect(events("Delegates will attend Kenya's upcoming AI summit in February.", "2033-01-10")).toEqual(["ocean-ai-action-summit-2033"]);
    expect(events("Delegates attended Chile's AI summit last month.", "2032-06-15")).toEqual(["ocean-ai-summit-2032"]);
  });
  it("the first of its series for 'inaugural' or 'first', and by the words between, held by its names or its series' earlier ones", () => {
    expect(events("Delegates recalled Chile's inaugural AI summit.", "2032-06-15")).toEqual(["ocean-ai-safety-summit-2031"]);
    expect(events("Delegates recalled Kenya's AI Action Summit.", "2032-06-15")).toEqual(["ocean-ai-action-summit-2033"]);
    expect(events("Kenya's AI Safety Summit drew delegates.", "2032-06-01")).toEqual(["ocean-ai-summit-2032"]);
  });
  it("not in a sentence that is not about AI, nor a summit the state did not host, nor one a year from the article", () => {
    expect(events("Kenya's trade summit drew delegates.", "2033-03-02")).toEqual([]);
    expect(events("Chile's AI Action Summit drew delegates.", "2033-02-11")).toEqual([]);
    expect(events("Delegates attended Chile's AI summit.", "2036-01-01")).toEqual([]);
  });
});
