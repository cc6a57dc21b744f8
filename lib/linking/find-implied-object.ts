import { sentenceIndexAt } from "./sentences";
import { datesOverlap } from "./resolve-dates";
import { BODY_NAME_ANY, DOCUMENT_NAME, EVENT_LOOKBACK, LIST_NOUN_TRIGGER } from "./relation-patterns";
import type { DateMention, FoundMention, Sentence } from "./types";

/** An event the article reports (proposeEvents), by the sentence it was read from. */
export type ReportedEvent = { sentenceStart: number; eventId: number };

/** "a summit", "the session", "该会议": an event named by its kind; the words before it may say it is another one. */
const EVENT_NOUN_EN = /\b(?:a|an|the|this|that|its|their)\s+((?:[\w'-]+\s+){0,3}?)(summit|meeting|sessions?|conference|forum|event|gathering|talks)\b/gi;
/** Chinese: a session (环节) of the meeting, or a meeting word after a determiner (该会议, 此次峰会); a bare
 * 论坛 after other words is usually the name of a forum the atlas does not know ("AI全球论坛"). */
const EVENT_NOUN_ZH = /(?:该|此次|本次|这次|本届|此届|这一|上述)(峰会|会议|会晤|论坛|活动)|(环节)/g;
export const OTHER_EVENT =
  /\b(?:next|upcoming|following|previous|last|another|future|earlier|first|second|third|annual|regular|mini|follow-up)\b|下一?届|下次|明年|上一?届|前一?届|后续|首届|第[一二三四五六七八九十\d]+[届次]/i;
/** "The initiative, led by …", "It was tabled by …": the sentence's subject is a text named by its kind. */
const DOCUMENT_NOUN_START =
  /^\s*(?:It\b|(?:The|This) (?:[\w-]+\s+){0,2}?(?:initiative|text|measure|resolution|draft|proposal|document)\b|(?:The|Its) (?:first |initial |original )?(?:signatories|co-sponsors|sponsors)\b)/;
/** "… signed it.", "签署了它": the object is a pronoun for the text named before. */
const DOCUMENT_PRONOUN_AFTER = /^(?:\s+(?:it|them)\b(?!\s+(?:is|was|would|will|has|had)\b)(?!['’])|了?它(?!们))/;
/** A sentence whose subject is a text named by its kind: "The Code, launched earlier this month, …". */
const TEXT_SUBJECT_EN =
  /(?:^|[.!?]\s+)(?:The|This)\s+(?:[\w-]+\s+){0,2}?(Code|Convention|Declaration|Charter|Pledge|Commitments|Guidelines|Principles|Compact|Agreement|Treaty)\b/g;
const NOUN_WINDOW = 80;
const SUMMIT_GENERIC = /^(?:ai|global|international|high-level|two-day|hybrid|leaders'?|landmark|historic|inaugural)$/i;

/**
 * The event or text a sentence names only by its kind ("will jointly host a summit in Seoul in May", "During a
 * virtual session co-chaired by …", "The initiative, led by the United States, …"): the one the article is
 * reporting around it. Events: one reported in this sentence, else the nearest named in the two sentences
 * before, else in the next one; a "summit" must be a summit, and a date in the sentence must fit the event's.
 * Texts: the last resolution or initiative named before, within two sentences. Nothing when the noun phrase
 * says it is another one ("the next summit", "下届峰会").
 */
export function findImpliedObject({
  kind,
  pronoun = false,
  text,
  s,
  index,
  tStart,
  tEnd,
  sentences,
  mentions,
  reportedEvents,
  dates,
  dateOf,
  publishedAt,
  eventsOnPublicationDay,
}: {
  kind: "event" | "document" | "body";
  /** the sentence calls the text "it" (the caller read the pronoun) */
  pronoun?: boolean;
  text: string;
  s: Sentence;
  index: number;
  tStart: number;
  tEnd: number;
  sentences: Sentence[];
  mentions: FoundMention[];
  reportedEvents: ReportedEvent[];
  dates: DateMention[];
  dateOf: (id: number) => string | null | undefined;
  publishedAt?: string | null;
  eventsOnPublicationDay: number[];
}): number | undefined {
  const inMention = (a: number) => mentions.some((m) => m.start <= a && m.end > a);
  const sentenceOf = (pos: number) => sentenceIndexAt({ sentences, pos });
  if (kind === "body") {
    // the last organisation or initiative (not a text one signs) named in this sentence or the two before
    const earlier = mentions.filter(
      (m) => (m.kind === "organisation" || (m.kind === "initiative" && !DOCUMENT_NAME.test(m.surface))) && m.end <= tStart && index - sentenceOf(m.start) <= EVENT_LOOKBACK,
    );
    // a body or programme by its name ("…Network", "…Group") first; any other only when it is the one named
    const bodies = earlier.filter((m) => BODY_NAME_ANY.test(m.surface));
    if (bodies.length) return bodies.at(-1)!.entityId;
    return new Set(earlier.map((m) => m.entityId)).size === 1 ? earlier[0].entityId : undefined;
  }
  if (kind === "document") {
    // "The initiative, led by …", "… signed it", "签署了它", "the number of signatories to 13, including …"
    const anaphor =
      pronoun ||
      DOCUMENT_NOUN_START.test(text.slice(s.start, tEnd)) ||
      DOCUMENT_PRONOUN_AFTER.test(text.slice(tEnd, tEnd + 12)) ||
      LIST_NOUN_TRIGGER.test(text.slice(tStart, tEnd));
    if (!anaphor) return undefined;
    const earlier = mentions.filter((m) => (m.kind === "resolution" || m.kind === "initiative") && m.end <= tStart && index - sentenceOf(m.start) <= EVENT_LOOKBACK);
    const last = earlier.at(-1);
    if (!last) return undefined;
    // "… signed the new Code of Practice. The Code … aims to help companies meet the AI Act. Major signatories include
    // …": a sentence since, or the text's own, that opens with another kind of text is about that one
    const since = text.slice(sentences[sentenceOf(last.start)]?.start ?? last.start, tStart);
    for (const m of since.matchAll(TEXT_SUBJECT_EN)) if (!new RegExp(`\\b${m[1]}`, "i").test(`${last.surface} ${last.why?.form ?? ""}`)) return undefined;
    return last.entityId;
  }
  const from = Math.max(s.start, tStart - NOUN_WINDOW);
  const to = Math.min(s.end, tEnd + NOUN_WINDOW);
  const window = text.slice(from, to);
  let summit = false;
  let found = false;
  const nouns = new Set<string>();
  // "a meeting", "an event" bring in a new one (named later, if at all); "the meeting" and a session (a part of
  // the event named before) point back
  let pointsBack = pronoun;
  // "本届峰会由法国和印度联合主办，…是继2023年在英国举办的…峰会之后的又一次峰会": "this summit" is the one reported
  // before, not the earlier ones its sentence goes on to name
  let thisOneAt: number | undefined;
  const re = /[\u4e00-\u9fff]/.test(window) ? EVENT_NOUN_ZH : EVENT_NOUN_EN;
  re.lastIndex = 0;
  for (let m; (m = re.exec(window));) {
    const zh = re === EVENT_NOUN_ZH;
    const noun = zh ? (m[1] ?? m[2]) : m[2];
    const at = from + m.index + m[0].length - noun.length;
    if (inMention(at)) continue;
    const lead = zh ? text.slice(Math.max(s.start, at - 6), at) : m[1];
    if (OTHER_EVENT.test(lead)) return undefined;
    // "the mini virtual summit": a summit described by more than generic words is another one
    if (!zh && /summit/i.test(noun) && lead.split(/\s+/).some((w) => w && !SUMMIT_GENERIC.test(w))) return undefined;
    // "the AI Global Forum": a capitalised title the atlas does not know is another event, not the one named before
    if (!zh && /^[A-Z]/.test(noun) && /^(?:[A-Z][\w'-]*\s+)+$/.test(lead)) return undefined;
    found = true;
    if (zh && /^(?:本届|本次|此次|这次|此届)/.test(m[0])) thisOneAt ??= at;
    pointsBack ||= zh || /session|环节/i.test(noun) || !/^an?\s/i.test(m[0]);
    nouns.add(noun.toLowerCase().replace(/s$/, ""));
    summit ||= /summit|峰会/i.test(noun);
  }
  // "法国将于2025年举办的人工智能峰会": a bare meeting word, when this sentence reports a known event
  const reportedHere = reportedEvents.filter((r) => r.sentenceStart === s.start).map((r) => r.eventId);
  if (!found && reportedHere.length && re === EVENT_NOUN_ZH && /峰会|会议|会晤|论坛|活动/.test(window) && !OTHER_EVENT.test(window)) return reportedHere[0];
  if (!found && !pronoun) return undefined;
  // "Korea will co-host …": a future act is not about an event the article reports as past
  const future = /\bwill\b|\bto be held\b|将|即将/.test(text.slice(s.start, s.end));
  const published = publishedAt?.slice(0, 10);
  const sentenceDates = dates.filter((d) => d.start >= s.start && d.end <= s.end);
  const fitsEvent = (id: number) => {
    const e = dateOf(id);
    if (future && published && e && e.slice(0, 10) < published.slice(0, e.length > 10 ? 10 : e.length)) return false;
    // and a past act is not about an event still to come ("Japan hosted a meeting. The summit opens next month.")
    if (!future && published && e && (e.length >= 10 ? Date.parse(e.slice(0, 10)) - Date.parse(published) > 86400000 : e > published.slice(0, e.length))) return false;
    if (summit && !mentions.some((m) => m.entityId === id && /summit|峰会/i.test(m.surface)) && !reportedEvents.some((r) => r.eventId === id)) return false;
    return !e || !sentenceDates.length || sentenceDates.some((d) => datesOverlap(d.date, e, 3));
  };
  // a name inside a quoted theme or title ("以“基于人工智能安全峰会迈向…”为主题") is not the event itself
  const quotedPart = (m: FoundMention) => {
    const open = text.lastIndexOf("“", m.start);
    const close = text.indexOf("”", m.end);
    return open >= 0 && close >= 0 && open >= text.lastIndexOf("”", m.start) && close - open - 1 > m.end - m.start + 1;
  };
  const eventsIn = (k: number) => {
    const x = sentences[k];
    if (!x) return [];
    const named = mentions.filter(
      (m) => m.kind === "event" && m.start >= x.start && m.start < x.end && !quotedPart(m) && !(k === index && thisOneAt !== undefined && m.start > thisOneAt),
    );
    if (k === index && thisOneAt !== undefined) return named.map((m) => m.entityId);
    // the sentence's topic (its opening name) first: "AI首尔峰会是…首届人工智能安全峰会的后续会议" is about the first
    const topic = named.filter((m) => /^[\s"“”《]*$/.test(text.slice(x.start, m.start)));
    return [...reportedEvents.filter((r) => r.sentenceStart === x.start).map((r) => r.eventId), ...topic.map((m) => m.entityId), ...named.map((m) => m.entityId)];
  };
  // the next sentence only goes on about the same thing when this one announces it ("will jointly host a summit …
  // The AI Seoul Summit …") or it opens on the same noun ("… host a significant event … The side event …")
  const next = sentences[index + 1];
  const sameNoun = new RegExp(`^[\\s"“]*(?:(?:The|This|That|该|此次|本次|这次)\\s*)(?:[\\w'-]+\\s+){0,3}?(?:${[...nouns].join("|") || "(?!)"})`, "i");
  const goesOn = !!next && (future || sameNoun.test(text.slice(next.start, next.end)));
  const order = [...(pointsBack ? [index, ...Array.from({ length: EVENT_LOOKBACK }, (_, i) => index - 1 - i)] : []), ...(goesOn ? [index + 1] : [])].filter(
    (k) => k >= 0 && k < sentences.length,
  );
  for (const k of order) {
    const ids = eventsIn(k);
    const pick = ids.find(fitsEvent);
    if (pick !== undefined) return pick;
  }
  if (!pointsBack) return undefined;
  // nothing named near it: the one event the atlas has on the article's day ("中方出席了会议" in a report of that
  // day), if the article names it somewhere (a report of another meeting that day does not)
  const sameDay = eventsOnPublicationDay.filter((id) => fitsEvent(id) && (mentions.some((m) => m.entityId === id) || reportedEvents.some((r) => r.eventId === id)));
  return sameDay.length === 1 ? sameDay[0] : undefined;
}
