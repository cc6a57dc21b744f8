import type { Gazetteer } from "./gazetteer";

/**
 * A body or a programme named short by the capitalised words of its name: "the Scientific Panel" or "the
 * International Scientific Panel on AI" (Independent International Scientific Panel on AI), "the Global Dialogue on
 * Governance for AI" (Global Dialogue on AI Governance), "the International Network" (International Network of AI
 * Safety Institutes). The short form is a run of the name's own words in their order ("Global Governance
 * Initiative" is not the Global AI Governance Initiative), keeps the name's head noun as its own head, and links
 * only when one entity in the atlas fits. Texts that are some country's own (laws, strategies, policies) are left
 * out: "the National AI Strategy" is every country's.
 */

const CONNECTORS = new Set(["of", "on", "for", "in", "and", "the", "&"]);
/** the words after which a name's head noun has been said ("Panel on AI": the head is Panel) */
const PREPOSITIONS = new Set(["of", "on", "for", "in"]);
const OWN_TEXT_SUBTYPES = new Set(["law", "regulation", "strategy", "policy", "national-strategy", "plan"]);
const KINDS = new Set(["organisation", "initiative"]);
/** (by the head noun too: most laws and strategies in the atlas carry no subtype) */
const OWN_TEXT_HEADS = new Set(["act", "law", "strategy", "order", "regulation", "measure", "policy", "bill", "ministry", "department"]);
/** texts any meeting or pair of states issues under that name ("the Joint Statement", "the Final Report") */
const GENERIC_TEXT_HEADS = new Set(["statement", "declaration", "communique", "report", "plan", "principle"]);
/** words that name no body of their own: "the Group of Friends", "the Advisory Body", "the Study Group" are many */
const GENERIC_WORDS = new Set(["group", "friend", "body", "advisory", "study", "partnership", "global", "international", "code", "conduct", "national", "high-level", "ai"]);
/** the share of the name's words a short form keeps at least ("Scientific Panel": 2 of 5) */
const MIN_SHARE = 0.4;

/** `country`: the name's words that name a country ("Cyber Coordination Office of Singapore": ["singapore"]) */
type ShortTitleIndex = Map<string, { entityId: number; words: string[]; form: string; country: string[] }[]>;
export type ShortTitleMatch = { entityId: number; start: number; end: number; form: string };

const cache = new WeakMap<Gazetteer, ShortTitleIndex>();

/** Content words, "Artificial Intelligence" as "ai", plurals as their singular. */
function contentWords(words: string[]): string[] {
  const out: string[] = [];
  for (const raw of words) {
    const w = raw.toLowerCase();
    if (CONNECTORS.has(w)) continue;
    if (w === "intelligence" && out.at(-1) === "artificial") {
      out[out.length - 1] = "ai";
      continue;
    }
    out.push(w.length > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.slice(0, -1) : w);
  }
  return out;
}

/** The head noun: the last content word before the first preposition, or the last word. */
function headOf(words: string[]): string | null {
  const cut = words.findIndex((w, i) => i > 0 && PREPOSITIONS.has(w.toLowerCase()));
  const head = contentWords(cut < 0 ? words : words.slice(0, cut)).at(-1);
  return head ?? null;
}

const splitWords = (name: string) =>
  name
    .replace(/[(),.:;'’]/g, " ")
    .split(/\s+/)
    .filter(Boolean);

/** The words of a name that name a country, one to three words long ("United Kingdom", "Singapore"). */
function countryWordsOf({ words, countries }: { words: string[]; countries: Set<string> }): string[] {
  const phrase = (ws: string[]) => ws.join(" ").toLowerCase();
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const n = [3, 2, 1].find((k) => countries.has(phrase(words.slice(i, i + k))));
    if (n) out.push(...contentWords(words.slice(i, i + n)));
  }
  return out;
}

function indexOf(gazetteer: Gazetteer): ShortTitleIndex {
  const known = cache.get(gazetteer);
  if (known) return known;
  const index: ShortTitleIndex = new Map();
  const countries = new Set<string>();
  for (const entry of gazetteer.entries.values())
    if (entry.kind === "country") for (const name of [entry.nameEn, ...entry.aliases.filter((a) => a.language !== "zh").map((a) => a.alias)]) countries.add(name.toLowerCase());
  for (const entry of gazetteer.entries.values()) {
    if (!KINDS.has(entry.kind) || entry.status === "proposed" || OWN_TEXT_SUBTYPES.has(entry.subtype ?? "")) continue;
    const names = [entry.nameEn, ...entry.aliases.filter((a) => a.language !== "zh" && a.linkable !== false).map((a) => a.alias)];
    for (const name of names) {
      if (/[\u4e00-\u9fff]/.test(name)) continue;
      const words = splitWords(name);
      const content = contentWords(words);
      const head = headOf(words);
      // (a short name with a word dropped is no name: "General Assembly" of "UN General Assembly" is any assembly;
      // a yearly text's name without its year is the series, not this edition)
      if (content.length < 4 || !head || OWN_TEXT_HEADS.has(head) || GENERIC_TEXT_HEADS.has(head) || /\b(?:19|20)\d\d\b/.test(name)) continue;
      const list = index.get(head) ?? [];
      list.push({ entityId: entry.id, words: content, form: name, country: countryWordsOf({ words, countries }) });
      index.set(head, list);
    }
  }
  cache.set(gazetteer, index);
  return index;
}

/** A run of capitalised words (acronyms and "G7" too), joined by of/on/for/in/and/the, on one line. */
const CAPITALISED_RUN = /\b[A-Z][\p{L}\d-]*(?:[ \t]+(?:(?:of|on|for|in|and|the|&)[ \t]+)*[A-Z][\p{L}\d-]*)+/gu;

/** `part` is a run of consecutive words of `whole` ("Global Dialogue" of "Global Dialogue … AI Governance"; not
 * "AI Governance Dialogue", "Global Governance Initiative" of "Global AI Governance Initiative"). */
function runAt({ part, whole }: { part: string[]; whole: string[] }): number {
  for (let i = 0; i + part.length <= whole.length; i++) if (part.every((w, j) => whole[i + j] === w)) return i;
  return -1;
}

const WHEN = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** The one entity whose name these words name short, or null. */
function fit({ words, index }: { words: string[]; index: ShortTitleIndex }): number | null {
  const content = contentWords(words);
  const head = headOf(words);
  // ("AI Principles": a kind of text with nothing of its own)
  if (content.filter((w) => w !== "ai").length < 2 || !head || content.every((w) => GENERIC_WORDS.has(w))) return null;
  // (a body named after its country is named without it only where the article names the country: findMentions)
  const fits = (index.get(head) ?? []).filter((t) => {
    const at = runAt({ part: content, whole: t.words });
    return content.length >= MIN_SHARE * t.words.length && at >= 0 && t.country.every((w) => content.includes(w));
  });
  const ids = new Set(fits.map((t) => t.entityId));
  return ids.size === 1 ? fits[0].entityId : null;
}

export function matchShortTitles({ text, gazetteer }: { text: string; gazetteer: Gazetteer }): ShortTitleMatch[] {
  const index = indexOf(gazetteer);
  const out: ShortTitleMatch[] = [];
  for (const m of text.matchAll(CAPITALISED_RUN)) {
    let words = [...m[0].matchAll(/\S+/g)].map((w) => ({ word: w[0], start: m.index! + w.index!, end: m.index! + w.index! + w[0].length }));
    // (a sentence may open on "The")
    if (words[0].word === "The") words = words.slice(1);
    const start = words[0].start;
    // ("consists of a Framework Convention and protocols": a kind of text, not a name)
    if (/\b(?:an?|any|each|every|one)\s+$/i.test(text.slice(Math.max(0, start - 8), start))) continue;
    // ("Islamic World Educational, Scientific and Cultural Organization": the end of a longer name)
    if (/[A-Z][\p{L}-]*,\s*$/u.test(text.slice(Math.max(0, start - 30), start))) continue;
    // the whole run, else the run without a place or a time after it ("the International Network in May")
    const lengths = [words.length];
    for (let i = words.length - 2; i >= 2; i--) if (words[i].word === "in" || (words[i].word === "on" && WHEN.test(words[i + 1].word))) lengths.push(i);
    for (const n of lengths) {
      const found = fit({ words: words.slice(0, n).map((w) => w.word), index });
      if (found === null) continue;
      out.push({ entityId: found, start, end: words[n - 1].end, form: gazetteer.entries.get(found)!.nameEn });
      break;
    }
  }
  return out;
}
