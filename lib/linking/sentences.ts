import type { Sentence } from "./types";

const ABBREVIATIONS = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "prof",
  "no",
  "nos",
  "st",
  "vs",
  "etc",
  "e.g",
  "i.e",
  "inc",
  "ltd",
  "co",
  "corp",
  "gov",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "art",
  "para",
  "fig",
  "vol",
  "rev",
  "amb",
  "gen",
  "sen",
  "rep",
  "pres",
  "min",
  "dept",
  "approx",
  "est",
]);

const CLOSERS = new Set(['"', "'", "”", "’", "」", "』", ")", "）", "》", "]"]);

/**
 * Splits text into sentences with their offsets. Chinese: 。！？；; English: . ! ? followed by white space,
 * except after common abbreviations and initialisms (U.S., U.N.), or a full stop glued to the next sentence
 * ("Wednesday.The") after a lower-case word. Line breaks end a sentence, unless a line broken inside one runs on.
 * Closing quotes and brackets after the terminator stay with the sentence, and so do note marks ("….[6][7] The").
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) out.push({ text: text.slice(s, e), start: s, end: e });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    // (a line broken inside a sentence, as copied speeches and PDFs are: "to co-host the REAIM Summit\n\ntogether with
    // the Netherlands." runs on when the line ends on a word or a comma and the next one opens in lower case)
    if (ch === "\n") {
      const runOn = /[a-z,]$/.test(text.slice(Math.max(0, i - 1), i)) ? /^[ \t]*(?:\n[ \t]*)?(?=[a-z])/.exec(text.slice(i + 1, i + 12)) : null;
      if (runOn) i += runOn[0].length;
      else push(i);
      continue;
    }
    let terminal = false;
    if (ch === "。" || ch === "！" || ch === "？" || ch === "；" || (ch === "…" && text[i + 1] !== "…")) terminal = true;
    else if (ch === "!" || ch === "?") terminal = i + 1 >= text.length || /[\s"'”’)]/.test(text[i + 1]) || /[\u4e00-\u9fff]/.test(text[i + 1] ?? "");
    else if (ch === ".") {
      const next = text[i + 1];
      if (next === undefined || /\s/.test(next) || CLOSERS.has(next)) {
        const m = /([A-Za-z.]+)$/.exec(text.slice(Math.max(0, i - 12), i));
        const token = m ? m[1] : "";
        const initialism = /^(?:[A-Za-z]\.)*[A-Z]$/.test(token);
        terminal = !ABBREVIATIONS.has(token.toLowerCase()) && !initialism;
      } else if (/[A-Z]/.test(next) && /[a-z]{3}$/.test(text.slice(Math.max(0, i - 3), i)) && /^[A-Z][a-z]/.test(text.slice(i + 1, i + 3))) {
        // "… on Wednesday.The in-person session …": paragraphs run together without the space (not "U.S.", "e.g.")
        const m = /([A-Za-z]+)$/.exec(text.slice(Math.max(0, i - 12), i));
        terminal = !ABBREVIATIONS.has((m?.[1] ?? "").toLowerCase());
      }
    }
    // "… and the European Union.[6][7] The OECD …": a copied encyclopedia's note marks after the full stop stay with it
    let notes = 0;
    if (!terminal && (ch === "." || ch === "!" || ch === "?")) {
      const marks = /^(?:\[\d{1,3}\])+(?=\s|$)/.exec(text.slice(i + 1, i + 40));
      if (marks) {
        const m = /([A-Za-z.]+)$/.exec(text.slice(Math.max(0, i - 12), i));
        terminal = !ABBREVIATIONS.has((m?.[1] ?? "").toLowerCase());
        notes = marks[0].length;
      }
    }
    if (terminal) {
      let end = i + 1 + notes;
      while (end < text.length && (CLOSERS.has(text[end]) || text[end] === ch)) end++;
      push(end);
      i = end - 1;
    }
  }
  push(text.length);
  return out;
}

/** The index of the sentence containing offset `pos` (binary search over sorted sentences), -1 if none. */
export function sentenceIndexAt({ sentences, pos }: { sentences: Sentence[]; pos: number }): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The sentence containing offset `pos`. */
export function sentenceAt(sentences: Sentence[], pos: number): Sentence | null {
  return sentences[sentenceIndexAt({ sentences, pos })] ?? null;
}

/**
 * The mentions each sentence holds whole, sentence by sentence (both lists in text order): one pass over the two,
 * for the readers that work a sentence at a time.
 */
export function mentionsBySentence<T extends { start: number; end: number }>({ sentences, mentions }: { sentences: Sentence[]; mentions: T[] }): T[][] {
  const out: T[][] = [];
  let mi = 0;
  for (const s of sentences) {
    while (mi < mentions.length && mentions[mi].start < s.start) mi++;
    const inS: T[] = [];
    for (let j = mi; j < mentions.length && mentions[j].start < s.end; j++) if (mentions[j].end <= s.end) inS.push(mentions[j]);
    out.push(inS);
  }
  return out;
}
