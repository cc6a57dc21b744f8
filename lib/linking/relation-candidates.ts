import { mentionsBySentence, sentenceIndexAt } from "./sentences";
import type { EntityKind } from "@/db/schema";
import { BODY_SUMMIT_AFTER, NOT_AN_ACTOR_AFTER, isStateAfterItsCity, predecessorsEnd } from "./relation-patterns";
import { isListGap } from "./group-subjects";
import { roleFamily } from "./extract-relations";
import { TRIGGERS } from "./relation-triggers";
import type { FoundMention, FoundRelation, ProposedEvent, Sentence } from "./types";

/**
 * Every pair of names one sentence puts together that could be a participation statement (a state or body, then
 * the initiative, resolution, event or body it acts on), described by the words around and between them. The
 * statement model (score-relations.ts) weighs these words; the hand-written readers' own reading of the pair is
 * one more word. Pure: the article's links in, candidates out.
 */
export type RelationCandidate = {
  subjectId: number;
  objectId: number;
  /** the sentence the pair was read from */
  sentence: Sentence;
  start: number;
  end: number;
  features: string[];
  /**
   * where the run of states and bodies the subject stands in starts ("signed by Andorra, Georgia, … as well as the
   * EU, Israel and the US"): a list says one thing of all its names, so its pairs are weighed together
   */
  run: number;
};

const SUBJECT_KINDS = new Set<EntityKind>(["country", "organisation", "resolution", "initiative"]);
const OBJECT_KINDS = new Set<EntityKind>(["initiative", "resolution", "event", "organisation"]);
/** a state's own report, or the report of the sentence before: "the meeting", "此次会议" */
const IMPLIED_LOOKBACK = 2;
const MAX_BETWEEN = 40;
const HAN = /[\u4e00-\u9fff]/;
/** one token for each kind of mark, whichever script wrote it */
const PUNCTUATION: Record<string, string> = { "，": ",", "；": ";", "：": ":", "、": ",", "（": "(", "）": ")", "—": "–", "“": '"', "”": '"', "《": '"', "》": '"' };

type Span = { entityId: number; kind: EntityKind; start: number; end: number; subtype: string };
type Cue = { family: string; start: number; end: number };

/**
 * "a bilateral AI agreement", "another deal", "一项…双边协议": a text of the sentence's own, set apart from the one named
 * before ("In an agreement signed on November 1, the 29 countries …" is still the declaration named before)
 */
const OWN_TEXT =
  /\b(?:another|a\s+(?:separate|different|bilateral)|an?\s+[\w-]+\s+bilateral)\s+(?:[\w-]+\s+){0,2}(?:agreement|memorandum|MoU|MOU|deal|pact|accord|charter|roadmap|partnership)\b|(?:另一项|一项双边|一份双边)[^，。；,;]{0,12}(?:协议|协定|备忘录)/;

/** A text or event an article names, by entity and kind. */
type NamedDocument = { id: number; kind: EntityKind };

/** "the signatories", "签署方": a sentence that names a text's signers (or sponsors) as such */
const SIGNERS_NOUN = /\b(?:signatories|signers|co-?sponsors|endorsers)\b|签署方|签署者|签署国|联署国|共同提案国/i;

/** "does not include", "not among", "excluding", "except", "other than", "不包括", "除了": a list set apart */
const EXCLUDED_BEFORE = /(?:\b(?:not include|not including|not among|excluding|except(?: for)?|other than|apart from)|不包括|除了?|除去)\s*(?:the\s+)?$/i;

/**
 * Words of subscribing to a text that no trigger reads ("pledged their commitment to the Bletchley Declaration",
 * "giving their backing to the declaration", "共同参与发布"): a state named near one is not said to sign by itself, but
 * without a word of its family a pair was never suggested (score-relations.ts): the model weighs them. Like the
 * signing words, one in a sentence that names no text makes it about the article's one text (saysTextRole below).
 */
const SUBSCRIBING_CUE = /\b(?:pledg(?:e|ed|es|ing)|committ?(?:ed|s)? to|backing to|agrees? to|signed up|subscrib(?:e|ed|es) to|have adopted)\b|共同(?:参与)?发布|承诺/gi;

/** Each trigger's words with its role family, compiled once (matchAll copies a global pattern, so sharing is safe). */
const CUE_PATTERNS = [
  ...TRIGGERS.flatMap((t) => {
    const family = roleFamily(t.role);
    return [t.en, t.zh].filter((re): re is RegExp => !!re).map((re) => ({ family, re: new RegExp(re.source, re.flags.includes("g") ? re.flags : `${re.flags}g`) }));
  }),
  { family: "signatory", re: SUBSCRIBING_CUE },
];

/** The role families whose object is a text (a sponsor, signatory or supporter of it), each pattern once, not global. */
const TEXT_FAMILIES = new Set(["sponsor", "signatory", "supporter"]);
const TEXT_ROLE_PATTERNS = CUE_PATTERNS.filter((p) => TEXT_FAMILIES.has(p.family)).map((p) => new RegExp(p.re.source, p.re.flags.replace("g", "")));
/** Whether a sentence says a sponsor's, signer's or supporter's word (cheaper than reading all its role words). */
const saysTextRole = (sentence: string) => TEXT_ROLE_PATTERNS.some((re) => re.test(sentence));

/** The role words of a sentence ("signed", "主办"): a pair in a sentence that says no act at all is rarely a statement. */
function cuesOf({ text, s }: { text: string; s: Sentence }): Cue[] {
  const out: Cue[] = [];
  const sentence = text.slice(s.start, s.end);
  for (const { family, re } of CUE_PATTERNS) for (const m of sentence.matchAll(re)) out.push({ family, start: s.start + m.index, end: s.start + m.index + m[0].length });
  return out;
}

/** The words of a stretch of text: English words (and their first five letters), Chinese characters and pairs. */
export function wordsOf({ text }: { text: string }): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(/[a-z]+|[\u4e00-\u9fff]+|\d+|[<][a-z]+[>]|[,;:，；：、()（）–—"“”《》]/g)) {
    const w = m[0];
    // punctuation is a word too: a comma or dash between two names changes what the sentence says of them
    if (w.length === 1 && !/[a-z\u4e00-\u9fff\d]/.test(w)) out.push(PUNCTUATION[w] ?? w);
    else if (HAN.test(w)) {
      for (let i = 0; i < w.length; i++) {
        out.push(w[i]);
        if (i + 1 < w.length) out.push(w.slice(i, i + 2));
      }
    } else if (/^\d/.test(w)) out.push("<num>");
    else {
      out.push(w);
      if (w.length > 5 && !w.startsWith("<")) out.push(`${w.slice(0, 5)}~`);
    }
  }
  return out;
}

/** The text between two spans with every other name replaced by its kind ("<country>"), so a list reads as one. */
function maskedBetween({ text, from, to, spans }: { text: string; from: number; to: number; spans: Span[] }): string {
  let out = "";
  let at = from;
  for (const s of spans) {
    if (s.end <= from || s.start >= to) continue;
    out += text.slice(at, Math.max(at, s.start)) + ` <${s.kind}> `;
    at = Math.max(at, s.end);
  }
  return out + text.slice(at, to);
}

/** How many names stand between two spans, in buckets: a pair in one list reads differently from one far apart. */
const bucket = (n: number) => (n === 0 ? "0" : n === 1 ? "1" : n <= 4 ? "few" : "many");

export function findRelationCandidates({
  text,
  sentences,
  mentions,
  events,
  relations,
  subtypeOf,
}: {
  /** the body as the readers read it (simplified characters) */
  text: string;
  sentences: Sentence[];
  /** the mentions the statement readers read, with references resolved */
  mentions: FoundMention[];
  /** the dated events the article reports: what "the meeting" of the sentence or the one before is */
  events: ProposedEvent[];
  /** the hand-written readers' statements */
  relations: FoundRelation[];
  subtypeOf: (id: number) => { kind: EntityKind; subtype: string } | undefined;
}): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  // (each computed once per article, not once per sentence)
  const sentenceIndexOf = (pos: number) => sentenceIndexAt({ sentences, pos });
  const reported: { id: number; index: number }[] = [];
  for (const e of events) {
    if (e.matchedEntityId === null || subtypeOf(e.matchedEntityId)?.kind !== "event") continue;
    const index = sentenceIndexOf(e.evidenceStart);
    if (index >= 0) reported.push({ id: e.matchedEntityId, index });
  }
  // the last text or event each sentence names: what a list in the next sentence or two may still be about
  // ("The convention was opened for signature in Vilnius. The signatories are Andorra, Georgia, …")
  const lastDocument: (NamedDocument | undefined)[] = sentences.map(() => undefined);
  // the one text the whole article names, if it names one: what "123 co-sponsors, including …" further on is about
  const texts = new Map<number, EntityKind>();
  // and the last text each sentence names: when the article names several, what a sentence naming signatories
  // further on is about ("The Seoul Summit has introduced the Frontier AI Safety Commitments … Among the signatories
  // are OpenAI, Microsoft, Amazon …", paragraphs later, after the Bletchley Declaration was named before it)
  const lastText = new Map<number, NamedDocument>();
  for (const m of mentions) {
    if (m.kind !== "initiative" && m.kind !== "resolution" && m.kind !== "event") continue;
    const i = sentenceIndexOf(m.start);
    const named = { id: m.entityId, kind: m.kind };
    if (i >= 0) lastDocument[i] = named;
    if (m.kind === "event") continue;
    texts.set(m.entityId, m.kind);
    if (i >= 0) lastText.set(i, named);
  }
  const onlyText = texts.size === 1 ? [...texts].map(([id, kind]) => ({ id, kind }))[0] : undefined;
  let textBefore: NamedDocument | undefined;
  const rulesBySentence = new Map<number, FoundRelation[]>();
  for (const r of relations) rulesBySentence.set(r.evidenceStart, [...(rulesBySentence.get(r.evidenceStart) ?? []), r]);
  const bySentence = mentionsBySentence({ sentences, mentions });
  for (let index = 0; index < sentences.length; index++) {
    const s = sentences[index];
    textBefore = lastText.get(index - 1) ?? textBefore;
    const raw = bySentence[index];
    if (raw.length < 2 && !reported.length) continue;
    const farText = onlyText ?? (SIGNERS_NOUN.test(text.slice(s.start, s.end)) ? textBefore : undefined);
    findSentenceCandidates({ text, s, index, raw, reported, lastDocument, farText, rules: rulesBySentence.get(s.start) ?? [], subtypeOf, out });
  }
  return out;
}

/** The spans cut into runs: neighbours `together` allows and only list words ("A, B and C") between them. */
function listRuns({ text, spans, together }: { text: string; spans: Span[]; together: (first: Span, next: Span) => boolean }): Span[][] {
  const runs: Span[][] = [];
  for (let i = 0; i < spans.length;) {
    let j = i;
    while (j + 1 < spans.length && together(spans[i], spans[j + 1]) && isListGap({ gap: text.slice(spans[j].end, spans[j + 1].start) })) j++;
    runs.push(spans.slice(i, j + 1));
    i = j + 1;
  }
  return runs;
}

type ObjectSpan = Span & { back?: number; earlier?: boolean };

/**
 * The candidates of one sentence (its mentions `raw`), pushed onto `out`. Kept apart from findRelationCandidates,
 * and the words of each pair apart again (pairFeatures): one large function's optimised code was thrown away
 * and rebuilt again and again as new kinds of arrays reached it, each time at a high compiling cost.
 */
function findSentenceCandidates({
  text,
  s,
  index,
  raw,
  reported,
  lastDocument,
  farText,
  rules: sentenceRules,
  subtypeOf,
  out,
}: {
  text: string;
  s: Sentence;
  index: number;
  raw: FoundMention[];
  reported: { id: number; index: number }[];
  lastDocument: (NamedDocument | undefined)[];
  /** the text a sentence of sponsors or signers that names none may be about, however far back: the article's one
   * text, or in a sentence that names signatories, the last text named before it */
  farText: NamedDocument | undefined;
  rules: FoundRelation[];
  subtypeOf: (id: number) => { kind: EntityKind; subtype: string } | undefined;
  out: RelationCandidate[];
}): void {
  // (plain loops rather than filter/map/some here: each of those, inlined, was one more place where a new kind of
  // array threw the optimised code away)
  // one name per span: the longest (an event's name holds its host's)
  const spans: Span[] = [];
  for (const m of raw) {
    let inside = false;
    for (const o of raw) if (o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start) inside = true;
    if (!inside) spans.push({ entityId: m.entityId, kind: m.kind, start: m.start, end: m.end, subtype: subtypeOf(m.entityId)?.subtype ?? "" });
  }
  const subjects: Span[] = [];
  // ("Chinese companies", "US tech giants": a state that only says where companies come from does not act)
  // "travelled to Vilnius, Lithuania, to sign …": a state named as where, after its city (which is no name of a state
  // or body itself: "to Japan, Canada, …" is a list), hosts what is held there but does little else
  const afterCity = (m: Span) => {
    if (!isStateAfterItsCity({ before: text.slice(s.start, m.start), after: text.slice(m.end, s.end) })) return false;
    for (const o of spans) if (o !== m && o.end <= m.start && /^\s*,\s*$/.test(text.slice(o.end, m.start))) return false;
    return true;
  };
  for (const m of spans) if (SUBJECT_KINDS.has(m.kind) && !(m.kind === "country" && NOT_AN_ACTOR_AFTER.test(text.slice(m.end, m.end + 40)))) subjects.push(m);
  if (!subjects.length) return;
  const implied: { id: number; back: number }[] = [];
  for (const e of reported) if (e.index <= index && index - e.index <= IMPLIED_LOOKBACK) implied.push({ id: e.id, back: index - e.index });
  const ruleRoles = new Map<string, string[]>();
  const ruleWords = new Map<string, string[]>();
  for (const r of sentenceRules) {
    const key = `${r.subjectId}:${r.objectId}`;
    ruleRoles.set(key, [...(ruleRoles.get(key) ?? []), r.role]);
    ruleWords.set(key, [...(ruleWords.get(key) ?? []), `${r.why?.rule ?? ""}:${(r.why?.matched ?? "").toLowerCase().slice(0, 24)}`]);
  }
  // the run of names of one kind joined by list words that each name stands in
  const listSizes = new Map<Span, number>();
  for (const run of listRuns({ text, spans, together: (a, b) => a.kind === b.kind })) for (const x of run) listSizes.set(x, run.length);
  // the runs of states and bodies, whichever of the two each name is ("from Australia, Canada, the European
  // Commission, France, …")
  const runOf = new Map<Span, number>();
  const party = (x: Span) => x.kind === "country" || x.kind === "organisation";
  for (const run of listRuns({ text, spans: subjects, together: (a, b) => party(a) && party(b) })) for (const x of run) runOf.set(x, run[0].start);
  // a sentence that names no text or event of its own may go on about the one named just before
  let before: { back: number; doc: NamedDocument } | undefined;
  let namesDocument = false;
  for (const b of spans) if (b.kind === "initiative" || b.kind === "resolution" || b.kind === "event") namesDocument = true;
  // ("The US also signed a bilateral AI agreement with India": a sentence about a text of its own, unnamed, is not about
  // the one before)
  if (!namesDocument && OWN_TEXT.test(text.slice(s.start, s.end))) namesDocument = true;
  if (!namesDocument) {
    for (const back of [1, 2]) {
      const doc = lastDocument[index - back];
      if (doc) {
        before = { back, doc };
        break;
      }
    }
  }
  // (read once, and only for a sentence that has a pair)
  let cues: Cue[] | undefined;
  // a sentence of a text's sponsors or signers that names no text, and none just before: the text further back
  if (!namesDocument && !before && farText && saysTextRole(text.slice(s.start, s.end))) {
    before = { back: 9, doc: farText };
  }
  // the words of a stretch of this sentence, masked: a name's windows serve every pair it stands in
  const memo = new Map<string, string[]>();
  const words = (from: number, to: number) => {
    const key = `${from}:${to}`;
    let w = memo.get(key);
    if (!w) memo.set(key, (w = wordsOf({ text: maskedBetween({ text, from, to, spans }) })));
    return w;
  };
  for (const a of subjects) {
    // "the list does not include Russia, China, …", "excluding the US": names a sentence sets apart state nothing
    const runStart = runOf.get(a) ?? a.start;
    if (EXCLUDED_BEFORE.test(text.slice(Math.max(s.start, runStart - 40), runStart))) continue;
    // "Following the UK and South Korea, France will host …": the states another follows are not its co-hosts
    const followed = predecessorsEnd({ text, at: runStart, sentenceStart: s.start, sentenceEnd: s.end });
    if (followed >= 0 && a.start < followed) continue;
    const aList = listSizes.get(a) ?? 1;
    const objects: ObjectSpan[] = [];
    for (const b of spans) if (OBJECT_KINDS.has(b.kind) && b.entityId !== a.entityId) objects.push(b);
    for (const e of implied) {
      let named = false;
      for (const b of spans) if (b.entityId === e.id) named = true;
      if (!named) objects.push({ entityId: e.id, kind: "event", start: -1, end: -1, subtype: "", back: e.back });
    }
    let beforeImplied = false;
    if (before) for (const e of implied) if (e.id === before.doc.id) beforeImplied = true;
    if (before && !beforeImplied && (a.kind === "country" || a.kind === "organisation")) {
      const doc = before.doc;
      objects.push({ entityId: doc.id, kind: doc.kind, start: -1, end: -1, subtype: subtypeOf(doc.id)?.subtype ?? "", back: before.back, earlier: true });
    }
    for (const b of objects) {
      if (a.kind !== "country" && a.kind !== "organisation" && b.kind !== "organisation") continue;
      // "(Brazil, Russia, India, China …), Chinese President Xi Jinping announced …": a state the sentence names twice
      // was read at one of its names; the readers' reading is not the other's (nor, through its list, its neighbours')
      let readOther = false;
      for (const r of sentenceRules) {
        if (r.subjectId !== a.entityId || r.objectId !== b.entityId || (a.start >= r.start && a.end <= r.end)) continue;
        for (const x of subjects) if (x !== a && x.entityId === a.entityId && x.start >= r.start && x.end <= r.end) readOther = true;
      }
      out.push({
        subjectId: a.entityId,
        objectId: b.entityId,
        sentence: s,
        start: b.start < 0 ? a.start : Math.min(a.start, b.start),
        end: b.start < 0 ? a.end : Math.max(a.end, b.end),
        features: pairFeatures({
          a,
          b,
          aList,
          rules: readOther ? [] : (ruleRoles.get(`${a.entityId}:${b.entityId}`) ?? []),
          ruleWords: readOther ? [] : (ruleWords.get(`${a.entityId}:${b.entityId}`) ?? []),
          s,
          spans,
          words,
          cues: (cues ??= cuesOf({ text, s })),
          place: a.kind === "country" && afterCity(a),
        }),
        run: runOf.get(a) ?? a.start,
      });
    }
  }
}

/** The kind of a pair's object, as its features say it (`k:country>resolution` → "resolution"). */
export const objectKindOf = (features: string[]) => features.find((f) => f.startsWith("k:"))?.split(">")[1];

/** The words the statement model weighs for subject `a` and object `b` of sentence `s`, each once, in order. */
function pairFeatures({
  a,
  b,
  aList,
  rules,
  ruleWords,
  s,
  spans,
  words,
  cues,
  place,
}: {
  a: Span;
  b: ObjectSpan;
  /** the sentence's role words */
  cues: Cue[];
  /** the subject is a state named as a place, after its city */
  place: boolean;
  aList: number;
  /** the hand-written readers' roles for the pair */
  rules: string[];
  /**
   * how each reader read it, "pattern:co-hosted", "description:joined": which reader and which words, so that the
   * model learns which readings hold (cross-validated at .4: F1 .654 → .657 over the older fresh files, .567 → .581
   * over set O)
   */
  ruleWords: string[];
  s: Sentence;
  spans: Span[];
  words: (from: number, to: number) => string[];
}): string[] {
  const f: string[] = [`k:${a.kind}>${b.kind}`, `kt:${a.kind}>${b.kind}:${b.subtype}`, `list:${aList > 1 ? (aList > 3 ? "long" : "short") : "one"}`, "bias"];
  for (const role of rules) f.push(`rule:${role.replace(/^co-/, "")}`, `rule-kind:${role.replace(/^co-/, "")}:${b.kind}`);
  if (!rules.length) f.push("rule:none");
  for (const w of ruleWords) f.push(`rule-word:${w}`, `rule-by:${w.split(":")[0]}`);
  if (place) f.push("subject-after-city");
  // "the 2018 G7 Summit", "金砖峰会": a body's name before Summit names its meeting, which founds nothing and has no members
  if (a.kind === "organisation" && BODY_SUMMIT_AFTER.test(s.text.slice(a.end - s.start, a.end - s.start + 24))) f.push("summit:subject");
  if (b.start >= 0 && b.kind === "organisation" && BODY_SUMMIT_AFTER.test(s.text.slice(b.end - s.start, b.end - s.start + 24))) f.push("summit:object");
  if (!cues.length) f.push("cue:none");
  for (const c of cues) f.push(`cue:${c.family}`);
  if (b.start < 0) {
    f.push(b.earlier ? `earlier:${b.back}:${b.kind}` : `implied:${b.back}`);
    for (const w of words(a.end, Math.min(s.end, a.end + 80)).slice(0, 12)) f.push(`ra:${w}`);
    for (const w of words(Math.max(s.start, a.start - 40), a.start).slice(-6)) f.push(`la:${w}`);
  } else {
    const [left, right] = a.start < b.start ? [a, b] : [b, a];
    const order = a.start < b.start ? "ab" : "ba";
    f.push(`ord:${order}`);
    const between = words(left.end, right.start);
    const namesBetween = spans.filter((x) => x.start >= left.end && x.end <= right.start).length;
    for (const c of cues) if (c.start >= left.end && c.end <= right.start) f.push(`cueb:${c.family}`);
    f.push(`nb:${bucket(namesBetween)}`, `len:${between.length < 4 ? "short" : between.length < 16 ? "mid" : "long"}`);
    for (const w of between.slice(0, 10)) f.push(`b:${order}:${w}`);
    for (const w of between.slice(-10)) f.push(`b:${order}:${w}`);
    // (the bag of words between stops at MAX_BETWEEN: a pair that far apart is rarely a statement, and its cost grows)
    for (const w of between.length > MAX_BETWEEN ? [...between.slice(0, MAX_BETWEEN / 2), ...between.slice(-MAX_BETWEEN / 2)] : between) f.push(`bb:${w}`);
    for (const w of words(Math.max(s.start, left.start - 40), left.start).slice(-5)) f.push(`l:${order}:${w}`);
    for (const w of words(right.end, Math.min(s.end, right.end + 40)).slice(0, 5)) f.push(`r:${order}:${w}`);
  }
  return [...new Set(f)];
}
