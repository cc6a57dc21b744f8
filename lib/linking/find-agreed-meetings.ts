import type { Gazetteer } from "./gazetteer";
import { readMeetingParties, twoStatesOf, withStatePairs } from "./read-meeting-parties";
import type { FoundMention, FoundRelation, GazetteerEntry, Sentence } from "./types";

/**
 * "They agreed that any decision to use nuclear weapons should be controlled by humans", "中美领导人此前已就“核武器
 * 必须由人类控制”达成原则共识": a meeting of two states that the atlas holds, named by what the two agreed there. The
 * atlas names such a meeting by what was agreed ("Biden-Xi meeting in Lima: affirmation of human control over
 * nuclear-weapons decisions"), so a sentence that says the two agreed and uses most of the words of that name that few
 * other entities' names use is about that meeting: in an article that names both states, and (when it is dated) not
 * before the meeting.
 */

/** how the why of such a mention ends */
const AGREED_FORM = "(most of the words of its name, in an article naming both states)";
/** a sentence reporting an agreement or a meeting */
const AGREED =
  /\b(?:agree(?:d|s|ing|ment)?|affirm(?:ed|s|ing)?|reaffirm(?:ed|s)?|consensus|accord|met|meeting|talks|pledged|commit(?:ted|ment)|(?:mutual|common|shared) understanding)\b|达成|共识|同意|确认|会晤|一致/i;
/** how many of a meeting's own words (English) or character pairs (Chinese) a sentence must use */
const MIN_WORDS_EN = 4;
const MIN_PAIRS_ZH = 4;
/** a word or pair used by this many entities' names at most is the meeting's own */
const RARE = 3;
const STOP_EN = new Set("the and of on in at to for over with from by about its their this that between meeting".split(" "));

/** "decisions" → "decision", "controlled" → "control", "humans" → "human" */
export function stemWord(word: string): string {
  let w = word.toLowerCase().replace(/['’]s$/, "");
  if (w.length > 5 && /(?:ed|ing)$/.test(w)) w = w.replace(/(?:ed|ing)$/, "").replace(/([^aeiou])\1$/, "$1");
  else if (w.length > 4 && /[^s]s$/.test(w)) w = w.slice(0, -1);
  return w;
}
/** "both leaders", "the two nations", "双方": the two parties, unnamed ("中美领导人" names them) */
const THE_TWO = /\b(?:two|both)\s+(?:leaders|sides|nations|countries|presidents|governments|powers|heads of state)\b|双方|两国/i;
/** "They agreed …" after a sentence that names them */
const THEY = /\b[Tt]hey\b|他们|二人/;
/**
 * The agreement is the two states' own: the sentence names one of them or "the two", or says "they" just after a
 * sentence naming one (not "the Secretary-General reaffirmed that nuclear decisions must remain with humans").
 */
function agreedByParties({ sentence, start, end, states, mentions }: { sentence: string; start: number; end: number; states: number[]; mentions: FoundMention[] }): boolean {
  const named = (from: number, to: number) => mentions.some((x) => states.includes(x.entityId) && x.start >= from && x.end <= to);
  if (named(start, end) || THE_TWO.test(sentence)) return true;
  return THEY.test(sentence) && named(Math.max(0, start - 300), start);
}

/** where the sentence first uses one of the meeting's own words */
function firstWordAt({ sentence, meeting }: { sentence: string; meeting: Meeting }): number {
  let at = sentence.length;
  for (const w of sentence.matchAll(/[A-Za-z]+/g)) if (meeting.en.has(stemWord(w[0]))) at = Math.min(at, w.index);
  for (const p of meeting.zh) {
    const i = sentence.indexOf(p);
    if (i >= 0) at = Math.min(at, i);
  }
  return at;
}
/** the word of agreeing nearest position `at` */
function nearestCue({ sentence, at }: { sentence: string; at: number }): { text: string; index: number } {
  let best = { text: "", index: -1 };
  for (const c of sentence.matchAll(new RegExp(AGREED.source, "gi")))
    if (best.index < 0 || Math.abs(c.index - at) < Math.abs(best.index - at)) best = { text: c[0], index: c.index };
  return best;
}
const wordsEn = (text: string) =>
  text
    .split(/[^A-Za-z]+/)
    .filter((w) => w.length >= 2 && !STOP_EN.has(w.toLowerCase()))
    .map(stemWord);
const pairsZh = (text: string) => {
  const out: string[] = [];
  for (const run of text.match(/[\u4e00-\u9fff]+/g) ?? []) for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2));
  return out;
};

type Meeting = { entry: GazetteerEntry; states: number[]; en: Set<string>; zh: Set<string> };
const cache = new WeakMap<Gazetteer, Meeting[]>();

function meetingsOf(gazetteer: Gazetteer): Meeting[] {
  let out = cache.get(gazetteer);
  if (out) return out;
  const namesOf = (e: GazetteerEntry) => [e.nameEn, e.nameZh ?? "", ...e.aliases.map((a) => a.alias)];
  // how many entities' names use each word or pair
  const countEn = new Map<string, number>();
  const countZh = new Map<string, number>();
  for (const e of gazetteer.entries.values()) {
    const names = namesOf(e);
    for (const w of new Set(names.flatMap(wordsEn))) countEn.set(w, (countEn.get(w) ?? 0) + 1);
    for (const p of new Set(names.flatMap(pairsZh))) countZh.set(p, (countZh.get(p) ?? 0) + 1);
  }
  out = [];
  for (const e of gazetteer.entries.values()) {
    if (e.kind !== "event" || e.status === "proposed") continue;
    const states = twoStatesOf({ gazetteer, eventId: e.id });
    if (!states) continue;
    const names = namesOf(e);
    // (not the words of the states' own names: "Chile-Peru meeting" says who met, not what they agreed)
    const theirs = states.flatMap((id) => namesOf(gazetteer.entries.get(id)!));
    const theirEn = new Set(theirs.flatMap(wordsEn));
    const theirZh = new Set(theirs.flatMap(pairsZh));
    const en = new Set(names.flatMap(wordsEn).filter((w) => w.length >= 4 && countEn.get(w)! <= RARE && !theirEn.has(w)));
    const zh = new Set(names.flatMap(pairsZh).filter((p) => countZh.get(p)! <= RARE && !theirZh.has(p)));
    // (a name of a few words says which meeting, not what was agreed: the name matchers read it)
    if (en.size >= MIN_WORDS_EN + 1 || zh.size >= MIN_PAIRS_ZH + 1) out.push({ entry: e, states, en, zh });
  }
  cache.set(gazetteer, out);
  return out;
}

export function findAgreedMeetings({
  gazetteer,
  text,
  sentences,
  mentions,
  publishedAt,
}: {
  gazetteer: Gazetteer;
  text: string;
  sentences: Sentence[];
  mentions: FoundMention[];
  publishedAt: string | null;
}): FoundMention[] {
  const all = meetingsOf(gazetteer);
  if (!all.length) return [];
  // ("中美领导人…达成共识": the two written as one word name them too; read only in Chinese text)
  const withPairs = withStatePairs({ text, gazetteer, mentions });
  const named = new Set(withPairs.filter((m) => m.kind === "country").map((m) => m.entityId));
  const meetings = all.filter(
    (m) => m.states.every((id) => named.has(id)) && !mentions.some((x) => x.entityId === m.entry.id) && (!publishedAt || !m.entry.date || m.entry.date <= publishedAt.slice(0, 10)),
  );
  const out: FoundMention[] = [];
  if (!meetings.length) return out;
  // (each item of a bulleted run the splitter left as one sentence is read apart: "• … talks • 2024 agreement …")
  const parts = sentences.flatMap((s) => {
    const items: { start: number; end: number }[] = [];
    let from = s.start;
    for (const b of text.slice(s.start, s.end).matchAll(/\s*[•·▪●]\s*/g)) {
      if (s.start + b.index > from) items.push({ start: from, end: s.start + b.index });
      from = s.start + b.index + b[0].length;
    }
    if (s.end > from) items.push({ start: from, end: s.end });
    return items;
  });
  for (const s of parts) {
    const sentence = text.slice(s.start, s.end);
    if (!AGREED.test(sentence)) continue;
    const en = new Set(wordsEn(sentence));
    const zh = new Set(pairsZh(sentence));
    for (const m of meetings) {
      const usedEn = [...m.en].filter((w) => en.has(w)).length;
      const usedZh = [...m.zh].filter((p) => zh.has(p)).length;
      if (usedEn < MIN_WORDS_EN && usedZh < MIN_PAIRS_ZH) continue;
      if (!agreedByParties({ sentence, start: s.start, end: s.end, states: m.states, mentions: withPairs })) continue;
      if (out.some((x) => x.entityId === m.entry.id)) continue;
      // (the mention is the word of agreeing nearest the meeting's words: the names in the sentence stay names of their own)
      const cue = nearestCue({ sentence, at: firstWordAt({ sentence, meeting: m }) });
      // (why quotes the sentence's own words that matched)
      const words = [...new Set([...sentence.matchAll(/[A-Za-z]+/g)].map((w) => w[0]).filter((w) => m.en.has(stemWord(w))))];
      out.push({
        entityId: m.entry.id,
        kind: "event",
        surface: cue.text,
        start: s.start + cue.index,
        end: s.start + cue.index + cue.text.length,
        confidence: 0.6,
        method: "descriptive",
        evidence: "",
        evidenceStart: s.start,
        why: {
          matched: usedEn >= MIN_WORDS_EN ? words.join(", ") : [...m.zh].filter((p) => zh.has(p)).join("、"),
          form: `${m.entry.nameEn} ${AGREED_FORM}`,
          rule: "description",
        },
      });
    }
  }
  return out;
}

/**
 * The two states of a meeting named by what they agreed there took part in it: the sentence says they agreed (their
 * names may stand in the sentences around it, "the two leaders", "中美领导人").
 */
export function readAgreedMeetingParties({ mentions, gazetteer, source }: { mentions: FoundMention[]; gazetteer: Gazetteer; source: string }): FoundRelation[] {
  return readMeetingParties({
    mentions,
    source,
    formEnd: AGREED_FORM,
    statesOf: (id) => meetingsOf(gazetteer).find((x) => x.entry.id === id)?.states ?? null,
    whyForm: "participant (the two states of the meeting, said to have agreed)",
  });
}
