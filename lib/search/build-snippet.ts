import { HIGHLIGHT_END, HIGHLIGHT_START } from "./highlight-marks";
import { normalizeSearchText, searchTextVariants } from "./normalize-search-text";

/**
 * Article snippets are cut here rather than by the engine: cropping article bodies was half of
 * Meilisearch's work per keystroke, while finding the query's words in ≤ 20 bodies is cheap in Node.
 */

const segmenter = new Intl.Segmenter("zh", { granularity: "word" });
const HAN = /\p{Script=Han}/u;

/** Words to look for: the query's words and Chinese runs, their synonyms, in simplified and traditional form. */
export function snippetTerms({ q, synonyms = {} }: { q: string; synonyms?: Record<string, string[]> }): string[] {
  const normalized = normalizeSearchText({ text: q }).toLowerCase();
  if (!normalized) return [];
  const words = new Set<string>([normalized]);
  for (const chunk of normalized.split(" ")) {
    words.add(chunk);
    // Chinese has no spaces: also look for the dictionary words inside a run (人工智能治理倡议 → 治理, 倡议 …).
    if (HAN.test(chunk)) for (const s of segmenter.segment(chunk)) if (s.isWordLike && [...s.segment].length >= 2) words.add(s.segment);
  }
  for (const w of [...words, normalized]) for (const synonym of synonyms[w] ?? []) words.add(synonym.toLowerCase());
  const terms = new Set<string>();
  for (const w of words) if (w.length >= 2 || HAN.test(w)) for (const v of searchTextVariants({ text: w })) terms.add(v.toLowerCase());
  // Longest first, so the regular expression prefers 人工智能治理倡议 over 治理.
  return [...terms].sort((a, b) => b.length - a.length);
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export function termsPattern(terms: string[]): RegExp | null {
  return terms.length ? new RegExp(terms.map(escapeRegExp).join("|"), "giu") : null;
}

/**
 * A window of `text` around the first match, with every match inside it marked; null when nothing matches.
 * Windows are counted in characters: narrower for Chinese, where a character carries about a word.
 */
export function buildSnippet({ text, pattern, language }: { text: string; pattern: RegExp | null; language: "zh" | "en" }): string | null {
  if (!pattern) return null;
  pattern.lastIndex = 0;
  const match = pattern.exec(text);
  if (!match) return null;
  const [before, after] = language === "zh" ? [30, 70] : [70, 150];
  let start = Math.max(0, match.index - before);
  let end = Math.min(text.length, match.index + match[0].length + after);
  if (language === "en") {
    // Whole words at the edges.
    if (start > 0) start = text.indexOf(" ", start) + 1 || start;
    if (end < text.length) end = text.lastIndexOf(" ", end) > match.index ? text.lastIndexOf(" ", end) : end;
  }
  const window = text.slice(start, end).replace(/\s+/g, " ").trim();
  pattern.lastIndex = 0;
  const marked = window.replace(pattern, (m) => `${HIGHLIGHT_START}${m}${HIGHLIGHT_END}`).replaceAll(`${HIGHLIGHT_END}${HIGHLIGHT_START}`, "");
  return `${start > 0 ? "…" : ""}${marked}${end < text.length ? "…" : ""}`;
}

/** `text` with every match marked, or undefined when nothing matches (the SQLite fallback's name highlights). */
export function markMatches({ text, pattern }: { text: string; pattern: RegExp | null }): string | undefined {
  if (!pattern) return undefined;
  pattern.lastIndex = 0;
  const marked = text.replace(pattern, (m) => `${HIGHLIGHT_START}${m}${HIGHLIGHT_END}`);
  return marked === text ? undefined : marked.replaceAll(`${HIGHLIGHT_END}${HIGHLIGHT_START}`, "");
}

/** The first `length` characters, for articles where the query matched the title only (or by a typo). */
export function leadSnippet({ text, length = 100 }: { text: string; length?: number }): string {
  const flat = text
    .slice(0, length * 2)
    .replace(/\s+/g, " ")
    .trim();
  return flat.length > length ? `${flat.slice(0, length)}…` : flat;
}
