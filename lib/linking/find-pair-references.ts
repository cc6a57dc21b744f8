import { sentenceIndexAt } from "./sentences";
import { patternMention } from "./pattern-mention";
import type { FoundMention, Sentence } from "./types";

/**
 * "China and the U.S. held their first meeting … The meeting was co-chaired by officials from both countries",
 * "中方和赞方……双方共同主持": "both countries", "the two sides", "两国", "双方" stand for the two states the article
 * has just named as a pair ("A and B", "A和B") in this sentence or the two before. The phrase becomes two country
 * mentions (its first and its last word, so the statement rules read them as one list of two); not stored. With no
 * pair named near it, nothing.
 */

const PAIR_EN = /\b(?:[Bb]oth (?:countries|sides|nations|governments|parties)|[Tt]he two (?:countries|sides|nations|governments|parties))\b/g;
const PAIR_ZH = /两国|双方/g;
const PAIR_GAP = /^\s*(?:and|和|与|同|及)\s*(?:the\s+)?$/;
const LOOKBACK = 2;

export function findPairReferences({ text, sentences, mentions }: { text: string; sentences: Sentence[]; mentions: FoundMention[] }): FoundMention[] {
  const out: FoundMention[] = [];
  const countries = mentions.filter((m) => m.kind === "country");
  if (countries.length < 2) return out;
  const covered = (a: number, b: number) => mentions.some((m) => m.start < b && a < m.end);
  for (const re of [PAIR_EN, PAIR_ZH]) {
    re.lastIndex = 0;
    for (let m; (m = re.exec(text));) {
      const start = m.index;
      const end = start + m[0].length;
      // "中美双方", "中赞两国": the pair is named right there (findCountryPairs reads it)
      if (covered(start, end) || covered(start - 1, start)) continue;
      const k = sentenceIndexAt({ sentences, pos: start });
      const from = k >= 0 ? sentences[Math.max(0, k - LOOKBACK)].start : start;
      let pair: [FoundMention, FoundMention] | null = null;
      for (let i = countries.length - 1; i > 0; i--) {
        const b = countries[i];
        const a = countries[i - 1];
        if (b.end > start) continue;
        if (a.start < from) break;
        if (a.entityId !== b.entityId && PAIR_GAP.test(text.slice(a.end, b.start))) {
          // a list of three or more is no pair ("A, B and C")
          const before = countries[i - 2];
          if (!before || !/^\s*(?:,|、|，)\s*$/.test(text.slice(before.end, a.start))) pair = [a, b];
          break;
        }
      }
      if (!pair) continue;
      // the phrase split before its last word ("the two" / "countries", 双 / 方), with nothing but a space between
      const firstEnd = /[\u4e00-\u9fff]/.test(m[0]) ? start + 1 : start + m[0].lastIndexOf(" ");
      const lastStart = /[\u4e00-\u9fff]/.test(m[0]) ? end - 1 : start + m[0].lastIndexOf(" ") + 1;
      const ref = (of: FoundMention, a: number, b: number) =>
        patternMention({ entityId: of.entityId, kind: "country", text, start: a, end: b, confidence: 0.6, matched: m![0], form: `${of.surface} / the pair named before` });
      out.push(ref(pair[0], start, firstEnd), ref(pair[1], lastStart, end));
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** "They also signed …", "They jointly host …": "they" opening a sentence, right before its verb. */
const THEY_START = /^[\s"“]*They(?=\s+(?:also\s+|jointly\s+|later\s+|then\s+|have\s+|had\s+|will\s+|both\s+|together\s+)*[a-z])/;
/** What may open a sentence before its subject: nothing, or a date or place phrase ("On Monday, ", "In 2023, "). */
const OPENING = /^[\s"“]*(?:(?:On|In|At|Last|Earlier|This)\s+[^,]{1,30},\s*)?(?:the\s+)?$/i;
/** Text that may stand between two names of the opening list. */
const OPENING_GAP = /^\s*(?:,|and|, and|&)\s*(?:the\s+)?$/;

/**
 * "Kenya and Chile launched the network in May. They also signed the declaration.": a sentence that opens with
 * "They" goes on about the states the sentence before opened with (its subject, a list of two to four names). "They" becomes one mention per name (split into as many parts), so the statement rules read it as that
 * list; not stored. Nothing when the sentence before does not open with such a list ("They" may be anything).
 */
export function findListPronouns({ text, sentences, mentions }: { text: string; sentences: Sentence[]; mentions: FoundMention[] }): FoundMention[] {
  const out: FoundMention[] = [];
  for (let k = 1; k < sentences.length; k++) {
    const s = sentences[k];
    const they = THEY_START.exec(text.slice(s.start, s.end));
    if (!they) continue;
    const prev = sentences[k - 1];
    // (states only: the statement rules join two bodies' names written together into one name)
    const actors = mentions.filter((m) => m.start >= prev.start && m.end <= prev.end && (m.kind === "country" || m.kind === "organisation"));
    if (!actors.length || !OPENING.test(text.slice(prev.start, actors[0].start))) continue;
    const list = [actors[0]];
    for (const m of actors.slice(1)) {
      if (m.start < list.at(-1)!.end || !OPENING_GAP.test(text.slice(list.at(-1)!.end, m.start))) break;
      list.push(m);
    }
    // "A and B" (at least two, so that "They" is plural for a reason; a body alone is "it")
    if (list.length < 2 || list.length > 4 || new Set(list.map((m) => m.entityId)).size !== list.length || list.some((m) => m.kind !== "country")) continue;
    if (!/^\s+(?:[a-z]+\s+){0,3}?[a-z]+/.test(text.slice(list.at(-1)!.end, prev.end))) continue;
    const start = s.start + they[0].length - 4;
    out.push(...phraseAsList({ text, list, start, end: start + 4, matched: "They", form: "the list the sentence before opened with" }));
  }
  return out;
}

/** "All these countries attended …", "These nations also signed …": a plural noun for states, opening a sentence, before its verb. */
const THESE_STATES_START =
  /^[\s"“]*(?:All\s+(?:of\s+)?(?:these|those|the)\s+(?:countries|nations|states)|(?:These|Those)\s+(?:\d+\s+)?(?:countries|nations|states)(?:\s+all)?)(?=\s+(?:also\s+|all\s+|reportedly\s+|have\s+|had\s+|will\s+|later\s+)*[a-z])/;
/** Text between two names of one list: a comma or "and", or one other item of it ("…, six EU member states, …"). */
const LIST_GAP = /^\s*(?:,\s*(?:and\s+)?|and\s+|&\s+)(?:the\s+)?(?:[^,.;:()]{1,30},\s*(?:and\s+)?(?:the\s+)?)?$/;

/**
 * "… has been signed by 28 countries, including the US, the UK, China, Brazil, Nigeria and Israel. All these countries
 * reportedly attended the summit …": a sentence that opens with "these countries" goes on about the one list of states
 * the sentence before names (two or more, the longest run, when only one is that long). The phrase becomes one mention
 * per state (split into as many parts), so the statement rules read it as that list; not stored.
 */
export function findListReferences({ text, sentences, mentions }: { text: string; sentences: Sentence[]; mentions: FoundMention[] }): FoundMention[] {
  const out: FoundMention[] = [];
  for (let k = 1; k < sentences.length; k++) {
    const s = sentences[k];
    const these = THESE_STATES_START.exec(text.slice(s.start, s.end));
    if (!these) continue;
    const prev = sentences[k - 1];
    const states = mentions.filter((m) => m.start >= prev.start && m.end <= prev.end && m.kind === "country");
    const runs: FoundMention[][] = [];
    for (const m of states) {
      const run = runs.at(-1);
      if (run && m.start >= run.at(-1)!.end && LIST_GAP.test(text.slice(run.at(-1)!.end, m.start))) run.push(m);
      else runs.push([m]);
    }
    const longest = Math.max(0, ...runs.map((r) => r.length));
    const lists = runs.filter((r) => r.length === longest);
    if (longest < 2 || lists.length !== 1) continue;
    const list = lists[0].filter((m, i, all) => all.findIndex((x) => x.entityId === m.entityId) === i);
    const start = s.start + these[0].length - these[0].trimStart().length;
    const end = s.start + these[0].length;
    if (list.length > end - start) continue;
    out.push(...phraseAsList({ text, list, start, end, matched: these[0].trim(), form: "the list of states the sentence before named" }));
  }
  return out;
}

/** A phrase that stands for a list of names, as one mention per name: the phrase split into as many parts, the last to its end. */
function phraseAsList({
  text,
  list,
  start,
  end,
  matched,
  form,
}: {
  text: string;
  list: FoundMention[];
  start: number;
  end: number;
  matched: string;
  form: string;
}): FoundMention[] {
  return list.map((of, i) =>
    patternMention({
      entityId: of.entityId,
      kind: of.kind,
      text,
      start: start + i,
      end: i === list.length - 1 ? end : start + i + 1,
      confidence: 0.6,
      matched,
      form: `${of.surface} / ${form}`,
    }),
  );
}
