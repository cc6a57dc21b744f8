import { ADOPTING_BODY, relationOf } from "./relation-patterns";
import type { FoundMention, FoundRelation, Sentence } from "./types";

/** "联合国大会“…”决议", "the General Assembly's resolution", "Security Council resolution 2719": the body's own text. */
const BODY_BEFORE_RESOLUTION = /^(?:\s*['’]s)?\s*(?:(?:resolution|决议)\s*)?(?:第\d+届)?[“"《]?$/i;

/** A resolution named right after the body that adopts such texts was adopted by it. */
export function readBodiesResolutions({ text, source, sentences, mentions }: { text: string; source: string; sentences: Sentence[]; mentions: FoundMention[] }): FoundRelation[] {
  const out: FoundRelation[] = [];
  let k = 0;
  for (let i = 0; i + 1 < mentions.length; i++) {
    const body = mentions[i];
    const doc = mentions[i + 1];
    if (body.kind !== "organisation" || doc.kind !== "resolution" || !ADOPTING_BODY.test(body.surface)) continue;
    if (!BODY_BEFORE_RESOLUTION.test(text.slice(body.end, doc.start))) continue;
    // (a draft is not yet the body's: "a draft General Assembly resolution", "…决议草案")
    if (/\bdraft\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, body.start - 8), body.start)) || /^\s*草案/.test(text.slice(doc.end, doc.end + 4))) continue;
    while (k < sentences.length && sentences[k].end <= body.start) k++;
    const s = sentences[k];
    if (!s || doc.end > s.end) continue;
    out.push({
      ...relationOf({ subject: doc, objectId: body.entityId, role: "adopted-by", s, start: body.start, end: doc.end }),
      evidence: source.slice(s.start, s.end),
      why: { matched: source.slice(body.start, doc.end), form: "adopted-by", rule: "pattern" },
    });
  }
  return out;
}
