import { mentionsBySentence } from "./sentences";
import { findImpliedObject, type ReportedEvent } from "./find-implied-object";
import { groupSubjects } from "./group-subjects";
import { readBodiesResolutions } from "./read-bodies-resolutions";
import { readEventDelegates } from "./read-event-delegates";
import { readEventWhereClauses } from "./read-event-where-clauses";
import { readEventSpeakers } from "./read-event-speakers";
import { readOfficialsPresent } from "./read-officials-present";
import { readEventVenues } from "./read-event-venues";
import { readHeadingLists } from "./read-heading-lists";
import { readJointStatementParties } from "./read-joint-statement-parties";
import { readListContinuations } from "./read-list-continuations";
import { readMembershipClauses } from "./read-membership-clauses";
import { readOwnedTexts } from "./read-owned-texts";
import { readRoleNounsZh } from "./read-role-nouns-zh";
import { readSupportReceivedZh } from "./read-support-received-zh";
import { readDraftSponsors } from "./read-draft-sponsors";
import { readRoleTitles } from "./read-role-titles";
import { readStatement } from "./read-statement";
import { NOT_AN_ACTOR_AFTER, EVENT_LOOKBACK, OTHER_MEETING, SUBJECT_KINDS } from "./relation-patterns";
import { TRIGGERS, type Trigger } from "./relation-triggers";
import { settleRelations } from "./settle-relations";
import type { DateMention, FoundMention, FoundRelation, Sentence } from "./types";
import { factKey } from "./fact-key";

export type { ReportedEvent };

/**
 * Participation statements read from one sentence at a time: "China and Zambia co-chair the Group of Friends",
 * "the convention was signed by Norway, Moldova and San Marino", "中方和赞方共同主持…", "由中国与赞比亚共同举办".
 * Rule-based on the linker's own mentions: a trigger word names the role; the subject is the list of countries or
 * organisations before it (active) or after "by"/"由" (passive); the object is the nearest initiative, resolution,
 * event or organisation after it (active) or before it (passive). Nothing crosses the sentence. Negated or
 * refused statements ("did not sign", "未签署", "拒绝加入") and bare counts ("by more than 120 countries") yield
 * nothing. Every result is a suggestion for an editor.
 */

/**
 * The family a role is compared in: a joint role is its role ("co-host" is hosting). A text's proposer and its
 * sponsor are one family: news prose and the labels say "China-proposed resolution", "中方主提的决议" and
 * "the Chinese-sponsored resolution" of the same fact (the main sponsor puts the draft forward; an initiative's
 * proposer is the state that puts it forward), and mergeSponsorship (settle-relations.ts) already keeps only one of
 * the two per pair. Co-sponsors stay sponsors (co- is dropped first), supporters and signatories stay apart.
 */
export function roleFamily(role: string): string {
  const base = role.replace(/^co-/, "");
  return base === "proposer" ? "sponsor" : base;
}

export function extractRelations({
  text,
  source = text,
  sentences,
  mentions,
  language,
  reportedEvents = [],
  dates = [],
  dateOf = () => null,
  publishedAt = null,
  eventsOnPublicationDay = [],
}: {
  text: string;
  /** the article as written, when `text` is its simplified-character reading (same offsets): evidence and why quote it */
  source?: string;
  sentences: Sentence[];
  mentions: FoundMention[];
  language: "zh" | "en";
  reportedEvents?: ReportedEvent[];
  /** the article's dates and the atlas's date of an entity: an implied event must fit the sentence's date */
  dates?: DateMention[];
  dateOf?: (id: number) => string | null | undefined;
  publishedAt?: string | null;
  /** events the atlas dates on the publication day (± 1): what "the meeting" of a same-day report may be */
  eventsOnPublicationDay?: number[];
}): FoundRelation[] {
  const out: FoundRelation[] = [];
  const seen = new Set<string>();
  const bySentence = mentionsBySentence({ sentences, mentions });
  for (let index = 0; index < sentences.length; index++) {
    const s = sentences[index];
    const inSentence = bySentence[index];
    if (!inSentence.length) continue;
    readSentenceStatements({ text, source, s, index, inSentence, sentences, mentions, language, reportedEvents, dates, dateOf, publishedAt, eventsOnPublicationDay, seen, out });
  }
  const clauses = [
    ...readListContinuations({ text, source, sentences, mentions, found: out }),
    ...readHeadingLists({ text, source, sentences, mentions }),
    ...readJointStatementParties({ text, source, sentences, mentions }),
    ...readMembershipClauses({ text, source, sentences, mentions }),
    ...readRoleNounsZh({ text, source, sentences, mentions }),
    ...readSupportReceivedZh({ text, source, sentences, mentions }),
    ...readDraftSponsors({ text, source, sentences, mentions }),
    ...readOwnedTexts({ text, source, sentences, mentions }),
    ...readEventSpeakers({ text, source, sentences, mentions, reportedEvents }),
    ...readEventDelegates({ text, source, sentences, mentions, reportedEvents }),
    ...readOfficialsPresent({ text, source, sentences, mentions, reportedEvents }),
    ...readEventWhereClauses({ text, source, sentences, mentions }),
    ...readEventVenues({ text, source, sentences, mentions }),
    ...readRoleTitles({ text, source, sentences, mentions, reportedEvents }),
    ...readBodiesResolutions({ text, source, sentences, mentions }),
  ].filter((r) => {
    // (one fact once, whichever clause reader read it first)
    const key = factKey(r);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return settleRelations({ found: [...out, ...clauses] });
}

/** A "…部长" mention: a minister acts for the state named in the title, not for the ministry. */
function isMinister({ text, mention }: { text: string; mention: FoundMention }): boolean {
  return mention.kind === "organisation" && /部$/.test(mention.surface) && /^[长長]/.test(text.slice(mention.end, mention.end + 1));
}

/**
 * The pattern statements of sentence `index` (its mentions `inSentence`), pushed onto `out`. Kept apart from
 * extractRelations, with plain loops rather than filter/some and the statements recorded apart again
 * (recordStatements): the one large per-sentence callback's optimised code was thrown away and rebuilt again and
 * again as new kinds of arrays and statements reached it, each time at a high compiling cost.
 */
function readSentenceStatements({
  text,
  source,
  s,
  index,
  inSentence,
  sentences,
  mentions,
  language,
  reportedEvents,
  dates,
  dateOf,
  publishedAt,
  eventsOnPublicationDay,
  seen,
  out,
}: {
  text: string;
  source: string;
  s: Sentence;
  index: number;
  inSentence: FoundMention[];
  sentences: Sentence[];
  mentions: FoundMention[];
  language: "zh" | "en";
  reportedEvents: ReportedEvent[];
  dates: DateMention[];
  dateOf: (id: number) => string | null | undefined;
  publishedAt: string | null;
  eventsOnPublicationDay: number[];
  seen: Set<string>;
  out: FoundRelation[];
}): void {
  // one mention per span (an event name's inner names are not separate actors)
  // "中国外交部长王毅出席…": a minister (…部长) acts for the state named in the title, not for the ministry
  const spans: FoundMention[] = [];
  for (let i = 0; i < inSentence.length; i++) {
    const m = inSentence[i];
    let dropped = false;
    if (isMinister({ text, mention: m })) for (const c of inSentence) if (c.kind === "country" && c.start === m.start && c.end < m.end) dropped = true;
    for (let k = 0; k < inSentence.length && !dropped; k++) {
      const o = inSentence[k];
      if (
        k !== i &&
        o.start <= m.start &&
        o.end >= m.end &&
        o.end - o.start > m.end - m.start &&
        !(isMinister({ text, mention: o }) && m.kind === "country" && m.start === o.start)
      )
        dropped = true;
    }
    if (!dropped) spans.push(m);
  }
  const subjects: FoundMention[] = [];
  for (const m of spans) if (SUBJECT_KINDS.has(m.kind) && !(m.kind === "country" && NOT_AN_ACTOR_AFTER.test(text.slice(m.end, m.end + 40)))) subjects.push(m);
  if (!subjects.length) return;
  const groups = groupSubjects({ text, subjects });
  // the event reported in this sentence or just before it: what "…等国派员参会" attended
  let recentEvent: number | undefined;
  for (const e of reportedEvents) {
    let k = -1;
    for (let x = 0; x < sentences.length; x++) {
      if (sentences[x].start === e.sentenceStart) {
        k = x;
        break;
      }
    }
    if (k >= 0 && k <= index && index - k <= EVENT_LOOKBACK) recentEvent = e.eventId;
  }
  const taken: [number, number][] = [];
  for (const trig of TRIGGERS) {
    const re = (language === "zh" || /[\u4e00-\u9fff]/.test(s.text) ? trig.zh : trig.en) ?? null;
    if (!re) continue;
    if (trig.needs && !trig.needs.test(s.text)) continue;
    re.lastIndex = 0;
    for (let m; (m = re.exec(s.text));) {
      const tStart = s.start + m.index;
      const tEnd = tStart + m[0].length;
      let overlaps = false;
      for (const [a, b] of taken) if (tStart < b && tEnd > a) overlaps = true;
      // a trigger inside a name ("Group of Friends … co-chaired" is fine, "联合国大会通过" is not a name) is skipped
      for (const x of spans) if (x.start <= tStart && x.end >= tEnd) overlaps = true;
      if (overlaps) continue;
      taken.push([tStart, tEnd]);
      const implied = (kind: "event" | "document" | "body", pronoun = false) =>
        findImpliedObject({ kind, pronoun, text, s, index, tStart, tEnd, sentences, mentions, reportedEvents, dates, dateOf, publishedAt, eventsOnPublicationDay });
      const found = readStatement({ text, s, tStart, tEnd, trig, spans, groups, recentEvent, implied });
      if (found)
        recordStatements({
          found: [...found, ...foundingMembers({ text, found, trig }), ...signersAtMeeting({ text, s, tEnd, found, spans })],
          source,
          tStart,
          tEnd,
          form: trig.role,
          seen,
          out,
        });
    }
  }
}

/**
 * "as a founding member" right after the body a state joined ("Slovenia joined GPAI as a founding member"), a
 * time between them ("joined the GPAI in June 2020 as one of the founding members")
 */
const AS_FOUNDING_MEMBER =
  /^\s*(?:\([^)]{1,12}\)\s*)?(?:\s+(?:in|on)\s+(?:\d{1,2}\s+)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:\d{1,2},?\s+)?\d{4})?,?\s*as\s+(?:a|one of (?:the|its))\s+(?:founding|founder)\s+members?\b/i;

/** A state that joined a body as one of its founding members founded it, as well as joining it. */
function foundingMembers({ text, found, trig }: { text: string; found: Omit<FoundRelation, "why">[]; trig: Trigger }): Omit<FoundRelation, "why">[] {
  if (trig.role !== "member") return [];
  return found.filter((r) => r.role === "member" && AS_FOUNDING_MEMBER.test(text.slice(r.end, r.end + 60))).map((r) => ({ ...r, role: "founder" as const }));
}

/** "at the AI Action Summit in Paris", "at the fourth annual AI Impact Summit", "在…峰会上": the meeting right after the word */
const AT_MEETING_BEFORE =
  /(?:\b(?:at|during|on the sidelines of|in the margins of)\s+(?:the\s+)?(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|inaugural|annual|recent|high-level|\d{4})\s+){0,2}|在)$/i;

/**
 * "61 countries, including France and China, signed a Statement on Inclusive AI at the AI Action Summit in Paris",
 * "Kenya endorsed the declaration during the REAIM summit": a state or body that put its name to a text at a meeting
 * was at that meeting (the meeting named after the text, in the same sentence, not "the next summit").
 */
function signersAtMeeting({
  text,
  s,
  tEnd,
  found,
  spans,
}: {
  text: string;
  s: Sentence;
  tEnd: number;
  found: Omit<FoundRelation, "why">[];
  spans: FoundMention[];
}): Omit<FoundRelation, "why">[] {
  const signed = found.filter((r) => r.role === "signatory" || r.role === "supporter");
  if (!signed.length) return [];
  const meeting = spans.find(
    (x) =>
      x.kind === "event" &&
      x.start >= tEnd &&
      AT_MEETING_BEFORE.test(text.slice(Math.max(s.start, x.start - 40), x.start)) &&
      !OTHER_MEETING.test(text.slice(Math.max(s.start, x.start - 24), x.start)) &&
      !/[;；]/.test(text.slice(tEnd, x.start)),
  );
  if (!meeting) return [];
  return signed.filter((r) => r.objectId !== meeting.entityId).map((r) => ({ ...r, objectId: meeting.entityId, role: "participant" as const, end: Math.max(r.end, meeting.end) }));
}

/** Each new statement of `found` onto `out`, quoting the article as written: statements of many shapes meet here. */
function recordStatements({
  found,
  source,
  tStart,
  tEnd,
  form,
  seen,
  out,
}: {
  found: Omit<FoundRelation, "why">[];
  source: string;
  tStart: number;
  tEnd: number;
  form: string;
  seen: Set<string>;
  out: FoundRelation[];
}): void {
  for (const r of found) {
    const key = factKey(r);
    if (seen.has(key) || r.subjectId === r.objectId) continue;
    seen.add(key);
    out.push({
      ...r,
      evidence: source.slice(r.evidenceStart, r.evidenceStart + r.evidence.length),
      why: { matched: source.slice(tStart, tEnd), form, rule: "pattern" },
    });
  }
}
