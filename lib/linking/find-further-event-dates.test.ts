import { describe, expect, it } from "vitest";
import { buildGazetteer, datedCandidatesNear, MODEL_DATED_EVENT_SLUG } from "./gazetteer";
import { eventDateModel } from "./event-date-model";
import { BARE_YEAR_THRESHOLD, findFurtherEventDates, furtherDateCandidates } from "./find-further-event-dates";
import { linkArticle } from "./link-article";
import { resolveDates } from "./resolve-dates";
import { splitSentences } from "./sentences";
import type { EventDateModel } from "./event-date-model";
import type { FoundMention, GazetteerEntry } from "./types";

const entry = (e: Partial<GazetteerEntry> & Pick<GazetteerEntry, "id" | "kind" | "slug" | "nameEn">): GazetteerEntry => ({
  nameZh: null,
  status: "confirmed",
  symbol: null,
  date: null,
  aliases: [],
  ...e,
});
const gazetteer = buildGazetteer({
  entries: [
    entry({ id: 1, kind: "country", slug: "brazil", nameEn: "Brazil", iso3: "BRA" }),
    entry({ id: 2, kind: "initiative", slug: "brazil-ai-bill", nameEn: "AI Bill 2338", date: "2024-12-10" }),
  ],
});
const mention = ({ text, surface, entityId, kind }: { text: string; surface: string; entityId: number; kind: FoundMention["kind"] }): FoundMention => {
  const start = text.indexOf(surface);
  return { entityId, kind, surface, start, end: start + surface.length, confidence: 1, method: "gazetteer", evidence: "", evidenceStart: 0 };
};
/** a model that weighs every date as its bias says (the weights of one word can lift or sink it) */
const model = ({ bias, words = {} }: { bias: number; words?: Record<string, number> }): EventDateModel => ({
  families: ["event"],
  weights: { bias: [bias], ...Object.fromEntries(Object.entries(words).map(([w, x]) => [w, [x]])) },
  threshold: 0.5,
});

function read({ text, mentions = [], reported = [] }: { text: string; mentions?: FoundMention[]; reported?: string[] }) {
  const sentences = splitSentences(text);
  const dates = resolveDates({ text, publishedAt: "2025-03-01" });
  return furtherDateCandidates({ text, sentences, readText: text, readSentences: sentences, dates, mentions, reported: new Set(reported), publishedAt: "2025-03-01" });
}

describe("furtherDateCandidates", () => {
  const text = "Brazil's Senate approved AI Bill 2338 in December 2024. The bill went to the lower house in December 2024 and was debated in March 2025.";
  const mentions = [mention({ text, surface: "Brazil", entityId: 1, kind: "country" }), mention({ text, surface: "AI Bill 2338", entityId: 2, kind: "initiative" })];

  it("describes each date value the readers did not report once, by its first mention", () => {
    const found = read({ text, mentions, reported: ["2025-03"] });
    expect(found.map((c) => c.date.date)).toEqual(["2024-12"]);
    const [c] = found;
    expect(c.sentence.start).toBe(0);
    expect(c.features).toEqual(expect.arrayContaining(["bias", "p:month", "l:in", "yd:-1", "top", "dup", "mk:initiative", "mk:country", "w:approved"]));
    expect(c.features).not.toContain("in-name");
  });

  it("leaves out the dates the readers rule out by their own words: a deadline, a span's start, a dateline", () => {
    expect(read({ text: "Brazil aims to pass AI Bill 2338 by 2030." })).toEqual([]);
    expect(read({ text: "Brazil has debated AI Bill 2338 since 2023." })).toEqual([]);
    expect(read({ text: "BRASILIA, Feb. 3 (Xinhua) -- Brazil's lawmakers debated AI Bill 2338." })).toEqual([]);
    expect(read({ text: "Brazil's lawmakers debated AI Bill 2338 on 3 February." }).map((c) => c.date.date)).toEqual(["2025-02-03"]);
    // (a value ruled out where it first stands is described where it next stands)
    const later = read({ text: "Brazil aims to pass AI Bill 2338 by 2030. A summit in 2030 will review it." });
    expect(later.map((c) => [c.date.date, c.sentence.start > 0])).toEqual([["2030", true]]);
  });

  it("leaves out a month or year of a day the readers reported: a coarser report of it, not another event", () => {
    const text = "The senate debated AI Bill 2338 in February 2025 and again in March 2025, and passed it in 2025.";
    expect(read({ text, reported: ["2025-02-10"] }).map((c) => c.date.date)).toEqual(["2025-03"]);
    expect(read({ text, reported: ["2024-02-10"] }).map((c) => c.date.date)).toEqual(["2025-02", "2025-03", "2025"]);
  });

  it("says when the date stands inside a name the sentence links", () => {
    const named = "The 2021 Recommendation was cited.";
    const [c] = read({ text: named, mentions: [mention({ text: named, surface: "2021 Recommendation", entityId: 2, kind: "initiative" })] });
    expect(c.features).toContain("in-name");
  });
});

describe("findFurtherEventDates", () => {
  const text = "Brazil's Senate approved AI Bill 2338 in December 2024. The lower house then met on 3 February 2025 to hear experts.";
  const mentions = [mention({ text, surface: "Brazil", entityId: 1, kind: "country" }), mention({ text, surface: "AI Bill 2338", entityId: 2, kind: "initiative" })];
  const candidates = read({ text, mentions });

  it("makes the one document a sentence names the object of the act on a date the model weighs high", () => {
    const events = findFurtherEventDates({ candidates, model: model({ bias: 3 }), mentions, gazetteer, language: "en" });
    expect(events[0]).toMatchObject({ date: "2024-12", precision: "month", matchedEntityId: 2, act: true, proposal: null, actors: [], evidenceStart: 0 });
    expect(events[0].confidence).toBeCloseTo(0.95, 2);
  });

  it("proposes an event named by the words beside a date no document is named with, for an editor to review", () => {
    const events = findFurtherEventDates({ candidates, model: model({ bias: 3 }), mentions, gazetteer, language: "en" });
    expect(events[1]).toMatchObject({ date: "2025-02-03", matchedEntityId: null, actors: [] });
    expect(events[1].proposal?.slug.startsWith(`${MODEL_DATED_EVENT_SLUG}2025-02-03-`)).toBe(true);
    expect(events[1].proposal?.nameEn).toBe("to hear experts.");
  });

  it("names a Chinese article's event by its own words in both names, and proposes nothing for a line that is only a date", () => {
    const zh = "巴西众议院于2025年2月3日听取专家意见。";
    const [event] = findFurtherEventDates({ candidates: read({ text: zh }), model: model({ bias: 3 }), mentions: [], gazetteer, language: "zh" });
    expect(event.proposal).toMatchObject({ nameZh: "听取专家意见。", nameEn: "Event on 2025-02-03: 听取专家意见。" });
    const line = "Brazil's lawmakers met.\n\n3 February 2025\n\nThey heard experts.";
    expect(read({ text: line }).map((c) => c.date.date)).toEqual(["2025-02-03"]);
    expect(findFurtherEventDates({ candidates: read({ text: line }), model: model({ bias: 3 }), mentions: [], gazetteer, language: "en" })).toEqual([]);
  });

  it("takes a bare year only at BARE_YEAR_THRESHOLD, a month or day at the model's own threshold", () => {
    const text = "Kenya's lawmakers met on 3 February 2025. They debated it in 2024.";
    // (a model threshold under the bare year's, and a bias that puts every date's p between the two)
    const threshold = BARE_YEAR_THRESHOLD - 0.2;
    const between = (threshold + BARE_YEAR_THRESHOLD) / 2;
    const over = { ...model({ bias: 0 }), threshold };
    // (p = .5 for every date: over both)
    expect(findFurtherEventDates({ candidates: read({ text }), model: over, mentions: [], gazetteer, language: "en" }).map((e) => e.date)).toEqual(["2025-02-03", "2024"]);
    const under = { ...model({ bias: Math.log(between / (1 - between)) }), threshold };
    expect(findFurtherEventDates({ candidates: read({ text }), model: under, mentions: [], gazetteer, language: "en" }).map((e) => e.date)).toEqual(["2025-02-03"]);
  });

  it("adds nothing the model weighs below its threshold", () => {
    expect(findFurtherEventDates({ candidates, model: model({ bias: -3 }), mentions, gazetteer, language: "en" })).toEqual([]);
    // (one word of the sentence is enough to lift a date over it)
    const lifted = findFurtherEventDates({ candidates, model: model({ bias: -3, words: { "w:approved": 6 } }), mentions, gazetteer, language: "en" });
    expect(lifted.map((e) => e.date)).toEqual(["2024-12"]);
  });
});

describe("MODEL_DATED_EVENT_SLUG", () => {
  it("keeps the model's proposed events out of the events a later article is matched to, until an editor accepts one", () => {
    const g = buildGazetteer({
      entries: [
        entry({ id: 1, kind: "country", slug: "france", nameEn: "France", iso3: "FRA" }),
        entry({ id: 5, kind: "event", slug: `${MODEL_DATED_EVENT_SLUG}2025-02-09-abc`, nameEn: "France hosts leaders in Paris", date: "2025-02-09", status: "proposed" }),
        entry({ id: 6, kind: "event", slug: "proposed-event-2025-02-09-def", nameEn: "a visit to France", date: "2025-02-09", status: "proposed" }),
        entry({ id: 7, kind: "event", slug: `${MODEL_DATED_EVENT_SLUG}2025-02-08-ghi`, nameEn: "an accepted one", date: "2025-02-08" }),
      ],
    });
    expect(
      datedCandidatesNear(g, "2025-02-09")
        .map((e) => e.id)
        .sort(),
    ).toEqual([6, 7]);
    expect(g.related.has(5)).toBe(false);
  });
});

describe("linkArticle with an event-date model", () => {
  // (no reader dates a bill "first tabled": the model may)
  const body = "Brazil's AI Bill 2338, first tabled in May 2023, remains under debate.";

  it("adds the model's dates to the readers' events, and none without a model", () => {
    const withModel = linkArticle({ body, publishedAt: "2025-03-01", language: "en", gazetteer, model: null, dateModel: model({ bias: 3 }) });
    const without = linkArticle({ body, publishedAt: "2025-03-01", language: "en", gazetteer, model: null, dateModel: null });
    expect(without.events).toEqual([]);
    expect(without.dateCandidates.map((c) => c.date.date)).toEqual(["2023-05"]);
    expect(withModel.events.map((e) => [e.date, e.matchedEntityId, e.act])).toEqual([["2023-05", 2, true]]);
  });

  it("leaves a bare year the readers propose (no atlas entry, no text named) to the model to weigh", () => {
    const year = "With Brazil, we established a Joint Research Laboratory in 2023.";
    const link = (dateModel: EventDateModel | null) => linkArticle({ body: year, publishedAt: "2025-03-01", language: "en", gazetteer, model: null, dateModel });
    // (the readers alone keep their reading; the model decides when there is one)
    expect(link(null).events.map((e) => [e.date, e.precision])).toEqual([["2023", "year"]]);
    expect(link(null).dateCandidates.map((c) => c.date.date)).toEqual(["2023"]);
    expect(link(model({ bias: -3 })).events).toEqual([]);
    expect(link(model({ bias: 3 })).events.map((e) => e.date)).toEqual(["2023"]);
  });

  it("ships a trained model", () => {
    expect(eventDateModel?.families).toEqual(["event"]);
    expect(Object.keys(eventDateModel?.weights ?? {}).length).toBeGreaterThan(100);
  });
});
