import { BLOCKERS } from "./builtin-aliases";
import { deriveNameForms, pairAbbreviation, withoutIssuer, withoutYear } from "./derive-name-forms";
import { hasCjk, isWordCode, normaliseForMatch, normaliseKey } from "./normalise";
import { dateBoundsMs } from "./resolve-dates";
import type { GazetteerEntry } from "./types";

/**
 * The gazetteer: every linkable surface form of every entity, in a character trie over normalised text
 * (lib/linking/normalise.ts). Matching is leftmost-longest: at each position the longest form that satisfies its
 * case and word-boundary rules wins, and its whole span is consumed, so a name inside a longer name is never a
 * mention (印度尼西亚 ≠ 印度, 白俄罗斯 ≠ 俄罗斯, Papua New Guinea ≠ Guinea, Dominican Republic ≠ Dominica).
 */

/** exact: acronyms ("US" ≠ "us"); capital: the first letter must be upper case ("Niger", not "niger"); none: CJK. */
type CaseMode = "exact" | "capital" | "none";

export type TermCandidate = {
  /** null for a blocker */
  entityId: number | null;
  form: string;
  caseMode: CaseMode;
  confidence: number;
  /** resolution names that are plain phrases need 决议/resolution in the sentence */
  needsResolutionContext: boolean;
  /** a yearly text's name without its year: the year, which the article's date must fit (find-mentions.ts) */
  editionYear?: number;
  /** a name without the country it closes with ("Cyberspace Administration"): that country, which the article must name */
  requires?: number;
  /** a recurring event's name without its year or ordinal ("REAIM", "世界人工智能大会"): one edition, `editionYear` its year */
  series?: true;
};

/** `next` by UTF-16 code unit (a key's astral character is keyed by its code point, above every code unit: never matched, as before) */
type TrieNode = { next: Map<number, TrieNode>; terms: TermCandidate[] | null; depth: number };

export type Gazetteer = {
  entries: Map<number, GazetteerEntry>;
  root: TrieNode;
  /** normalised UN symbol → entity id */
  bySymbol: Map<string, number>;
  /** events, initiatives and resolutions that carry a date: candidates for event matching */
  datedCandidates: GazetteerEntry[];
  /** the same, bucketed by "YYYY-MM" (month/day dates) or "YYYY" (year dates) */
  datedByYear: Map<string, GazetteerEntry[]>;
  /** id → related entity ids (relations, plus entities named inside the entity's own names) */
  related: Map<number, Set<number>>;
  /** normalised name → id, for reusing proposed entities */
  byName: Map<string, number>;
  /** when set, the dates datedCandidatesNear was asked about (a worker linking ahead reports them: link-ahead.ts) */
  datesAsked?: Set<string>;
};

const newNode = (depth: number): TrieNode => ({ next: new Map(), terms: null, depth });

/** Lower-case words that a capitalised title also has ("Pact for the Future", "Statement on Inclusive …"). */
const DESCRIPTION_GLUE = /^(?:with|from|into|through|against|between|about|under|over|upon|within|towards?|across|during|among)$/;

function caseModeOf(form: string): CaseMode {
  if (!/[A-Za-z]/.test(form)) return "none";
  const letters = form.replace(/[^A-Za-z]/g, "");
  if (letters.length <= 6 && letters === letters.toUpperCase() && form.length <= 12) return "exact";
  // "Global AI cooperation organization": a stored description (content words in lower case after the first) is
  // written in lower case too ("a global AI cooperation organisation"); a proper name keeps its capital
  const words = form.replace(/^the\s+/i, "").split(/\s+/);
  if (words.length >= 4 && words.slice(1).some((w) => /^[a-z]{4,}/.test(w) && !DESCRIPTION_GLUE.test(w))) return "none";
  if (/^[A-Z]/.test(form.replace(/^the\s+/i, ""))) return "capital";
  return "none";
}

/** A Latin name with its accents dropped ("Türkiye" → "Turkiye"); other scripts stay as they are. */
function withoutAccents(form: string): string {
  return /[\u00C0-\u024F]/.test(form)
    ? form
        .normalize("NFD")
        .replace(/[\u0300-\u036f]/g, "")
        .normalize("NFC")
    : form;
}

export function normaliseSymbol(symbol: string): string {
  return symbol.toUpperCase().replace(/\s+/g, "");
}

function insert(root: TrieNode, key: string, cand: TermCandidate): void {
  let node = root;
  for (const ch of key) {
    const code = ch.codePointAt(0)!;
    let nxt = node.next.get(code);
    if (!nxt) {
      nxt = newNode(node.depth + 1);
      node.next.set(code, nxt);
    }
    node = nxt;
  }
  node.terms ??= [];
  const same = node.terms.find((t) => t.entityId === cand.entityId);
  if (same) {
    // keep the most permissive case rule and the highest confidence for the same entity
    if (same.caseMode !== "none" && cand.caseMode === "none") same.caseMode = "none";
    if (same.caseMode === "exact" && cand.caseMode === "capital") same.caseMode = "capital";
    same.confidence = Math.max(same.confidence, cand.confidence);
    same.needsResolutionContext &&= cand.needsResolutionContext;
    return;
  }
  node.terms.push(cand);
}

const SYMBOL_LIKE = /^[A-Z]{1,3}\/[A-Z0-9./()\s]+$/;

function aliasConfidence(aliasType: string, form: string): number {
  if (aliasType === "demonym") return 0.8;
  if (aliasType === "descriptive") return 0.85;
  if (aliasType === "short") return 0.9;
  const letters = form.replace(/[^A-Za-z]/g, "");
  if (!hasCjk(form) && letters.length > 0 && letters.length <= 3) return 0.9;
  return 0.95;
}

/** "Pact for the Future": every content word capitalised, three words or more: a proper title, not a plain phrase. */
const TITLE_FUNCTION_WORDS = /^(?:a|an|and|the|of|on|for|in|to|by|with|at|from)$/;
/**
 * A resolution's title long enough that, written out in full, it is that resolution and no phrase of the prose
 * ("Seizing the opportunities of safe, secure and trustworthy artificial intelligence systems for sustainable
 * development"): ten words or more, or twenty Chinese characters.
 */
function isLongTitle(form: string): boolean {
  return hasCjk(form) ? form.replace(/[^\u4e00-\u9fff]/g, "").length >= 20 : form.split(/\s+/).length >= 10;
}

function isTitleCased(form: string): boolean {
  const words = form.split(/\s+/);
  return !hasCjk(form) && words.length >= 3 && words.every((w) => TITLE_FUNCTION_WORDS.test(w) || /^[A-Z]/.test(w));
}

export function buildGazetteer({ entries }: { entries: GazetteerEntry[] }): Gazetteer {
  const root = newNode(0);
  const map = new Map<number, GazetteerEntry>();
  const bySymbol = new Map<string, number>();
  const byName = new Map<string, number>();
  const forms = new Map<number, { form: string; aliasType: string }[]>();
  /** "Ministry of … (Egypt)": the name without its bracket, and the bracket */
  const bracketOf = new Map<number, { bare: string; inner: string }>();

  const addForm = (entry: GazetteerEntry, form: string | null | undefined, aliasType: string) => {
    if (!form) return;
    const trimmed = form.trim();
    if (!trimmed) return;
    const list = forms.get(entry.id) ?? [];
    if (!list.some((f) => f.form === trimmed)) list.push({ form: trimmed, aliasType });
    forms.set(entry.id, list);
  };

  for (const entry of entries) {
    if (entry.status === "rejected") continue;
    map.set(entry.id, entry);
    if (entry.symbol) bySymbol.set(normaliseSymbol(entry.symbol), entry.id);
    // (a symbol of its own wins: a draft's symbol is only another way the text names the resolution)
    if (entry.draftSymbol && !bySymbol.has(normaliseSymbol(entry.draftSymbol))) bySymbol.set(normaliseSymbol(entry.draftSymbol), entry.id);
    byName.set(normaliseKey(entry.nameEn), entry.id);
    if (entry.nameZh) byName.set(normaliseKey(entry.nameZh), entry.id);
    // Proposed entities are not linked by name: only the pattern finder (and event matcher) reuses them.
    if (entry.status === "proposed") continue;
    addForm(entry, entry.nameEn, "name");
    // "Global Partnership on Artificial Intelligence (GPAI)" → also without the parenthesis
    const bare = entry.nameEn.replace(/\s*\([^)]*\)\s*$/, "");
    // (not "… resolution on lethal autonomous weapons systems (79th session)": a resolution's session is what tells it
    // from the other sessions' resolutions of that title)
    const sessionBracket = entry.kind === "resolution" && /\(\s*[^)]*\bsession\b[^)]*\)\s*$/i.test(entry.nameEn);
    if (bare !== entry.nameEn && bare.length > 3 && !sessionBracket) {
      addForm(entry, bare, "name");
      bracketOf.set(entry.id, { bare, inner: entry.nameEn.slice(bare.length).trim().slice(1, -1) });
    }
    addForm(entry, entry.nameZh, "name");
    // "2025世界人工智能大会暨人工智能全球治理高级别会议" is one event under two names joined by 暨 ("and"): the
    // first alone ("2025世界人工智能大会") names it too
    if (entry.kind === "event" && entry.nameZh?.includes("暨")) {
      const first = entry.nameZh.slice(0, entry.nameZh.indexOf("暨"));
      if (first.length >= 6) addForm(entry, first, "name");
      // and its English name the same: "2025 World AI Conference and High-Level Meeting on …" → "2025 World AI Conference"
      const and = entry.nameEn.indexOf(" and ");
      if (and > 0 && entry.nameEn.slice(0, and).split(" ").length >= 3) addForm(entry, entry.nameEn.slice(0, and), "name");
    }
    for (const a of entry.aliases) {
      if (a.linkable === false) continue;
      if (SYMBOL_LIKE.test(a.alias.trim())) {
        bySymbol.set(normaliseSymbol(a.alias), entry.id);
        continue;
      }
      addForm(entry, a.alias, a.aliasType);
    }
  }

  // a derived form never takes a stored form of another entity ("Egypt" in "Ministry of … (Egypt)" stays Egypt's)
  const storedKeys = new Map<string, number>();
  for (const [id, list] of forms) for (const f of list) storedKeys.set(normaliseKey(f.form), id);
  const isOthers = (id: number, form: string) => {
    const owner = storedKeys.get(normaliseKey(form));
    return owner !== undefined && owner !== id;
  };
  const countryNames = new Set([...map.values()].filter((e) => e.kind === "country" && e.nameZh).map((e) => e.nameZh!));
  for (const [id, list] of forms) {
    const entry = map.get(id)!;
    // "Ministry of Communications and Information Technology (Egypt)": a bracket naming another entity says whose
    // it is, and without it the name is every country's ministry
    const bracket = bracketOf.get(id);
    const bareAt = bracket && isOthers(id, bracket.inner) ? list.findIndex((f) => f.form === bracket.bare) : -1;
    if (bareAt >= 0) list.splice(bareAt, 1);
    // "… Act (AI Basic Act)" → "AI Basic Act", 人工智能 → "AI": forms of the entity's own names (derive-name-forms.ts)
    list.push(...deriveNameForms({ kind: entry.kind, subtype: entry.subtype, forms: list, isOthers: (form) => isOthers(id, form) }));
    // (a form written from another: kept unless another entity stores it or this one has it already)
    const addDerived = (form: string | null, aliasType: string) => {
      if (form && !isOthers(id, form) && !list.some((x) => x.form === form)) list.push({ form, aliasType });
    };
    // "中国—老挝…中心" is also "中老…中心"
    if (entry.kind !== "country") for (const f of [...list]) addDerived(pairAbbreviation({ form: f.form, countryNames }), "short");
    // "UN Office for …" is also written "United Nations Office for …" and "U.N. Office for …"
    for (const f of [...list]) {
      if (/^UN\s/.test(f.form)) {
        list.push({ form: f.form.replace(/^UN\s/, "United Nations "), aliasType: f.aliasType });
        list.push({ form: f.form.replace(/^UN\s/, "U.N. "), aliasType: f.aliasType });
      }
    }
    // "Unesco", "Asean", "Brics": British papers write an acronym said as a word (five letters or more) in title case
    for (const f of [...list]) if (/^[A-Z]{5,6}$/.test(f.form)) addDerived(f.form[0] + f.form.slice(1).toLowerCase(), f.aliasType);
    // "Türkiye", "Côte d'Ivoire" are also typed without their accents ("Turkiye"): the same name, in plain letters
    for (const f of [...list]) addDerived(withoutAccents(f.form), f.aliasType);
    for (const { form, aliasType } of list) {
      const key = normaliseKey(form);
      const cjk = hasCjk(key);
      if (cjk ? key.length < 2 : key.replace(/[^a-z0-9]/g, "").length < 2) continue;
      const needsResolutionContext = entry.kind === "resolution" && !/决议|resolution/i.test(form) && !/\d+\/\d+/.test(form) && !isTitleCased(form) && !isLongTitle(form);
      insert(root, key, {
        entityId: id,
        form,
        caseMode: caseModeOf(form),
        confidence: aliasConfidence(aliasType, form),
        needsResolutionContext,
      });
    }
    if (entry.kind !== "initiative") continue;
    // "International AI Safety Report 2025" → "International AI Safety Report", for an article of that year
    for (const { form } of [...list]) {
      const undated = withoutYear(form);
      if (!undated || isOthers(id, undated.form) || list.some((f) => f.form === undated.form)) continue;
      insert(root, normaliseKey(undated.form), {
        entityId: id,
        form: undated.form,
        caseMode: caseModeOf(undated.form),
        confidence: aliasConfidence("short", undated.form),
        needsResolutionContext: false,
        editionYear: undated.editionYear,
      });
    }
  }
  insertSeriesNames({ root, forms, entries: map, storedKeys });
  insertWithoutIssuer({ root, forms, entries: map, isOthers });
  insertWithoutCountry({ root, forms, entries: map, isOthers });
  for (const b of BLOCKERS) {
    insert(root, normaliseKey(b), { entityId: null, form: b, caseMode: caseModeOf(b), confidence: 0, needsResolutionContext: false });
  }

  const gazetteer: Gazetteer = {
    entries: map,
    root,
    bySymbol,
    datedCandidates: [],
    datedByYear: new Map(),
    related: new Map(),
    byName,
  };
  for (const entry of map.values()) indexDated(gazetteer, entry);
  return gazetteer;
}

/** What the passes that add derived forms to the trie read: the trie, each entity's stored forms, the entries, and
 * whether a form is another entity's stored one (a derived form never takes it). */
type FormsToInsert = {
  root: TrieNode;
  forms: Map<number, { form: string; aliasType: string }[]>;
  entries: Map<number, GazetteerEntry>;
  isOthers: (id: number, form: string) => boolean;
};

/**
 * "REAIM 2023", "2025 World AI Conference", "第三届军事领域负责任人工智能峰会（2026年，拉科鲁尼亚）": a recurring
 * event's names without the year or ordinal ("REAIM", "World AI Conference", "军事领域负责任人工智能峰会") are the
 * series, which articles name alone for the edition of their time. Editions whose series names differ by a word at
 * most (军事领域负责任人工智能峰会 / 军事领域负责任使用人工智能峰会) are one series; each of its names is inserted
 * for every edition (year: its date's), and a stored alias that is one of them becomes a series name too. Never over
 * a stored form of an entity outside the series. find-mentions.ts picks the edition by the ordinal or year beside
 * the name, else by the article's year.
 */
function insertSeriesNames({
  root,
  forms,
  entries,
  storedKeys,
}: {
  root: TrieNode;
  forms: Map<number, { form: string; aliasType: string }[]>;
  entries: Map<number, GazetteerEntry>;
  storedKeys: Map<string, number>;
}): void {
  const editions: { id: number; year: number; names: Map<string, string> }[] = [];
  for (const [id, list] of forms) {
    const entry = entries.get(id)!;
    const year = Number(entry.date?.slice(0, 4));
    if (entry.kind !== "event" || !year) continue;
    const names = new Map<string, string>();
    for (const { form } of list) {
      const series = seriesName(form);
      if (!series) continue;
      names.set(normaliseKey(series), series);
      const unquoted = series.replace(/[“”"「」]/g, "");
      names.set(normaliseKey(unquoted), unquoted);
    }
    if (names.size) editions.push({ id, year, names });
  }
  // one series: editions sharing a name, or with names a word apart (union by index)
  const group = editions.map((_, i) => i);
  const find = (i: number): number => (group[i] === i ? i : (group[i] = find(group[i])));
  for (let i = 0; i < editions.length; i++)
    for (let j = i + 1; j < editions.length; j++)
      if ([...editions[i].names.keys()].some((a) => [...editions[j].names.keys()].some((b) => nearlySame(a, b)))) group[find(j)] = find(i);
  const members = new Map<number, typeof editions>();
  editions.forEach((e, i) => members.set(find(i), [...(members.get(find(i)) ?? []), e]));
  for (const series of members.values()) {
    const ids = new Set(series.map((e) => e.id));
    const names = new Map(series.flatMap((e) => [...e.names]));
    for (const [key, form] of names) {
      const owner = storedKeys.get(key);
      if (owner !== undefined && !ids.has(owner)) continue;
      for (const e of series)
        insert(root, key, { entityId: e.id, form, caseMode: caseModeOf(form), confidence: 0.85, needsResolutionContext: false, editionYear: e.year, series: true });
      // a stored alias of one edition that is the series' name ("军事领域负责任使用人工智能峰会"): the series' name
      if (owner !== undefined && series.length > 1)
        for (const t of termsAt(root, key) ?? []) if (t.entityId === owner) Object.assign(t, { series: true, editionYear: series.find((e) => e.id === owner)!.year });
    }
  }
}

/** Two series names a word apart at most: equal, or (ten characters or more) two edits apart. */
function nearlySame(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.min(a.length, b.length) < 10 || Math.abs(a.length - b.length) > 2) return false;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length] <= 2;
}

function termsAt(root: TrieNode, key: string): TermCandidate[] | null {
  let node: TrieNode | undefined = root;
  for (const ch of key) {
    node = node.next.get(ch.codePointAt(0)!);
    if (!node) return null;
  }
  return node.terms;
}

const SERIES_ORDINAL = /^(?:第[一二三四五六七八九十\d]+[届期次]|首届|(?:First|Second|Third|Fourth|Fifth|Inaugural)\s+)/;
/** A form without a leading or closing year, a trailing bracket that holds a year, or a leading ordinal; null if none. */
export function seriesName(form: string): string | null {
  let rest = form.trim();
  // "(REAIM 2023)", "（2023年，海牙）": the bracket dates the edition
  const bracket = /\s*[（(]([^）)]*)[）)]\s*$/.exec(rest);
  if (bracket) {
    if (!/(?:19|20)\d\d/.test(bracket[1])) return null;
    rest = rest.slice(0, bracket.index);
  }
  rest = rest
    .replace(/^(?:19|20)\d\d\s*年?\s*/, "")
    .replace(/\s*(?:19|20)\d\d\s*年?$/, "")
    .replace(SERIES_ORDINAL, "")
    .trim();
  if (rest === form.trim() || /[()（）\d]/.test(rest)) return null;
  const cjk = hasCjk(rest);
  if (cjk ? rest.length < 4 : !/^[A-Z]/.test(rest) || rest.replace(/[^A-Za-z]/g, "").length < 4) return null;
  return rest;
}

/**
 * "African Union Continental AI Strategy" is also "the Continental AI Strategy": an initiative's title that opens
 * with a body or country of the atlas, without it (derive-name-forms.ts says which rests are specific enough).
 * Runs once the names are in the trie, so the issuer is recognised as any of its forms.
 */
function insertWithoutIssuer({ root, forms, entries, isOthers }: FormsToInsert): void {
  const probe = { root } as Gazetteer;
  const added: [number, string][] = [];
  for (const [id, list] of forms) {
    if (entries.get(id)!.kind !== "initiative") continue;
    for (const { form } of list) {
      const first = matchTrie(probe, form, { excludeId: id })[0];
      const issuer = first && first.start === 0 ? entries.get(first.entityId) : undefined;
      if (!issuer || (issuer.kind !== "organisation" && issuer.kind !== "country")) continue;
      const rest = withoutIssuer({ form, issuerLength: first.end });
      if (rest && !list.some((f) => f.form === rest) && !isOthers(id, rest)) added.push([id, rest]);
      // "the EU's AI Act", "Korea's AI Basic Act", "经合组织的人工智能原则", "经合组织《人工智能原则》": the issuer
      // as owner (any rest: the issuer still says which)
      const issuerPart = form.slice(0, first.end);
      const after = form.slice(first.end);
      if (/^ \S/.test(after) && !hasCjk(form)) added.push([id, `${issuerPart}'s${after}`]);
      else if (/^[\u4e00-\u9fff]/.test(after) && hasCjk(issuerPart) && after.length >= 2 && !/^[的和与及]/.test(after)) {
        added.push([id, `${issuerPart}的${after}`], [id, `${issuerPart}《${after}》`], [id, `${issuerPart}的《${after}》`]);
      }
    }
  }
  for (const [id, form] of added) {
    insert(root, normaliseKey(form), { entityId: id, form, caseMode: caseModeOf(form), confidence: aliasConfidence("short", form), needsResolutionContext: false });
  }
}

/**
 * "Cyberspace Administration of China" is "the Cyberspace Administration" in an article that names China: a body's
 * name that closes with "of <country>", without it, linked only when the article names that country.
 */
function insertWithoutCountry({ root, forms, entries, isOthers }: FormsToInsert): void {
  const probe = { root } as Gazetteer;
  for (const [id, list] of forms) {
    if (entries.get(id)!.kind !== "organisation") continue;
    for (const { form } of list) {
      const m = /^((?:[A-Z][A-Za-z-]+\s+){1,5}[A-Z][A-Za-z-]+) of (?:the )?([A-Z].+)$/.exec(form);
      if (!m) continue;
      const country = matchTrie(probe, m[2], { excludeId: id })[0];
      if (!country || country.start !== 0 || country.end !== m[2].length || entries.get(country.entityId)?.kind !== "country") continue;
      const bare = m[1];
      if (isOthers(id, bare) || list.some((f) => f.form === bare) || bare.split(/\s+/).length < 2) continue;
      insert(root, normaliseKey(bare), {
        entityId: id,
        form: bare,
        caseMode: "capital",
        confidence: aliasConfidence("short", bare),
        needsResolutionContext: false,
        requires: country.entityId,
      });
    }
  }
}

/**
 * The slugs of the events the event-date model proposes (find-further-event-dates.ts): a date in a sentence no
 * reader could read, named by the words beside it. Until an editor accepts one, no later article's event is
 * matched to it: named by loose words, it would take the place of the meeting the atlas holds.
 */
export const MODEL_DATED_EVENT_SLUG = "proposed-dated-event-";

function indexDated(gazetteer: Gazetteer, entry: GazetteerEntry): void {
  if (entry.status === "proposed" && entry.slug.startsWith(MODEL_DATED_EVENT_SLUG)) return;
  const related = new Set<number>(entry.relatedIds ?? []);
  if (entry.kind === "event" || entry.kind === "initiative" || entry.kind === "resolution") {
    for (const name of [entry.nameZh, entry.nameEn, ...entry.aliases.map((a) => a.alias)]) {
      if (!name) continue;
      for (const m of matchTrie(gazetteer, name, { excludeId: entry.id })) related.add(m.entityId);
    }
  }
  gazetteer.related.set(entry.id, related);
  if (entry.date && (entry.kind === "event" || entry.kind === "initiative" || entry.kind === "resolution")) {
    gazetteer.datedCandidates.push(entry);
    const key = entry.date.slice(0, 7);
    const list = gazetteer.datedByYear.get(key) ?? [];
    list.push(entry);
    gazetteer.datedByYear.set(key, list);
  }
}

/** Adds an entity created during a batch (a proposed event or initiative) so later articles reuse it. */
export function addToGazetteer(gazetteer: Gazetteer, entry: GazetteerEntry): void {
  gazetteer.entries.set(entry.id, entry);
  gazetteer.byName.set(normaliseKey(entry.nameEn), entry.id);
  if (entry.nameZh) gazetteer.byName.set(normaliseKey(entry.nameZh), entry.id);
  if (entry.symbol) gazetteer.bySymbol.set(normaliseSymbol(entry.symbol), entry.id);
  indexDated(gazetteer, entry);
}

/** What addToGazetteer changes, as it was: restoring it forgets the entities added since (a rolled-back batch's). */
export type GazetteerState = {
  entries: Map<number, GazetteerEntry>;
  bySymbol: Map<string, number>;
  byName: Map<string, number>;
  related: Map<number, Set<number>>;
  datedCandidates: number;
  datedByYear: Map<string, number>;
};

/** The parts of `gazetteer` that addToGazetteer changes, copied (a few maps of the gazetteer's size). */
export function saveGazetteerState({ gazetteer }: { gazetteer: Gazetteer }): GazetteerState {
  return {
    entries: new Map(gazetteer.entries),
    bySymbol: new Map(gazetteer.bySymbol),
    byName: new Map(gazetteer.byName),
    related: new Map(gazetteer.related),
    datedCandidates: gazetteer.datedCandidates.length,
    datedByYear: new Map([...gazetteer.datedByYear].map(([key, list]) => [key, list.length])),
  };
}

/**
 * Puts `gazetteer` back as saveGazetteerState found it, in place: the same object, so the caches keyed on it
 * stay (they leave proposed entities, the only ones addToGazetteer adds, out).
 */
export function restoreGazetteerState({ gazetteer, state }: { gazetteer: Gazetteer; state: GazetteerState }): void {
  const refill = <K, V>(target: Map<K, V>, source: Map<K, V>) => {
    target.clear();
    for (const [k, v] of source) target.set(k, v);
  };
  refill(gazetteer.entries, state.entries);
  refill(gazetteer.bySymbol, state.bySymbol);
  refill(gazetteer.byName, state.byName);
  refill(gazetteer.related, state.related);
  gazetteer.datedCandidates.length = state.datedCandidates;
  for (const key of [...gazetteer.datedByYear.keys()]) {
    const length = state.datedByYear.get(key);
    if (length === undefined) gazetteer.datedByYear.delete(key);
    else gazetteer.datedByYear.get(key)!.length = length;
  }
}

/** Dated candidates whose date can overlap `date` (± 1 day). */
export function datedCandidatesNear(gazetteer: Gazetteer, date: string): GazetteerEntry[] {
  gazetteer.datesAsked?.add(date);
  const [first, last] = dateBoundsMs(date);
  const start = new Date(first - 86400000);
  const end = new Date(last + 86400000);
  const out: GazetteerEntry[] = [];
  const years = new Set<number>();
  for (let d = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), 1)); d <= end; d.setUTCMonth(d.getUTCMonth() + 1)) {
    years.add(d.getUTCFullYear());
    const key = `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`;
    out.push(...(gazetteer.datedByYear.get(key) ?? []));
  }
  for (const y of years) out.push(...(gazetteer.datedByYear.get(String(y)) ?? []));
  return out;
}

/** The earliest dated, accepted entry of `entries` that `fits` ("the first AI treaty", "the body's first meeting on AI"). */
export function earliestEntry({ entries, fits }: { entries: Iterable<GazetteerEntry | undefined>; fits: (e: GazetteerEntry) => boolean }): GazetteerEntry | null {
  let first: GazetteerEntry | null = null;
  for (const e of entries) {
    if (!e?.date || e.status === "proposed" || !fits(e)) continue;
    if (!first || e.date < first.date!) first = e;
  }
  return first;
}

/** The entities a whole form names (exactly that key in the trie, whatever its case rule), blockers left out. */
export function entitiesNamed(gazetteer: Gazetteer, form: string): number[] {
  let node: TrieNode | undefined = gazetteer.root;
  const key = normaliseKey(form);
  for (let i = 0; i < key.length && node; i++) node = node.next.get(key.charCodeAt(i));
  return [...new Set((node?.terms ?? []).map((t) => t.entityId).filter((id): id is number => id !== null))];
}

export type TrieMatch = {
  entityId: number;
  /** a series name several editions share ("REAIM"): the editions, for the linker to choose one (find-mentions.ts) */
  editions?: { entityId: number; editionYear: number }[];
  /** matched by a series name, its edition chosen (find-mentions.ts) */
  series?: true;
  start: number;
  end: number;
  confidence: number;
  needsResolutionContext: boolean;
  /** the alias or name form that matched */
  form: string;
  editionYear?: number;
  requires?: number;
};

function caseOk(original: string, start: number, end: number, cand: TermCandidate): boolean {
  if (cand.caseMode === "none") return true;
  const surface = original.slice(start, end).normalize("NFKC");
  if (cand.caseMode === "exact") return surface.replace(/[^A-Za-z]/g, "") === cand.form.replace(/[^A-Za-z]/g, "");
  const formBody = cand.form.replace(/^the\s+/i, "");
  const first = surface[cand.form.length - formBody.length] ?? surface[0];
  if (first !== undefined && (first !== first.toLowerCase() || !/[A-Za-z]/.test(first))) return true;
  // "the international network of AI safety institutes": a long name whole, written in lower case, is still that
  // name (a short one in lower case is a phrase: "international cooperation")
  return formBody.split(/\s+/).length >= LOWER_CASE_NAME_WORDS && !/[()]/.test(formBody);
}
/** How many words a name needs to be recognised written in lower case. */
const LOWER_CASE_NAME_WORDS = 5;

/**
 * Leftmost-longest scan of `text` (original) using its normalised form. Blockers consume their span silently;
 * a form shared by several entities (after case filtering) is ambiguous and also only consumed. `skip` is asked
 * about positions in increasing order (find-mentions.ts relies on it).
 */
export function matchTrie(
  gazetteer: Gazetteer,
  text: string,
  { excludeId, normalised, skip }: { excludeId?: number; normalised?: string; skip?: (i: number) => number } = {},
): TrieMatch[] {
  const norm = normalised ?? normaliseForMatch(text);
  const out: TrieMatch[] = [];
  const n = norm.length;
  let i = 0;
  while (i < n) {
    if (skip) {
      const j = skip(i);
      if (j > i) {
        i = j;
        continue;
      }
    }
    // by code unit: no one-character string per position (a CJK one is allocated each time)
    const code = norm.charCodeAt(i);
    // nothing starts inside a word: tested before the trie's map lookup, which costs more (most letters are inside one)
    if (i > 0 && isWordCode(code) && isWordCode(norm.charCodeAt(i - 1))) {
      i++;
      continue;
    }
    let node = gazetteer.root.next.get(code);
    if (!node) {
      i++;
      continue;
    }
    let best: { end: number; cands: TermCandidate[] } | null = null;
    let j = i;
    while (node) {
      j++;
      if (node.terms) {
        const endsWord = isWordCode(norm.charCodeAt(j - 1));
        if (!(endsWord && j < n && isWordCode(norm.charCodeAt(j)))) {
          const cands = node.terms.filter((c) => c.entityId !== excludeId && caseOk(text, i, j, c));
          if (cands.length) best = { end: j, cands };
        }
      }
      if (j >= n) break;
      node = node.next.get(norm.charCodeAt(j));
    }
    if (!best) {
      i++;
      continue;
    }
    const ids = new Set(best.cands.map((c) => c.entityId));
    if (ids.size > 1 && best.cands.every((c) => c.series)) {
      out.push({
        entityId: best.cands[0].entityId!,
        start: i,
        end: best.end,
        confidence: Math.min(...best.cands.map((c) => c.confidence)),
        needsResolutionContext: false,
        form: best.cands[0].form,
        editions: best.cands.map((c) => ({ entityId: c.entityId!, editionYear: c.editionYear! })),
      });
    } else if (ids.size === 1 && !ids.has(null)) {
      const c = best.cands[0];
      out.push({
        entityId: c.entityId!,
        start: i,
        end: best.end,
        confidence: c.confidence,
        needsResolutionContext: c.needsResolutionContext,
        form: c.form,
        ...(c.editionYear ? { editionYear: c.editionYear } : {}),
        ...(c.requires ? { requires: c.requires } : {}),
      });
    }
    i = best.end;
  }
  return out;
}
