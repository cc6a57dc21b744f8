import { lazyOpenccConverter } from "@/lib/i18n/opencc-converters";
import { memoizeBounded } from "./bounded-memo";

// Taiwan phrases → mainland simplified: 人工智慧 → 人工智能, 倡議 → 倡议, 資訊 → 信息. Built once per process, on
// first use (the tries are large: lib/i18n/opencc-converters.ts).
const toSimplified = lazyOpenccConverter({ from: "twp", to: "cn" });
const toTraditional = lazyOpenccConverter({ from: "cn", to: "tw" });
const toTaiwanPhrasing = lazyOpenccConverter({ from: "cn", to: "twp" });
const HAN = /\p{Script=Han}/u;
// Queries and names recur on every keystroke and every hit, so their conversions are remembered (opencc walks
// a large trie per character). Article bodies are converted once, when indexed, and are too big to keep.
const MEMO_MAX_LENGTH = 200;

// Format characters (Unicode Cf: zero-width space/joiners, direction marks, soft hyphen, BOM) are invisible
// but split words for the engine; NUL and other controls (Cc) break SQLite's FTS/LIKE fallback. Tabs and
// line breaks are Cc too: they become spaces like any other whitespace.
const FORMAT_AND_CONTROL = /[\p{Cf}\p{Cc}]/gu;
const WHITESPACE_CONTROL = /[\t\n\v\f\r\u001c-\u001f\u0085]/g;

/** Drops invisible format and control characters (keeping whitespace as spaces), for queries and indexed text. */
export function stripInvisibleCharacters({ text }: { text: string }): string {
  return text.replace(WHITESPACE_CONTROL, " ").replace(FORMAT_AND_CONTROL, "");
}

/**
 * The form both the index and the queries use: invisible characters removed, NFKC (full-width letters and digits fold to ASCII),
 * simplified Chinese, single spaces. Latin case is left to the engine.
 */
export function normalizeSearchText({ text }: { text: string }): string {
  return text.length <= MEMO_MAX_LENGTH ? normalizeShort(text) : normalize(text);
}

function normalize(text: string): string {
  const folded = stripInvisibleCharacters({ text: text.normalize("NFKC") })
    .replace(/\s+/g, " ")
    .trim();
  return HAN.test(folded) ? toSimplified(folded) : folded;
}

const normalizeShort = memoizeBounded({ compute: normalize, max: 5000 });

/**
 * The forms a query may take in stored text that was NOT normalised (the SQLite fallback reads raw rows):
 * as typed, simplified, traditional characters, and Taiwan phrasing (赞比亚 → 贊比亞, 尚比亞).
 */
export function searchTextVariants({ text }: { text: string }): string[] {
  // A copy: callers may extend the list.
  return [...(text.length <= MEMO_MAX_LENGTH ? variantsShort(text) : variants(text))];
}

function variants(text: string): string[] {
  const simplified = normalizeSearchText({ text });
  const typed = stripInvisibleCharacters({ text: text.normalize("NFKC") }).trim();
  if (!HAN.test(simplified)) return [...new Set([typed, simplified])];
  return [...new Set([typed, simplified, toTraditional(simplified), toTaiwanPhrasing(simplified)])];
}

const variantsShort = memoizeBounded({ compute: variants, max: 2000 });

/** Adds simplified forms of Chinese strings, keeping the originals (so both spellings match and highlight). */
export function withSimplifiedForms({ values }: { values: (string | null | undefined)[] }): string[] {
  const out = new Set<string>();
  for (const v of values) {
    if (!v) continue;
    out.add(v);
    out.add(normalizeSearchText({ text: v }));
  }
  return [...out];
}

/** Key for exact name/alias lookup: normalised and lower-cased ("Group of Friends" = "group of friends"). */
export function exactNameKey({ text }: { text: string }): string {
  return normalizeSearchText({ text }).toLowerCase();
}
