import type { Gazetteer } from "./gazetteer";
import { readMeetingParties, twoStatesOf, withStatePairs } from "./read-meeting-parties";
import type { FoundMention, FoundRelation, GazetteerEntry, Sentence } from "./types";

/**
 * "The U.S. and China will hold their first formal government-to-government discussion on artificial intelligence in
 * Geneva", "中美双方首次就人工智能举行政府间对话": a dialogue of two states that the atlas holds, named by what it is (the
 * two states, talks, AI) rather than by its title. Such a sentence is about that dialogue when it also says which one:
 * the place its names give ("… talks Geneva"), "first" for a dialogue named as the first meeting, or a date within a
 * month of it (the sentence's own or, without one, the article's). Nothing when another round is meant ("the second
 * round", "下一轮") or when two of the atlas's dialogues fit.
 */

/** how the why of such a mention ends */
const DIALOGUE_FORM = "(the two states, talks on AI, and which meeting)";
const TALKS = /\b(?:talks|dialogues?|discussions?|consultations?)\b|对话|會談|会谈|磋商|對話/i;
const AI = /artificial intelligence|\bA\.?I\b|人工智能|人工智慧/;
/** "their first formal government-to-government discussion", "首次…对话": first said of the talks */
const FIRST =
  /\bfirst(?:[\s-]+(?!(?:on|this|that|the|of|to|about|reported|said|since|time)\b)[\w‑-]+){0,4}?[\s-]+(?:talks|dialogue|discussion|consultations|meeting)\b|(?:首次|首轮|第一次)[^，。,；;]{0,30}(?:对话|会谈|會談|磋商|会议)/i;
const OTHER_ROUND = /\b(?:second|third|next|another|new round|further)\b|第二|第三|下一轮|新一轮|再次/i;
/** a dialogue's name that says it was the first meeting */
const NAMED_FIRST = /^first\b|首次/i;
const WITHIN_DAYS = 31;
const FIRST_WITHIN_DAYS = 365;
const COUNT_OF_STATES = /\b\d+\s+(?:countries|nations|states)\b|\d+\s*个?(?:国家|国)/i;
const DAY_MS = 86400000;
/** capitalised words of a name that say nothing of where it met */
const NOT_PLACE = /^(?:First|Second|AI|Meeting|Dialogue|Talks|The|On|Of|In)$/;

type Dialogue = { entry: GazetteerEntry; states: number[]; places: string[] };
const cache = new WeakMap<Gazetteer, Dialogue[]>();

function dialoguesOf(gazetteer: Gazetteer): Dialogue[] {
  let out = cache.get(gazetteer);
  if (out) return out;
  out = [];
  for (const e of gazetteer.entries.values()) {
    if (e.kind !== "event" || e.status === "proposed" || !e.date) continue;
    const names = [e.nameEn, e.nameZh ?? "", ...e.aliases.map((a) => a.alias)];
    if (!names.some((n) => /\b(?:dialogue|talks)\b|对话/i.test(n))) continue;
    const states = twoStatesOf({ gazetteer, eventId: e.id });
    if (!states) continue;
    // ("US-China AI talks Geneva": a capitalised word that is neither state's name nor a word of kind is the place)
    const stateWords = new Set(
      states.flatMap((id) => {
        const s = gazetteer.entries.get(id)!;
        return [s.nameEn, ...s.aliases.map((a) => a.alias)].flatMap((n) => n.split(/[^A-Za-z.]+/));
      }),
    );
    const places = [
      ...new Set(names.flatMap((n) => n.split(/[\s,()]+/).filter((w) => /^[A-Z][a-z]{3,}$/.test(w) && !NOT_PLACE.test(w) && !w.split("-").some((p) => stateWords.has(p))))),
    ];
    out.push({ entry: e, states, places });
  }
  cache.set(gazetteer, out);
  return out;
}

const daysApart = (a: string, b: string) => Math.abs(Date.parse(a.slice(0, 10)) - Date.parse(b.slice(0, 10))) / DAY_MS;

export function findNamedDialogues({
  gazetteer,
  text,
  sentences,
  mentions,
  sentenceDate,
  publishedAt,
}: {
  gazetteer: Gazetteer;
  text: string;
  sentences: Sentence[];
  mentions: FoundMention[];
  /** the day a sentence states, when it states one */
  sentenceDate: (sentence: Sentence) => string | null;
  publishedAt: string | null;
}): FoundMention[] {
  const all = dialoguesOf(gazetteer).filter((d) => !mentions.some((m) => m.entityId === d.entry.id));
  if (!all.length) return [];
  const withPairs = withStatePairs({ text, gazetteer, mentions });
  const out: FoundMention[] = [];
  for (const s of sentences) {
    const sentence = text.slice(s.start, s.end);
    const talks = TALKS.exec(sentence);
    if (!talks || !AI.test(sentence) || OTHER_ROUND.test(sentence)) continue;
    // (two states talking, not a list of states or a count of them: "28 个国家首次就…达成一致")
    if (COUNT_OF_STATES.test(sentence)) continue;
    const states = withPairs.filter((m) => m.kind === "country" && m.start >= s.start && m.end <= s.end);
    const named = new Set(states.map((m) => m.entityId));
    const own = sentenceDate(s);
    const day = own ?? (publishedAt ? publishedAt.slice(0, 10) : null);
    const fits = all.filter((d) => {
      if (!d.states.every((id) => named.has(id))) return false;
      // (no third state, but where they met: "in Geneva, Switzerland", "met in Switzerland", "在瑞士")
      const others = states.filter((m) => !d.states.includes(m.entityId));
      const where = (m: FoundMention) => {
        const before = text.slice(Math.max(0, m.start - 40), m.start);
        return /\b(?:in|at)\s+(?:the\s+)?$|在$/.test(before) || d.places.some((p) => new RegExp(`\\b${p},\\s*$`).test(before));
      };
      if (!others.every(where)) return false;
      if (d.places.some((p) => new RegExp(`\\b${p}\\b`).test(sentence))) return true;
      // ("the first official contact … during the Trump administration", two years on: another first)
      if (FIRST.test(sentence) && NAMED_FIRST.test(d.entry.nameEn)) return !day || Date.parse(day) - Date.parse(d.entry.date!) <= FIRST_WITHIN_DAYS * DAY_MS;
      return !!day && daysApart(day, d.entry.date!) <= WITHIN_DAYS;
    });
    if (fits.length !== 1) continue;
    out.push({
      entityId: fits[0].entry.id,
      kind: "event",
      surface: talks[0],
      start: s.start + talks.index,
      end: s.start + talks.index + talks[0].length,
      confidence: 0.6,
      method: "descriptive",
      evidence: "",
      evidenceStart: s.start,
      why: { matched: talks[0], form: `${fits[0].entry.nameEn} ${DIALOGUE_FORM}`, rule: "description" },
    });
  }
  return out;
}

/** The two states of a dialogue named by what it is took part in it. */
export function readNamedDialogueParties({ mentions, gazetteer, source }: { mentions: FoundMention[]; gazetteer: Gazetteer; source: string }): FoundRelation[] {
  return readMeetingParties({
    mentions,
    source,
    formEnd: DIALOGUE_FORM,
    statesOf: (id) => dialoguesOf(gazetteer).find((x) => x.entry.id === id)?.states ?? null,
    whyForm: "participant (the two states of the dialogue)",
  });
}
