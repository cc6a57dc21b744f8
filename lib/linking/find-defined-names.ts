import type { Gazetteer } from "./gazetteer";
import { normaliseForMatch, simplifyHan } from "./normalise";
import type { FoundMention, GazetteerEntry } from "./types";

/**
 * Short names an article defines for itself: "《促进人工智能相关技术研究、开发与利用法案》(…，简称“《人工智能利用促进法》”)",
 * "…基本法（以下简称“AI 基本法”）", 'the Artificial Intelligence Safety Act (the "Safety Act")', "the Network of AI
 * Safety Institutes (NASI)". Where the long name is a mention, every use of the short name in the article is a
 * mention of the same entity; where the short name is a mention and the long name a quoted title the atlas does
 * not store (another translation), the long name is one too. And an acronym the article spells out as something
 * else ("general-purpose AI (GPAI)") is not the entity the atlas knows by it. A quoted title that shortens the
 * Chinese name of something named before (《上海宣言》 after 《人工智能全球治理上海宣言》) is that thing.
 */

/** 以下简称“X”, 简称《X》, 下称“X”: after an opening bracket or a comma inside one. */
const ZH_DEFINITION = /(?:[（(]|[，,]\s*)(?:以下简称|以下称|下称|简称)\s*[:：]?\s*[“"「『]?\s*(《[^》\n]{1,30}》|[^”"」』）)\n，,《》]{1,30}?)\s*[”"」』]?\s*[）)]/g;
/** ("the X"), (hereinafter "X"), (X) for an acronym */
const EN_DEFINITION =
  /[(（]\s*(?:(?:hereinafter|hereafter)\s+)?(?:(?:referred to as|called|known as)\s+)?(?:the\s+)?(?:["“‘]([^"”’\n]{2,40})["”’]|([A-Z][A-Za-z0-9-]{1,9}))\s*[)）]/g;
/** What may stand between a long name and its definition: closing quotes or brackets, spaces. */
const GAP = /^[\s》」』"”'’]*$/;

export type DefinedNames = { added: FoundMention[]; dropped: FoundMention[] };

/** A short name specific enough to link wherever it stands: an acronym, or a name of two words / four characters. */
function specific(short: string): boolean {
  if (/^[A-Z][A-Z0-9-]{1,9}$/.test(short) && (short.match(/[A-Z]/g) ?? []).length >= 2) return true;
  if (/[\u4e00-\u9fff]/.test(short)) return short.replace(/[^\u4e00-\u9fffA-Za-z]/g, "").length >= 4;
  return short.split(/\s+/).length >= 2 && /^[A-Z]/.test(short);
}

/** "general-purpose AI" spells GPAI: the initials of the words before the bracket (a word's capitals count). */
function spelledBy(phrase: string, acronym: string): boolean {
  const words = phrase.split(/[\s-]+/).filter(Boolean);
  for (let n = 1; n <= Math.min(words.length, acronym.length); n++) {
    const initials = words
      .slice(-n)
      .map((w) => (/^[A-Z]{2,}$/.test(w) ? w : w[0]))
      .join("")
      .toUpperCase();
    if (initials === acronym.toUpperCase()) return true;
  }
  return false;
}

/** Kind words and joining words of a Chinese title: a shortened title must keep more than these. */
const ZH_KIND = /框架|公约|宣言|声明|倡议|行动计划|计划|原则|准则|联合|全球|国际|人工智能|关于|的|和|与|及/g;

/** `short` keeps the characters of `name` in order and ends as it does (上海宣言 in 人工智能全球治理上海宣言). */
export function shortensTitle(short: string, name: string): boolean {
  if (short.length < 4 || short.length >= name.length || short.slice(-2) !== name.slice(-2)) return false;
  let i = 0;
  for (const ch of name) if (ch === short[i]) i++;
  return i === short.length && short.replace(ZH_KIND, "").length >= 2;
}

const zhNameCache = new WeakMap<GazetteerEntry, string[]>();
/** An entity's Chinese names in simplified characters, without 《》. */
function zhNamesOf(entry: GazetteerEntry): string[] {
  let names = zhNameCache.get(entry);
  if (!names) {
    names = [entry.nameZh, ...entry.aliases.filter((a) => a.language === "zh").map((a) => a.alias)]
      .filter((x): x is string => !!x)
      .map((n) => simplifyHan(n.replace(/[《》]/g, "")));
    zhNameCache.set(entry, names);
  }
  return names;
}

/**
 * 《上海宣言》 after 《人工智能全球治理上海宣言》, 《普惠计划》 after 《人工智能能力建设普惠计划》: a quoted title that
 * shortens the Chinese name of something the article named before is that thing (one candidate only).
 */
function findShortenedTitles({ text, mentions, gazetteer }: { text: string; mentions: FoundMention[]; gazetteer: Gazetteer }): FoundMention[] {
  const out: FoundMention[] = [];
  if (!text.includes("《")) return out;
  const named = mentions.filter((m) => m.kind !== "country" && m.method !== "descriptive");
  for (const m of simplifyHan(text).matchAll(/《([^《》\n]{4,20})》/g)) {
    const start = m.index! + 1;
    const end = start + m[1].length;
    if (mentions.some((x) => x.start < end && start < x.end)) continue;
    const fits = new Map<number, FoundMention>();
    for (const before of named) {
      if (before.end > m.index!) continue;
      const entry = gazetteer.entries.get(before.entityId);
      if (!entry || fits.has(entry.id)) continue;
      if (zhNamesOf(entry).some((n) => shortensTitle(m[1], n))) fits.set(before.entityId, before);
    }
    if (fits.size === 1) out.push(copyAs({ of: [...fits.values()][0], text, start, end, form: `${m[1]} (shortened ${[...fits.values()][0].surface})` }));
  }
  return out;
}

export function findDefinedNames({ text, mentions, gazetteer }: { text: string; mentions: FoundMention[]; gazetteer: Gazetteer }): DefinedNames {
  const added: FoundMention[] = findShortenedTitles({ text, mentions, gazetteer });
  const dropped: FoundMention[] = [];
  if (!/简称|下称|[(（]/.test(text)) return { added, dropped };
  const simplified = simplifyHan(text);
  const named = mentions.filter((m) => m.kind !== "country");
  const taken = (a: number, b: number) => mentions.some((m) => m.start < b && a < m.end) || added.some((m) => m.start < b && a < m.end);
  const definitions: { start: number; end: number; short: string; shortStart: number }[] = [];
  for (const m of simplified.matchAll(ZH_DEFINITION)) {
    const short = m[1].trim();
    definitions.push({ start: m.index!, end: m.index! + m[0].length, short, shortStart: m.index! + m[0].indexOf(m[1]) });
  }
  for (const m of text.matchAll(EN_DEFINITION)) {
    const short = (m[1] ?? m[2]).trim();
    definitions.push({ start: m.index!, end: m.index! + m[0].length, short, shortStart: m.index! + m[0].indexOf(short) });
  }
  // 《中文名》(English name): a Chinese title glossed by the English one the atlas knows is the same text
  for (const m of named) {
    const before = text.slice(Math.max(0, m.start - 62), m.start);
    const title = /《([^《》\n]{4,50})》\s*[（(]\s*$/.exec(before);
    if (!title || !/^\s*[A-Za-z]/.test(m.surface) || !/^[^()（）]*[,，)）]/.test(text.slice(m.end, m.end + 40))) continue;
    const start = m.start - before.length + title.index! + 1;
    const end = start + title[1].length;
    if (!taken(start, end)) added.push(copyAs({ of: m, text, start, end, form: `${title[1]} (glossed ${m.surface})` }));
  }
  for (const d of definitions) {
    const long = [...named].reverse().find((m) => m.end <= d.start && GAP.test(text.slice(m.end, d.start)));
    const bare = d.short.replace(/^《|》$/g, "");
    const inShort = mentions.find((m) => m.kind !== "country" && m.start >= d.shortStart && m.end <= d.shortStart + d.short.length);
    if (long && !inShort) {
      if (!specific(bare)) continue;
      // every use of the short name, with or without its 《》
      const zh = /[\u4e00-\u9fff]/.test(bare);
      const haystack = zh ? normaliseForMatch(text) : text;
      const needle = zh ? normaliseForMatch(bare) : bare;
      for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) {
        const end = at + needle.length;
        if (!zh && (/[A-Za-z0-9]/.test(text[at - 1] ?? "") || /[A-Za-z0-9]/.test(text[end] ?? ""))) continue;
        if (taken(at, end)) continue;
        added.push(copyAs({ of: long, text, start: at, end, form: `${bare} (defined for ${long.surface})` }));
      }
      continue;
    }
    if (inShort && !long) {
      // the long name is a quoted title right before the bracket: another translation of the same name
      const before = text.slice(Math.max(0, d.start - 60), d.start);
      const title = /[《“"]([^《》“”"\n]{4,50})[》”"]\s*$/.exec(before);
      if (title) {
        const start = d.start - before.length + title.index! + 1;
        const end = start + title[1].length;
        if (!taken(start, end)) added.push(copyAs({ of: inShort, text, start, end, form: `${title[1]} (short name ${inShort.surface})` }));
        continue;
      }
      // "general-purpose AI (GPAI)": the article spells the acronym as something else than the entity's name
      const phrase = /([A-Za-z][A-Za-z-]*(?:\s+[A-Za-z][A-Za-z-]*){0,5})\s*$/.exec(text.slice(Math.max(0, d.start - 80), d.start));
      // "通用 AI (GPAI)": Han words and the acronym's own last letters, the Chinese way of spelling it out
      const zhSpelled = /[\u4e00-\u9fff]{1,6}\s*([A-Za-z]{2,})\s*$/.exec(text.slice(Math.max(0, d.start - 20), d.start));
      const spelledZh = !!zhSpelled && bare.length > zhSpelled[1].length && bare.toUpperCase().endsWith(zhSpelled[1].toUpperCase());
      if (/^[A-Z0-9-]+$/.test(bare) && (spelledZh || (phrase && spelledBy(phrase[1], bare)))) {
        for (const m of mentions) if (m.entityId === inShort.entityId && m.surface === inShort.surface) dropped.push(m);
      }
    }
  }
  return { added, dropped };
}

function copyAs({ of, text, start, end, form }: { of: FoundMention; text: string; start: number; end: number; form: string }): FoundMention {
  const surface = text.slice(start, end);
  return {
    ...of,
    surface,
    start,
    end,
    confidence: Math.min(of.confidence, 0.85),
    method: "pattern",
    evidence: "",
    evidenceStart: start,
    why: { matched: surface, form, rule: "pattern" },
  };
}
