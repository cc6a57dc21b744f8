import { extractRelations } from "./extract-relations";
import { findOutcomeTexts } from "./find-outcome-texts";
import { findVenueReferences } from "./find-venue-references";
import { settleAdoptingBody } from "./settle-adopting-body";
import { findReportedMeetings } from "./find-reported-meetings";
import { PRESIDENCY } from "./read-membership-clauses";
import { findRelationCandidates, type RelationCandidate } from "./relation-candidates";
import { relationModel } from "./relation-model";
import { eventDateModel, type EventDateModel } from "./event-date-model";
import { findFurtherEventDates, furtherDateCandidates, type FurtherDateCandidate } from "./find-further-event-dates";
import { combineRelations } from "./score-relations";
import type { RelationModel } from "./train-relation-model";
import { findCountryPairs } from "./find-country-pairs";
import { findLeaderReferences } from "./find-leader-references";
import { findListPronouns, findListReferences, findPairReferences } from "./find-pair-references";
import { findThemeReferences } from "./find-theme-references";
import { findMentions } from "./find-mentions";
import { findProposedInitiatives } from "./find-proposed-initiatives";
import { datedCandidatesNear, type Gazetteer } from "./gazetteer";
import { dateByAtlasDay, dateNamedMeetings, isBareYear, proposeEvents } from "./propose-events";
import { dateYearlessDays } from "./date-yearless-days";
import { datesOverlap, isFuture, resolveDates, yearlessDaysOf } from "./resolve-dates";
import { simplifyHan } from "./normalise";
import { partialDateBounds } from "@/lib/dates/partial-date";
import { explainAnaphora, resolveObjectAnaphora } from "./resolve-object-anaphora";
import { resolveReferences, withReferences } from "./resolve-references";
import { splitSentences } from "./sentences";
import { findStatedTexts } from "./find-stated-texts";
import { findPartsNamedByKind } from "./find-parts-named-by-kind";
import { findExecutiveOrders } from "./find-executive-orders";
import { findMeetingsOfBodies } from "./find-meetings-of-bodies";
import { readAgreedMeetingParties } from "./find-agreed-meetings";
import { readNamedDialogueParties } from "./find-named-dialogues";
import { readMakerReleases } from "./read-maker-releases";
import { readRoleNotes } from "./read-role-notes";
import type { DateMention, FoundMention, FoundRelation, ProposedEntity, ProposedEvent, Sentence } from "./types";
import { factKey } from "./fact-key";
import { readSeriesHostLists } from "./read-series-host-lists";
import { dropHostsOthersHeld, settleSeriesHosts } from "./settle-series-hosts";
import { dropMakersAsSignatories } from "./drop-makers-as-signatories";
import { listStatedActors } from "./list-stated-actors";

export type ArticleLinks = {
  sentences: Sentence[];
  mentions: FoundMention[];
  dates: DateMention[];
  events: ProposedEvent[];
  /** meetings the atlas holds that the article names without a date of its own for them, on the atlas's date */
  namedEvents: ProposedEvent[];
  /** the dates no reader reported, described for the event-date model (its training reads them) */
  dateCandidates: FurtherDateCandidate[];
  proposedEntities: ProposedEntity[];
  /** participation statements (suggestions for an editor) */
  relations: FoundRelation[];
  /** every pair of names a sentence puts together, with the words the statement model weighs */
  candidates: RelationCandidate[];
  /** the hand-written readers' statements before the statement model weighed them, as read and as reported */
  read: FoundRelation[];
  readers: FoundRelation[];
};

/** The whole linking pass over one article body. Pure: no database access. */
export function linkArticle({
  body,
  publishedAt: given,
  language,
  gazetteer,
  model = relationModel,
  dateModel = eventDateModel,
}: {
  body: string;
  publishedAt: string | null;
  language: "zh" | "en";
  gazetteer: Gazetteer;
  /** the statement model that weighs each pair of names (null: the hand-written readers alone, as when training it) */
  model?: RelationModel | null;
  /** the event-date model that weighs the dates the event readers passed over (null: the readers alone, as when training it) */
  dateModel?: EventDateModel | null;
}): ArticleLinks {
  const sentences = splitSentences(body);
  // the statement, reference and event rules read simplified characters (same offsets)
  const text = simplifyHan(body);
  const readSentences = text === body ? sentences : sentences.map((s) => ({ ...s, text: text.slice(s.start, s.end) }));
  // an undated article's relative dates are read against the last full date it states, else against its
  // dateline's day in the year of the event it names (neither is stored as the article's date)
  // a wire story's dateline ("新华社首尔5月23日电") is the day it was written, though a copy may be dated later
  // (an undated article's dates are read once with no dateline: the latest day it states anchors it, and its days
  // written without a year are dated by the atlas below)
  const undatedRead = given ? null : resolveDates({ text: body, publishedAt: null, keepYearless: true });
  let publishedAt = (given && datelineBeforePublication({ body, publishedAt: given })) ?? given ?? latestStatedDay({ body, dates: undatedRead ?? undefined });
  let found = findMentions({ text: body, gazetteer, publishedAt, sentences });
  // a day the body states is not the day it was written: "明年的峰会" read from it is a guess
  const statedDay = !given && !!publishedAt;
  let guessedDay = false;
  if (!publishedAt) {
    const dateline = datelineInYearOfNamedEvent({ body, mentions: found.mentions, gazetteer });
    const namedDay = dateline ? null : latestNamedDay({ mentions: found.mentions, gazetteer });
    // "新华社布鲁塞尔3月13日电 …13日通过《人工智能法案》": the dateline's month and day, in the year nearest the texts
    // named, anchor the story better than the named text's own day (its year stays a guess)
    const anchor = dateline ?? (namedDay && datelineNearDay({ body, day: namedDay })) ?? namedDay;
    if (anchor) {
      publishedAt = anchor;
      guessedDay = !dateline;
      // a guessed day only reads the dates again (the names were found without it, as before)
      found = dateline ? findMentions({ text: body, gazetteer, publishedAt, sentences }) : { ...found, dates: resolveDates({ text: body, publishedAt }) };
    } else {
      // "At a high-profile summit in Paris, …": with nothing else to date it, a report of a meeting named by where it
      // met was written about its day (the texts it describes are read in that light: "a declaration on inclusive AI")
      const met = findVenueReferences({ text, sentences: readSentences, mentions: found.mentions, gazetteer });
      const day = met.length ? latestNamedDay({ mentions: met, gazetteer }) : null;
      if (day) {
        publishedAt = day;
        guessedDay = true;
        found = findMentions({ text: body, gazetteer, publishedAt, sentences });
      }
    }
  }
  const { mentions: foundMentions, proposedResolutions } = found;
  // a day guessed from the named events fixes the year of a stated day ("on 5 September", "12日"), not a date
  // that counts from the dateline ("yesterday", a weekday, "next February", "February's summit", "明年"): read
  // against the day of the very summit it announces, it would date that summit by itself (a year off)
  // against a day the body states, a month or weekday stays (a report of that day's meeting) but not "next year"
  const readDates = guessedDay
    ? found.dates.filter((d) => !d.relative || (/\d/.test(d.surface) && !DAY_RELATIVE.test(d.surface) && !POSITIONAL.test(d.surface)))
    : statedDay
      ? found.dates.filter((d) => !d.relative || !POSITIONAL.test(d.surface))
      : found.dates;
  // (with no dateline given, a yearless day of something the atlas dates on that month and day is that day)
  const dates = undatedRead ? dateYearlessDays({ days: yearlessDaysOf({ dates: undatedRead }), sentences, mentions: foundMentions, gazetteer, dates: readDates }) : readDates;
  // "a side event of the Group of Friends", "之友小组专题会议": a body's meeting named by its kind (stored)
  const meetings = findMeetingsOfBodies({
    text,
    sentences: readSentences,
    mentions: foundMentions,
    dates,
    gazetteer,
    publishedAt: given ? publishedAt : null,
  }).map((m) => ({ ...m, surface: body.slice(m.start, m.end), evidence: body.slice(m.evidenceStart, m.evidenceStart + m.evidence.length) }));
  const mentions = withReferences({ mentions: foundMentions, references: meetings });
  // "the Convention", "该决议": what the article named before, for statements and event reports (not stored)
  // an ambiguous description (several candidates) is a question for an editor, not a link to read statements from
  const settled = mentions.filter((m) => !m.why?.candidates);
  const withRefs = withReferences({ mentions: settled, references: resolveReferences({ text, mentions: settled, gazetteer, sentences }) });
  // "由韩英共同主办": the two states written as one word act in statements and events (not stored as mentions)
  const pairs = findCountryPairs({ text, gazetteer, mentions: withRefs });
  const withPairs = pairs.length ? withReferences({ mentions: withRefs, references: pairs }) : withRefs;
  const ministers = ministersStates({ text, mentions: withPairs, gazetteer });
  const withMinisters = ministers.length ? withReferences({ mentions: withPairs, references: ministers }) : withPairs;
  // "Indian Prime Minister Narendra Modi … Modi said": the surname alone acts for the state named with it before
  const leaders = findLeaderReferences({ text, mentions: withMinisters });
  const withLeaders = leaders.length ? withReferences({ mentions: withMinisters, references: leaders }) : withMinisters;
  // "… co-chaired by officials from both countries", "双方共同主持": the pair named just before
  // "Kenya and Chile launched … They also signed …": "They" for the states the sentence before opened with
  // ("… including the US, China and Brazil. All these countries attended …": the one list of states before)
  const both = [
    ...findPairReferences({ text, sentences: readSentences, mentions: withLeaders }),
    ...findListPronouns({ text, sentences: readSentences, mentions: withLeaders }),
    ...findListReferences({ text, sentences: readSentences, mentions: withLeaders }),
  ].sort((a, b) => a.start - b.start);
  const actors = both.length ? withReferences({ mentions: withLeaders, references: both }) : withLeaders;
  const events = proposeEvents({ sentences: readSentences, mentions: actors, dates, gazetteer, language }).map((e) =>
    text === body ? e : { ...e, evidence: body.slice(e.evidenceStart, e.evidenceEnd) },
  );
  // "Bletchley Park played host to the summit", "海牙峰会": an event named by where it met, for the statements only
  const venues = findVenueReferences({ text, sentences: readSentences, mentions: actors, gazetteer, publishedAt: given ? publishedAt : null });
  // "signed a declaration at an AI Summit in Paris": the one text of a reported meeting, named by its kind (stored)
  // (a meeting named by where it met counts: "at a summit in Paris, … a declaration")
  const outcomes = findOutcomeTexts({
    text,
    sentences: readSentences,
    mentions: venues.length ? withReferences({ mentions: actors, references: venues }) : actors,
    events,
    gazetteer,
    publishedAt,
  }).map((m) => ({
    ...m,
    surface: body.slice(m.start, m.end),
    evidence: body.slice(m.evidenceStart, m.evidenceStart + m.evidence.length),
  }));
  // "the G7 code of conduct", "联合国成立人工智能治理咨询机构": a text or body named by its kind beside its maker (stored)
  // ("Biden's executive order on AI": an order named by whose it is)
  const parts = [
    ...findPartsNamedByKind({ text, sentences: readSentences, mentions: settled, gazetteer }),
    ...findExecutiveOrders({ text, sentences: readSentences, mentions: settled, gazetteer }),
  ].map((m) => ({
    ...m,
    surface: body.slice(m.start, m.end),
    evidence: body.slice(m.evidenceStart, m.evidenceStart + m.evidence.length),
  }));
  const byKind = parts.length ? [...outcomes, ...parts].sort((a, b) => a.start - b.start) : outcomes;
  const stored = withReferences({ mentions, references: byKind });
  const proposedEntities = [...proposedResolutions, ...findProposedInitiatives({ text: body, sentences, mentions: settled })];
  const reportedEvents = events
    .filter((e) => e.matchedEntityId !== null && gazetteer.entries.get(e.matchedEntityId)?.kind === "event")
    .map((e) => ({ sentenceStart: e.evidenceStart, eventId: e.matchedEntityId! }));
  // "主题为“…”的公开会": an event named by its theme, for the statements about it (not for event dates)
  const themes = findThemeReferences({ text, mentions: actors, gazetteer });
  // "the Network", "the alliance", "该组织": bodies and texts named before, for the statements only (not mentions)
  // (a text named by its kind counts as named: "… a declaration … The declaration, endorsed by 60 nations")
  const named = byKind.length ? withReferences({ mentions: settled, references: byKind }) : settled;
  const anaphora = resolveObjectAnaphora({ text, named, taken: actors, gazetteer, sentences: readSentences });
  // "第二届全球人工智能安全峰会在韩国首尔召开": a meeting the event reader matched, named by a phrase of the article's own
  const reportedMeetings = findReportedMeetings({ text, sentences: readSentences, mentions: [...actors, ...venues, ...themes], events, gazetteer });
  const references = [...themes, ...venues, ...anaphora, ...byKind];
  const statementActors = references.length ? withReferences({ mentions: actors, references }) : actors;
  // (for the hand-written readers only: the statement model was not trained on them)
  const readerActors = reportedMeetings.length ? withReferences({ mentions: statementActors, references: reportedMeetings }) : statementActors;
  const stated = extractRelations({
    text,
    source: body,
    sentences: readSentences,
    mentions: readerActors,
    language,
    reportedEvents,
    dates,
    dateOf: (id) => gazetteer.entries.get(id)?.date,
    publishedAt,
    eventsOnPublicationDay: eventsOnDay({ gazetteer, day: given?.slice(0, 10) ?? null }),
  });
  // "Biden and Xi agreed that …": the two states of a meeting named by what they agreed there
  // ("the U.S. and China will hold their first talks on AI in Geneva": the two states of a dialogue named by what it is)
  const parties = [
    ...readAgreedMeetingParties({ mentions: readerActors, gazetteer, source: body }),
    ...readNamedDialogueParties({ mentions: readerActors, gazetteer, source: body }),
    // "AI summits have since been hosted by South Korea and France": the states that hosted the other editions of a series
    ...readSeriesHostLists({ text, source: body, sentences: readSentences, mentions: readerActors, gazetteer }),
  ].filter((r) => !stated.some((x) => factKey(x) === factKey(r)));
  const read = explainAnaphora({ relations: parties.length ? [...stated, ...parties] : stated, anaphora, mentions: actors, source: body });
  // (one for each statement as read: a group's meeting reported in the article takes the group's place)
  const readers = read.map((r) => toReportedEvent({ relation: r, events, gazetteer }));
  const subtypeOf = (id: number) => {
    const e = gazetteer.entries.get(id);
    return e && { kind: e.kind, subtype: e.subtype ?? "" };
  };
  const candidates = findRelationCandidates({ text, sentences: readSentences, mentions: statementActors, events, relations: readers, subtypeOf });
  const weighed = weighStatements({ model, candidates, read, readers, gazetteer, source: body });
  // ("G20 member countries: Japan, Saudi Arabia (Presidency), …": a role noted after a name the statements list)
  const noted = [...weighed, ...readRoleNotes({ text, source: body, found: weighed, mentions: statementActors })];
  // "ASEAN has released the ASEAN Guide …": the body the atlas says made a text, said to release it
  const relations = [...noted, ...readMakerReleases({ text, source: body, sentences: readSentences, mentions: statementActors, found: noted, gazetteer })];
  // "Among those signing the declaration were …": a text the article names only through a statement about it
  const statedTexts = findStatedTexts({ text: body, relations, mentions: stored, sentences, gazetteer });
  const finalMentions = statedTexts.length ? withReferences({ mentions: stored, references: statedTexts }) : stored;
  const allDated = dateByAtlasDay({ events, gazetteer, named: venues.length ? [...actors, ...venues] : actors });
  // a bare year the readers took for an event the atlas does not hold, naming no text ("in 2022 and 2023", "its 2024
  // budget"): as often a year of background as of an event, so the event-date model weighs it like the dates the
  // readers passed over (without the model, as when training it, the readers' reading stands)
  const readDated = allDated.filter((e) => !isBareYear(e));
  const datedEvents = dateModel ? readDated : allDated;
  const namedEvents = dateNamedMeetings({
    sentences: readSentences,
    mentions: venues.length ? withReferences({ mentions: settled, references: venues }) : settled,
    gazetteer,
    reported: events,
  });
  // the dates the readers passed over, weighed by the event-date model (the words are the body's own, as trained)
  const dateCandidates = furtherDateCandidates({
    text: body,
    sentences,
    readText: text,
    readSentences,
    dates,
    mentions: finalMentions,
    reported: new Set([...readDated, ...namedEvents].map((e) => e.date)),
    publishedAt,
  });
  const further = dateModel ? findFurtherEventDates({ candidates: dateCandidates, model: dateModel, mentions: finalMentions, gazetteer, language }) : [];
  return {
    sentences,
    mentions: finalMentions,
    dates,
    events: listStatedActors({ events: further.length ? [...datedEvents, ...further] : datedEvents, relations, gazetteer }),
    namedEvents: listStatedActors({ events: namedEvents, relations, gazetteer }),
    dateCandidates,
    proposedEntities,
    relations,
    candidates,
    read,
    readers,
  };
}

/**
 * The statements an article suggests: the readers' statements weighed by the statement model (when there is
 * one), then the chairs of a group inferred from them ("中国和赞比亚共同举办之友小组会议": the states that jointly
 * convene a Group of Friends' meeting are its co-chairs): an inference from the statements, not a sentence's
 * wording, so it is drawn after the weighing.
 */
export function weighStatements({
  model,
  candidates,
  read,
  readers,
  gazetteer,
  source,
}: {
  model: RelationModel | null;
  candidates: RelationCandidate[];
  /** the statements as read, one for each of `readers` (whose object may be the group's meeting instead) */
  read: FoundRelation[];
  readers: FoundRelation[];
  gazetteer: Gazetteer;
  source: string;
}): FoundRelation[] {
  const combined = model ? combineRelations({ model, candidates, relations: readers, source }) : readers;
  // (what the atlas already knows settles some: the Assembly adopts an A/RES text, a text's maker does not sign it,
  // a state hosts its own edition of a series)
  const adopted = settleAdoptingBody({ relations: combined, gazetteer });
  const weighed = settleSeriesHosts({ relations: dropMakersAsSignatories({ relations: adopted, gazetteer }), gazetteer });
  const kept = new Set(weighed.map((r) => factKey(r)));
  const convened = read.filter((_, i) => kept.has(factKey(readers[i])));
  const chairs = groupChairs({ relations: convened, gazetteer }).filter((r) => !kept.has(factKey(r)));
  // (a group's co-chairs are read from who convened its meeting, before the atlas's hosts of that meeting settle who
  // hosted it)
  return [...dropHostsOthersHeld({ relations: weighed, gazetteer }), ...chairs];
}

/**
 * "Photo shows the General Assembly in session on March 21, 2024", "今天(2023 年 11 月 1 日星期三)": a report is
 * written on or just after the last day it states in full (and not still to come), so without a publication date that day anchors
 * "on Thursday", "in December", "今天". Only complete, absolute dates count (never "5月6日" or "Thursday").
 */
export function latestStatedDay({
  body,
  dates = resolveDates({ text: body, publishedAt: null }),
}: {
  body: string;
  /** the body's dates read with no dateline (days without a year may be among them: only absolute days count) */
  dates?: DateMention[];
}): string | null {
  let latest: string | null = null;
  // (a day still to come, "其余规则将于2026年8月2日开始生效", is not a day the report was written after)
  const simple = simplifyHan(body);
  for (const d of dates) {
    if (d.precision === "day" && !d.relative && (!latest || d.date > latest) && !isFuture({ text: simple, start: d.start, end: d.end })) latest = d.date;
  }
  return latest;
}

/** Events the atlas dates within a day of `day` (a report of that day may call one "the meeting"). */
function eventsOnDay({ gazetteer, day }: { gazetteer: Gazetteer; day: string | null }): number[] {
  if (!day || day.length < 10) return [];
  return datedCandidatesNear(gazetteer, day)
    .filter((e) => e.kind === "event" && e.status !== "proposed" && !!e.date && e.date.length === 10 && datesOverlap(e.date, day, 1))
    .map((e) => e.id);
}

/**
 * "中国外交部长王毅": the state at the head of a ministry's name followed by 长 (a minister, who acts for the
 * state), as a mention inside the ministry's for the statement rules (not stored).
 */
function ministersStates({ text, mentions, gazetteer }: { text: string; mentions: FoundMention[]; gazetteer: Gazetteer }): FoundMention[] {
  const out: FoundMention[] = [];
  for (const m of mentions) {
    if (m.kind !== "organisation" || !/部$/.test(m.surface) || !/^[长長]/.test(text.slice(m.end, m.end + 1))) continue;
    const head = simplifyHan(m.surface);
    let best: { id: number; length: number } | null = null;
    for (const e of gazetteer.entries.values()) {
      if (e.kind !== "country") continue;
      for (const name of [e.nameZh, ...e.aliases.filter((a) => a.language !== "en").map((a) => a.alias)]) {
        if (name && name.length >= 2 && head.startsWith(name) && head.length > name.length && (!best || name.length > best.length)) best = { id: e.id, length: name.length };
      }
    }
    if (best)
      out.push({
        ...m,
        entityId: best.id,
        kind: "country",
        end: m.start + best.length,
        surface: m.surface.slice(0, best.length),
        why: { matched: m.surface.slice(0, best.length), form: "minister's state", rule: "pattern" },
      });
  }
  return out;
}

const POSITIONAL = /\b(?:next|last|this|earlier|later)\b|['’]s\b|去年|今年|明年|前年|[上下本这]个?月/i;
const DAY_RELATIVE =
  /yesterday|today|tomorrow|this (?:morning|afternoon|evening)|tonight|今晨|monday|tuesday|wednesday|thursday|friday|saturday|sunday|昨|今天|今日|明天|前天|[周星期礼拜][一二三四五六日天]/i;

/**
 * An undated article with no full date and no dateline: it was written on or after the latest day the atlas holds
 * for the events, texts and resolutions it names ("adopted on Friday, 17 May", "12日在北京举行" in a report of a
 * meeting the atlas dates), so that day anchors its relative dates (a month-precision date counts as its last day).
 */
export function latestNamedDay({ mentions, gazetteer }: { mentions: FoundMention[]; gazetteer: Gazetteer }): string | null {
  let latest: string | null = null;
  for (const m of mentions) {
    if (m.why?.candidates) continue;
    const e = gazetteer.entries.get(m.entityId);
    if (!e || e.status === "proposed" || (e.kind !== "event" && e.kind !== "initiative" && e.kind !== "resolution") || !e.date || e.date.length < 7) continue;
    // a month-precision date: a report of it is written by the month's end
    const day = e.date.length === 10 ? e.date : partialDateBounds(e.date).last;
    if (!latest || day > latest) latest = day;
  }
  return latest;
}

/** A dateline's month and day without the year: "首尔5月17日电", "SEOUL, May 17 (Yonhap)". */
/** ("…社首尔5月17日电", or a place opening the body: "上海,9月3日至6日——…") */
const DATELINE_ZH = /(\d{1,2})月(\d{1,2})日(?:专|專)?(?:电|電)|^[\u4e00-\u9fff]{2,6}\s*[,，]\s*(\d{1,2})月(\d{1,2})日(?:至\d{1,2}日)?\s*(?:——|—|–|-)/;
const DATELINE_EN = /^[A-Z][A-Za-z .'-]{1,30},\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2})\b/m;
const MONTH_OF: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12 };

/** "（中央社英國布萊切利園2日綜合外電報導）", "新华社伦敦2日电", "中央社記者…華盛頓8日專電": a wire dateline with its day only. */
const DATELINE_DAY_ZH = /(?:社|网|網)[^\d\n()（）]{0,14}?(\d{1,2})日(?:综合外电|綜合外電|专|專)?(?:电|電|报导|報導)/;

/** A day-only dateline's day, in the publication's month (or the month before, when that day is still to come). */
function dayOnlyDateline({ body, publishedAt }: { body: string; publishedAt: string }): { month: number; day: number } | null {
  const m = DATELINE_DAY_ZH.exec(body.slice(0, 200));
  const day = m ? +m[1] : 0;
  if (!day || day > 31) return null;
  const month = Number(publishedAt.slice(5, 7));
  if (!month) return null;
  return day <= Number(publishedAt.slice(8, 10)) ? { month, day } : { month: month === 1 ? 12 : month - 1, day };
}

/** The month and day of the dateline in the first lines of a body (a month and day marked as such), if any. */
function readDateline({ body }: { body: string }): { month: number; day: number } | null {
  const head = body.slice(0, 200);
  const zh = DATELINE_ZH.exec(head);
  const en = zh ? null : DATELINE_EN.exec(head);
  const month = zh ? +(zh[1] ?? zh[3]) : en ? MONTH_OF[en[1].toLowerCase()] : 0;
  const day = zh ? +(zh[2] ?? zh[4]) : en ? +en[2] : 0;
  return month && day && day <= 31 ? { month, day } : null;
}

/**
 * "新华社首尔5月23日电 …21日至22日在韩国首尔召开" on a page dated 9 November: the page is a later copy, and the
 * story's "21日" counts from its dateline. The dateline's day, in the publication's year (or the year before, when
 * that day is still to come), when it falls 1 to 300 days before the publication date; else null. (A story filed
 * the day before it was published, "（中央社…2日綜合外電報導）…今天在會中" dated the 3rd, says "today" of the 2nd.)
 */
export function datelineBeforePublication({ body, publishedAt }: { body: string; publishedAt: string }): string | null {
  const published = Date.parse(`${publishedAt.slice(0, 10)}T00:00:00Z`);
  const dateline = readDateline({ body }) ?? dayOnlyDateline({ body, publishedAt });
  if (!dateline || Number.isNaN(published)) return null;
  const { month, day } = dateline;
  const year = Number(publishedAt.slice(0, 4));
  const written = [year, year - 1].map((y) => Date.UTC(y, month - 1, day)).find((t) => t <= published);
  if (written === undefined) return null;
  const days = (published - written) / 86400000;
  return days >= 1 && days <= 300 ? new Date(written).toISOString().slice(0, 10) : null;
}

/**
 * "韩联社首尔5月17日电 …AI首尔峰会下周将在首尔举行": a wire story without its year, about an event the atlas dates
 * (21 May 2024), was written in that event's year, the dateline's day within two months of the event. Only a
 * dateline counts (a month and day in the first lines, marked as such), and only an event the article names.
 */
export function datelineInYearOfNamedEvent({ body, mentions, gazetteer }: { body: string; mentions: FoundMention[]; gazetteer: Gazetteer }): string | null {
  const dateline = readDateline({ body });
  if (!dateline) return null;
  const { month, day } = dateline;
  let best: { date: string; distance: number } | null = null;
  for (const m of mentions) {
    const e = gazetteer.entries.get(m.entityId);
    if (e?.kind !== "event" || !e.date || e.date.length < 7) continue;
    const year = Number(e.date.slice(0, 4));
    for (const y of [year - 1, year, year + 1]) {
      const t = Date.UTC(y, month - 1, day);
      const distance = Math.abs(t - Date.parse(`${e.date.length === 7 ? `${e.date}-15` : e.date}T00:00:00Z`)) / 86400000;
      if (distance <= 60 && (!best || distance < best.distance)) best = { date: new Date(t).toISOString().slice(0, 10), distance };
    }
  }
  return best?.date ?? null;
}

/** A dateline's month and day in the year (of three around `day`'s) that puts it nearest `day`; null without a dateline. */
function datelineNearDay({ body, day }: { body: string; day: string }): string | null {
  const dateline = readDateline({ body });
  if (!dateline) return null;
  const at = Date.parse(`${day}T00:00:00Z`);
  const year = Number(day.slice(0, 4));
  const nearest = [year - 1, year, year + 1].map((y) => Date.UTC(y, dateline.month - 1, dateline.day)).sort((a, b) => Math.abs(a - at) - Math.abs(b - at))[0];
  return new Date(nearest).toISOString().slice(0, 10);
}

const EVENT_ROLES = new Set(["host", "co-host", "chair", "co-chair", "participant"]);

/** A group of friends (a caucus of states at the UN) has co-chairs who convene its meetings. */
const GROUP_OF_FRIENDS = /group of friends|friends group|friends of the|之友小组/i;

/**
 * "中国和赞比亚共同举办之友小组会议": the states that jointly convene a group of friends' meeting are the group's
 * co-chairs; the statement says so of the group as well as of the meeting. Only for groups of friends, whose
 * meetings are called by their co-chairs (a summit's co-hosts are not the co-chairs of the body it belongs to).
 */
function groupChairs({ relations, gazetteer }: { relations: FoundRelation[]; gazetteer: Gazetteer }): FoundRelation[] {
  const out: FoundRelation[] = [];
  const have = new Set(relations.map((r) => factKey(r)));
  for (const r of relations) {
    if (r.role !== "co-host" && r.role !== "co-chair") continue;
    const group = gazetteer.entries.get(r.objectId);
    if (!group || group.kind !== "organisation" || !GROUP_OF_FRIENDS.test(`${group.nameEn} ${group.nameZh ?? ""}`)) continue;
    const key = factKey({ subjectId: r.subjectId, role: "co-chair", objectId: r.objectId });
    if (have.has(key)) continue;
    have.add(key);
    out.push({ ...r, role: "co-chair", why: { ...r.why, form: "co-chair (jointly convened a meeting of the group)" } });
  }
  return out;
}

/** "共同举办之友小组会议" read as hosting the group: when the sentence reports a known meeting of it, the meeting is meant. */
function toReportedEvent({ relation, events, gazetteer }: { relation: FoundRelation; events: ProposedEvent[]; gazetteer: Gazetteer }): FoundRelation {
  if (!EVENT_ROLES.has(relation.role) || gazetteer.entries.get(relation.objectId)?.kind !== "organisation") return relation;
  // (a state holding a body's presidency chairs the body, whatever meeting of it the sentence reports)
  if (relation.why.form === PRESIDENCY) return relation;
  const isEventOfGroup = (e: ProposedEvent) =>
    e.matchedEntityId !== null && gazetteer.entries.get(e.matchedEntityId)?.kind === "event" && !!gazetteer.related.get(e.matchedEntityId)?.has(relation.objectId);
  // the same sentence's report first; else a report elsewhere in the article with this subject among its actors
  // ("中国和赞比亚日前…共同举办之友小组主题活动" in the lead, the date in the next paragraph)
  const reported =
    events.find((e) => e.evidenceStart === relation.evidenceStart && isEventOfGroup(e)) ??
    events.find((e) => isEventOfGroup(e) && e.actors.some((a) => a.entityId === relation.subjectId && EVENT_ROLES.has(a.role) && a.role !== "participant"));
  if (!reported) return relation;
  return { ...relation, objectId: reported.matchedEntityId! };
}
