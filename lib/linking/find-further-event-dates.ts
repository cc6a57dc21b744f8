import { MODEL_DATED_EVENT_SLUG, type Gazetteer } from "./gazetteer";
import { hash, isEventDate, wordsNamingDate } from "./propose-events";
import { wordsOf } from "./relation-candidates";
import { scoreFeatures } from "./train-relation-model";
import type { EventDateModel } from "./event-date-model";
import type { DateMention, FoundMention, ProposedEvent, Sentence } from "./types";

/**
 * The dates the event readers (propose-events.ts) passed over, each described by the words around it, for the
 * event-date model to weigh: "the bill, approved by the Senate in December 2024", "the 2021 Recommendation".
 * The readers are written for the forms they know; the model, trained on the labelled articles, finds the dates
 * a reader would still put on the article's timeline. Pure: the article's links in, candidates and events out.
 */
export type FurtherDateCandidate = {
  /** the first mention of a date value no reader reported */
  date: DateMention;
  sentence: Sentence;
  features: string[];
};

const HAN = /[\u4e00-\u9fff]/;

/** "0", "1", "few", "many": counts as the model reads them. */
const bucket = (n: number) => (n === 0 ? "0" : n === 1 ? "1" : n <= 3 ? "few" : "many");

/** The shape of a date as written: "30日", "on Thursday", "May 2024", "2024-05-21". */
function surfaceShape(surface: string): string {
  if (HAN.test(surface)) return "zh";
  if (/day\b/i.test(surface)) return "weekday";
  return /[a-z]/i.test(surface) ? "words" : "digits";
}

/**
 * Each date value the readers did not report, once, by its first mention the readers do not rule out, described by
 * its words: those before and after it and in its sentence, its precision and shape, how many years it lies from the
 * article's date, the kinds of names its sentence links and whether it stands inside one.
 */
export function furtherDateCandidates({
  text,
  sentences,
  dates,
  mentions,
  reported,
  publishedAt,
  readText,
  readSentences,
}: {
  text: string;
  /** the body as the readers read it (simplified characters, same offsets), and its sentences */
  readText: string;
  readSentences: Sentence[];
  sentences: Sentence[];
  dates: DateMention[];
  mentions: FoundMention[];
  /** the dates the readers put on the timeline (each value once is enough: the model adds no second report) */
  reported: Set<string>;
  publishedAt: string | null;
}): FurtherDateCandidate[] {
  const out: FurtherDateCandidate[] = [];
  const seen = new Set<string>();
  const published = publishedAt?.slice(0, 10) ?? null;
  // ("opened on 20 November … hosted the summit in November": the month or year of a day already reported is a
  // coarser report of it, not an event of its own)
  const coarser = new Set([...reported].flatMap((r) => [r.slice(0, 4), r.slice(0, 7)].filter((x) => x.length < r.length)));
  for (const d of dates) {
    if (reported.has(d.date) || seen.has(d.date) || coarser.has(d.date)) continue;
    const index = sentences.findIndex((s) => d.start >= s.start && d.start < s.end);
    if (index < 0) continue;
    const s = sentences[index];
    // a date the readers rule out by its own words (a dateline, a briefing's day, a deadline, "since", a wish, a
    // report's date) stays out: the model weighs only what might be an event
    if (!isEventDate({ sentence: readSentences[index], date: { ...d, surface: readText.slice(d.start, d.end) } })) continue;
    seen.add(d.date);
    const f = ["bias", `p:${d.precision}`, `rel:${d.relative}`, `vals:${bucket(reported.size)}`, `sf:${surfaceShape(d.surface)}`];
    for (const w of wordsOf({ text: text.slice(Math.max(s.start, d.start - 30), d.start) }).slice(-4)) f.push(`l:${w}`);
    for (const w of wordsOf({ text: text.slice(d.end, Math.min(s.end, d.end + 30)) }).slice(0, 4)) f.push(`r:${w}`);
    if (published) {
      const years = Number(d.date.slice(0, 4)) - Number(published.slice(0, 4));
      f.push(`yd:${years < -2 ? "far" : years > 1 ? "future" : years}`);
      if (d.date === published) f.push("pubday");
    } else f.push("nopub");
    if (index === 0) f.push("top");
    for (const m of mentions) {
      if (m.start < s.start || m.start >= s.end) continue;
      f.push(`mk:${m.kind}`);
      if (d.start < m.end && d.end > m.start) f.push("in-name");
    }
    let times = 0;
    for (const x of dates) if (x.date === d.date) times++;
    if (times > 1) f.push("dup");
    for (const w of wordsOf({ text: s.text }).slice(0, 60)) f.push(`w:${w}`);
    out.push({ date: d, sentence: s, features: [...new Set(f)] });
  }
  return out;
}

/**
 * A bare year ("in 2023", "its 2030 targets") must be surer than a month or a day: it is as often a year of
 * background as of an event. Chosen on the cross-validation of npm run train:event-dates (6 Dec 2026, 3325 tune
 * files, threshold .3: every date at .3 F1 .7496; bare years at .4 .7498, .5 .7507, .6 .7504, .7 .7484; still best on
 * 4334 tune files, nineteenth session: .3 .73797, .4 .73898, .5 .73908, .6 .73884, .7 .73742; on 4480 tune files,
 * twentieth session: .3 .73769, .4 .73706, .5 .73774, .6 .73757, .7 .73653; on 4636 tune files, twenty-first
 * session: .3 .73821, .4 .73837, .5 .73733, .6 .73736, .7 .73643, so .4; on 4833 tune files, twenty-second session:
 * .3 .73526, .4 .73547, .5 .73594, .6 .73502, so .5; on 5007 tune files, twenty-fourth session: .3 .73649, .4 .73869,
 * .5 .73807, .6 .73757, .7 .73595, so .4; on 5229 tune files, twenty-seventh session: .3 .73510, .4 .73520, .5
 * .73494, .6 .73412, .7 .73323, so .4 still; on 5293 tune files, twenty-eighth session: .3 .73571, .4 .73570, .5
 * .73677, .6 .73555, .7 .73481, so .5; on 5432 tune files, twenty-ninth session: .3 .73611, .4 .73585, .5 .73591,
 * .6 .73491, .7 .73473, so .3).
 */
export const BARE_YEAR_THRESHOLD = 0.3;

/**
 * The events of the candidates the model weighs at its threshold or above (a bare year at BARE_YEAR_THRESHOLD): the act on the one document the
 * sentence names (adopted, signed, in force on that date), else an event the atlas does not hold, named by the
 * words beside the date. Who took part is left to the readers: the model dates, it does not say who did what.
 */
export function findFurtherEventDates({
  candidates,
  model,
  mentions,
  gazetteer,
  language,
}: {
  candidates: FurtherDateCandidate[];
  model: EventDateModel;
  mentions: FoundMention[];
  gazetteer: Gazetteer;
  language: "zh" | "en";
}): ProposedEvent[] {
  const out: ProposedEvent[] = [];
  for (const { date, sentence: s, features } of candidates) {
    const [p] = scoreFeatures({ model, features });
    if (p < (date.precision === "year" ? Math.max(model.threshold, BARE_YEAR_THRESHOLD) : model.threshold)) continue;
    const docs = new Set<number>();
    for (const m of mentions) {
      if (m.start < s.start || m.start >= s.end || (m.kind !== "initiative" && m.kind !== "resolution")) continue;
      // ("WAIC 2024", "the 2021 Recommendation": a date inside a name is not the act's)
      if (date.start < m.end && date.end > m.start) continue;
      if (gazetteer.entries.get(m.entityId)?.status !== "proposed") docs.add(m.entityId);
    }
    const base = { date: date.date, precision: date.precision, evidence: s.text, evidenceStart: s.start, evidenceEnd: s.end, actors: [], confidence: Math.round(p * 100) / 100 };
    if (docs.size === 1) {
      out.push({ ...base, linkedIds: [], matchedEntityId: docs.values().next().value!, proposal: null, act: true });
      continue;
    }
    const { after, snippet } = wordsNamingDate({ sentence: s, date });
    // a date that is its sentence's only words ("22 Sept 2024") names nothing: the readers date such a line by the
    // lines before it, and a name that is only a date would be taken for every other article's event of that day
    if (!/[\p{L}\p{N}]{2}/u.test(snippet)) continue;
    out.push({
      ...base,
      linkedIds: [...docs],
      matchedEntityId: null,
      proposal: {
        slug: `${MODEL_DATED_EVENT_SLUG}${date.date}-${hash(after)}`,
        // (an English name for a Chinese article's event says the article's own words: "Event on 2024" alone would be
        // taken for every other article's event of that year)
        nameEn: language === "en" ? snippet : `Event on ${date.date}: ${snippet}`,
        nameZh: language === "zh" ? snippet : null,
      },
    });
  }
  return out;
}
