import type { RelationRole } from "@/db/schema";
import { DOCUMENT_NAME, NEGATION_EN, NEGATION_ZH, relationOf } from "./relation-patterns";
import type { FoundMention, FoundRelation, Sentence } from "./types";

/** "a Chinese resolution", "China's resolution", "the U.S. resolution": the state that put the text forward. */
const OWNER_GAP_EN = /^(?:['’]s)?\s+$/;
/** "王毅宣布中国《人工智能能力建设普惠计划》": a state named right before a text it is said to put forward. */
const OWNER_VERB_ZH = /(?:提出|宣布|发布|发起|推出|倡议)(?:了)?$/;
/** "… resolution with US support", "with the support of the United States". */
const WITH_SUPPORT = /^\s+with\s+(?:the\s+)?$/i;

/**
 * Texts named with their owner: "adopted a Chinese resolution with US support" (CHN sponsor, USA supporter),
 * "王毅宣布中国《…计划》" (CHN proposer). An initiative named after a state in English only counts when it is an
 * initiative or plan, not a declaration or treaty many states sign ("the UK's Bletchley Declaration").
 */
export function readOwnedTexts({ text, source, sentences, mentions }: { text: string; source: string; sentences: Sentence[]; mentions: FoundMention[] }): FoundRelation[] {
  const out: FoundRelation[] = [];
  // one pass over the mentions (sorted): only sentences with a state right before a text are read
  let mi = 0;
  for (const s of sentences) {
    while (mi < mentions.length && mentions[mi].start < s.start) mi++;
    let hit = false;
    for (let j = mi; j + 1 < mentions.length && mentions[j + 1].start < s.end; j++) {
      if (mentions[j].kind === "country" && (mentions[j + 1].kind === "resolution" || mentions[j + 1].kind === "initiative")) {
        hit = true;
        break;
      }
    }
    if (!hit) continue;
    const inS = mentions.filter((m) => m.start >= s.start && m.end <= s.end);
    for (let i = 0; i + 1 < inS.length; i++) {
      const c = inS[i];
      const doc = inS[i + 1];
      if (c.kind !== "country" || (doc.kind !== "resolution" && doc.kind !== "initiative")) continue;
      const gap = text.slice(c.end, doc.start);
      const before = text.slice(Math.max(s.start, c.start - 40), c.start);
      if (NEGATION_EN.test(before.slice(-24)) || NEGATION_ZH.test(before.slice(-6))) continue;
      let role: RelationRole | null = null;
      if (/^[《“"]?$/.test(gap) && OWNER_VERB_ZH.test(text.slice(Math.max(s.start, c.start - 4), c.start))) role = doc.kind === "resolution" ? "sponsor" : "proposer";
      else if (OWNER_GAP_EN.test(gap) && /^[A-Z]/.test(c.surface) && !/\b(?:of|in|at|to|for|from|by|on)\s+(?:the\s+)?$/i.test(before))
        role = doc.kind === "resolution" ? "sponsor" : /initiative|plan\b/i.test(doc.surface) && !DOCUMENT_NAME.test(doc.surface) ? "proposer" : null;
      if (!role) continue;
      const add = (subject: FoundMention, r: RelationRole, end: number) =>
        out.push({
          ...relationOf({ subject, objectId: doc.entityId, role: r, s, start: c.start, end }),
          evidence: source.slice(s.start, s.end),
          why: { matched: source.slice(c.start, end), form: r, rule: "pattern" },
        });
      add(c, role, doc.end);
      // "… with US support": the state named as supporting it
      const next = inS[i + 2];
      if (doc.kind === "resolution" && next?.kind === "country" && WITH_SUPPORT.test(text.slice(doc.end, next.start)) && /^\s+support\b/i.test(text.slice(next.end, next.end + 10)))
        add(next, "supporter", next.end + 8);
    }
  }
  return out;
}
