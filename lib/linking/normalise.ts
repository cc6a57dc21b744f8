import { lazyOpenccConverter } from "@/lib/i18n/opencc-converters";

/**
 * Matching normalisation that keeps every UTF-16 index in place (output length === input length), so an offset
 * found in the normalised text is the offset in the original article body:
 * - full-width ASCII → ASCII, ideographic space and every whitespace → " ";
 * - every dash (‐ ‑ ‒ – — ― －) → "-", middle dots → "·", curly quotes → straight quotes;
 * - ASCII letters → lower case;
 * - traditional Chinese characters → simplified (per character, via opencc-js, only when 1 → 1).
 */
const t2s = lazyOpenccConverter({ from: "t", to: "cn" });
// by UTF-16 code unit: indexing an array is several times cheaper than a Map lookup, and this runs per character
// ("" = not computed yet: every code maps to one character); filled up front so V8 keeps it a packed array
const charCache: string[] = Array.from({ length: 0x10000 }, () => "");

function simplify(ch: string): string {
  const out = t2s(ch);
  return out.length === ch.length ? out : ch;
}

function normaliseCode(code: number): string {
  const cached = charCache[code];
  if (cached !== "") return cached;
  let out: string;
  if (code >= 0xff01 && code <= 0xff5e) {
    out = String.fromCharCode(code - 0xfee0);
    if (out >= "A" && out <= "Z") out = out.toLowerCase();
    if (out === "-") out = "-";
  } else if (code === 0x3000 || code === 0xa0 || code === 0x2002 || code === 0x2003 || code === 0x2009 || code === 0x202f) {
    out = " ";
  } else if ((code >= 0x2010 && code <= 0x2015) || code === 0x2212 || code === 0xfe63) {
    out = "-";
  } else if (code === 0x30fb || code === 0x2022 || code === 0x2027 || code === 0xff65) {
    out = "·";
  } else if (code === 0x201c || code === 0x201d || code === 0x201e) {
    out = '"';
  } else if (code === 0x2018 || code === 0x2019) {
    out = "'";
  } else if (code >= 0x4e00 && code <= 0x9fff) {
    out = simplify(String.fromCharCode(code));
  } else {
    out = String.fromCharCode(code);
    if (code < 128) out = out.toLowerCase();
    else if (/\s/.test(out)) out = " ";
  }
  charCache[code] = out;
  return out;
}

/**
 * The last text each pure function below normalised, and its result: linking normalises the same article body in
 * several passes (mentions, dates; statements and references), and a body is long.
 */
type Memo = { text: string; out: string } | null;
let lastMatch: Memo = null;
let lastSimplified: Memo = null;

export function normaliseForMatch(text: string): string {
  if (lastMatch?.text === text) return lastMatch.out;
  const out = normaliseForMatchUncached(text);
  if (text.length >= 64) lastMatch = { text, out };
  return out;
}

function matchedCode(code: number): string {
  if (code < 128) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : code === 9 || code === 10 || code === 13 ? " " : String.fromCharCode(code);
  return normaliseCode(code);
}

// by UTF-16 code unit: 1 = normaliseForMatch keeps the character, 2 = it changes it, 0 = not known yet
const keepsForMatch = new Uint8Array(0x10000);

function normaliseForMatchUncached(text: string): string {
  // the runs of characters kept as they are copied as slices: one string appended per character was most of the cost
  let out = "";
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let keeps = keepsForMatch[code];
    if (keeps === 0) keepsForMatch[code] = keeps = matchedCode(code) === String.fromCharCode(code) ? 1 : 2;
    if (keeps === 1) continue;
    out += text.slice(from, i) + matchedCode(code);
    from = i + 1;
  }
  return withMainlandTerms(from === 0 ? text : out + text.slice(from));
}

/**
 * Taiwan's and Hong Kong's words where the mainland's differ, each the same length (so offsets hold): 人工智慧 is
 * 人工智能, 計畫 (计画 once simplified) is 计划: 《人工智慧全球治理行動計畫》 is the Action Plan; 網路 is 网络 (a network),
 * 東協 is 东盟 (ASEAN).
 */
function withMainlandTerms(text: string): string {
  let out = text;
  if (out.includes("人工智慧")) out = out.replaceAll("人工智慧", "人工智能");
  if (out.includes("计画")) out = out.replaceAll("计画", "计划");
  if (out.includes("网路")) out = out.replaceAll("网路", "网络");
  if (out.includes("东协")) out = out.replaceAll("东协", "东盟");
  return out;
}

/** Normalisation for gazetteer keys: the same mapping plus whitespace collapse and trim. */
export function normaliseKey(text: string): string {
  return normaliseForMatch(text.normalize("NFKC")).replace(/ +/g, " ").trim();
}

export function isCjk(ch: string | undefined): boolean {
  if (!ch) return false;
  const c = ch.charCodeAt(0);
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}

/** true for [a-z0-9] after normalisation (a word character for English boundaries). */
export function isWordChar(ch: string | undefined): boolean {
  if (!ch) return false;
  return isWordCode(ch.charCodeAt(0));
}

/** isWordChar by UTF-16 code unit. */
export function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f);
}

export function hasCjk(text: string): boolean {
  // by code unit, as isCjk reads it: text[i] made a one-character string per character of a long English body
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff)) return true;
  }
  return false;
}

/**
 * Traditional Chinese characters → simplified, everything else untouched (same length, same offsets, same case
 * and line breaks): the statement and event rules are written once, in simplified characters, and read
 * 共同舉辦 as 共同举办. Returns the text itself when nothing changes.
 */
export function simplifyHan(text: string): string {
  if (lastSimplified?.text === text) return lastSimplified.out;
  const out = simplifyHanUncached(text);
  if (text.length >= 64) lastSimplified = { text, out };
  return out;
}

// for U+4E00–U+9FFF: 1 = the character is its own simplified form, 2 = it is not, 0 = not known yet; a typed
// array read per Chinese character of a body, where normaliseCode's string had to be compared each time
const keepsHan = new Uint8Array(0x9fff - 0x4e00 + 1);

function simplifyHanUncached(text: string): string {
  let out: string | null = null;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x4e00 || code > 0x9fff) continue;
    let keeps = keepsHan[code - 0x4e00];
    if (keeps === 0) {
      const same = normaliseCode(code);
      keepsHan[code - 0x4e00] = keeps = same.length === 1 && same.charCodeAt(0) === code ? 1 : 2;
    }
    if (keeps === 1) continue;
    // the unchanged run before it as one slice: splitting the whole body into characters cost more than the rest
    out = (out ?? "") + text.slice(from, i) + normaliseCode(code);
    from = i + 1;
  }
  return withMainlandTerms(out === null ? text : out + text.slice(from));
}
