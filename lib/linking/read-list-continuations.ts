import type { EntityKind, RelationRole } from "@/db/schema";
import { CLAUSE_BREAK, LEADER_OF, NOT_AN_ACTOR_AFTER, HEDGE_EN, MAX_OBJECT_GAP, NEGATION_EN, relationOf, saysRefusal, SUBJECT_KINDS } from "./relation-patterns";
import type { FoundMention, FoundRelation, Sentence } from "./types";

/**
 * "They also include …", "Others include …", "They were joined by …", "The list included …", "Its first signatories
 * were …", "The 15 founding members include …", "此外还包括…": a sentence that only goes on with the list before it.
 * (The role nouns are caught twice, as `noun` after "Other" and as `own` after "The"/"Its": a pattern may not give
 * two of its groups one name.)
 */
const CONTINUES_LIST =
  /^[\s"“]*(?:(?:They|These|Those|Others|Other\s+(?:(?:initial|founding|original|new)\s+)?(?<noun>signatories|members|participants|supporters|backers))\s+(?:also\s+|further\s+)?(?:include|included|comprise)\b|This\s+(?:also\s+)?(?:includes|included)\b|The\s+(?:full\s+)?list\s+(?:also\s+)?(?:includes|included|comprises|comprised)\b|(?:The|Its|Their)\s+(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\s+)?(?:(?<adj>initial|founding|original|first)\s+)?(?<own>signatories|participants|supporters|backers|members)\s+(?:are|were|include|included)\b|Among\s+them\s+(?:are|were)\b|They\s+(?:were|have\s+been|had\s+been)\s+(?:also\s+|later\s+|since\s+|subsequently\s+)?joined\s+by\b|(?:此外|另外|其中)?[，,]?(?:还|也)包括)/;
/** The role a continuing sentence names ("Other members include …"). */
const NOUN_ROLES: Record<string, RelationRole> = { signatories: "signatory", members: "member", participants: "participant", supporters: "supporter", backers: "supporter" };
/** Roles stated of a list, which another sentence may go on with. */
const LISTED_ROLES = new Set<RelationRole>(["signatory", "member", "founder", "participant", "supporter", "co-sponsor"]);
/** "Europe (Cohere and Mistral AI)", "organizations from France": a place a list item comes from, not an item. */
const FROM_PLACE_BEFORE = /\b(?:from|in|based in|of)\s+(?:the\s+)?$|(?:来自|在)$/i;

/**
 * "The commitments' signatories include A, B and C. They also include D and E.": the names of a sentence that goes
 * on with the list of the one before take the same role towards the same object (only when that sentence stated
 * one role towards one object, and with names of the same kind: companies go on with companies).
 */
export function readListContinuations({
  text,
  source,
  sentences,
  mentions,
  found,
}: {
  text: string;
  source: string;
  sentences: Sentence[];
  mentions: FoundMention[];
  found: FoundRelation[];
}): FoundRelation[] {
  const out: FoundRelation[] = [];
  for (let i = 1; i < sentences.length; i++) {
    const s = sentences[i];
    const head = CONTINUES_LIST.exec(text.slice(s.start, s.end));
    if (!head) continue;
    const stated = found.filter((r) => r.evidenceStart === sentences[i - 1].start);
    const unnamed = stated.length ? null : unnamedListStatement({ text, s: sentences[i - 1], sentences, index: i - 1, mentions });
    // ("The US will serve as the network's chair and member. Other initial members include …": the role named)
    const noun = head.groups?.noun ?? head.groups?.own;
    const named = noun ? NOUN_ROLES[noun.toLowerCase()] : undefined;
    // ("The 15 founding members include …" goes on with the founders, "The members are …" with the members)
    const memberRole = /^(?:founding|original)$/i.test(head.groups?.adj ?? "") ? "founder" : "member";
    const fits = (r: FoundRelation) => (named === "member" ? r.role === memberRole : r.role === named);
    // ("China attended the summit. The members include …": a body's members go on with no other role)
    if (!unnamed && head.groups?.own?.toLowerCase() === "members" && !stated.some(fits)) continue;
    const prev = unnamed ? [unnamed] : named && stated.some(fits) ? stated.filter(fits) : stated;
    const facts = new Set(prev.map((r) => `${r.role}:${r.objectId}`));
    if (facts.size !== 1 || !LISTED_ROLES.has(prev[0].role)) continue;
    const window = text.slice(s.start, s.end);
    if (saysRefusal(window)) continue;
    const kinds = unnamed ? new Set<EntityKind | undefined>(unnamed.kinds) : new Set(stated.map((r) => mentions.find((m) => m.entityId === r.subjectId)?.kind));
    const inS = mentions.filter((m) => m.start >= s.start + head[0].length && m.end <= s.end);
    for (const m of inS) {
      if (!SUBJECT_KINDS.has(m.kind) || !kinds.has(m.kind) || m.entityId === prev[0].objectId) continue;
      if (inS.some((o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start)) continue;
      // ("the Prime Ministers of Bhutan, Croatia …": a leader of a state stands for it)
      const before = text.slice(Math.max(s.start, m.start - 30), m.start);
      if ((FROM_PLACE_BEFORE.test(before.slice(-12)) && !LEADER_OF.test(before)) || NOT_AN_ACTOR_AFTER.test(text.slice(m.end, m.end + 40))) continue;
      out.push({
        ...relationOf({ subject: m, objectId: prev[0].objectId, role: prev[0].role, s, start: s.start, end: m.end }),
        evidence: source.slice(s.start, s.end),
        why: { matched: source.slice(s.start, s.start + head[0].length).trim(), form: prev[0].role, rule: "pattern" },
      });
    }
  }
  return out;
}

/**
 * "More than 50 countries have signed the convention.", "… with nations from all continents agreeing to its terms.":
 * an act stated of actors the sentence does not name (a count or a plural noun), which the next sentence may list.
 */
const UNNAMED_ACTORS_ACT =
  /\b(?:countries|nations|states|governments|companies|firms|organi[sz]ations|labs|signatories|heads of (?:states?|governments?)|leaders|delegations)\b(?:\s+from\s+[^,;.]{1,40}?)?\s+(?:(?:have|has|had|will|will be|are|were)\s+)?(?:also\s+|now\s+|already\s+|(?:scheduled|expected|set|due)\s+to\s+)?(sign(?:ed|ing)|endors(?:ed|ing)|join(?:ed|ing)|back(?:ed|ing)|support(?:ed|ing)|agree(?:d|ing) to|attend(?:ed|ing)?|took part in|taking part in|participat(?:ed|ing) in)\b\s*(?:up\s+to\s+)?/i;

/** "The OECD Principles … have been adopted by the 36 member states of the OECD": the same act in the passive. */
const UNNAMED_ACTORS_PASSIVE =
  /\b(?:has|have|had|was|were)\s+(?:been\s+)?(?:formally\s+|also\s+)?(adopted|signed|endorsed)\s+by\s+(?:the\s+)?(?:(?:\d+|all|more than \d+|over \d+)\s+)?(?:other\s+)?(?:member\s+)?(?:countries|nations|states|governments)\b/i;

const PRONOUN_LOOKBACK = 4;

function unnamedListStatement({
  text,
  s,
  sentences,
  index,
  mentions,
}: {
  text: string;
  s: Sentence;
  sentences: Sentence[];
  index: number;
  mentions: FoundMention[];
}): { role: RelationRole; objectId: number; kinds: EntityKind[] } | null {
  const local = text.slice(s.start, s.end);
  const passive = UNNAMED_ACTORS_PASSIVE.exec(local);
  if (passive && !NEGATION_EN.test(local.slice(0, passive.index + passive[0].length)) && !HEDGE_EN.test(local.slice(0, passive.index + passive[0].length))) {
    // (the text the sentence names before the verb: a declaration or principles states put their names to)
    const text = [...mentions].reverse().find((x) => x.start >= s.start && x.end <= s.start + passive.index && x.kind === "initiative");
    if (text) return { role: "signatory", objectId: text.entityId, kinds: ["country"] };
  }
  const m = UNNAMED_ACTORS_ACT.exec(local);
  if (!m || NEGATION_EN.test(local.slice(Math.max(0, m.index - 30), m.index + m[0].length)) || HEDGE_EN.test(local.slice(0, m.index + m[0].length))) return null;
  const verb = m[1].toLowerCase();
  const role: RelationRole = /^(?:sign|endors|agree)/.test(verb) ? "signatory" : /^join/.test(verb) ? "member" : /^(?:back|support)/.test(verb) ? "supporter" : "participant";
  const objects: EntityKind[] = role === "participant" ? ["event"] : role === "member" ? ["organisation", "initiative"] : ["initiative", "resolution"];
  const at = s.start + m.index + m[0].length;
  // the object named right after the verb, or "its terms", "signed it": the last text named in this sentence or
  // the few before ("The statement boasts … nations agreeing to its terms" after a quote about the declaration)
  let object = mentions.find((x) => x.start >= at && x.end <= s.end && objects.includes(x.kind) && x.start - at <= MAX_OBJECT_GAP && !CLAUSE_BREAK.test(text.slice(at, x.start)));
  if (!object && /^(?:it|its|them|their)\b/i.test(text.slice(at, at + 6))) {
    const first = sentences[Math.max(0, index - PRONOUN_LOOKBACK)].start;
    object = [...mentions].reverse().find((x) => x.end <= at && x.start >= first && objects.includes(x.kind));
  }
  if (!object) return null;
  // ("88 countries and international organisations endorsed …": both kinds)
  const countriesToo = /\b(?:countries|nations|states|governments)\s+and\s+(?:\w+\s+){0,2}$/i.test(local.slice(Math.max(0, m.index - 40), m.index));
  const kinds: EntityKind[] =
    /companies|firms|organi[sz]ations|labs/i.test(m[0]) && !countriesToo ? ["organisation"] : /signatories/i.test(m[0]) || countriesToo ? ["country", "organisation"] : ["country"];
  return { role, objectId: object.entityId, kinds };
}
