import { relationOf } from "./relation-patterns";
import type { FoundMention, FoundRelation, Sentence } from "./types";

/** A joint statement or declaration by its name: "the China-France Joint Statement on AI", 《中法关于…的联合声明》. */
const JOINT_TEXT = /joint\s+(?:statement|declaration|communiqu[eé])|联合声明|联合宣言|共同声明|联合公报/i;

/**
 * 《中法关于人工智能和全球治理的联合声明》, "the US-UK Joint Statement on AI": a joint text whose name opens with two or
 * three states names its parties, who sign it. The states must stand at the head of the name, before the words
 * "joint statement" (not "the Joint Statement on AI in China and France").
 */
export function readJointStatementParties({
  text,
  source,
  sentences,
  mentions,
}: {
  text: string;
  source: string;
  sentences: Sentence[];
  mentions: FoundMention[];
}): FoundRelation[] {
  const out: FoundRelation[] = [];
  for (const d of mentions) {
    if (d.kind !== "initiative") continue;
    const joint = JOINT_TEXT.exec(text.slice(d.start, d.end));
    if (!joint) continue;
    const head = d.start + joint.index;
    const inner = mentions.filter((c) => c.kind === "country" && c.start >= d.start && c.end <= head && c !== d);
    // the states open the name ("中法", "China-France", "the US-UK"), one after another
    if (!inner.length || !/^[\s《“"]*(?:the\s+)?$/i.test(text.slice(d.start, inner[0].start))) continue;
    const parties = [...new Set(inner.map((c) => c.entityId))];
    if (parties.length < 2 || parties.length > 3) continue;
    const s = sentences.find((x) => x.start <= d.start && d.end <= x.end);
    if (!s) continue;
    for (const c of inner.filter((x, i) => inner.findIndex((y) => y.entityId === x.entityId) === i))
      out.push({
        ...relationOf({ subject: c, objectId: d.entityId, role: "signatory", s, start: d.start, end: d.end }),
        evidence: source.slice(s.start, s.end),
        why: { matched: source.slice(d.start, d.end), form: "signatory", rule: "pattern" },
      });
  }
  return out;
}
