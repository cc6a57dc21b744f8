import type { Gazetteer } from "./gazetteer";
import { ordinalNumber } from "./find-numbered-summits";
import { simplifyHan } from "./normalise";
import { datesOverlap, resolveDates, yearlessDaysOf } from "./resolve-dates";
import { seriesOf } from "./settle-series-hosts";
import type { FoundMention, GazetteerEntry } from "./types";

/**
 * An event named by where it met: "Bletchley Park … played host to the inaugural Global AI Security Summit", "the
 * summit in The Hague", "新德里峰会". The places an event's own names give in brackets ("AI Safety Summit 2023
 * (Bletchley Park)", "…峰会（2023年，海牙）") are its venues; a venue with a summit word near it in one sentence is
 * that event, when one atlas event of that kind met there (a place another event's name holds counts for it too) and
 * the sentence states no other year. The result is a
 * mention for the statement rules (who hosted or attended it), not stored.
 */

export type Venue = { form: string; latin: boolean; events: GazetteerEntry[]; pattern?: RegExp };

const MEETING = /\bsummits?\b|峰会|高峰会|\bworkshops?\b|研讨班/gi;
const NEAR = 100;
const venueCache = new WeakMap<Gazetteer, Venue[]>();
const escape = (form: string) => form.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** "(Bletchley Park)", "（2023年，海牙）", "(REAIM 2026, A Coruña)": the place names inside a name's brackets. */
function placesIn(name: string): string[] {
  const out: string[] = [];
  for (const m of name.matchAll(/[（(]([^）)]+)[）)]/g)) {
    for (const part of m[1].split(/[,，、]/)) {
      const p = part.trim();
      // (a year, an acronym with its year, "with annex …": not a place)
      if (!p || /\d/.test(p) || /^[A-Z]{2,}$/.test(p) || /^(?:with|and)\b/i.test(p)) continue;
      if (/[\u4e00-\u9fff]/.test(p) ? p.length >= 2 : /^[A-Z][\p{L}'’ -]{3,}$/u.test(p)) out.push(p);
    }
  }
  return out;
}

/**
 * "巴黎人工智能行动峰会" beside "人工智能行动峰会": two to four Han characters that one of an event's Chinese names puts
 * before another of its names are where it met.
 */
function placesBefore(name: string, names: string[]): string[] {
  return (
    names
      .filter((other) => other.length >= 4 && name.endsWith(other) && /^[\u4e00-\u9fff]{2,4}$/.test(name.slice(0, -other.length)))
      // ("首届全球人工智能安全峰会" beside "人工智能安全峰会": an ordinal or "global" is no place)
      .filter((other) => !/^(?:首届|第|全球)/.test(name.slice(0, -other.length)))
      .map((other) => name.slice(0, -other.length))
  );
}

/** The places atlas events met at, as their names give them, each with the events that met there. */
export function placesOfEvents({ gazetteer }: { gazetteer: Gazetteer }): Venue[] {
  let venues = venueCache.get(gazetteer);
  if (venues) return venues;
  const byForm = new Map<string, Venue>();
  for (const e of gazetteer.entries.values()) {
    if (e.kind !== "event" || e.status === "proposed") continue;
    const names = [e.nameEn, e.nameZh ?? "", ...e.aliases.map((a) => a.alias)].map(simplifyHan);
    // (only for an event whose English name gives where it met: the characters put before are that place's name)
    const metAt = names.some((n) => !/[\u4e00-\u9fff]/.test(n) && placesIn(n).length > 0);
    for (const name of names) {
      for (const place of [...placesIn(name), ...(metAt ? placesBefore(name, names) : [])]) {
        const v = byForm.get(place) ?? { form: place, latin: !/[\u4e00-\u9fff]/.test(place), events: [] };
        if (!v.events.includes(e)) v.events.push(e);
        byForm.set(place, v);
      }
    }
  }
  // a place another event's name holds ("Seoul" in "AI Seoul Summit") is that event's venue too: two events met there
  for (const v of byForm.values()) {
    const form = v.latin ? new RegExp(`\\b${escape(v.form)}\\b`, "i") : null;
    for (const e of gazetteer.entries.values()) {
      if (e.kind !== "event" || e.status === "proposed" || v.events.includes(e)) continue;
      const names = [e.nameEn, e.nameZh ?? "", ...e.aliases.map((a) => a.alias)].map(simplifyHan);
      if (names.some((n) => (form ? form.test(n) : n.includes(v.form)))) v.events.push(e);
    }
  }
  venues = [...byForm.values()];
  venueCache.set(gazetteer, venues);
  return venues;
}

const WHERE_IT_MET = "(where it met)";

/** An event mention that is the place it met ("in Bletchley Park"), as findVenueReferences makes them. */
export const isNamedByVenue = (m: FoundMention) => m.kind === "event" && !!m.why?.form.endsWith(WHERE_IT_MET);

/** A place as a whole word in the text (compiled once; matchAll copies it, so sharing is safe). */
export function placePattern(v: Venue): RegExp {
  return (v.pattern ??= new RegExp(v.latin ? `(?<!\\p{L})${escape(v.form)}(?!\\p{L})` : escape(v.form), v.latin ? "giu" : "g"));
}

/** The kind of meeting a word names, as the event's own names call it. */
const isWorkshop = (word: string) => /workshop|研讨班/i.test(word);
const namesWorkshop = (e: GazetteerEntry) => /workshop|研讨班/i.test(`${e.nameEn} ${e.nameZh ?? ""}`);

/** The acronyms of a text, of three or more capitals ("REAIM", never "AI"), and whether an event's names hold a word whole. */
const acronymsIn = (text: string) => [...text.matchAll(/\b[A-Z][A-Z0-9]{2,}\b/g)].map((m) => m[0]);
const namesHold = ({ event, word, caseless = false }: { event: GazetteerEntry; word: string; caseless?: boolean }) =>
  [event.nameEn, ...event.aliases.map((a) => a.alias)].some((n) => new RegExp(`\\b${escape(word)}\\b`, caseless ? "i" : "").test(n));

const DAY_MS = 86400000;
/** "next week", "下周": the days, counted from the article's date, a relative week word gives (first and last). */
const WEEK_WINDOWS: [RegExp, number, number][] = [
  [/\bnext week\b|下周|下星期/i, 1, 14],
  [/\bthis week\b|本周|这周/i, -6, 6],
  [/\blast week\b|上周|上星期/i, -14, -1],
];

/**
 * The one event of `events` the sentence's days point to (a date it states, within a week, or a week word), or the
 * month it states ("the Seoul Summit in May 2024", beside a September meeting there).
 */
function onlyEventNear({ events, sentence, publishedAt }: { events: GazetteerEntry[]; sentence: string; publishedAt: string }): GazetteerEntry | undefined {
  const pub = Date.parse(publishedAt.slice(0, 10));
  if (Number.isNaN(pub)) return undefined;
  const windows: [number, number][] = [];
  for (const [word, from, to] of WEEK_WINDOWS) if (word.test(sentence)) windows.push([pub + from * DAY_MS, pub + to * DAY_MS]);
  const days = resolveDates({ text: sentence, publishedAt }).filter((d) => d.precision === "day" || d.precision === "month");
  const near = events.filter((e) => {
    if (!e.date || e.date.length !== 10) return false;
    const at = Date.parse(e.date);
    return windows.some(([a, b]) => a <= at && at <= b) || days.some((d) => datesOverlap(e.date!, d.date, 7));
  });
  return near.length === 1 ? near[0] : undefined;
}

/**
 * With no article date: the one event of `events` on a day the sentence writes without its year ("在新德里办一场…峰会，
 * 时间定在2月16日到20日"), by the event's own month and day.
 */
function onlyEventOnYearlessDay({ events, sentence }: { events: GazetteerEntry[]; sentence: string }): GazetteerEntry | undefined {
  const days = yearlessDaysOf({ dates: resolveDates({ text: sentence, keepYearless: true }) });
  if (!days.length) return undefined;
  const on = events.filter((e) => e.date?.length === 10 && days.some((d) => d.monthDay === e.date!.slice(5)));
  return on.length === 1 ? on[0] : undefined;
}

/** Whether a span lies inside a web address or a file name: the run of text without spaces around it holds a slash or a file's extension. */
function insideAddress({ text, start, end }: { text: string; start: number; end: number }): boolean {
  let from = start;
  while (from > 0 && from > start - 200 && !/\s/.test(text[from - 1])) from--;
  let to = end;
  while (to < text.length && to < end + 200 && !/\s/.test(text[to])) to++;
  return /[/\\]|\.(?:png|jpe?g|gif|webp|svg|pdf|html?)\b|https?:|www\./i.test(text.slice(from, to));
}

/** Words before a summit word that say nothing of which summit it is ("the past two global summits"). */
const NOT_DESCRIBING =
  /^(?:the|a|an|its|their|past|previous|earlier|recent|last|next|first|second|third|two|three|global|international|world|major|annual|high-level|of|and|at|in|on|since|from|both|these|those|such)$/i;

/**
 * Of several events, the one whose English names hold every word the summit word is given ("AI safety summits": the
 * "Seoul AI Safety Summit", not the REAIM summit in Seoul), of one to three words right before it.
 */
function onlyEventDescribed({ events, before }: { events: GazetteerEntry[]; before: string }): GazetteerEntry | undefined {
  const words: string[] = [];
  for (const w of before.trimEnd().split(/\s+/).reverse()) {
    if (!/^[\p{L}-]+$/u.test(w) || NOT_DESCRIBING.test(w) || words.length === 3) break;
    words.push(w);
  }
  // (one word is no description when it is "AI" alone: every summit of the atlas is about AI)
  if (!words.length || (words.length === 1 && /^AI$/i.test(words[0]))) return undefined;
  const held = events.filter((e) => words.every((word) => namesHold({ event: e, word: word.replace(/(?<=\p{Ll})s$/u, ""), caseless: true })));
  return held.length === 1 ? held[0] : undefined;
}

/**
 * Of two events that met at one place, the one the article names elsewhere, itself or through a text adopted there
 * ("the Frontier AI Safety Commitments … the Seoul Summit": the AI Seoul Summit, not the REAIM summit in Seoul).
 */
function onlyEventNamedElsewhere({ events, mentions, gazetteer }: { events: GazetteerEntry[]; mentions: FoundMention[]; gazetteer: Gazetteer }): GazetteerEntry | undefined {
  const named = events.filter((e) => mentions.some((m) => m.entityId === e.id || gazetteer.entries.get(m.entityId)?.madeByIds?.includes(e.id)));
  return named.length === 1 ? named[0] : undefined;
}

/**
 * "the fourth artificial intelligence summit", "the 4th summit", "第四届峰会": the edition an ordinal before the
 * summit word gives (only words between them: "the fourth summit of the year, in Paris" is no edition's number).
 */
function editionNumber({ before }: { before: string }): number | null {
  const en = /\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|(\d{1,2})(?:st|nd|rd|th))\s+(?:[\p{L}-]+\s+){0,3}$/iu.exec(before);
  if (en) return ordinalNumber({ written: en[1] });
  const zh = /第([一二三四五六七八九十]|\d{1,2})届[\u4e00-\u9fff]{0,12}$/.exec(before);
  if (zh) return ordinalNumber({ written: zh[1] });
  return null;
}

/**
 * Of several events that met at one place, the one that is the edition `number` of its series, counted by date among
 * the events the atlas relates to it ("the fourth AI summit held in New Delhi": the AI Impact Summit after Bletchley
 * Park, Seoul and Paris, not the GPAI summit there).
 */
function onlyEventOfEdition({ events, number, gazetteer }: { events: GazetteerEntry[]; number: number; gazetteer: Gazetteer }): GazetteerEntry | undefined {
  const of = events.filter((e) => {
    const editions = seriesOf({ eventId: e.id, gazetteer })
      .map((id) => gazetteer.entries.get(id)!)
      .filter((x) => x.date)
      .sort((a, b) => a.date!.localeCompare(b.date!));
    // (a summit the atlas holds no other edition of is no series' first: its series may be one the atlas lacks)
    return editions.length >= Math.max(2, number) && editions[number - 1].id === e.id;
  });
  return of.length === 1 ? of[0] : undefined;
}

export function findVenueReferences({
  text,
  sentences,
  mentions,
  gazetteer,
  publishedAt = null,
}: {
  /** the body in simplified characters (offsets are the body's) */
  text: string;
  sentences: { start: number; end: number }[];
  mentions: FoundMention[];
  gazetteer: Gazetteer;
  /** the article's date: of two events that met at the place, the one of its year ("a summit held in New Delhi") */
  publishedAt?: string | null;
}): FoundMention[] {
  const venues = placesOfEvents({ gazetteer });
  if (!venues.length) return [];
  const out: FoundMention[] = [];
  for (const v of venues) {
    // (case-insensitive on the text itself: a lower-cased copy may not keep every offset)
    for (const found of text.matchAll(placePattern(v))) {
      const at = found.index;
      const end = at + found[0].length;
      // ("SEOUL, May 17 (Yonhap) —": a dateline's capitals say where the report was written, not where a meeting met)
      if (v.latin && found[0] !== v.form && found[0] === found[0].toUpperCase() && /^\s*,/.test(text.slice(end, end + 2))) continue;
      // ("…/05/AI-Seoul-Summit-May-2024-official.png”>": a place inside a web address or file name is no venue)
      if (v.latin && insideAddress({ text, start: at, end })) continue;
      // (an event already named here: its own name holds the venue)
      if (mentions.some((m) => m.kind === "event" && m.start <= at && m.end >= end)) continue;
      const s = sentences.find((x) => x.start <= at && at < x.end);
      if (!s) continue;
      const sentence = text.slice(s.start, s.end);
      let meeting: RegExpExecArray | null = null;
      for (const m of sentence.matchAll(MEETING)) {
        const pos = s.start + m.index;
        const gap = pos >= end ? pos - end : at - (pos + m[0].length);
        if (gap >= 0 && gap <= NEAR) meeting = m;
      }
      if (!meeting) continue;
      // "the 17th BRICS Summit, held in Rio de Janeiro": a body's acronym before the word names that body's summit
      // (one no event met there is named by: "AI Summit" may be any of them)
      const acronym = /\b([A-Z][A-Z0-9]+)\s+$/.exec(sentence.slice(0, meeting.index))?.[1];
      if (acronym && !v.events.some((e) => namesHold({ event: e, word: acronym }))) continue;
      const fits = v.events.filter((e) => isWorkshop(meeting![0]) === namesWorkshop(e));
      // a year the sentence states must be the event's ("the 2025 summit in Paris" is not the 2024 one)
      const years = [...sentence.matchAll(/(?<!\d)((?:19|20)\d\d)(?!\d)/g)].map((m) => m[1]);
      const stated = fits.filter((e) => !years.length || years.some((y) => e.date?.startsWith(y)));
      // (with no year stated, the article's own year tells two events at one place apart)
      const dated = stated.length > 1 && !years.length && publishedAt ? stated.filter((e) => e.date?.startsWith(publishedAt.slice(0, 4))) : stated;
      // (two events there that year: the days the sentence gives, "next week", "on 21 May", tell them apart)
      // ("the Responsible AI in the Military Domain (REAIM) summit in Seoul": an acronym the sentence gives that only
      // one of them is named by is that one)
      const named = dated.length > 1 ? dated.filter((e) => acronymsIn(sentence).some((word) => namesHold({ event: e, word }))) : [];
      // ("past AI safety summits (Bletchley Park, Seoul)": the one whose names hold the words the summit word is given)
      const described = dated.length > 1 && named.length !== 1 ? onlyEventDescribed({ events: dated, before: sentence.slice(0, meeting.index) }) : undefined;
      // ("the fourth artificial intelligence summit held in New Delhi": the edition's number tells them apart)
      const edition = dated.length > 1 && named.length !== 1 && !described ? editionNumber({ before: sentence.slice(0, meeting.index) }) : null;
      const numbered = edition ? onlyEventOfEdition({ events: dated, number: edition, gazetteer }) : undefined;
      const event =
        named.length === 1
          ? named[0]
          : (described ??
            numbered ??
            (dated.length === 1
              ? dated[0]
              : dated.length > 1
                ? ((publishedAt ? onlyEventNear({ events: dated, sentence, publishedAt }) : onlyEventOnYearlessDay({ events: dated, sentence })) ??
                  onlyEventNamedElsewhere({ events: dated, mentions, gazetteer }))
                : undefined));
      if (!event) continue;
      if (mentions.some((m) => m.entityId === event.id && m.start >= s.start && m.end <= s.end) || out.some((m) => m.entityId === event.id && m.evidenceStart === s.start))
        continue;
      out.push({
        entityId: event.id,
        kind: "event",
        surface: text.slice(at, end),
        start: at,
        end,
        confidence: 0.6,
        method: "pattern",
        evidence: "",
        evidenceStart: s.start,
        why: { matched: text.slice(at, end), form: `${event.nameEn} ${WHERE_IT_MET}`, rule: "pattern" },
      });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * "a global AI safety summit in Seoul", "在首尔举行的人工智能安全峰会": a series' name beside a place where another of
 * the atlas's events met, and this one did not, names that other meeting, not this one.
 */
export function metElsewhere({ text, start, end, entry, gazetteer }: { text: string; start: number; end: number; entry: GazetteerEntry; gazetteer: Gazetteer }): boolean {
  const after = /^\s*(?:\([^()]{1,24}\)\s*)?(?:(?:to be |that will be |being |was |will be )?(?:held |hosted |convened |taking place )?(?:in|at)\s+(?:the\s+)?)/i.exec(
    text.slice(end, end + 60),
  );
  const before = /在([\u4e00-\u9fff]{2,6}?)(?:举行|举办|召开)?的?\s*$/.exec(text.slice(Math.max(0, start - 12), start));
  if (!after && !before) return false;
  // (only an event the atlas knows the place of: "the World AI Conference in Shanghai" met where the atlas's
  // Shanghai workshop did)
  const venues = placesOfEvents({ gazetteer });
  if (!venues.some((v) => v.events.includes(entry))) return false;
  return venues.some((v) => {
    if (v.events.includes(entry)) return false;
    if (before && before[1].startsWith(v.form)) return true;
    if (!after) return false;
    // (the place right after "in"/"at": the shared pattern anchored, not run on from a search's last index)
    const pattern = placePattern(v);
    return new RegExp(`^(?:${pattern.source})`, pattern.flags.replace("g", "")).test(text.slice(end + after[0].length, end + after[0].length + v.form.length + 40));
  });
}
