import type { Gazetteer } from "./gazetteer";
import type { GazetteerEntry } from "./types";
import { hasCjk, normaliseForMatch, simplifyHan } from "./normalise";

/**
 * Long official titles written in another form: other capitals, commas, articles or joining words ("Framework
 * Convention on artificial intelligence and human rights, democracy, and the rule of law" for "… Artificial
 * Intelligence, Human Rights, Democracy and the Rule of Law"), one word changed in a long title, and Chinese
 * titles with other punctuation or 的/和/与; "AI" for "Artificial Intelligence"; a word added or left out, or a
 * part of a title joining two texts left out (see spelledLength). Only titles of initiatives, resolutions and events with enough
 * content words take part, so a short name never matches loosely.
 */

const EN_SKIP = new Set(["the", "a", "an", "and", "of", "on", "for", "in", "to", "&", "with", "its", "by"]);
const ZH_SKIP = /[\s《》〈〉“”"'‘’「」『』、，,.。·•\-—–―()（）:：;；的和与及]/;
const MIN_EN_WORDS = 5;
/** The kinds of text an English title can open with ("Statement on …", "Declaration on …"). */
const DOCUMENT_KIND_EN = new Set(["statement", "declaration", "charter", "communique", "pledge", "recommendation", "principles", "commitments", "convention", "resolution"]);
const MIN_ZH_CHARS = 8;

/** `topicOnly`: a title's words after its kind ("Statement on …"), which must follow some document's kind word */
type EnTitle = { entityId: number; words: string[]; form: string; topicOnly?: boolean };
type ZhTitle = { entityId: number; key: string; form: string };
type ZhGrams = { entityId: number; grams: Set<string>; last: string; form: string };
/**
 * A title as the bag of its words (English) or characters (Chinese), found by its last word or last two characters;
 * `inOrder`: the title as written (normalised), which the exact match finds.
 */
type BagTitle = { entityId: number; size: number; counts: Map<string, number>; form: string; inOrder: string };
type TitleIndex = {
  en: Map<string, EnTitle[]>;
  zh: ZhTitle[];
  grams: ZhGrams[];
  countries: RegExp;
  enBags: Map<string, BagTitle[]>;
  zhBags: Map<string, BagTitle[]>;
};

export type TitleMatch = { entityId: number; start: number; end: number; form: string };

const cache = new WeakMap<Gazetteer, TitleIndex>();

/** Words translations of one Chinese title use for each other (加强: "enhancing" or "strengthening"). */
const EN_SAME: Record<string, string> = { strengthening: "enhancing", strengthen: "enhance", strengthened: "enhanced" };

function enWords(text: string): { word: string; start: number; end: number }[] {
  const out: { word: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(/[A-Za-z0-9]+(?:['’][A-Za-z]+)?/g)) {
    const lower = m[0].toLowerCase().replace(/['’]s$/, "");
    const word = EN_SAME[lower] ?? lower;
    if (EN_SKIP.has(word)) continue;
    const prev = out[out.length - 1];
    // "Artificial Intelligence", "AI" and "A.I." are one word of a title, however the article writes it
    if ((word === "intelligence" && prev?.word === "artificial") || (word === "i" && prev?.word === "a" && text.slice(prev.end, m.index!) === ".")) {
      out[out.length - 1] = { word: "ai", start: prev.start, end: m.index! + m[0].length };
      continue;
    }
    out.push({ word, start: m.index!, end: m.index! + m[0].length });
  }
  return out;
}

/**
 * How many words of `text` from `i` spell `title`, allowing (in a title of eight or more words) one word changed,
 * added or left out, or up to four consecutive words left out after the first two when eight still match
 * ("Hiroshima Process International Code of Conduct for …" for "Hiroshima Process International Guiding
 * Principles and International Code of Conduct for …"); 0 when they do not.
 */
function spelledLength(text: { word: string }[], i: number, title: string[]): number {
  let p = 0;
  while (p < title.length && i + p < text.length && text[i + p].word === title[p]) p++;
  if (p === title.length) return p;
  if (title.length < 8 || p === 0) return 0;
  // made only here: most calls end above, and a closure per call cost more than the comparison
  const same = (a: number, b: number, n: number) => {
    if (a + n > text.length) return false;
    for (let k = 0; k < n; k++) if (text[a + k].word !== title[b + k]) return false;
    return true;
  };
  const rest = title.length - p;
  // one word changed, one word added, one word left out
  if (same(i + p + 1, p + 1, rest - 1)) return title.length;
  if (same(i + p + 1, p, rest)) return title.length + 1;
  if (same(i + p, p + 1, rest - 1)) return title.length - 1;
  for (let d = 2; d <= 4 && p >= 2 && title.length - d >= 8 && rest - d >= 3; d++) if (same(i + p, p + d, rest - d)) return title.length - d;
  return 0;
}

/**
 * "the Political Declaration on the Responsible Military Use of AI" for "… Use of Artificial Intelligence and
 * Autonomy": a title of six words or more whose last word is joined by "and", written without that word (the rest
 * in order, the kind of text among its first two words).
 */
function spelledWithoutLastConjunct(text: { word: string }[], i: number, t: EnTitle): number {
  const n = t.words.length - 1;
  if (n < 5 || t.topicOnly || ![t.words[0], t.words[1]].some((w) => DOCUMENT_KIND_EN.has(w ?? "")) || !/\band\s+[\p{L}-]+\s*$/iu.test(t.form)) return 0;
  for (let k = 0; k < n; k++) if (text[i + k]?.word !== t.words[k]) return 0;
  // (the left-out word follows: the whole title is there, and spelledLength has found it)
  return text[i + n]?.word === t.words[n] ? 0 : n;
}

/** ZH_SKIP's characters, looked up by character (a pattern tested per character of a long body cost more) */
const ZH_SKIP_CHARS = new Set([...`《》〈〉“”"'‘’「」『』、，,.。·•-—–―()（）:：;；的和与及`]);

function zhKey(text: string): { key: string; at: number[] } {
  let key = "";
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const code = ch.charCodeAt(0);
    if (ZH_SKIP_CHARS.has(ch) || ((code <= 0x3000 || code === 0xfeff) && ZH_SKIP.test(ch))) continue;
    key += text[i];
    at.push(i);
  }
  return { key, at };
}

/** The atlas's Chinese country names, as one pattern (longest first). */
function countryNames(gazetteer: Gazetteer): RegExp {
  const names = [...gazetteer.entries.values()].filter((e) => e.kind === "country" && e.nameZh).map((e) => e.nameZh!);
  names.sort((a, b) => b.length - a.length);
  return names.length ? new RegExp(names.join("|"), "g") : /(?!)/g;
}

function indexOf(gazetteer: Gazetteer): TitleIndex {
  let index = cache.get(gazetteer);
  if (index) return index;
  index = { en: new Map(), zh: [], grams: [], countries: countryNames(gazetteer), enBags: new Map(), zhBags: new Map() };
  for (const e of gazetteer.entries.values()) {
    if (e.status === "proposed") continue;
    if (e.kind === "initiative" || e.kind === "resolution" || e.kind === "event" || e.kind === "organisation") addBags({ index, entityId: e.id, forms: formsOf(e) });
    if (e.kind !== "initiative" && e.kind !== "resolution" && e.kind !== "event") continue;
    for (const form of formsOf(e)) {
      if (hasCjk(form)) {
        const { key } = zhKey(form);
        if (key.length >= MIN_ZH_CHARS) index.zh.push({ entityId: e.id, key, form });
        const bare = zhKey(form.replace(/（[^）]*）|\([^)]*\)/g, "")).key;
        // the issuer ("美国…行政令") and a document number say whose and which, not what about
        const topic = bare.replace(TITLE_GENERIC, "").replace(index.countries, "");
        if (bare.length >= MIN_ZH_CHARS && topic.length >= 4 && e.kind !== "event") index.grams.push({ entityId: e.id, grams: bigrams(topic), last: bare.slice(-1), form });
        continue;
      }
      const words = enWords(form.replace(/\s*\([^)]*\)\s*$/, "")).map((w) => w.word);
      if (words.length < MIN_EN_WORDS) continue;
      const list = index.en.get(words[0]) ?? [];
      list.push({ entityId: e.id, words, form });
      index.en.set(words[0], list);
      // "signed a joint declaration on the 'Inclusive and Sustainable Artificial Intelligence for People and the
      // Planet'": a title that opens with its kind ("Statement on …") is also named by what it is about, after
      // another kind's word
      if (DOCUMENT_KIND_EN.has(words[0]) && words.length - 1 >= MIN_EN_WORDS) {
        const topic = index.en.get(words[1]) ?? [];
        topic.push({ entityId: e.id, words: words.slice(1), form, topicOnly: true });
        index.en.set(words[1], topic);
      }
    }
  }
  cache.set(gazetteer, index);
  return index;
}

function formsOf(e: GazetteerEntry): string[] {
  return [e.nameEn, e.nameZh, ...e.aliases.filter((a) => a.linkable !== false).map((a) => a.alias)].filter((f): f is string => !!f);
}

function countsOf(items: string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const x of items) out.set(x, (out.get(x) ?? 0) + 1);
  return out;
}

/** "（AI）", "(A.I.)": an abbreviation in brackets inside a Chinese title, left out of its characters */
const BRACKETED_LATIN = /[（(][a-z0-9. ]{1,8}[)）]/g;

function zhBagKey(text: string): { key: string; at: number[] } {
  return zhKey(normaliseForMatch(text).replace(BRACKETED_LATIN, (m) => " ".repeat(m.length)));
}

/** Titles as bags (see matchReorderedTitles): long enough that every one of their words must be there. */
function addBags({ index, entityId, forms }: { index: TitleIndex; entityId: number; forms: string[] }) {
  for (const form of forms) {
    const bare = form.replace(/（[^）]*）|\([^)]*\)/g, "");
    if (hasCjk(form)) {
      const { key } = zhBagKey(bare);
      if (key.length < MIN_ZH_CHARS || /[a-z0-9]/.test(key)) continue;
      const list = index.zhBags.get(key.slice(-2)) ?? [];
      list.push({ entityId, size: key.length, counts: countsOf([...key]), form, inOrder: normaliseForMatch(bare).trim() });
      index.zhBags.set(key.slice(-2), list);
      continue;
    }
    const words = enWords(bare).map((w) => w.word);
    if (words.length < MIN_EN_WORDS) continue;
    const list = index.enBags.get(words[words.length - 1]) ?? [];
    list.push({ entityId, size: words.length, counts: countsOf(words), form, inOrder: normaliseForMatch(bare).trim() });
    index.enBags.set(words[words.length - 1], list);
  }
}

/** Whether `items` hold every item of `bag` as often as it does. */
function holds({ items, bag }: { items: string[]; bag: Map<string, number> }): boolean {
  const left = new Map(bag);
  for (const x of items) {
    const n = left.get(x);
    if (n) left.set(x, n - 1);
  }
  for (const n of left.values()) if (n > 0) return false;
  return true;
}

/**
 * A title with its words in another order, ending as the title ends: "International Independent Scientific Panel
 * on AI", 全球人工智能治理对话 for 人工智能治理全球对话, 国际独立人工智能科学小组 for 人工智能独立国际科学小组. Every word
 * (character) of a title of five words (eight characters) or more must be there, and nothing else but, in a
 * Chinese title of ten (twelve) characters or more, one (two) characters more (人工智能问题独立国际科学小组).
 */
function matchReorderedTitles({ text, words, index }: { text: string; words: ReturnType<typeof enWords>; index: TitleIndex }): TitleMatch[] {
  const out: TitleMatch[] = [];
  // (the same length as the text: its offsets are the text's)
  const norm = normaliseForMatch(text);
  if (index.enBags.size) {
    for (let j = 0; j < words.length; j++) {
      const titles = index.enBags.get(words[j].word);
      if (!titles) continue;
      for (const t of titles) {
        const i = j - t.size + 1;
        if (i < 0) continue;
        // (most windows hold a word the title lacks: told apart without building the window)
        let inTitle = 0;
        for (let k = i; k <= j; k++) if (t.counts.has(words[k].word)) inTitle++;
        if (inTitle < t.size) continue;
        const span = words.slice(i, j + 1).map((w) => w.word);
        // (the title as written is found as such: matched here too it would only shadow other forms)
        if (norm.slice(words[i].start, words[j].end) === t.inOrder) continue;
        if (!holds({ items: span, bag: t.counts }) || /\n/.test(text.slice(words[i].start, words[j].end))) continue;
        out.push({ entityId: t.entityId, start: words[i].start, end: words[j].end, form: t.form });
      }
    }
  }
  if (index.zhBags.size && hasCjk(text)) {
    const { key, at } = zhBagKey(text);
    for (const [head, titles] of index.zhBags) {
      for (let pos = key.indexOf(head); pos >= 0; pos = key.indexOf(head, pos + 1)) {
        const end = pos + 2;
        for (const t of titles) {
          for (let extra = 0; extra <= (t.size >= 12 ? 2 : t.size >= 10 ? 1 : 0); extra++) {
            const from = end - t.size - extra;
            if (from < 0) break;
            let inTitle = 0;
            for (let k = from; k < end; k++) if (t.counts.has(key[k])) inTitle++;
            if (inTitle < t.size) continue;
            if (norm.slice(at[from], at[end - 1] + 1) === t.inOrder) break;
            const span = [...key.slice(from, end)];
            // the span starts with a word of the title: a character before it is not part of it
            if (!t.counts.has(span[0]) || !holds({ items: span, bag: t.counts })) continue;
            const start = at[from];
            if (/\n/.test(text.slice(start, at[end - 1] + 1))) continue;
            out.push({ entityId: t.entityId, start, end: at[end - 1] + 1, form: t.form });
            break;
          }
        }
      }
    }
  }
  return out;
}

function bigrams(key: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < key.length; i++) out.add(key.slice(i, i + 2));
  return out;
}

/** Words of a Chinese title that say it is about AI, worldwide, or what kind of text it is: not what it is about. */
const TITLE_GENERIC = /人工智能|AI|全球|国际|关于|宣言|声明|倡议|报告|建议书|建议|公约|框架|行动计划|计划|战略|原则|法案|法|行政令|总统令|令|第?\d+号/g;

/** The kinds of document a title ends with ("…指南", "…基本法", "…承诺"): what a quoted title must end with. */
const DOCUMENT_END = /(?:指南|承诺|宣言|声明|倡议|计划|公约|条约|法|法案|报告|建议书|原则|准则|框架|战略|议程|契约|路线图|行动计划|决议|公报)$/;

/** How much a quoted title must share with a stored one (Dice over character pairs), and by how much it must beat the next. */
const MIN_DICE = 0.5;
const DICE_MARGIN = 0.1;

/**
 * 《关于为人类和地球创造包容和可持续的人工智能的声明》 for the stored 关于发展包容、可持续的人工智能造福人类与地球的声明:
 * a Chinese title in 《》 translated another way, linked to the one stored title of the same kind (the same last
 * character: 声明, 令, 公约 …) that shares most of the character pairs of what it is about (AI, "global" and the
 * kind of text left out), when no other title comes close.
 */
function matchTranslatedTitles({ text, index }: { text: string; index: TitleIndex }): TitleMatch[] {
  const out: TitleMatch[] = [];
  const simplified = simplifyHan(text);
  // (a title in quotation marks, “东盟AI治理和道德指南”, as well: many papers quote a title rather than bracket it)
  for (const m of simplified.matchAll(/《([^《》\n]{8,60})》|[“「]([^“”「」\n]{8,60})[”」]/g)) {
    const inner = m[1] ?? m[2];
    // quotation marks hold meeting themes and slogans too: only a quoted text that ends as a document does
    if (!m[1] && !DOCUMENT_END.test(inner)) continue;
    const { key } = zhKey(inner);
    if (key.length < MIN_ZH_CHARS) continue;
    const topic = key.replace(TITLE_GENERIC, "").replace(index.countries, "");
    if (topic.length < 4) continue;
    const grams = bigrams(topic);
    const last = key.slice(-1);
    let best: { t: ZhGrams; dice: number } | null = null;
    let second = 0;
    for (const t of index.grams) {
      if (t.last !== last) continue;
      let common = 0;
      for (const g of grams) if (t.grams.has(g)) common++;
      const dice = (2 * common) / (grams.size + t.grams.size);
      if (!best || dice > best.dice) {
        if (best && best.t.entityId !== t.entityId) second = Math.max(second, best.dice);
        best = { t, dice };
      } else if (t.entityId !== best.t.entityId) second = Math.max(second, dice);
    }
    if (!best || best.dice < MIN_DICE || best.dice - second < DICE_MARGIN) continue;
    out.push({ entityId: best.t.entityId, start: m.index! + 1, end: m.index! + 1 + inner.length, form: best.t.form });
  }
  return out;
}

/** A title in 《》 or quotation marks as matchTranslatedTitles reads them (without the g flag: test() keeps no state). */
const QUOTED_TITLE = /《[^《》\n]{8,60}》|[“「][^“”「」\n]{8,60}[”」]/;

/** Title variants in `text`, longest first where they overlap. */
export function matchTitleVariants({ text, gazetteer }: { text: string; gazetteer: Gazetteer }): TitleMatch[] {
  const index = indexOf(gazetteer);
  const found: TitleMatch[] = [];
  const words = enWords(text);
  if (index.en.size) {
    for (let i = 0; i < words.length; i++) {
      const candidates = index.en.get(words[i].word.toLowerCase());
      if (!candidates) continue;
      for (const t of candidates) {
        // (a title's topic alone names it only right after a kind's word: "declaration on the …", "statement for …")
        if (t.topicOnly && !DOCUMENT_KIND_EN.has(words[i - 1]?.word ?? "")) continue;
        const n = spelledLength(words, i, t.words) || spelledWithoutLastConjunct(words, i, t);
        if (!n) continue;
        const last = words[i + n - 1];
        // the span stays inside one line
        if (/\n/.test(text.slice(words[i].start, last.end))) continue;
        found.push({ entityId: t.entityId, start: words[i].start, end: last.end, form: t.form });
      }
    }
  }
  if (index.zh.length && hasCjk(text)) {
    const { key, at } = zhKey(text);
    for (const t of index.zh) {
      for (let pos = key.indexOf(t.key); pos >= 0; pos = key.indexOf(t.key, pos + 1)) {
        const start = at[pos];
        const end = at[pos + t.key.length - 1] + 1;
        if (/\n/.test(text.slice(start, end))) continue;
        found.push({ entityId: t.entityId, start, end, form: t.form });
      }
    }
  }
  found.push(...matchReorderedTitles({ text, words, index }));
  // tested on the text as written: simplifyHan keeps its length, 《》 and line breaks, so a text without a quoted
  // title of 8–60 characters has none once simplified either, and is not simplified for nothing
  if (index.grams.length && QUOTED_TITLE.test(text) && hasCjk(text)) found.push(...matchTranslatedTitles({ text, index }));
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const out: TitleMatch[] = [];
  for (const m of found) {
    const clash = out.findIndex((o) => o.start < m.end && m.start < o.end);
    if (clash < 0) out.push(m);
    else if (m.end - m.start > out[clash].end - out[clash].start) out[clash] = m;
  }
  return out;
}
