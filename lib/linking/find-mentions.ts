import { parseChineseNumber } from "./chinese-numbers";
import { findEstablishingResolutions } from "./find-establishing-resolutions";
import { findDescribedBodies } from "./find-described-bodies";
import { entitiesNamed, matchTrie, normaliseSymbol, type Gazetteer, type TrieMatch } from "./gazetteer";
import { withoutYear } from "./derive-name-forms";
import { findCountryLists, findCountryPairs } from "./find-country-pairs";
import { findDefinedNames } from "./find-defined-names";
import { findHomeMinistries } from "./find-home-ministries";
import { findAgreedMeetings } from "./find-agreed-meetings";
import { findNamedDialogues } from "./find-named-dialogues";
import { findFirstMeetings } from "./find-first-meetings";
import { findHostedSummits } from "./find-hosted-summits";
import { findNumberedSummits } from "./find-numbered-summits";
import { findOwnedAiNames } from "./find-owned-ai-names";
import { metElsewhere } from "./find-venue-references";
import { seriesOf } from "./settle-series-hosts";
import { findMakersInNames } from "./find-makers-in-names";
import { findFirstTreaties } from "./find-first-treaties";
import { namesFirstAiResolution } from "./names-first-ai-resolution";
import { matchShortTitles } from "./match-short-titles";
import { matchTitleVariants } from "./match-title-variants";
import { normaliseForMatch, simplifyHan } from "./normalise";
import { resolveDates, datesOverlap } from "./resolve-dates";
import { sentenceAt, splitSentences } from "./sentences";
import { settleFirstPersonCountry } from "./settle-first-person-country";

/**
 * A mention read from a description rather than a name ("Korea's AI law", "UNESCO's Recommendation", "an
 * independent scientific panel"): its why quotes the words read (`matchedFrom` to its end) and says what they were
 * read as.
 */
function describedMention({
  entry,
  kind = entry.kind,
  text,
  start,
  end,
  matchedFrom = start,
  form,
  confidence,
}: {
  entry: GazetteerEntry;
  kind?: FoundMention["kind"];
  text: string;
  start: number;
  end: number;
  matchedFrom?: number;
  form: string;
  confidence: number;
}): FoundMention {
  return {
    entityId: entry.id,
    kind,
    surface: text.slice(start, end),
    start,
    end,
    confidence,
    method: "descriptive",
    evidence: "",
    evidenceStart: start,
    why: { matched: text.slice(matchedFrom, end), form, rule: "description" },
  };
}
import type { DateMention, FoundMention, GazetteerEntry, ProposedEntity, Sentence } from "./types";

/** Full UN document symbols: A/RES/78/311, A/78/L.86, A/C.1/78/L.56, S/RES/2719 (2024), A/HRC/RES/53/29. */
const SYMBOL_RE =
  /(?<![A-Za-z0-9/])(?:S\/RES\/\d{1,5}(?:\s?\(\d{4}\))?|(?:A|S|E)\/(?:RES\/|C\.\d\/|HRC\/(?:RES\/)?|ES-\d+\/)?\d{1,4}\/(?:L\.\d+(?:\/Rev\.\d+)?|\d{1,5}(?:\s?\(\d{4}\))?))(?![A-Za-z0-9/])/g;
/** Short forms "resolution 78/311", "第78/311号决议". */
const SHORT_SYMBOL_RE = /(?<![A-Za-z0-9/.])(\d{2})\/(\d{1,4})(?![\d/])/g;

const EN_ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
};
const EN_TENS: Record<string, number> = { seventy: 70, eighty: 80, ninety: 90, sixty: 60 };
const EN_TENS_ORD: Record<string, number> = { seventieth: 70, eightieth: 80, ninetieth: 90, sixtieth: 60 };

function findSession(sentence: string): { session: number; start: number; end: number } | null {
  let m = /第([一二三四五六七八九十百零〇\d]+)届(?:联合国)?(?:大会|联大)?/.exec(sentence);
  if (m) {
    const n = parseChineseNumber(m[1]);
    if (n) return { session: n, start: m.index, end: m.index + m[0].length };
  }
  m = /联合国大会第([一二三四五六七八九十百零〇\d]+)届/.exec(sentence);
  if (m) {
    const n = parseChineseNumber(m[1]);
    if (n) return { session: n, start: m.index, end: m.index + m[0].length };
  }
  m = /\b(\d{2})(?:st|nd|rd|th)\s+(?:(?:UN|United Nations)\s+)?(?:session|General Assembly|UNGA)/i.exec(sentence);
  if (m) return { session: Number(m[1]), start: m.index, end: m.index + m[0].length };
  m = /\b(seventy|eighty|ninety|sixty)-(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)\s+session/i.exec(sentence);
  if (m) return { session: EN_TENS[m[1].toLowerCase()] + EN_ORDINALS[m[2].toLowerCase()], start: m.index, end: m.index + m[0].length };
  m = /\b(seventieth|eightieth|ninetieth|sixtieth)\s+session/i.exec(sentence);
  if (m) return { session: EN_TENS_ORD[m[1].toLowerCase()], start: m.index, end: m.index + m[0].length };
  return null;
}

// (the body that adopts a resolution, the word for a draft and the brackets around them say nothing of its topic, as in
// EN_STOP)
const ZH_GENERIC = /人工智能|国际|合作|联合国|第一委员会|委员会|大会|决议|草案|关于|的|和|与|及|、|,|，|。|（|）|\(|\)|\s/g;
const EN_STOP = new Set(
  "a an and the of on for in to by with its their from at as artificial intelligence ai international cooperation united nations un general assembly resolution draft committee first session system systems".split(
    " ",
  ),
);

/**
 * `distinctEn` / `distinctZh`: the words (character pairs) of a resolution's names that no other resolution's names
 * use ("panel", "dialogue"; 科学, 对话): two of them with the word "resolution" say which one is meant.
 */
type Topic = { entry: GazetteerEntry; session: number | null; zh: string[][]; en: string[][]; distinctEn: string[]; distinctZh: string[] };

/** A symbol inside a resolution's name ("resolution 78/241 on …", "A/RES/78/241"), and in Chinese with 第…号 ("第78/241号"). */
const SYMBOL_IN_NAME = String.raw`(?:[A-Z]\/(?:[A-Z]\.?\d?\/)?)?(?:RES\/)?\d+\/[\w.]+`;
const EN_SYMBOL = new RegExp(SYMBOL_IN_NAME, "g");
const ZH_SYMBOL = new RegExp(String.raw`第?\s*${SYMBOL_IN_NAME}\s*号?`, "g");

function zhBigrams(name: string): string[] {
  const grams: string[] = [];
  for (const seg of name.split(ZH_GENERIC)) {
    if (seg.length === 1) grams.push(seg);
    for (let i = 0; i + 1 < seg.length; i++) grams.push(seg.slice(i, i + 2));
  }
  return grams;
}
function enTokens(name: string): string[] {
  return [
    ...new Set(
      name
        .toLowerCase()
        .replace(/\([^)]*\)/g, " ")
        .split(/[^a-z]+/)
        .filter((w) => w.length > 1 && !EN_STOP.has(w)),
    ),
  ];
}

const topicCache = new WeakMap<Gazetteer, Topic[]>();
function topicsOf(gazetteer: Gazetteer): Topic[] {
  let topics = topicCache.get(gazetteer);
  if (topics) return topics;
  topics = [];
  for (const entry of gazetteer.entries.values()) {
    if (entry.kind !== "resolution" || entry.status === "proposed") continue;
    let session = entry.session ?? null;
    if (session === null && entry.symbol) {
      const m = /\/(\d{2,3})\//.exec(entry.symbol);
      if (m) session = Number(m[1]);
    }
    // a name that carries its symbol ("关于致命性自主武器系统的第78/241号决议") keeps its words, not the symbol's digits
    const zh = [entry.nameZh, ...entry.aliases.filter((a) => a.language === "zh").map((a) => a.alias)]
      .filter((x): x is string => !!x)
      .map((x) => zhBigrams(x.replace(ZH_SYMBOL, "、")))
      .filter((g) => g.length >= 2);
    // a name that carries its symbol ("resolution 78/241 on lethal autonomous weapons systems") keeps its words
    const en = [entry.nameEn, ...entry.aliases.filter((a) => a.language !== "zh").map((a) => a.alias)]
      .map((x) => x.replace(EN_SYMBOL, " "))
      .map(enTokens)
      .filter((t) => t.length >= 2);
    topics.push({ entry, session, zh, en, distinctEn: [], distinctZh: [] });
  }
  const countEn = new Map<string, number>();
  const countZh = new Map<string, number>();
  for (const t of topics) {
    for (const w of new Set(t.en.flat())) countEn.set(w, (countEn.get(w) ?? 0) + 1);
    for (const g of new Set(t.zh.flat())) countZh.set(g, (countZh.get(g) ?? 0) + 1);
  }
  for (const t of topics) {
    // only words that also name a body or text the atlas relates to the resolution (the Panel, the Dialogue): the
    // other words of a title ("sustainable development", 全球治理) are words any article on AI may use
    const related = [...(gazetteer.related.get(t.entry.id) ?? [])].map((id) => gazetteer.entries.get(id)).filter((e) => !!e && e.kind !== "country");
    const relatedEn = new Set(related.flatMap((e) => enTokens(e!.nameEn)));
    const relatedZh = new Set(related.flatMap((e) => (e!.nameZh ? zhBigrams(e!.nameZh.replace(/全球|治理/g, "、")) : [])));
    t.distinctEn = [...new Set(t.en.flat())].filter((w) => countEn.get(w) === 1 && w.length >= 4 && relatedEn.has(w));
    t.distinctZh = [...new Set(t.zh.flat())].filter((g) => countZh.get(g) === 1 && g.length === 2 && relatedZh.has(g));
  }
  topicCache.set(gazetteer, topics);
  return topics;
}

/**
 * "第七十八届联合国大会…加强人工智能能力建设国际合作决议", "the General Assembly resolution on capacity-building
 * of AI": a sentence that says 决议/resolution, resolved to the known resolution by session + topic words.
 */
/** "China-drafted", "US-led", "proposed by China", "中国主提的": the sentence names who sponsored the text. */
const SPONSOR_CUE =
  /-(?:led|drafted|sponsored|proposed|backed)\b|\b(?:proposed|drafted|tabled|sponsored|led|introduced|initiated|spearheaded|championed) by\b|主提|提出的|起草|牵头|提交的|主导的|领导的/i;
/** "China-drafted", "US-led", "drafted by China", "中国主导的": who put the text forward, not one of its co-sponsors or backers. */
const LEAD_SPONSOR_CUE = /(?<!\bco)-(?:led|drafted|sponsored|proposed)\b|(?<!\bco-)\b(?:proposed|drafted|tabled|sponsored|led|introduced) by\b|主提|起草|牵头|主导的|领导的/i;
// (not the General Assembly's First Committee)
const FIRST_CUE = /\b(?:first|inaugural)\b(?!\s+Committee\b)|首个|首份|首项|第一个/i;
const DESCRIPTION_CUE = /决议|决定|resolution|decision|\btext\b|\bdraft\b/i;

/** The resolutions whose own title is about AI (not one on weapons that use it) and that have a date. */
const AI_TITLE = /artificial intelligence|\bAI\b|人工智能/i;
const aiResolutionCache = new WeakMap<Gazetteer, GazetteerEntry[]>();
function aiResolutions(gazetteer: Gazetteer): GazetteerEntry[] {
  let out = aiResolutionCache.get(gazetteer);
  if (!out) {
    out = topicsOf(gazetteer)
      .map((t) => t.entry)
      .filter((e) => !!e.date && AI_TITLE.test(`${e.nameEn} ${e.nameZh ?? ""}`));
    aiResolutionCache.set(gazetteer, out);
  }
  return out;
}

/** "the first AI resolution": the earliest of them. */
function earliestResolutionId(gazetteer: Gazetteer): number | null {
  let best: GazetteerEntry | null = null;
  for (const e of aiResolutions(gazetteer)) if (!best || e.date! < best.date!) best = e;
  return best?.id ?? null;
}

/** "the recent resolution on AI adopted by the General Assembly", "最近通过的人工智能决议": the latest one before the article. */
const LATEST_CUE = /\b(?:recent(?:ly)?|latest|newest)\b|最近|最新|近日|日前/i;
const LATEST_WITHIN_DAYS = 120;
function latestResolutionId({ gazetteer, published }: { gazetteer: Gazetteer; published: string }): number | null {
  let best: GazetteerEntry | null = null;
  for (const e of aiResolutions(gazetteer)) if (e.date!.length >= 10 && e.date! <= published && (!best || e.date! > best.date!)) best = e;
  if (!best || (Date.parse(published) - Date.parse(best.date!)) / DAY_MS > LATEST_WITHIN_DAYS) return null;
  return best.id;
}

/** "the proposed UN General Assembly resolution on AI", "决议草案": the next one the Assembly adopts after the article. */
const PENDING_CUE = /\b(?:proposed|draft|upcoming|forthcoming|pending)\b|草案|拟议/i;
const PENDING_WITHIN_DAYS = 60;
function nextResolutionId({ gazetteer, published }: { gazetteer: Gazetteer; published: string }): number | null {
  let best: GazetteerEntry | null = null;
  for (const e of aiResolutions(gazetteer)) if (e.date!.length >= 10 && e.date! >= published && (!best || e.date! < best.date!)) best = e;
  if (!best || (Date.parse(best.date!) - Date.parse(published)) / DAY_MS > PENDING_WITHIN_DAYS) return null;
  return best.id;
}

/** "has adopted a resolution", "联大通过决议": the sentence reports an adoption. */
const ADOPTION_CUE = /\b(?:adopt(?:s|ed)?|approved|passed)\b|通过/i;
const DAY_MS = 86400000;
/** How far from a date the sentence gives a resolution may have been adopted, to be told from others that fit alike. */
const TIE_DATE_DAYS = 60;

/**
 * "the first UN General Assembly resolution on AI, the resolution on … Capacity Building proposed by China, and …":
 * a sentence that describes two resolutions or more, each in its own part of a list, is read part by part (a part
 * runs to the comma or semicolon before the next "resolution"); a sentence that describes one is read whole.
 */
function describedParts(s: Sentence): Sentence[] {
  const words = [...s.text.matchAll(/决议|resolution/gi)];
  const parts: Sentence[] = [];
  let from = 0;
  for (let i = 1; i < words.length; i++) {
    const after = words[i - 1].index + words[i - 1][0].length;
    const gap = s.text.slice(after, words[i].index);
    const cut = Math.max(...[",", ";", "，", "；", "、"].map((mark) => gap.lastIndexOf(mark)));
    if (cut < 0) continue;
    parts.push({ text: s.text.slice(from, after + cut + 1), start: s.start + from, end: s.start + after + cut + 1 });
    from = after + cut + 1;
  }
  if (!parts.length) return [s];
  parts.push({ text: s.text.slice(from), start: s.start + from, end: s.end });
  return parts;
}

function findDescriptiveResolution(
  gazetteer: Gazetteer,
  sentence: Sentence,
  sentenceDates: DateMention[],
  context: { publishedAt: string | null; actorIds: number[]; bodyIds: number[] },
): { entry: GazetteerEntry; start: number; end: number; confidence: number; cues: string[]; candidates: GazetteerEntry[] } | null {
  const adoption = ADOPTION_CUE.exec(sentence.text);
  // "UN's AI resolution: … the Assembly adopted the first global resolution on AI": the word after the verb is the
  // description, so statements about it ("adopted …") find it where the verb governs
  const cues = [...sentence.text.matchAll(new RegExp(DESCRIPTION_CUE.source, "gi"))];
  // ("a draft resolution": the word "resolution", not "draft", is the description's keyword)
  const resolutionWord = (c: RegExpExecArray | RegExpMatchArray) => /决议|resolution/i.test(c[0]);
  const kw =
    (adoption && cues.find((c) => c.index > adoption.index && resolutionWord(c))) ||
    cues.find(resolutionWord) ||
    (adoption && cues.find((c) => c.index > adoption.index)) ||
    cues[0];
  if (!kw) return null;
  const session = findSession(sentence.text);
  const lower = sentence.text.toLowerCase();
  const words = new Set(lower.split(/[^a-z]+/));
  const sponsorCue = SPONSOR_CUE.test(sentence.text);
  const leadCue = sponsorCue && LEAD_SPONSOR_CUE.test(sentence.text);
  // ("the first UN resolution on AI", "联合国大会首次就…人工智能…通过决议": the earliest, even after a date the article
  // seems to have, the draft's or an older photo caption's)
  const namedFirst = namesFirstAiResolution({ sentence: sentence.text });
  const firstCue = FIRST_CUE.test(sentence.text) || namedFirst ? earliestResolutionId(gazetteer) : null;
  const published = context.publishedAt ? context.publishedAt.slice(0, 10) : null;
  const latestCue = published && LATEST_CUE.test(sentence.text) ? latestResolutionId({ gazetteer, published }) : null;
  const pendingCue = published && PENDING_CUE.test(sentence.text) ? nextResolutionId({ gazetteer, published }) : null;
  const strongKeyword = /决议|resolution/i.test(kw[0]);
  const adoptedBefore = !!adoption && adoption.index < kw.index;
  let best: { entry: GazetteerEntry; score: number; cues: string[] } | null = null;
  // resolutions that score as well as the best: the description fits each of them
  let ties: GazetteerEntry[] = [];
  for (const t of topicsOf(gazetteer)) {
    if (session && t.session && session.session !== t.session) continue;
    if (published && t.entry.date && t.entry.date.slice(0, 10) > published && t.entry.id !== pendingCue && !(namedFirst && t.entry.id === firstCue)) continue;
    let topic = 0;
    for (const grams of t.zh) {
      const hit = grams.filter((g) => sentence.text.includes(g)).length;
      if (hit >= 2) topic = Math.max(topic, hit / grams.length);
    }
    for (const tokens of t.en) {
      const hit = tokens.filter((w) => words.has(w)).length;
      if (hit >= 2) topic = Math.max(topic, hit / tokens.length + 0.15);
    }
    // "the General Assembly resolution on the Panel and the Global Dialogue": words only this resolution's names use
    if (strongKeyword && topic < 0.5) {
      let distinct = 0;
      for (const w of t.distinctEn) if (words.has(w)) distinct++;
      let grams = 0;
      for (const g of t.distinctZh) if (sentence.text.includes(g)) grams++;
      if (distinct >= 2 || grams >= 3) topic = 0.5;
    }
    const cues: string[] = [];
    let score = topic >= 0.5 ? topic : 0;
    if (score) cues.push("topic");
    const related = gazetteer.related.get(t.entry.id);
    if (sponsorCue && related && context.actorIds.some((id) => related.has(id))) {
      score += 0.4;
      // ("a Chinese-drafted resolution": the one China put forward, not the one it co-sponsored)
      // ("中国主导的人工智能决议", "the US-led AI resolution": the one AI resolution a state put forward is named by
      // that alone, with no date to go by)
      if (leadCue && t.entry.sponsorIds?.some((id) => context.actorIds.includes(id))) score += AI_TITLE.test(sentence.text) ? 0.1 : 0.05;
      cues.push("sponsor");
    }
    if (firstCue === t.entry.id && /人工智能|artificial intelligence|\bAI\b/i.test(sentence.text)) {
      score += 0.5;
      cues.push("first");
    }
    if (latestCue === t.entry.id && strongKeyword && AI_TITLE.test(sentence.text)) {
      score += 0.5;
      cues.push("latest");
    }
    if (pendingCue === t.entry.id && strongKeyword && AI_TITLE.test(sentence.text)) {
      score += 0.5;
      cues.push("pending");
    }
    // a report of an adoption published within days of a resolution's adoption is about that resolution
    // (the verb before the noun: "has adopted a resolution", not "the US-led resolution adopted in the spring")
    if (published && t.entry.date && t.entry.date.length === 10 && adoptedBefore && !sponsorCue && /resolution|决议/i.test(kw[0])) {
      const days = (Date.parse(published) - Date.parse(t.entry.date)) / DAY_MS;
      if (days >= 0 && days <= 4) {
        score += 0.5;
        cues.push("adopted days before");
      }
    }
    if (!score) continue;
    if (session && t.session === session.session) {
      score += 0.3;
      cues.push("session");
    }
    if (t.entry.date && sentenceDates.some((d) => datesOverlap(d.date, t.entry.date!, 3))) {
      score += 0.2;
      cues.push("date");
    } else if (published && t.entry.date && datesOverlap(published, t.entry.date, 200)) {
      score += 0.1;
      cues.push("recent");
    }
    // without the word "resolution" a description must say more than its topic
    if (!strongKeyword && cues.length < 2) continue;
    if (score < 0.5) continue;
    if (!best || score > best.score + 1e-9) {
      best = { entry: t.entry, score, cues };
      ties = [];
    } else if (Math.abs(score - best.score) < 1e-9) ties.push(t.entry);
  }
  if (!best) return null;
  // "the General Assembly adopted …", "the First Committee approved …": of two that fit, the one the named body adopted
  if (ties.length) {
    const fits = [best.entry, ...ties];
    const byBody = fits.filter((e) => context.bodyIds.some((id) => gazetteer.related.get(e.id)?.has(id)));
    if (byBody.length === 1) {
      best = { ...best, entry: byBody[0], cues: [...best.cues, "body"] };
      ties = [];
    }
  }
  // "ahead of and at the First Committee in October and November 2023 … a resolution on autonomous weapons": of
  // those that fit alike, the one adopted within two months of a date the sentence gives
  if (ties.length && sentenceDates.length) {
    const near = [best.entry, ...ties].filter((e) => e.date && sentenceDates.some((d) => datesOverlap(d.date, e.date!, TIE_DATE_DAYS)));
    if (near.length === 1) {
      best = { ...best, entry: near[0], cues: [...best.cues, "date"] };
      ties = [];
    }
  }
  // "the first-ever resolution on autonomous weapons": of those that fit alike, the earliest
  if (ties.length && FIRST_CUE.test(sentence.text)) {
    const dated = [best.entry, ...ties].filter((e) => e.date).sort((a, b) => a.date!.localeCompare(b.date!));
    if (dated.length === ties.length + 1 && dated[0].date !== dated[1].date) {
      best = { ...best, entry: dated[0], cues: [...best.cues, "first"] };
      ties = [];
    }
  }
  const start = sentence.start + Math.min(kw.index, session ? session.start : kw.index);
  const end = sentence.start + Math.max(kw.index + kw[0].length, session ? session.end : 0);
  return { entry: best.entry, start, end, confidence: Math.min(0.85, 0.55 + best.score * 0.3), cues: best.cues, candidates: [best.entry, ...ties] };
}

/** Languages named like the people of a state ("French", "Chinese"). */
const LANGUAGE = "(?:English|French|Spanish|Portuguese|Arabic|Russian|Chinese|German|Italian|Japanese|Korean|Dutch|Turkish|Persian|Hindi)";
const LANGUAGE_WORD = new RegExp(`^${LANGUAGE}$`);
/** after a language's name, whatever comes before: "-speaking", "(Français)" (the language's name in itself) */
const SPEAKING_AFTER = /^[- ]speaking\b/i;
const OWN_NAME_AFTER = /^\s*\((?:Français|Español|Português|English|Русский|中文|العربية)/;
/** after a language's name in a list of them, which ends the clause ("in English and French.") */
const AS_LANGUAGE_AFTER = new RegExp(`^(?:(?:,\\s*|\\s+(?:and|or)\\s+)${LANGUAGE}\\b)*\\s*(?:[.;:)]|,(?!\\s*[A-Z])|$)`);
/** "in French", "into English", "versions in Arabic, Chinese and French" */
const AS_LANGUAGE_BEFORE = new RegExp(`\\b(?:in|into)\\s+(?:${LANGUAGE}(?:,\\s*|\\s+(?:and|or)\\s+))*$`);

/**
 * Whether a state's demonym names a language here ("Portuguese-speaking countries", "interpretation in English and
 * French.", "French (Français)"), not the state: its people's word as a language, not as the state's adjective.
 */
function namesLanguage({ text, start, end }: { text: string; start: number; end: number }): boolean {
  if (!LANGUAGE_WORD.test(text.slice(start, end))) return false;
  const after = text.slice(end, end + 60);
  if (SPEAKING_AFTER.test(after) || OWN_NAME_AFTER.test(after)) return true;
  return AS_LANGUAGE_BEFORE.test(text.slice(Math.max(0, start - 60), start)) && AS_LANGUAGE_AFTER.test(after);
}

/**
 * An ordinal before an event's name that its own names do not carry: a later (or earlier) edition of it (a word of
 * scope may stand between: "第二届全球人工智能安全峰会").
 */
const EDITION_BEFORE =
  /(第[二三四五六七八九十\d]+届|\b(?:second|third|fourth|fifth|sixth|next|2nd|3rd|4th|5th)\s+(?:the\s+)?)\s*(?:全球|世界|国际|global\s+|international\s+)?[“"「]?$/i;
function anotherEdition({ text, start, entry }: { text: string; start: number; entry: GazetteerEntry }): boolean {
  const m = EDITION_BEFORE.exec(text.slice(Math.max(0, start - 20), start));
  if (!m) return false;
  const ordinal = m[1].trim().toLowerCase();
  return ![entry.nameEn, entry.nameZh ?? "", ...entry.aliases.map((a) => a.alias)].some((n) => n.toLowerCase().includes(ordinal));
}

/** Capitalised words that open a phrase without being part of a name: articles, prepositions, days and months. */
const NOT_NAME_WORD =
  /^(?:The|A|An|This|That|These|Those|Its|Their|Our|His|Her|At|In|On|By|For|From|With|And|Or|But|To|Of|As|After|Before|During|Under|Both|Each|Every|Any|When|While|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Last|Next|Then|Meanwhile|However|Yesterday|Today|Earlier|Later)$/;
/**
 * "the White House National Security Council": a short form ("Security Council" of "UN Security Council") right after a capitalised word
 * that is not the start of the sentence, a function word or a name of the atlas is the end of a longer name.
 */
function insideLongerName({
  gazetteer,
  text,
  start,
  form,
  entry,
  sentenceStart,
}: {
  gazetteer: Gazetteer;
  text: string;
  start: number;
  form: string;
  entry: GazetteerEntry;
  sentenceStart: number;
}): boolean {
  if (hasCjkText(form) || !/\s/.test(form.trim()) || !/^[A-Z]/.test(form)) return false;
  // only a form that is the full name without its opening words ("UN Security Council" → "Security Council"):
  // another opening word then names another body
  const full = entry.nameEn.replace(/\s*\([^)]*\)\s*$/, "");
  if (full.length <= form.length || !full.endsWith(` ${form}`)) return false;
  const word = capitalisedWordBefore({ text, start, sentenceStart });
  return !!word && entitiesNamed(gazetteer, word).length === 0;
}

/** Words of a name that say nothing of which body it is ("on the", "AI" for "Artificial Intelligence"). */
const NAME_FILLER = /^(?:of|on|for|the|and|in|to|a|an|AI|Artificial|Intelligence)$/i;
/**
 * "the Group of Friends on Artificial Intelligence for Sustainable Development": a short form that opens an atlas
 * name ("Group of Friends" of "Group of Friends for International Cooperation on AI Capacity-building") followed by
 * "on" or "for" and capitalised words the atlas name does not have is the start of another body's name.
 */
function continuesIntoOtherName({ text, end, form, entry }: { text: string; end: number; form: string; entry: GazetteerEntry }): boolean {
  if (hasCjkText(form) || !/\s/.test(form.trim()) || !/^[A-Z]/.test(form)) return false;
  if (!entry.nameEn.toLowerCase().startsWith(form.toLowerCase()) || entry.nameEn.length <= form.length) return false;
  const m = /^\s+(?:on|for)\s+(?:the\s+)?((?:[A-Z][\w-]*\s*(?:(?:of|on|for|and|the|in)\s+)?){1,6})/.exec(text.slice(end, end + 90));
  // ("the AI Action Summit on February 11": a day or a month is no name)
  if (!m || NOT_NAME_WORD.test(m[1].split(/\s+/)[0])) return false;
  const names = [entry.nameEn, ...entry.aliases.map((a) => a.alias)].join(" ").toLowerCase();
  const words = m[1].split(/\s+/).filter((w) => w && !NAME_FILLER.test(w));
  return words.length > 0 && words.every((w) => !names.includes(w.toLowerCase()));
}

/**
 * The capitalised word right before `start` ("White" of "White House …", "Jim" of "Jim Jordan"), when it is neither a
 * function word, a day or a month, nor the sentence's first word (capitalised anyway).
 */
function capitalisedWordBefore({ text, start, sentenceStart }: { text: string; start: number; sentenceStart: number }): string | null {
  const m = /\b([A-Z][a-z]+)[ \u00a0]$/.exec(text.slice(Math.max(sentenceStart, start - 40), start));
  if (!m || NOT_NAME_WORD.test(m[1])) return null;
  const wordStart = start - m[1].length - 1;
  return text.slice(sentenceStart, wordStart).replace(/[\s"“‘'(]/g, "") ? m[1] : null;
}

/** Countries whose English name is also a family name ("House Judiciary Chairman Jim Jordan"). */
const FAMILY_NAME_COUNTRIES = new Set(["Jordan", "Chad"]);
/**
 * "Jim Jordan", "Nonkqubela Jordan": such a name right after a capitalised word that is not the start of the
 * sentence or a function word is a person's surname ("Representing Jordan", "the Kingdom of Jordan" stay the state).
 */
function personNamed({ text, start, form, sentenceStart }: { text: string; start: number; form: string; sentenceStart: number }): boolean {
  if (!FAMILY_NAME_COUNTRIES.has(form)) return false;
  // "by-election candidate Chad Blackman", "Jordan Peterson said": the name first, then a family name
  const next = /^[ \u00a0]([A-Z][a-z]+)\b(?!['’-])/.exec(text.slice(start + form.length, start + form.length + 30));
  if (next && !NOT_NAME_WORD.test(next[1]) && !STATE_WORD_AFTER.test(next[1])) return true;
  const word = capitalisedWordBefore({ text, start, sentenceStart });
  return !!word && !/ing$/.test(word);
}
/** Words after a state's name that go with the state ("Jordan Times", "Chad President …"), not a family name. */
const STATE_WORD_AFTER =
  /^(?:President|Prime|Premier|Minister|Ministry|Foreign|Government|Republic|Kingdom|King|Queen|Crown|Embassy|Mission|Ambassador|Delegation|National|Parliament|Senate|Times|News|Digital|Armed|Airways|River|Valley|Basin|Lake|Artificial|And|Or|But|Is|Was|Has|Will)$/;
/** The rest of a UN agency's or programme's name after "UN" / "United Nations" / "联合国". */
const UN_AGENCY_AFTER =
  /^(?:\s+(?:Environment|Development|Population|Children['’]s|Industrial Development|Capital Development|Climate Change|Framework Convention|Human Settlements|Conference on Trade)\b(?:\s+(?:Programme|Program|Fund|Organi[sz]ation|Secretariat|Conference|Convention|Executive|High-Level|Technology))?|\s+(?:Women|Habitat|Volunteers)\b|(?:环境规划署|开发计划署|儿童基金会|人口基金|气候变化))/;
/**
 * The rest of the name of another UN body the atlas does not hold: "United Nations Institute for Disarmament Research",
 * "UN Economic Commission for Latin America", "UN-Habitat", "联合国贸易和发展会议" (up to three capitalised words,
 * then what kind of body it is; not a council, panel or body, which may be the atlas's own under another name).
 */
const UN_BODY_AFTER =
  /^(?:\s+(?:[A-Z][\w’'-]*\s+){0,3}(?:Institute|Programme|Program|Fund|Organi[sz]ation|Conference|Commission|Centre|Center|Office|Agency|University)\b|-[A-Z]\w+|(?:贸易和发展会议|贸发会议|工业发展组织|工发组织|知识产权组织|粮食及农业组织|粮农组织|难民署|人居署|妇女署|项目事务署|世界粮食计划署|大学|训练研究所|裁军研究所|区域间犯罪和司法研究所|裁军事务厅|毒品和犯罪问题办公室|减少灾害风险办公室|亚洲及太平洋经济社会委员会|亚太经社会|拉丁美洲和加勒比经济委员会|拉美经委会|非洲经济委员会|西亚经济社会委员会|欧洲经济委员会|经济和社会事务部|经社部))/;
/**
 * After a place in Chinese: a dateline's day ("中评社香港9月18日电", "新华社香港5月7日讯") or an outlet named after it
 * ("香港文汇报讯", "香港中通社", "《香港01》"): where the report was written or who wrote it, not a state named.
 */
const DATELINE_OR_OUTLET_AFTER =
  /^(?:\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:电|讯|電|訊)|(?:文汇报|文匯報|中通社|01|商报|商報|经济日报|經濟日報|电台|電台)(?:讯|訊|记者|記者|》|\s|$)?)/;
/**
 * After a state's Chinese name: the rest of an institution's name ("中国科学院", "中国人工智能产业发展联盟", "美国国家工程院"),
 * up to eight characters that join no other word (和, 与, 的, 了, 去年 …) before what kind of institution it is (a university's
 * name has a word of its own first: "美国大学" are American universities).
 */
const ZH_INSTITUTION_AFTER =
  /^(?:(?:(?![和与及、的在同对向将是为了该这那已也都还会于被把就又再去从以年月日])[\u4e00-\u9fff]){1,8}?(?:大学|大學)|(?:(?![和与及、的在同对向将是为了该这那已也都还会于被把就又再去从以年月日])[\u4e00-\u9fff]){0,8}?(?:科学院|科學院|工程院|研究院|研究所|基金会|基金會|新闻社|新聞社|产业发展联盟|產業發展聯盟))/;
/** "Hong Kong University of Science and Technology", "National University of Singapore": a university's name, not the state. */
const UNIVERSITY_AFTER = /^\s+(?:Polytechnic\s+)?University\b/;
const UNIVERSITY_BEFORE = /\b(?:National\s+)?University\s+of\s+(?:the\s+)?$/;
/** Before "America(n)": another America than the United States ("Latin American", "South America", "Organization of American States"). */
const AMERICAS_BEFORE = /(?:\b(?:Latin|South|Central|North|Ibero|Pan|Afro|Inter|Meso)[ -]|\bof\s+(?:the\s+)?)$/;
/** How a transliterated Russian or Central Asian family name ends (耶夫, 诺娃, 斯基, 维奇 …). */
const TRANSLITERATED_NAME_END = /^(?:耶夫|耶娃|耶维奇|诺夫|诺娃|斯基|维奇|科夫|科娃|托夫)/;
/** "Port of Spain", "Port-of-Spain": Trinidad and Tobago's capital, not Spain. */
const CITY_WITH_STATE_NAME = /\bPort[ -]of[ -]$/;

/**
 * A state's or the UN's name that is part of the name of a person, a city or a body the atlas does not hold, so
 * names neither: "Jim Jordan", "Chad Blackman", "卡西马利耶夫" (Kasymaliev), "Port of Spain", "the UN Environment
 * Programme", "the United Nations Children's Fund", 联合国开发计划署.
 */
function partOfAnotherName({
  text,
  start,
  end,
  form,
  entry,
  sentenceStart,
}: {
  text: string;
  start: number;
  end: number;
  form: string;
  entry: GazetteerEntry;
  sentenceStart: number;
}): boolean {
  if (personNamed({ text, start, form, sentenceStart })) return true;
  if (form === "Spain" && CITY_WITH_STATE_NAME.test(text.slice(Math.max(0, start - 8), start))) return true;
  if (/^[\u4e00-\u9fff]+$/.test(form) && TRANSLITERATED_NAME_END.test(text.slice(end, end + 3))) return true;
  // "Latin American", "South America", "the Organization of American States", "US$120 million", "4.8 trillion US dollars"
  if (
    entry.iso3 === "USA" &&
    ((/^Americ/.test(form) && AMERICAS_BEFORE.test(text.slice(Math.max(0, start - 12), start))) || /^\s?(?:\$|dollars?\b)/.test(text.slice(end, end + 9)))
  )
    return true;
  if (
    entry.kind === "country" &&
    (DATELINE_OR_OUTLET_AFTER.test(text.slice(end, end + 16)) ||
      (/^[\u4e00-\u9fff]+$/.test(form) && ZH_INSTITUTION_AFTER.test(text.slice(end, end + 12))) ||
      UNIVERSITY_AFTER.test(text.slice(end, end + 40)) ||
      UNIVERSITY_BEFORE.test(text.slice(Math.max(0, start - 30), start)))
  )
    return true;
  return entry.slug === "united-nations" && (UN_AGENCY_AFTER.test(text.slice(end, end + 60)) || UN_BODY_AFTER.test(text.slice(end, end + 80)));
}

/** A declaration or statement is adopted at a meeting: its name is not known long before. */
const ADOPTED_TEXT = /declaration|statement|communiqu|宣言|声明|公报/i;
const NAMED_AHEAD_DAYS = 120;
/**
 * "the New Delhi declaration" in a 2023 report is not the declaration of that name adopted in 2026: a declaration
 * or statement named in an article published months before the atlas's one was adopted is another text of the
 * same name (laws, reports and meetings are named long ahead, so only declarations and statements are checked).
 */
function namedBeforeItExisted({ entry, publishedAt }: { entry: GazetteerEntry; publishedAt: string | null | undefined }): boolean {
  if (entry.kind !== "initiative" || !entry.date || !publishedAt || !ADOPTED_TEXT.test(`${entry.nameEn} ${entry.nameZh ?? ""}`)) return false;
  const published = Date.parse(publishedAt.slice(0, 10));
  const adopted = Date.parse(entry.date.length === 4 ? `${entry.date}-01-01` : entry.date.length === 7 ? `${entry.date}-01` : entry.date);
  return Number.isFinite(published) && Number.isFinite(adopted) && adopted - published > NAMED_AHEAD_DAYS * DAY_MS;
}

/** After a country or body: "'s new AI law", "’s landmark artificial intelligence act". */
const EN_OWNERS_LAW =
  /^(?:['’]s)?\s+(?:(?:new|first|landmark|comprehensive|sweeping|national|own|basic|framework|recent|recently passed|long-awaited)\s+){0,3}(?:AI|A\.I\.|[Aa]rtificial [Ii]ntelligence)\s+(?:[Ll]aw|[Aa]ct|[Ll]egislation)\b/;
/** 韩国人工智能基本法, 日本《人工智能利用促进法》, 欧盟的AI法案 (not 方法, 办法, 算法: methods, measures, algorithms). */
const ZH_OWNERS_LAW = /^(?:的|首部|第一部|新)?《?(?:人工智能|AI)\s*[\u4e00-\u9fff]{0,6}?(?<![方办算语手做说看想立])(?:法案|法律|法)(?![\u4e00-\u9fff]{0,1}(?:规|院|官|庭|则|治))/;
/**
 * After a country or body as the subject: "(EU) was in fact the first to adopt an AI law", "has passed its AI act"
 * (not "did not adopt", "has yet to pass": only these verbs, with no other word before them than these).
 */
const EN_OWNER_ADOPTS_LAW =
  /^(?:\s*\([A-Z.]{2,8}\))?\s+(?:(?:was|is|has|had|have|became|also|already|recently|in fact|finally|the first(?: [a-z]+)? to)\s+){0,4}(?:adopt|pass|enact|approve)(?:ed|es|s|d)?\s+(?:an?|its|the)\s+(?:(?:new|first|own|comprehensive|landmark)\s+)*((?:AI|A\.I\.|[Aa]rtificial [Ii]ntelligence)\s+(?:law|act|legislation))\b/;
const lawsCache = new WeakMap<Gazetteer, Map<number, GazetteerEntry[]>>();
/** An AI law in the atlas (an Act, a Law, a …法): not "… and the Rule of Law" (a convention), not a data-protection act. */
function isAiLaw(e: GazetteerEntry): boolean {
  if (!/(?<!\b(?:[Rr]ule of|[Ii]nternational)\s)\b(?:Act|Law)\b/.test(e.nameEn) && !/(?<![方办])法(?:案)?(?:（|$)/.test(e.nameZh ?? "")) return false;
  return /\bAI\b|Artificial Intelligence|人工智能/i.test(`${e.nameEn} ${e.nameZh ?? ""}`);
}
/** AI laws by the countries and bodies related to them (initiativesByOwner, laws only). */
function lawsByOwner(gazetteer: Gazetteer): Map<number, GazetteerEntry[]> {
  let byOwner = lawsCache.get(gazetteer);
  if (byOwner) return byOwner;
  byOwner = new Map();
  for (const [id, texts] of initiativesByOwner(gazetteer)) {
    const owner = gazetteer.entries.get(id);
    if (owner?.kind !== "country" && owner?.kind !== "organisation") continue;
    const laws = texts.filter(isAiLaw);
    if (laws.length) byOwner.set(id, laws);
  }
  lawsCache.set(gazetteer, byOwner);
  return byOwner;
}

/**
 * "South Korea's AI law", "韩国人工智能法": an AI law described by its owner, linked when the atlas has exactly one
 * law related to that country or body and the words do not already name an initiative.
 */
function findOwnersLaws({ gazetteer, text, mentions }: { gazetteer: Gazetteer; text: string; mentions: FoundMention[] }): FoundMention[] {
  const out: FoundMention[] = [];
  const byOwner = lawsByOwner(gazetteer);
  for (const owner of mentions) {
    if (owner.kind !== "country" && owner.kind !== "organisation") continue;
    const laws = byOwner.get(owner.entityId);
    if (laws?.length !== 1) continue;
    const after = text.slice(owner.end, owner.end + 40);
    const adopts = EN_OWNER_ADOPTS_LAW.exec(text.slice(owner.end, owner.end + 90));
    const m = EN_OWNERS_LAW.exec(after) ?? ZH_OWNERS_LAW.exec(after) ?? adopts;
    if (!m) continue;
    // the description itself, without "'s" or 的 (or the verb before it)
    const start = owner.end + (m === adopts ? m[0].length - m[1].length : (/^(?:['’]s)?\s*(?:的)?/.exec(m[0])?.[0].length ?? 0));
    const end = owner.end + m[0].length;
    if (mentions.some((x) => x.kind === "initiative" && x.start < end + 2 && start < x.end) || out.some((x) => x.start < end && start < x.end)) continue;
    out.push(
      describedMention({ entry: laws[0], kind: "initiative", text, start, end, matchedFrom: owner.start, form: `${laws[0].nameEn} (law of ${owner.surface})`, confidence: 0.7 }),
    );
  }
  return out;
}

type HeadedName = { entry: GazetteerEntry; modifiers: string[] };
const headCache = new WeakMap<Gazetteer, Map<string, HeadedName[]>>();
/** Words that open a name without describing the thing ("Global", "International" do describe it). */
const NAME_GLUE = new Set(["the", "of", "on", "for", "and", "a", "an", "un", "united", "nations"]);
/**
 * English names of bodies and texts by their head noun: "Independent International Scientific Panel on AI" is a
 * "panel" with the modifiers independent, international, scientific (the words before on/of/for).
 */
function namesByHead(gazetteer: Gazetteer): Map<string, HeadedName[]> {
  let byHead = headCache.get(gazetteer);
  if (byHead) return byHead;
  byHead = new Map();
  for (const e of gazetteer.entries.values()) {
    if ((e.kind !== "organisation" && e.kind !== "initiative") || e.status === "proposed") continue;
    const lead = e.nameEn.replace(/\s*\([^)]*\)\s*$/, "").split(/\s+(?:on|of|for|to)\s+/)[0];
    const words = lead.split(/\s+/);
    if (!words.every((w) => /^[A-Z][a-z]+$/.test(w) || w === "AI")) continue;
    const lower = words.map((w) => w.toLowerCase()).filter((w) => !NAME_GLUE.has(w));
    if (lower.length < 3) continue;
    const head = lower[lower.length - 1];
    byHead.set(head, [...(byHead.get(head) ?? []), { entry: e, modifiers: lower.slice(0, -1) }]);
  }
  headCache.set(gazetteer, byHead);
  return byHead;
}

function findLowerCaseNames({ gazetteer, text, sentences, mentions }: { gazetteer: Gazetteer; text: string; sentences: Sentence[]; mentions: FoundMention[] }): FoundMention[] {
  const out: FoundMention[] = [];
  const byHead = namesByHead(gazetteer);
  for (const d of text.matchAll(/\b(?:an?|the|its|their) ((?:[a-z]+|AI)(?: (?:[a-z]+|AI)){2,5})/g)) {
    const words = d[1].split(" ").map((w) => w.toLowerCase());
    const k = words.findIndex((w, i) => i >= 2 && byHead.has(w));
    if (k < 0) continue;
    const candidates = byHead.get(words[k])!;
    const said = words.slice(0, k);
    const start = d.index! + d[0].length - d[1].length;
    const end = start + words.slice(0, k + 1).join(" ").length;
    if (mentions.some((x) => x.start < end && start < x.end)) continue;
    const s = sentenceAt(sentences, start);
    if (!s) continue;
    const inSentence = mentions.filter((x) => x.start >= s.start && x.end <= s.end);
    const fits = candidates.filter(({ entry, modifiers }) => {
      // every word said is one of the name's, in its order, and most of the name is said
      let j = 0;
      for (const w of said) {
        while (j < modifiers.length && modifiers[j] !== w) j++;
        if (j++ >= modifiers.length) return false;
      }
      if (said.length < 2 || (said.length + 1) / (modifiers.length + 1) < 0.6) return false;
      const related = gazetteer.related.get(entry.id);
      return inSentence.some((x) => x.entityId !== entry.id && (related?.has(x.entityId) || gazetteer.related.get(x.entityId)?.has(entry.id)));
    });
    if (fits.length !== 1) continue;
    const e = fits[0].entry;
    out.push(describedMention({ entry: e, text, start, end, form: `${e.nameEn} (its name in lower case, beside a related entity)`, confidence: 0.65 }));
  }
  return out;
}

const OUR_COUNTRY = /\b(?:[Oo]ur|[Mm]y) (?:country|nation)\b/g;
/** How far back (characters) the national text that says whose "our country" it is may be. */
const OUR_COUNTRY_REACH = 600;
/**
 * "our country" in an English article, as the one country the atlas relates to the initiative the article named
 * last before it (a law, a strategy: a national text); nothing when that text belongs to several or none.
 */
function findOurCountry({ gazetteer, text, mentions }: { gazetteer: Gazetteer; text: string; mentions: FoundMention[] }): FoundMention[] {
  const out: FoundMention[] = [];
  for (const m of text.matchAll(OUR_COUNTRY)) {
    const start = m.index!;
    // inside a quotation "our country" is the speaker's
    const opening = text
      .slice(Math.max(0, start - 300), start)
      .split(/\n/)
      .pop()!;
    if ((opening.match(/[“"]/g) ?? []).length > (opening.match(/”/g) ?? []).length * 2 || /“[^”]*$/.test(opening)) continue;
    const last = mentions.filter((x) => x.kind === "initiative" && x.end <= start && start - x.end <= OUR_COUNTRY_REACH).sort((a, b) => b.end - a.end)[0];
    if (!last) continue;
    const countries = [...(gazetteer.related.get(last.entityId) ?? [])].filter((id) => gazetteer.entries.get(id)?.kind === "country");
    if (countries.length !== 1) continue;
    out.push({
      entityId: countries[0],
      kind: "country",
      surface: m[0],
      start,
      end: start + m[0].length,
      confidence: 0.6,
      method: "descriptive",
      evidence: "",
      evidenceStart: start,
      why: { matched: m[0], form: `${gazetteer.entries.get(countries[0])!.nameEn} (country of ${last.surface})`, rule: "description" },
    });
  }
  return out;
}

const issuedCache = new WeakMap<Gazetteer, Map<number, { entry: GazetteerEntry; keys: string[] }[]>>();
/** Initiatives in the atlas by the countries and bodies related to them, with their Chinese names as title keys. */
function textsByIssuer(gazetteer: Gazetteer): Map<number, { entry: GazetteerEntry; keys: string[] }[]> {
  let byIssuer = issuedCache.get(gazetteer);
  if (byIssuer) return byIssuer;
  byIssuer = new Map();
  for (const e of gazetteer.entries.values()) {
    if (e.kind !== "initiative" || e.status === "proposed") continue;
    const keys = [e.nameZh, ...e.aliases.filter((a) => a.linkable !== false).map((a) => a.alias)]
      .filter((x): x is string => !!x && hasCjkText(x))
      .map((x) => x.replace(/（[^）]*）|\([^)]*\)/g, "").replace(/[\s《》“”"、，,·•\-—–:：的和与及]/g, ""))
      .filter((k) => KIND_END.test(k));
    if (!keys.length) continue;
    for (const id of gazetteer.related.get(e.id) ?? []) {
      const owner = gazetteer.entries.get(id);
      if (owner?.kind !== "country" && owner?.kind !== "organisation") continue;
      byIssuer.set(id, [...(byIssuer.get(id) ?? []), { entry: e, keys }]);
    }
  }
  issuedCache.set(gazetteer, byIssuer);
  return byIssuer;
}

/** The word for the kind of text a Chinese title ends with. */
const KIND_END = /(建议书|公约|宣言|声明|法案|法|战略|行动计划|计划|倡议|原则|报告|指南|承诺|契约|准则|框架)$/;

/** The longest n such that `run`'s first n characters are `key` with characters left out (in order). */
function subsequencePrefix(run: string, key: string): number {
  let j = 0;
  for (let i = 0; i < key.length && j < run.length; i++) if (key[i] === run[j]) j++;
  return j;
}

/** Kind words that are only nouns: 倡议, 建议, 计划, 声明, 承诺, 报告 are also verbs ("中方倡议成立…"). */
const KIND_NOUN = /^(?:建议书|公约|宣言|法案|战略|行动计划|原则|契约|准则|指南)$/;

/** A short title of `key` (whose kind word is `kind`): it ends in the kind word or its first characters (建议 for 建议书). */
function titleFits({ title, key, kind, kindAlone }: { title: string; key: string; kind: string; kindAlone: boolean }): boolean {
  if (title.length < 2) return false;
  let endsInKind = false;
  for (let n = 1; n <= kind.length && !endsInKind; n++) endsInKind = title.endsWith(kind.slice(0, n));
  return endsInKind && (title.length >= 0.6 * key.length || (kindAlone && title === kind && KIND_NOUN.test(kind)));
}

/**
 * The one text of `issuers` that the longest opening of `run` names (`whole`: all of `run` or nothing), and that
 * opening's length: the title keeps the text's characters in order (others left out), ends in its kind word, and
 * keeps at least 60% of it — or is the kind word alone, right after its issuer ("教科文组织建议书").
 */
function issuedTextNamed({
  run,
  issuers,
  gazetteer,
  whole,
}: {
  run: string;
  issuers: number[];
  gazetteer: Gazetteer;
  whole: boolean;
}): { entry: GazetteerEntry; length: number } | null {
  let best = 0;
  const fits = new Map<number, GazetteerEntry>();
  for (const owner of issuers)
    for (const { entry, keys } of textsByIssuer(gazetteer).get(owner) ?? [])
      for (const key of keys) {
        const kind = KIND_END.exec(key)![1];
        const longest = subsequencePrefix(run, key);
        for (let n = whole ? run.length : longest; n >= Math.max(2, best) && n <= longest; n--) {
          if (!titleFits({ title: run.slice(0, n), key, kind, kindAlone: !whole })) continue;
          if (n > best) fits.clear();
          best = n;
          fits.set(entry.id, entry);
          break;
        }
      }
  return fits.size === 1 ? { entry: [...fits.values()][0], length: best } : null;
}

/** After a country or body: "'s Recommendation", "’s AI ethics recommendation", " convention" (a kind of text). */
const EN_ISSUER_KIND =
  /^(?:['’]s)?\s+((?:(?:new|landmark|first|global|ethics|ethical|AI|A\.I\.|[Aa]rtificial [Ii]ntelligence|[Ff]ramework)\s+){0,3})([Cc]onvention|[Rr]ecommendation|[Dd]eclaration|[Ss]trategy|[Aa]ction [Pp]lan|[Pp]rinciples)\b/;
const initiativesCache = new WeakMap<Gazetteer, Map<number, GazetteerEntry[]>>();
/** Initiatives by the countries and bodies the atlas relates to them. */
function initiativesByOwner(gazetteer: Gazetteer): Map<number, GazetteerEntry[]> {
  let byOwner = initiativesCache.get(gazetteer);
  if (byOwner) return byOwner;
  byOwner = new Map();
  for (const e of gazetteer.entries.values()) {
    if (e.kind !== "initiative" || e.status === "proposed") continue;
    for (const id of gazetteer.related.get(e.id) ?? []) byOwner.set(id, [...(byOwner.get(id) ?? []), e]);
  }
  initiativesCache.set(gazetteer, byOwner);
  return byOwner;
}

/**
 * "UNESCO's Recommendation", "the Council of Europe's AI convention": an English text named by its issuer and its
 * kind, linked when the atlas relates exactly one text of that kind to the issuer. A lower-case kind word needs a
 * word before it that says which ("recommendation" alone is advice).
 */
function findIssuerKinds({ gazetteer, text, mentions }: { gazetteer: Gazetteer; text: string; mentions: FoundMention[] }): FoundMention[] {
  const out: FoundMention[] = [];
  for (const o of mentions) {
    if (o.kind !== "country" && o.kind !== "organisation") continue;
    const m = EN_ISSUER_KIND.exec(text.slice(o.end, o.end + 60));
    if (!m || (!m[1] && /^[a-z]/.test(m[2]))) continue;
    const kind = new RegExp(`\\b${m[2].replace(/\s+/, "\\s+")}\\b`, "i");
    const texts = (initiativesByOwner(gazetteer).get(o.entityId) ?? []).filter((e) => [e.nameEn, ...e.aliases.map((a) => a.alias)].some((n) => kind.test(n)));
    if (texts.length !== 1) continue;
    const end = o.end + m[0].length;
    const start = end - m[1].length - m[2].length;
    if (mentions.some((x) => (x.kind === "initiative" || x.kind === "resolution") && x.start < end && start < x.end)) continue;
    out.push(
      describedMention({
        entry: texts[0],
        kind: "initiative",
        text,
        start,
        end,
        matchedFrom: o.start,
        form: `${texts[0].nameEn} (the ${m[2].toLowerCase()} of ${o.surface})`,
        confidence: 0.7,
      }),
    );
  }
  return out;
}

function findIssuedTitles({ gazetteer, text, sentences, mentions }: { gazetteer: Gazetteer; text: string; sentences: Sentence[]; mentions: FoundMention[] }): FoundMention[] {
  const out: FoundMention[] = [];
  if (!hasCjkText(text)) return findIssuerKinds({ gazetteer, text, mentions });
  const overlaps = (list: FoundMention[], start: number, end: number) => list.some((x) => (x.kind === "initiative" || x.kind === "resolution") && x.start < end && start < x.end);
  const taken = (start: number, end: number) => overlaps(mentions, start, end) || overlaps(out, start, end);
  const add = (entry: GazetteerEntry, start: number, end: number, owner: string) =>
    out.push(describedMention({ entry, kind: "initiative", text, start, end, form: `${entry.nameZh ?? entry.nameEn} (issued by ${owner})`, confidence: 0.7 }));
  for (const s of sentences) {
    const owners = mentions.filter((m) => (m.kind === "country" || m.kind === "organisation") && m.start >= s.start && m.end <= s.end);
    if (!owners.length) continue;
    const ids = [...new Set(owners.map((o) => o.entityId))];
    // a quoted title anywhere in a sentence that names its issuer
    for (const q of text.slice(s.start, s.end).matchAll(/《([^《》]{2,30})》/g)) {
      const start = s.start + q.index! + 1;
      const end = start + q[1].length;
      if (taken(start, end)) continue;
      const title = q[1].replace(/[\s、，,·•\-—–:：的和与及]/g, "");
      const found = issuedTextNamed({ run: title, issuers: ids, gazetteer, whole: true });
      if (found) add(found.entry, start, end, owners.map((o) => o.surface).join("/"));
    }
    // right after the issuer: the longest run of characters that names one of its texts
    for (const o of owners) {
      const run = /^的?([\u4e00-\u9fff]{2,24})/.exec(text.slice(o.end, Math.min(s.end, o.end + 26)));
      if (!run) continue;
      const at = o.end + run[0].length - run[1].length;
      const found = issuedTextNamed({ run: run[1], issuers: [o.entityId], gazetteer, whole: false });
      if (found && !taken(at, at + found.length)) add(found.entry, at, at + found.length, o.surface);
    }
  }
  return out;
}

type Container = { id: number; rest: RegExp };
const containerCache = new WeakMap<Gazetteer, Map<string, Container[]>>();
/**
 * Another entity of the same kind whose English name holds `form` ("Hiroshima AI Process Friends Group" holds
 * "Friends Group", a short form of the Group of Friends on capacity-building), when the article also has the
 * rest of that name ("Hiroshima AI Process"); null when none or several do. Full names are never moved.
 */
function ownerOfShortForm({ gazetteer, entityId, form, text }: { gazetteer: Gazetteer; entityId: number; form: string; text: string }): number | null {
  const entry = gazetteer.entries.get(entityId)!;
  if (entry.kind === "country" || form === entry.nameEn || form === entry.nameZh || hasCjkText(form) || form.split(/\s+/).length < 2) return null;
  let byForm = containerCache.get(gazetteer);
  if (!byForm) containerCache.set(gazetteer, (byForm = new Map()));
  let containers = byForm.get(form);
  if (!containers) {
    containers = [];
    const lower = form.toLowerCase();
    for (const e of gazetteer.entries.values()) {
      if (e.id === entityId || e.kind !== entry.kind || e.status === "proposed") continue;
      const name = e.nameEn.replace(/\s*\([^)]*\)\s*$/, "");
      const at = name.toLowerCase().indexOf(lower);
      // the form opens or closes the other name ("… Friends Group"): one inside it ("UN General Assembly First
      // Committee" holds "General Assembly") says nothing about which is meant
      if (at < 0 || name.length === form.length || (at !== 0 && at + form.length !== name.length)) continue;
      const rest = `${name.slice(0, at)} ${name.slice(at + form.length)}`.trim();
      if (rest.split(/\s+/).length < 2) continue;
      containers.push({ id: e.id, rest: new RegExp(`\\b${rest.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+")}\\b`, "i") });
    }
    byForm.set(form, containers);
  }
  const fits = containers.filter((c) => c.rest.test(text));
  return fits.length === 1 ? fits[0].id : null;
}
const hasCjkText = (s: string) => /[\u4e00-\u9fff]/.test(s);

/** "Bletchley Park declaration", "Seoul Summit Declaration", "New Delhi AI declaration". */
const PLACE_WORD_KIND = /\b((?:(?!(?:The|This|That|In|At|On|By|A|An) )[A-Z][a-z]+ )?[A-Z][a-z]+) ([A-Z][a-z]+|summit|AI) ([Dd]eclaration|[Ss]tatement|[Cc]ommitments)\b/g;
/** A word between place and kind that names another text: the leaders', ministers' or chair's own. */
const SAYS_OTHER_TEXT = /^(?:Leaders|Ministerial|Ministers|Joint|Chair|Chairs|Presidency|Political|Youth|Business)$/;

/**
 * "the International AI Safety Report" (a name stored as "… Report 2025"): that edition only in an article from its
 * year or the year before, and not when the text gives another year ("the 2026 International AI Safety Report").
 */
function sameEdition({
  text,
  start,
  end,
  editionYear,
  publishedAt,
}: {
  text: string;
  start: number;
  end: number;
  editionYear: number;
  publishedAt: string | null | undefined;
}): boolean {
  const year = /^\s*((?:19|20)\d\d)\b/.exec(text.slice(end, end + 6))?.[1] ?? /\b((?:19|20)\d\d)(?:'s)?\s*$/.exec(text.slice(Math.max(0, start - 8), start))?.[1];
  if (year) return Number(year) === editionYear;
  if (!publishedAt) return true;
  const published = Number(publishedAt.slice(0, 4));
  return published === editionYear || published === editionYear - 1;
}

const ORDINALS: [RegExp, RegExp][] = [
  [/(?:\bfirst|\binaugural|首届|第一届)\s*$/i, /\b(?:First|Inaugural)\b|首届|第一届/],
  [/(?:\bsecond|第二[届期次])\s*$/i, /\bSecond\b|第二[届期次]/],
  [/(?:\bthird|第三[届期次])\s*$/i, /\bThird\b|第三[届期次]/],
  [/(?:\bfourth|第四[届期次])\s*$/i, /\bFourth\b|第四[届期次]/],
];

/**
 * The edition of a recurring event a series name means ("REAIM", "世界人工智能大会"): the one an ordinal before it
 * names ("the first REAIM summit", "第二届…"), else the one of the year written beside it, else the one of the
 * article's year; a meeting the atlas holds one edition of, as a yearly text's name without its year (sameEdition).
 * Null when none or several fit: the name of a series of several alone in an undated article is no edition.
 */
function pickEdition({
  text,
  start,
  end,
  editions,
  gazetteer,
  publishedAt,
}: {
  text: string;
  start: number;
  end: number;
  editions: { entityId: number; editionYear: number }[];
  gazetteer: Gazetteer;
  publishedAt: string | null | undefined;
}): number | null {
  const one = (ids: number[]) => (ids.length === 1 ? ids[0] : null);
  const before = text
    .slice(Math.max(0, start - 16), start)
    .replace(/^.*?(?:[。.!?！？]\s*)(?=.)/, "")
    .replace(/\s*(?:the|a|an)?\s*$/i, "");
  for (const [said, named] of ORDINALS) {
    if (!said.test(before)) continue;
    return one(
      editions
        .filter((e) => {
          const entry = gazetteer.entries.get(e.entityId)!;
          return [entry.nameEn, entry.nameZh ?? "", ...entry.aliases.map((a) => a.alias)].some((n) => named.test(n));
        })
        .map((e) => e.entityId),
    );
  }
  // the one edition the atlas holds: as a yearly text's name without its year (sameEdition)
  if (editions.length === 1) return sameEdition({ text, start, end, editionYear: editions[0].editionYear, publishedAt }) ? editions[0].entityId : null;
  const year = statedYear({ text, start, end }) ?? (publishedAt ? Number(publishedAt.slice(0, 4)) : null);
  return year === null ? null : one(editions.filter((e) => e.editionYear === year).map((e) => e.entityId));
}

/** A year written right before or after a name: "2026 年《…报告》", "the 2026 … Report", "… Report 2026". */
function statedYear({ text, start, end }: { text: string; start: number; end: number }): number | null {
  const after = /^[》”"]?\s*((?:19|20)\d\d)(?!\d)/.exec(text.slice(end, end + 8))?.[1];
  const before = /(?<!\d)((?:19|20)\d\d)\s*(?:年度?|['’]s)?\s*[《“"]?\s*$/.exec(text.slice(Math.max(0, start - 10), start))?.[1];
  const year = after ?? before;
  return year ? Number(year) : null;
}

/**
 * "the 2024 AI Safety Summit": a meeting's name beside another year than its own is the edition of its series held
 * that year (the meetings the atlas links it to as follow-ups), or none the atlas holds.
 */
function editionOfStatedYear({ match, text, gazetteer }: { match: TrieMatch; text: string; gazetteer: Gazetteer }): TrieMatch[] {
  const entry = gazetteer.entries.get(match.entityId)!;
  if (entry.kind !== "event" || match.series || !entry.date) return [match];
  const year = statedYear({ text, start: match.start, end: match.end });
  if (year === null || year === Number(entry.date.slice(0, 4))) return [match];
  const held = seriesOf({ eventId: entry.id, gazetteer }).filter((id) => gazetteer.entries.get(id)?.date?.startsWith(String(year)));
  return held.length === 1 ? [{ ...match, entityId: held[0], series: true as const }] : [];
}

/**
 * "2026 年《国际人工智能安全报告》": a yearly text (its English name carries the year: "… Report 2025") named by a
 * form without the year, next to another year, is another edition.
 */
function otherEditionStated({ text, start, end, entry }: { text: string; start: number; end: number; entry: GazetteerEntry }): boolean {
  if (entry.kind !== "initiative") return false;
  const edition = withoutYear(entry.nameEn);
  if (!edition) return false;
  const year = statedYear({ text, start, end });
  return year !== null && year !== edition.editionYear;
}

/** A text one adopts or signs, named by its kind: "the declaration on AI governance", "关于…的宣言". */
const TEXT_CUE = /宣言|声明|公报|\b(?:declaration|statement|communiqu[eé])\b/i;
const TEXT_NAME = /declaration|statement|communiqu|宣言|声明|公报/i;
/** Words of such names that say what kind of text it is or who met, not what it is about. */
const TEXT_STOP = new Set("declaration statement communique leaders countries attending summit joint people republic".split(" "));
/** "said in a statement", "according to the office in a statement": how something was said, not a text named. */
const REPORTING_TEXT = /\b(?:in|issued|released) an? (?:joint |written |separate )?$/i;
/** "…, the statement read.", "the statement said": the release being quoted, not a text named. */
const REPORTING_TEXT_AFTER = /^\s+(?:read|reads|said|says|added|adds|noted|notes|stated|states|continued)\b/i;

type TextTopic = { entry: GazetteerEntry; zh: string[][]; en: string[][] };
const textTopicCache = new WeakMap<Gazetteer, TextTopic[]>();
/** Declarations and statements in the atlas, with the topic words of their names (brackets left out). */
function textTopicsOf({ gazetteer }: { gazetteer: Gazetteer }): TextTopic[] {
  let topics = textTopicCache.get(gazetteer);
  if (topics) return topics;
  topics = [];
  const bare = (x: string) => x.replace(/（[^）]*）|\([^)]*\)/g, " ");
  for (const entry of gazetteer.entries.values()) {
    if (entry.kind !== "initiative" || entry.status === "proposed" || !TEXT_NAME.test(`${entry.nameEn} ${entry.nameZh ?? ""}`)) continue;
    const names = [entry.nameEn, entry.nameZh, ...entry.aliases.map((a) => a.alias)].filter((x): x is string => !!x).map(bare);
    // the words of the body that issued it ("金砖国家", "BRICS") are the body cue, not what the text is about
    const bodyNames = [...(gazetteer.related.get(entry.id) ?? [])]
      .map((id) => gazetteer.entries.get(id))
      .filter((e) => e?.kind === "organisation")
      .flatMap((e) => [e!.nameEn, e!.nameZh, ...e!.aliases.map((a) => a.alias)])
      .filter((x): x is string => !!x);
    const bodyGrams = new Set(bodyNames.flatMap(zhBigrams));
    const bodyTokens = new Set(bodyNames.flatMap((x) => x.toLowerCase().split(/[^a-z]+/)));
    topics.push({
      entry,
      zh: names
        .filter((x) => /[\u4e00-\u9fff]/.test(x))
        .map((x) => zhBigrams(x).filter((g) => !bodyGrams.has(g) && !TEXT_NAME.test(g)))
        .filter((g) => g.length >= 4),
      en: names
        .filter((x) => !/[\u4e00-\u9fff]/.test(x))
        .map((x) => enTokens(x).filter((w) => !TEXT_STOP.has(w) && !bodyTokens.has(w)))
        .filter((t) => t.length >= 2),
    });
  }
  textTopicCache.set(gazetteer, topics);
  return topics;
}

/** A capitalised word (not an article or a possessive) just before a noun: the noun ends a title. */
const TITLE_WORD_BEFORE = /(?<![\w’'])(?!(?:The|A|An|This|That|Its|Their|Our)\s)[A-Z][\w-]*\s+$/;

/**
 * "金砖国家领导人通过了关于人工智能全球治理的宣言", "the BRICS leaders' declaration on the global governance of
 * AI": a declaration or statement named by what it is about, linked to the one in the atlas whose name says the
 * same (most of its topic words) when the sentence also names its body or the report is from its days. Only a
 * single best fit is linked: a description that fits two texts links neither.
 */
function findDescriptiveText({
  gazetteer,
  sentence,
  context,
}: {
  gazetteer: Gazetteer;
  sentence: Sentence;
  context: { publishedAt: string | null; bodyIds: number[]; sentenceDates: DateMention[] };
}): { entry: GazetteerEntry; start: number; end: number; cues: string[] } | null {
  const cue = TEXT_CUE.exec(sentence.text);
  if (!cue || REPORTING_TEXT.test(sentence.text.slice(0, cue.index)) || REPORTING_TEXT_AFTER.test(sentence.text.slice(cue.index + cue[0].length))) return null;
  // "the China-ASEAN Joint Statement on … Sustainable and Inclusive …": a capitalised noun after a capitalised word
  // is the title of a text of its own, which the atlas does not hold (its own titles were matched before)
  if (/^[A-Z]/.test(cue[0]) && TITLE_WORD_BEFORE.test(sentence.text.slice(Math.max(0, cue.index - 40), cue.index))) return null;
  const words = new Set(sentence.text.toLowerCase().split(/[^a-z]+/));
  const published = context.publishedAt?.slice(0, 10) ?? null;
  let best: { entry: GazetteerEntry; score: number; cues: string[] } | null = null;
  let tie = false;
  for (const t of textTopicsOf({ gazetteer })) {
    let topic = 0;
    for (const grams of t.zh) topic = Math.max(topic, grams.filter((g) => sentence.text.includes(g)).length / grams.length);
    for (const tokens of t.en) topic = Math.max(topic, tokens.filter((w) => words.has(w)).length / tokens.length);
    if (topic < 0.6) continue;
    const cues = ["topic"];
    let score = topic;
    const related = gazetteer.related.get(t.entry.id);
    if (related && context.bodyIds.some((id) => related.has(id))) {
      score += 0.4;
      cues.push("body");
    }
    const date = t.entry.date;
    if (date && (context.sentenceDates.some((d) => datesOverlap(d.date, date, 3)) || (published && datesOverlap(published, date, 30)))) {
      score += 0.2;
      cues.push("date");
    }
    if (cues.length < 2) continue;
    if (!best || score > best.score + 1e-9) {
      best = { entry: t.entry, score, cues };
      tie = false;
    } else if (Math.abs(score - best.score) < 1e-9) tie = true;
  }
  if (!best || tie) return null;
  return { entry: best.entry, start: sentence.start + cue.index, end: sentence.start + cue.index + cue[0].length, cues: best.cues };
}

export type LinkingResult = {
  sentences: Sentence[];
  mentions: FoundMention[];
  dates: DateMention[];
  /** unknown UN symbols: proposed resolutions */
  proposedResolutions: ProposedEntity[];
};

/**
 * All mentions in `text`: UN symbols first, then the gazetteer (leftmost-longest), then descriptive resolution
 * references. Every mention carries its evidence sentence and offsets into `text`.
 */
export function findMentions({
  text,
  gazetteer,
  publishedAt,
  sentences: given,
}: {
  text: string;
  gazetteer: Gazetteer;
  publishedAt?: string | null;
  sentences?: Sentence[];
}): LinkingResult {
  const sentences = given ?? splitSentences(text);
  const mentions: FoundMention[] = [];
  const proposedResolutions: ProposedEntity[] = [];
  const evidenceOf = (pos: number) => sentenceAt(sentences, pos) ?? { text: text.slice(Math.max(0, pos - 60), pos + 60), start: Math.max(0, pos - 60), end: pos + 60 };

  // 1. UN document symbols
  const claimed: [number, number][] = [];
  SYMBOL_RE.lastIndex = 0;
  for (let m; (m = SYMBOL_RE.exec(text));) {
    const start = m.index;
    const end = start + m[0].length;
    const id = gazetteer.bySymbol.get(normaliseSymbol(m[0])) ?? gazetteer.bySymbol.get(normaliseSymbol(m[0].replace(/\s?\(\d{4}\)$/, "")));
    const s = evidenceOf(start);
    claimed.push([start, end]);
    if (id !== undefined) {
      const entry = gazetteer.entries.get(id)!;
      mentions.push({
        entityId: id,
        kind: entry.kind,
        surface: m[0],
        start,
        end,
        confidence: 0.99,
        method: "symbol",
        evidence: s.text,
        evidenceStart: s.start,
        // (a draft's symbol names the resolution adopted from it: "A/78/L.49 (draft of A/RES/78/265)")
        why: {
          matched: m[0],
          form:
            entry.draftSymbol && normaliseSymbol(entry.draftSymbol) === normaliseSymbol(m[0]) && entry.symbol
              ? `${entry.draftSymbol} (draft of ${entry.symbol})`
              : (entry.symbol ?? m[0]),
          rule: "exact-alias",
        },
      });
    } else {
      proposedResolutions.push({
        kind: "resolution",
        nameEn: `UN document ${m[0]}`,
        nameZh: null,
        symbol: m[0],
        surface: m[0],
        start,
        end,
        evidence: s.text,
        evidenceStart: s.start,
      });
    }
  }
  SHORT_SYMBOL_RE.lastIndex = 0;
  for (let m; (m = SHORT_SYMBOL_RE.exec(text));) {
    const start = m.index;
    const end = start + m[0].length;
    if (claimed.some(([a, b]) => start < b && end > a)) continue;
    const ctx = text.slice(Math.max(0, start - 24), end + 6);
    if (!/resolution|决议/i.test(ctx)) continue;
    const id = gazetteer.bySymbol.get(`A/RES/${m[1]}/${m[2]}`);
    if (id === undefined) continue;
    const s = evidenceOf(start);
    claimed.push([start, end]);
    mentions.push({
      entityId: id,
      kind: "resolution",
      surface: m[0],
      start,
      end,
      confidence: 0.95,
      method: "symbol",
      evidence: s.text,
      evidenceStart: s.start,
      why: { matched: m[0], form: `A/RES/${m[1]}/${m[2]}`, rule: "exact-alias" },
    });
  }
  claimed.sort((a, b) => a[0] - b[0]);

  // 2. gazetteer
  const norm = normaliseForMatch(text);
  // (ordinals before a name are read in simplified characters, same offsets: 第二屆 is 第二届)
  const simple = simplifyHan(text);
  // matchTrie asks for every position, in increasing order: the spans ended before it are passed for good, and
  // none starting after it can hold it (sorted by start), so only the few around it are read
  let passed = 0;
  const skip = claimed.length
    ? (i: number) => {
        while (passed < claimed.length && claimed[passed][1] <= i) passed++;
        for (let k = passed; k < claimed.length && claimed[k][0] <= i; k++) if (i < claimed[k][1]) return claimed[k][1];
        return i;
      }
    : undefined;
  const matches = matchTrie(gazetteer, text, { normalised: norm, skip })
    .flatMap((m): TrieMatch[] => {
      // "REAIM", "世界人工智能大会": the edition of a recurring event the article means, or none
      if (!m.editions && !(m.editionYear && gazetteer.entries.get(m.entityId)?.kind === "event")) return [m];
      const entityId = pickEdition({
        text: simple,
        start: m.start,
        end: m.end,
        editions: m.editions ?? [{ entityId: m.entityId, editionYear: m.editionYear! }],
        gazetteer,
        publishedAt,
      });
      if (entityId === null) return [];
      // (the edition chosen: no year left for sameEdition to weigh again)
      return [{ ...m, entityId, editions: undefined, editionYear: undefined, series: true as const }];
    })
    .flatMap((m) => editionOfStatedYear({ match: m, text, gazetteer }));
  // "2026 年《国际人工智能安全报告》… 此第二版《国际人工智能安全报告》": once the article gives a yearly text
  // another year, its other bare mentions are that edition too
  const otherEditions = new Set(
    matches.filter((m) => !m.editionYear && otherEditionStated({ text, start: m.start, end: m.end, entry: gazetteer.entries.get(m.entityId)! })).map((m) => m.entityId),
  );
  for (const m of matches) {
    const s = evidenceOf(m.start);
    // "第二届人工智能安全峰会", "the second AI Safety Summit": another edition of a series named like this event
    if (!m.series && gazetteer.entries.get(m.entityId)!.kind === "event" && anotherEdition({ text: simple, start: m.start, entry: gazetteer.entries.get(m.entityId)! })) continue;
    // "a global AI safety summit in Seoul": the series' name where another of its meetings met
    if (gazetteer.entries.get(m.entityId)!.kind === "event" && metElsewhere({ text: simple, start: m.start, end: m.end, entry: gazetteer.entries.get(m.entityId)!, gazetteer }))
      continue;
    if (namedBeforeItExisted({ entry: gazetteer.entries.get(m.entityId)!, publishedAt })) continue;
    // "Portuguese-speaking countries", "interpretation in English and French", "French (Français)": a language, not a state
    if (gazetteer.entries.get(m.entityId)!.kind === "country" && namesLanguage({ text, start: m.start, end: m.end })) continue;
    // "立法方面", "新方式": a country's "side" (法方, 美方) is not the 方 of 方面, 方式, 方法, 方案 …
    if (/^[\u4e00-\u9fff]方$/.test(m.form) && /[面式法案向针便位]/.test(text[m.end] ?? "")) continue;
    if (insideLongerName({ gazetteer, text, start: m.start, form: m.form, entry: gazetteer.entries.get(m.entityId)!, sentenceStart: s.start })) continue;
    if (continuesIntoOtherName({ text, end: m.end, form: m.form, entry: gazetteer.entries.get(m.entityId)! })) continue;
    if (partOfAnotherName({ text, start: m.start, end: m.end, form: m.form, entry: gazetteer.entries.get(m.entityId)!, sentenceStart: s.start })) continue;
    if (otherEditions.has(m.entityId) && statedYear({ text, start: m.start, end: m.end }) !== withoutYear(gazetteer.entries.get(m.entityId)!.nameEn)?.editionYear) continue;
    if (m.editionYear && !sameEdition({ text, start: m.start, end: m.end, editionYear: m.editionYear, publishedAt })) continue;
    // a title in 《》 ("《未来契约》") is the text of that name, whatever the sentence calls it
    const quoted = text[m.start - 1] === "《" && text[m.end] === "》";
    // "发表未来契约", "落实未来契约": a plain name right after a verb that takes a text is that text's title
    const actedOn = /(?:通过|发表|落实|执行|履行|签署|达成)了?$/.test(text.slice(Math.max(0, m.start - 3), m.start));
    // "…：决议草案\n\n抓住…机遇，促进可持续发展\n\n大会，": a title that is a line of its own, in a document whose
    // neighbouring lines say what it is (a UN draft's heading)
    const heading =
      /(?:^|\n)[ \t*]*$/.test(text.slice(Math.max(0, m.start - 4), m.start)) &&
      /^[ \t*]*(?:\n|$)/.test(text.slice(m.end, m.end + 4)) &&
      /决议|resolution/i.test(text.slice(Math.max(0, m.start - 200), Math.min(text.length, m.end + 200)));
    const saysResolution = quoted || actedOn || heading || /决议|resolution/i.test(s.text);
    // a title-cased resolution name stands alone ("the Pact for the Future") unless it is about another named body
    // ("Modalities of the Independent Science Panel"): then it names that body
    const namesOther =
      !saysResolution &&
      gazetteer.entries.get(m.entityId)!.kind === "resolution" &&
      matchTrie(gazetteer, text.slice(m.start, m.end), { excludeId: m.entityId }).some((x) => !x.needsResolutionContext);
    if ((m.needsResolutionContext || namesOther) && !saysResolution) {
      // a resolution's title read without the word "resolution" is not linked as the resolution, but the names
      // inside it still are ("…modalities of the Independent International Scientific Panel on AI and the Global
      // Dialogue…" names the panel and the dialogue)
      for (const inner of matchTrie(gazetteer, text.slice(m.start, m.end), { excludeId: m.entityId })) {
        if (inner.needsResolutionContext) continue;
        const surface = text.slice(m.start + inner.start, m.start + inner.end);
        mentions.push({
          entityId: inner.entityId,
          kind: gazetteer.entries.get(inner.entityId)!.kind,
          surface,
          start: m.start + inner.start,
          end: m.start + inner.end,
          confidence: inner.confidence,
          method: "gazetteer",
          evidence: s.text,
          evidenceStart: s.start,
          why: { matched: surface, form: inner.form, rule: "exact-alias" },
        });
      }
      continue;
    }
    mentions.push({
      entityId: m.entityId,
      kind: gazetteer.entries.get(m.entityId)!.kind,
      surface: text.slice(m.start, m.end),
      start: m.start,
      end: m.end,
      confidence: m.confidence,
      method: "gazetteer",
      evidence: s.text,
      evidenceStart: s.start,
      // a series name: the edition is read from the ordinal, the year or the article's date
      why: m.series
        ? { matched: text.slice(m.start, m.end), form: `${m.form} (series: ${gazetteer.entries.get(m.entityId)!.nameEn})`, rule: "description" }
        : { matched: text.slice(m.start, m.end), form: m.form, rule: "exact-alias" },
    });
    // An event's name that names its organiser or participants ("二十国集团领导人第十九次峰会", "China-US
    // dialogue") also mentions them; names of other kinds do not (印度尼西亚 is not India).
    if (gazetteer.entries.get(m.entityId)!.kind === "event") {
      for (const inner of matchTrie(gazetteer, text.slice(m.start, m.end), { excludeId: m.entityId })) {
        const kind = gazetteer.entries.get(inner.entityId)!.kind;
        if (kind !== "organisation" && kind !== "country") continue;
        mentions.push({
          entityId: inner.entityId,
          kind,
          surface: text.slice(m.start + inner.start, m.start + inner.end),
          start: m.start + inner.start,
          end: m.start + inner.end,
          confidence: 0.85,
          method: "gazetteer",
          evidence: s.text,
          evidenceStart: s.start,
          why: { matched: text.slice(m.start + inner.start, m.start + inner.end), form: inner.form, rule: "exact-alias" },
        });
      }
    }
  }

  // 2''. "the Cyberspace Administration": a body's name without its country, only in an article naming that country
  const named = new Set(mentions.map((m) => m.entityId));
  for (const m of matches) {
    if (!m.requires || named.has(m.requires)) continue;
    const at = mentions.findIndex((x) => x.start === m.start && x.entityId === m.entityId);
    if (at >= 0) mentions.splice(at, 1);
  }

  // 2'. "the Friends Group" in an article on the Hiroshima AI Process: a short form inside another entity's name
  // whose other words the article uses is that entity's
  for (const m of mentions) {
    if (m.method !== "gazetteer") continue;
    const other = ownerOfShortForm({ gazetteer, entityId: m.entityId, form: m.why!.form, text });
    if (other === null) continue;
    m.entityId = other;
    m.why = { ...m.why!, form: `${m.why!.form} (in ${gazetteer.entries.get(other)!.nameEn})` };
  }

  // a title found in another form than stored (2b, 2c)
  const titleVariant = ({ t, confidence, form }: { t: { entityId: number; start: number; end: number }; confidence: number; form: string }): FoundMention => {
    const s = evidenceOf(t.start);
    const surface = text.slice(t.start, t.end);
    const kind = gazetteer.entries.get(t.entityId)!.kind;
    return {
      entityId: t.entityId,
      kind,
      surface,
      start: t.start,
      end: t.end,
      confidence,
      method: "gazetteer",
      evidence: s.text,
      evidenceStart: s.start,
      why: { matched: surface, form, rule: "title-variant" },
    };
  };
  // 2b. long titles in another form; the longest full-title match wins over a name inside it
  for (const t of matchTitleVariants({ text, gazetteer })) {
    if (otherEditions.has(t.entityId) && statedYear({ text, start: t.start, end: t.end }) !== withoutYear(gazetteer.entries.get(t.entityId)!.nameEn)?.editionYear) continue;
    if (gazetteer.entries.get(t.entityId)!.kind === "event" && anotherEdition({ text, start: t.start, entry: gazetteer.entries.get(t.entityId)! })) continue;
    if (gazetteer.entries.get(t.entityId)!.kind === "resolution" && !/决议|resolution/i.test(evidenceOf(t.start).text)) continue;
    if (namedBeforeItExisted({ entry: gazetteer.entries.get(t.entityId)!, publishedAt })) continue;
    const overlapping = mentions.filter((m) => m.start < t.end && t.start < m.end);
    if (overlapping.some((m) => m.end - m.start >= t.end - t.start)) continue;
    // ("The AI Safety Summit and the Responsible AI in the Military Domain Summit": a loose match that starts or ends
    // inside another name took that name's word, not a name of its own inside it)
    if (overlapping.some((m) => m.start < t.start || m.end > t.end)) continue;
    for (const m of overlapping) mentions.splice(mentions.indexOf(m), 1);
    mentions.push(titleVariant({ t, confidence: 0.9, form: t.form }));
  }

  // 2c. "the Scientific Panel", "the Global Dialogue": a body or a programme named by some of its name's
  // capitalised words (a name found otherwise wins)
  for (const t of matchShortTitles({ text, gazetteer })) {
    if (mentions.some((m) => m.start < t.end && t.start < m.end)) continue;
    if (namedBeforeItExisted({ entry: gazetteer.entries.get(t.entityId)!, publishedAt })) continue;
    mentions.push(titleVariant({ t, confidence: 0.8, form: `${t.form} (short form)` }));
  }

  // 2a. "the Bletchley Park declaration", "the Seoul summit declaration": a text named after its place, with a
  // word between the place and the kind of text
  for (const m of text.matchAll(PLACE_WORD_KIND)) {
    const [, place, word, kind] = m;
    if (SAYS_OTHER_TEXT.test(word)) continue;
    const ids = entitiesNamed(gazetteer, `${place} ${kind}`);
    const entry = ids.length === 1 ? gazetteer.entries.get(ids[0]) : undefined;
    const start = m.index!;
    const end = start + m[0].length;
    if (entry?.kind !== "initiative" || mentions.some((x) => x.kind === "initiative" && x.start < end && start < x.end)) continue;
    if (namedBeforeItExisted({ entry, publishedAt })) continue;
    const s = evidenceOf(start);
    mentions.push({
      entityId: entry.id,
      kind: "initiative",
      surface: m[0],
      start,
      end,
      confidence: 0.85,
      method: "gazetteer",
      evidence: s.text,
      evidenceStart: s.start,
      why: { matched: m[0], form: `${place} ${kind}`, rule: "title-variant" },
    });
  }

  // 2b'. short names the article defines for itself ("（以下简称“AI 基本法”）", "(the “Safety Act”)"), the long
  // names glossing them, and acronyms it spells out as something else
  const defined = findDefinedNames({ text, mentions, gazetteer });
  for (const m of defined.dropped) mentions.splice(mentions.indexOf(m), 1);
  for (const m of defined.added) {
    const s = evidenceOf(m.start);
    mentions.push({ ...m, evidence: s.text, evidenceStart: s.start });
  }

  // 2c. a Chinese-language article's bare ministry names ("外交部") are its own government's
  for (const h of findHomeMinistries({ text, gazetteer, mentions })) {
    const s = evidenceOf(h.start);
    mentions.push({
      entityId: h.entityId,
      kind: "organisation",
      surface: h.alias,
      start: h.start,
      end: h.end,
      confidence: 0.75,
      method: "pattern",
      evidence: s.text,
      evidenceStart: s.start,
      why: { matched: h.alias, form: h.alias, rule: "pattern" },
    });
  }

  // 3. descriptive resolution references, in sentences that do not already name a resolution
  const dates = resolveDates({ text, publishedAt });
  // descriptions are read in simplified characters ("聯大決議" as "联大决议"); offsets are the same
  const simplified = simplifyHan(text);
  const described = sentences.flatMap((original) => {
    const whole = simplified === text ? original : { ...original, text: simplified.slice(original.start, original.end) };
    if (!DESCRIPTION_CUE.test(whole.text)) return [];
    if (mentions.some((m) => m.kind === "resolution" && m.start >= whole.start && m.start < whole.end)) return [];
    return describedParts(whole).map((s) => ({ original, s }));
  });
  for (const { original, s } of described) {
    const found = findDescriptiveResolution(
      gazetteer,
      s,
      dates.filter((d) => d.start >= s.start && d.start < s.end),
      {
        publishedAt: publishedAt ?? null,
        actorIds: mentions.filter((m) => m.start >= s.start && m.end <= s.end && m.kind === "country").map((m) => m.entityId),
        bodyIds: mentions.filter((m) => m.start >= s.start && m.end <= s.end && m.kind === "organisation").map((m) => m.entityId),
      },
    );
    if (!found) continue;
    // do not overlap an existing mention: shrink to the keyword if needed
    let { start, end } = found;
    const clash = mentions.find((m) => m.start < end && m.end > start);
    if (clash) {
      const kw = DESCRIPTION_CUE.exec(s.text)!;
      start = s.start + kw.index;
      end = start + kw[0].length;
      if (mentions.some((m) => m.start < end && m.end > start)) continue;
    }
    // ambiguous: one suggestion per candidate, each saying which others the description fits, for an editor to
    // pick; the linker does not guess
    const ambiguous = found.candidates.length > 1;
    for (const entry of found.candidates) {
      mentions.push({
        entityId: entry.id,
        kind: "resolution",
        surface: text.slice(start, end),
        start,
        end,
        confidence: ambiguous ? 0.3 : found.confidence,
        method: "descriptive",
        evidence: original.text,
        evidenceStart: s.start,
        why: {
          matched: text.slice(start, end),
          form: ambiguous ? `one of: ${found.candidates.map((c) => c.nameEn).join(" | ")}` : `${entry.nameEn} (${found.cues.join(", ")})`,
          rule: "description",
          ...(ambiguous ? { candidates: found.candidates.map((c) => c.slug) } : {}),
        },
      });
    }
  }
  // 3'. "the General Assembly established the Scientific Panel": the resolution that set the body up
  for (const m of findEstablishingResolutions({ text: simplified, sentences, mentions, publishedAt: publishedAt ?? null, gazetteer })) {
    const s = evidenceOf(m.start);
    mentions.push({ ...m, surface: text.slice(m.start, m.end), evidence: s.text, evidenceStart: s.start });
  }
  // 3''. "China proposed the creation of an international organization for AI cooperation": the body proposed
  for (const m of findDescribedBodies({ text: simplified, sentences, mentions, publishedAt: publishedAt ?? null, gazetteer })) {
    const s = evidenceOf(m.start);
    mentions.push({ ...m, surface: text.slice(m.start, m.end), evidence: s.text, evidenceStart: s.start });
  }
  // 4. declarations and statements named by what they are about, in sentences that name no initiative
  addDescribedTexts({ text, simplified, sentences, mentions, dates, publishedAt: publishedAt ?? null, gazetteer });
  // 5. "South Korea's new AI law", "日本《人工智能利用促进法》": a country's or body's AI law, named by its owner
  for (const m of findOwnersLaws({ gazetteer, text: simplified, mentions })) {
    const s = evidenceOf(m.start);
    mentions.push({ ...m, surface: text.slice(m.start, m.end), evidence: s.text, evidenceStart: s.start });
  }
  // 6. "由欧洲委员会牵头推进的《人工智能公约》", "教科文组织人工智能伦理建议", "教科文组织建议书": a text named short by
  // its issuer
  for (const m of findIssuedTitles({ gazetteer, text: simplified, sentences, mentions })) {
    if (otherEditions.has(m.entityId)) continue;
    const s = evidenceOf(m.start);
    mentions.push({ ...m, surface: text.slice(m.start, m.end), evidence: s.text, evidenceStart: s.start });
  }
  // 6'. "与美、中匹敌", "中美两国": countries listed or paired by one-character short forms (not those inside a joint
  // text's name, 《中法关于…的联合声明》: a state named inside another entity's name is not mentioned)
  const pairs = findCountryPairs({ text: simplified, gazetteer, mentions }).filter((p) => !mentions.some((x) => x.start < p.end && p.start < x.end));
  for (const m of [...findCountryLists({ text: simplified, gazetteer, mentions }), ...pairs]) {
    const s = evidenceOf(m.start);
    mentions.push({ ...m, evidence: s.text, evidenceStart: s.start });
  }
  // 6''. "the world's first treaty on AI", "全球首个具有法律约束力的人工智能国际公约": the first AI treaty
  for (const m of findFirstTreaties({ gazetteer, text: simplified, mentions })) {
    const s = evidenceOf(m.start);
    mentions.push({ ...m, surface: text.slice(m.start, m.end), evidence: s.text, evidenceStart: s.start });
  }
  // 6'''. "the first discussion of AI at the UN Security Council": a body's first meeting on AI
  for (const m of findFirstMeetings({ gazetteer, text: simplified, mentions })) {
    const s = evidenceOf(m.start);
    mentions.push({ ...m, surface: text.slice(m.start, m.end), evidence: s.text, evidenceStart: s.start });
  }
  // 6''''. "the second Global AI Summit", "第四届人工智能峰会": an AI summit named by its edition's number
  for (const m of findNumberedSummits({ gazetteer, text: simplified, mentions, publishedAt: publishedAt ?? null })) {
    const s = evidenceOf(m.start);
    mentions.push({ ...m, surface: text.slice(m.start, m.end), evidence: s.text, evidenceStart: s.start });
  }
  // 6'''''. "France's upcoming AI summit": an AI summit named by the state that hosted it
  for (const m of findHostedSummits({ gazetteer, text, sentences, mentions, publishedAt: publishedAt ?? null })) {
    const s = evidenceOf(m.start);
    mentions.push({ ...m, evidence: s.text, evidenceStart: s.start });
  }
  // 6-bis. "Biden and Xi agreed that decisions to use nuclear weapons stay with humans": a meeting of two states named
  // by what they agreed there
  for (const m of findAgreedMeetings({ gazetteer, text, sentences, mentions, publishedAt: publishedAt ?? null })) {
    const s = evidenceOf(m.start);
    mentions.push({ ...m, evidence: s.text, evidenceStart: s.start });
  }
  // 6-ter. "the U.S. and China will hold their first talks on AI in Geneva": a dialogue of two states named by what it is
  const dayOf = (s: Sentence) => dates.find((d) => d.precision === "day" && d.start >= s.start && d.end <= s.end)?.date ?? null;
  for (const m of findNamedDialogues({ gazetteer, text, sentences, mentions, sentenceDate: dayOf, publishedAt: publishedAt ?? null })) {
    const s = evidenceOf(m.start);
    mentions.push({ ...m, evidence: s.text, evidenceStart: s.start });
  }
  // 7. "the AI Basic Act will come into force. This will make our country the first …": the country of a national
  // law or plan the article has just named
  for (const m of findOurCountry({ gazetteer, text, mentions })) {
    const s = evidenceOf(m.start);
    mentions.push({ ...m, evidence: s.text, evidenceStart: s.start });
  }
  // 8. "a Global Dialogue … and an independent scientific panel of experts": a body or text described by most of
  // the words of its name in lower case, next to an entity the atlas relates to it
  for (const m of findLowerCaseNames({ gazetteer, text, sentences, mentions })) {
    const s = evidenceOf(m.start);
    mentions.push({ ...m, evidence: s.text, evidenceStart: s.start });
  }
  // 9. "the BRICS countries have agreed to launch a study group on AI": an owner's AI body or text said as what it is
  for (const m of findOwnedAiNames({ gazetteer, text, sentences, mentions })) {
    const s = evidenceOf(m.start);
    mentions.push({ ...m, evidence: s.text, evidenceStart: s.start });
  }
  // 10. "the OECD AI Principles", "欧盟人工智能法案": the body that made a text, named at the start of the text's name
  mentions.push(...findMakersInNames({ gazetteer, text, mentions }));
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  // (before the foreign-law check: "我國" in a Taiwanese text names Taiwan, whose law it then is)
  const settled = settleFirstPersonCountry({ text, mentions, gazetteer });
  return { sentences, mentions: withoutForeignLaws({ mentions: settled, gazetteer, text: simplified }), dates, proposedResolutions };
}

/**
 * "三读通过AI基本法草案" in a report on Taiwan's law: a national law named by a short form any country's law may
 * share ("AI Basic Act", 人工智能基本法) is that state's law only in an article that names the state (or a form that
 * names it: "Korea AI Basic Act").
 */
function withoutForeignLaws({ mentions, gazetteer, text }: { mentions: FoundMention[]; gazetteer: Gazetteer; text: string }): FoundMention[] {
  const named = new Set(mentions.filter((m) => m.kind === "country" || m.kind === "organisation").map((m) => m.entityId));
  const foreign = new Set<number>();
  for (const m of mentions) {
    const law = gazetteer.entries.get(m.entityId);
    if (m.kind !== "initiative" || law?.subtype !== "law" || foreign.has(m.entityId)) continue;
    // its owners: the states the atlas relates it to, and the bodies that made it ("AI Act": the EU's)
    const states = [...(gazetteer.related.get(m.entityId) ?? [])].map((id) => gazetteer.entries.get(id)).filter((e) => e?.kind === "country");
    const bodies = (law.madeByIds ?? []).map((id) => gazetteer.entries.get(id)).filter((e) => e?.kind === "organisation");
    const owners = [...states, ...bodies];
    if (!owners.length || owners.some((c) => named.has(c!.id))) continue;
    // ("the European Parliament passed the AI Act", "欧洲议会": a body named by the place its name begins with)
    if (bodies.some((b) => placeOf(b!).some((place) => place.test(text)))) continue;
    // (a form that names the state itself, or the owner written just before it: "Korea AI Basic Act",
    // "韩国人工智能基本法", "欧盟《人工智能法》", "the EU's AI Act")
    const namesState = (x: FoundMention) => {
      const written = text.slice(Math.max(0, x.start - 6), x.end);
      return owners.some((c) => [c!.nameEn, c!.nameZh ?? "", ...c!.aliases.map((a) => a.alias)].some((n) => n.length > 1 && written.includes(n)));
    };
    if (!mentions.some((x) => x.entityId === m.entityId && namesState(x))) foreign.add(m.entityId);
  }
  return foreign.size ? mentions.filter((m) => !foreign.has(m.entityId)) : mentions;
}

/** "European Union" → "Europe…", "欧洲联盟" → 欧洲: the place a body's name begins with, as patterns for a text. */
function placeOf(body: GazetteerEntry): RegExp[] {
  const out: RegExp[] = [];
  // (an adjective of place: "European", "African")
  const en = /^([A-Z][a-z]{3,}?)an\s/.exec(body.nameEn);
  if (en) out.push(new RegExp(`\\b${en[1]}`));
  const zh = [body.nameZh ?? "", ...body.aliases.map((a) => a.alias)].find((n) => /^[\u4e00-\u9fff]{4,}$/.test(n));
  if (zh) out.push(new RegExp(zh.slice(0, 2)));
  return out;
}

/**
 * Step 4 of findMentions, onto `mentions`: declarations and statements named by what they are about, in sentences
 * that name no initiative. A function of its own with plain loops: inlined into findMentions, a new kind of array
 * reaching its filter/some calls threw away findMentions' optimised code (its costliest compile).
 */
function addDescribedTexts({
  text,
  simplified,
  sentences,
  mentions,
  dates,
  publishedAt,
  gazetteer,
}: {
  text: string;
  simplified: string;
  sentences: Sentence[];
  mentions: FoundMention[];
  dates: DateMention[];
  publishedAt: string | null;
  gazetteer: Gazetteer;
}): void {
  for (const original of sentences) {
    const s = simplified === text ? original : { ...original, text: simplified.slice(original.start, original.end) };
    if (!TEXT_CUE.test(s.text)) continue;
    const bodyIds: number[] = [];
    let namesInitiative = false;
    for (const m of mentions) {
      if (m.start < s.start || m.end > s.end) continue;
      if (m.kind === "initiative") namesInitiative = true;
      if (m.kind === "organisation") bodyIds.push(m.entityId);
    }
    if (namesInitiative) continue;
    const sentenceDates: DateMention[] = [];
    for (const d of dates) if (d.start >= s.start && d.start < s.end) sentenceDates.push(d);
    const found = findDescriptiveText({ gazetteer, sentence: s, context: { publishedAt, bodyIds, sentenceDates } });
    if (!found) continue;
    let overlaps = false;
    for (const m of mentions) if (m.start < found.end && m.end > found.start) overlaps = true;
    if (overlaps) continue;
    mentions.push({
      entityId: found.entry.id,
      kind: "initiative",
      surface: text.slice(found.start, found.end),
      start: found.start,
      end: found.end,
      confidence: 0.7,
      method: "descriptive",
      evidence: original.text,
      evidenceStart: s.start,
      why: { matched: text.slice(found.start, found.end), form: `${found.entry.nameEn} (${found.cues.join(", ")})`, rule: "description" },
    });
  }
}
