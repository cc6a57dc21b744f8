import type { EntityKind } from "@/db/schema";
import type { Gazetteer } from "./gazetteer";
import { BODY_SUMMIT_AFTER } from "./relation-patterns";
import type { FoundMention, GazetteerEntry, Sentence } from "./types";

/**
 * Definite descriptions that point back at something the article has already named: "the Convention",
 * "the draft resolution", "the declaration", "该决议", "这一倡议", "会议". News prose names a treaty or a meeting
 * once and then says "the Convention was signed by …" or "…等国派员参会", so participation statements and event
 * reports need the referent. Each description is resolved to the most recent earlier mention whose kind fits and,
 * for nouns that are part of names (convention, declaration, summit, 公约, 峰会 …), whose name contains that noun.
 * Nothing is resolved when no earlier mention fits: a guess would be worse than a miss.
 * The results are internal to linking (relations, events), not stored as mentions.
 */

type Head = { en?: RegExp; zh?: RegExp; kinds: EntityKind[]; nameWords?: RegExp };

/** Ordered: the first head whose pattern matches at a position wins. */
const HEADS: Head[] = [
  { en: /resolutions?|draft|text/, zh: /决议草案|决议/, kinds: ["resolution"] },
  // an outcome document (成果文件) is what a summit adopts: a declaration or statement, not a resolution
  { zh: /成果文件/, kinds: ["initiative"] },
  { en: /measure|document/, zh: /文件/, kinds: ["resolution", "initiative"] },
  { en: /(?:framework )?convention|treaty/, zh: /框架公约|公约|条约|框架(?!内|下|中|性)/, kinds: ["initiative", "resolution"], nameWords: /convention|treaty|公约|条约/i },
  { en: /declaration/, zh: /宣言/, kinds: ["initiative"], nameWords: /declaration|宣言/i },
  { en: /statement/, zh: /声明/, kinds: ["initiative"], nameWords: /statement|声明/i },
  { en: /commitments/, kinds: ["initiative"], nameWords: /commitments/i },
  { en: /initiative/, zh: /倡议/, kinds: ["initiative"], nameWords: /initiative|倡议/i },
  { en: /(?:action )?plan/, zh: /计划/, kinds: ["initiative"], nameWords: /plan|计划/i },
  { en: /report/, zh: /报告/, kinds: ["initiative"], nameWords: /report|报告/i },
  { en: /summit/, zh: /峰会/, kinds: ["event"], nameWords: /summit|峰会/i },
  { en: /meeting|conference|forum|workshop|seminar|dialogue|session|gathering|event/, zh: /会议|大会|论坛|研讨班|研讨会|对话会|活动/, kinds: ["event"] },
  { en: /group/, zh: /小组/, kinds: ["organisation"], nameWords: /group|小组/i },
  // "the assembly adopted a resolution in December": the General Assembly named before
  { en: /assembly/, kinds: ["organisation"], nameWords: /assembly/i },
  { en: /panel/, kinds: ["organisation"], nameWords: /panel/i },
];

const EN_HEAD_SOURCE = HEADS.filter((h) => h.en)
  .map((h) => h.en!.source)
  .join("|");
/** "the Convention", "this landmark treaty", "the leaders' declaration" (up to two modifiers), not followed by a name. */
const EN_DEFINITE = new RegExp(
  `\\b(?:the|this|that|said|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)['’]s)\\s+(?:(?:[a-z]+(?:-[a-z]+)*'?)\\s+){0,2}(${EN_HEAD_SOURCE})\\b`,
  "gi",
);
const ZH_HEAD_SOURCE = HEADS.filter((h) => h.zh)
  .map((h) => h.zh!.source)
  .join("|");
/** 该决议, 这一倡议, 此次会议; or a bare head at the start of a clause or after a verb of participation. */
const ZH_DEFINITE = new RegExp(
  `(?:该|这一|这项|这份|此次|本次|上述|此项|该项)(?:[\u4e00-\u9fff]{0,4}?)(${ZH_HEAD_SOURCE})|(?:^|[，,。；：:、\n]|出席|参加|参与|签署|联署|加入|通过|举办|主持|支持|落实|响应)(${ZH_HEAD_SOURCE})`,
  "g",
);
/** Modifiers that say nothing about which one is meant ("the landmark treaty", "the draft resolution"). */
export const GENERIC_MODIFIER =
  /^(?:draft|landmark|historic|historical|non-binding|nonbinding|legally|binding|legally-binding|whole|entire|full|final|same|above|above-mentioned|said|important|key|global|international|ai|un|u\.n\.|resulting|adopted|agreed|joint|two-day|three-day|one-day|high-level)$/;
/** Modifiers that make the noun phrase point at another thing than the one named before. */
export const ANOTHER = /\b(?:next|upcoming|following|coming|another|new|future|second|third|fourth|fifth|other|previous|first|last|earlier|similar)\b/i;
/** "the convention on cluster munitions", "the Summit of the Future": a name, not a reference back ("the measure on Monday" is one). */
const DAY_OR_MONTH = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\\b";
/** ("the AI resolution Thursday" is one: a weekday or month after the noun is not part of a name) */
const NAME_CONTINUES = new RegExp(`^\\s*(?:(?:on|of|for)\\s+(?:the\\s+)?(?!${DAY_OR_MONTH})[A-Z]|(?!${DAY_OR_MONTH})[A-Z][a-z])`);

function headOf(word: string, zh: boolean): Head | null {
  for (const h of HEADS) {
    const re = zh ? h.zh : h.en;
    if (re && new RegExp(`^(?:${re.source})$`, "i").test(word)) return h;
  }
  return null;
}

function nameMatches(entry: GazetteerEntry, words: RegExp): boolean {
  return words.test(entry.nameEn) || (!!entry.nameZh && words.test(entry.nameZh)) || entry.aliases.some((a) => words.test(a.alias));
}

/**
 * "It was proposed by the United States …", "They were signed by OpenAI, Google …": a sentence opening on "It" or
 * "They" + a passive of adopting, sponsoring, signing is about a text named before.
 */
const IT_PASSIVE =
  /^(?:It|They|该文件|它)(?=\s*(?:was|has been|had been|is|were|have been)\s+(?:\w+ly\s+|also\s+)?(?:proposed|adopted|signed|co-sponsored|sponsored|tabled|drafted|endorsed|ratified|introduced|approved|passed|launched|backed|supported)\b)/;
const DOCUMENT_KINDS: EntityKind[] = ["resolution", "initiative"];
/** "It was hosted by the United Kingdom", "它由中国主办": a sentence opening on "It" + a passive of hosting or attending is about a meeting named before. */
const IT_HOSTED = /^(?:It|它)(?=\s*(?:was|has been|had been|is|will be)\s+(?:\w+ly\s+|also\s+)?(?:hosted|co-hosted|organi[sz]ed|attended|chaired|co-chaired|convened)\s+by\b|由)/;
const EVENT_KINDS: EntityKind[] = ["event"];
/** What may stand before the name a sentence opens with (its topic): quotes, "The". */
const SENTENCE_TOPIC = /^[\s"“《]*(?:The\s+)?$/;

export function resolveReferences({
  text,
  mentions,
  gazetteer,
  sentences = [],
}: {
  text: string;
  mentions: FoundMention[];
  gazetteer: Gazetteer;
  /** for the sentence-initial "It was adopted …" */
  sentences?: Sentence[];
}): FoundMention[] {
  const out: FoundMention[] = [];
  const sorted = mentions;
  const covered = (a: number, b: number) => sorted.some((m) => m.start < b && a < m.end);
  const found: { start: number; end: number; head: Head; surface: string; zh: boolean; specific?: string[] }[] = [];
  EN_DEFINITE.lastIndex = 0;
  for (let m; (m = EN_DEFINITE.exec(text));) {
    const end = m.index + m[0].length;
    if (NAME_CONTINUES.test(text.slice(end, end + 40))) continue;
    const modifiers = m[0].slice(m[0].indexOf(" ") + 1, m[0].length - m[1].length);
    // "the mini virtual summit": a modifier that is neither generic nor in the name points at something else
    const specific = modifiers.split(/\s+/).filter((w) => w && !GENERIC_MODIFIER.test(w.toLowerCase()));
    // "the next summit" is something else; "the Paris statement" refers back only to a text whose names say
    // "Paris" (a specific word must be in the antecedent's names, below), so "the Seoul Declaration" never
    // lands on the Bletchley one
    if (ANOTHER.test(modifiers)) continue;
    // "the AI Global Forum": generic words written as a title are the name of something the atlas does not know
    const words = modifiers.trim().split(/\s+/).filter(Boolean);
    if (words.length && !specific.length && /^[A-Z]/.test(m[1]) && words.every((w) => /^[A-Z]/.test(w))) continue;
    // "the session on …" is one part of a meeting; "the session was joined by …", "Tuesday's session": the meeting
    if (/^session$/i.test(m[1]) && /^\s+(?:on|of|for|in)\b/i.test(text.slice(end, end + 6))) continue;
    const head = headOf(m[1], false);
    if (head) found.push({ start: m.index, end, head, surface: m[0], zh: false, specific });
  }
  ZH_DEFINITE.lastIndex = 0;
  for (let m; (m = ZH_DEFINITE.exec(text));) {
    const word = m[1] ?? m[2];
    const end = m.index + m[0].length;
    const start = m[1] ? m.index : end - word.length;
    // a head glued to more Han text after it is part of a compound (会议室, 决议案文 is still the resolution)
    const head = headOf(word, true);
    if (head) found.push({ start, end, head, surface: text.slice(start, end), zh: true });
  }
  for (const s of sentences) {
    const m = IT_PASSIVE.exec(text.slice(s.start, Math.min(s.end, s.start + 80)));
    if (m) found.push({ start: s.start, end: s.start + m[0].length, head: { kinds: DOCUMENT_KINDS }, surface: m[0], zh: false });
    const hosted = IT_HOSTED.exec(text.slice(s.start, Math.min(s.end, s.start + 80)));
    if (hosted) found.push({ start: s.start, end: s.start + hosted[0].length, head: { kinds: EVENT_KINDS }, surface: hosted[0], zh: false });
  }
  for (const f of found) {
    if (covered(f.start, f.end)) continue;
    let antecedent: FoundMention | null = null;
    const fitsHead = (m: FoundMention) => {
      if (!f.head.kinds.includes(m.kind)) return false;
      const entry = gazetteer.entries.get(m.entityId);
      if (!entry || entry.status === "proposed") return false;
      if (f.head.nameWords && !nameMatches(entry, f.head.nameWords)) return false;
      // ("the 2018 G7 Summit … joined the group": a body named as its summit is the meeting, not the group)
      if (m.kind === "organisation" && BODY_SUMMIT_AFTER.test(text.slice(m.end, m.end + 24))) return false;
      return !f.specific?.some((w) => !`${entry.nameEn} ${entry.aliases.map((x) => x.alias).join(" ")}`.toLowerCase().includes(w.toLowerCase().replace(/'$/, "")));
    };
    for (let i = sorted.length - 1; i >= 0; i--) {
      const m = sorted[i];
      if (m.end > f.start) continue;
      if (!fitsHead(m)) continue;
      antecedent = m;
      break;
    }
    // in an earlier sentence, its topic (the name it opens with) is the likelier antecedent than a name later in
    // it: "AI首尔峰会是首届人工智能安全峰会的后续会议。该会议分为…" speaks of the first
    const home = antecedent ? sentences.find((x) => x.start <= antecedent!.start && antecedent!.start < x.end) : undefined;
    if (antecedent && home && home.end <= f.start) {
      const topic = sorted.find((m) => m.start >= home.start && m.start < antecedent!.start && SENTENCE_TOPIC.test(text.slice(home.start, m.start)) && fitsHead(m));
      if (topic) antecedent = topic;
    }
    // "The summit … ended with a joint declaration. Among those signing the declaration were …": no text named
    // before, but the summit named before has one outcome text in the atlas (by the noun's word when it has two)
    if (!antecedent && OUTCOME_HEAD.test(f.surface)) antecedent = outcomeOfEvent({ before: f.start, mentions: sorted, gazetteer, surface: f.surface });
    if (!antecedent) continue;
    out.push({
      entityId: antecedent.entityId,
      kind: antecedent.kind,
      surface: f.surface,
      start: f.start,
      end: f.end,
      confidence: Math.min(antecedent.confidence, 0.7),
      method: "pattern",
      evidence: "",
      evidenceStart: f.start,
      why: { matched: f.surface, form: antecedent.surface, rule: "pattern" },
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** "the declaration", "the joint statement", "该宣言", "成果文件": a summit's outcome text. */
const OUTCOME_HEAD = /declaration|statement|communiqu|outcome|宣言|声明|成果文件/i;
const OUTCOME_TEXT = /declaration|statement|communiqu|commitments|blueprint|宣言|声明|公报|承诺|蓝图/i;

/** The texts the atlas relates to an event whose names say they are its outcome (declaration, statement …). */
export function outcomeTextsOf({ gazetteer, eventId }: { gazetteer: Gazetteer; eventId: number }): GazetteerEntry[] {
  return [...(gazetteer.related.get(eventId) ?? [])]
    .map((id) => gazetteer.entries.get(id))
    .filter((e): e is GazetteerEntry => !!e && e.kind === "initiative" && e.status !== "proposed" && OUTCOME_TEXT.test(`${e.nameEn} ${e.nameZh ?? ""}`));
}

/**
 * The outcome text of the event named last before `before`: the one initiative the atlas relates to that event
 * whose name says declaration, statement, commitments …; of several, the one whose name has the noun's own word.
 */
function outcomeOfEvent({ before, mentions, gazetteer, surface }: { before: number; mentions: FoundMention[]; gazetteer: Gazetteer; surface: string }): FoundMention | null {
  let event: FoundMention | null = null;
  for (const m of mentions) {
    if (m.end > before) break;
    if (m.kind === "event") event = m;
  }
  if (!event) return null;
  const texts = outcomeTextsOf({ gazetteer, eventId: event.entityId });
  const word = OUTCOME_HEAD.exec(surface)![0].toLowerCase();
  const named = texts.filter((e) => `${e.nameEn} ${e.nameZh ?? ""}`.toLowerCase().includes(word));
  const pick = named.length === 1 ? named[0] : texts.length === 1 ? texts[0] : null;
  return pick ? { ...event, entityId: pick.id, kind: pick.kind, surface: pick.nameZh && /[\u4e00-\u9fff]/.test(surface) ? pick.nameZh : pick.nameEn } : null;
}

/** The mentions plus the references back, in text order (a reference never overlaps a mention). */
export function withReferences({ mentions, references }: { mentions: FoundMention[]; references: FoundMention[] }): FoundMention[] {
  if (!references.length) return mentions;
  return [...mentions, ...references].sort((a, b) => a.start - b.start || b.end - a.end);
}
