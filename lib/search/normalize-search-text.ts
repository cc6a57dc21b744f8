import * as OpenCC from "opencc-js";

// Taiwan phrases → mainland simplified: 人工智慧 → 人工智能, 倡議 → 倡议, 資訊 → 信息. Built once (tries are large).
const toSimplified = OpenCC.Converter({ from: "twp", to: "cn" });
const toTraditional = OpenCC.Converter({ from: "cn", to: "tw" });
const toTaiwanPhrasing = OpenCC.Converter({ from: "cn", to: "twp" });
const HAN = /\p{Script=Han}/u;

/**
 * The form both the index and the queries use: NFKC (full-width letters and digits fold to ASCII),
 * simplified Chinese, single spaces. Latin case is left to the engine.
 */
export function normalizeSearchText({ text }: { text: string }): string {
  const folded = text.normalize("NFKC").replace(/\s+/g, " ").trim();
  return HAN.test(folded) ? toSimplified(folded) : folded;
}

/**
 * The forms a query may take in stored text that was NOT normalised (the SQLite fallback reads raw rows):
 * as typed, simplified, traditional characters, and Taiwan phrasing (赞比亚 → 贊比亞, 尚比亞).
 */
export function searchTextVariants({ text }: { text: string }): string[] {
  const simplified = normalizeSearchText({ text });
  if (!HAN.test(simplified)) return [...new Set([text.normalize("NFKC").trim(), simplified])];
  return [...new Set([text.normalize("NFKC").trim(), simplified, toTraditional(simplified), toTaiwanPhrasing(simplified)])];
}

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
