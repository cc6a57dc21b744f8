import { factKey } from "./fact-key";
import type { Gazetteer } from "./gazetteer";
import type { FoundMention, FoundRelation, Sentence } from "./types";

/**
 * "The Association of Southeast Asian Nations has released the ASEAN Guide on AI Governance and Ethics", "东盟已发布
 * 《东盟人工智能治理与伦理指南》", "UNESCO adopted its Recommendation": a body the atlas records as a text's maker (it
 * adopted it) that the sentence says released, issued, published or adopted it, right before the text's name. Not a
 * draft ("released draft resolution A/79/L.118"), and only a body: a meeting a text is part of, or a state, is no
 * maker that releases it.
 */

/** between the body's name and the text's: the verb of releasing, and a few words ("its new", "the updated") */
const RELEASED_BETWEEN =
  /^[^,;.，。；]{0,30}?\b(?:has\s+|have\s+|had\s+|formally\s+|officially\s+|jointly\s+)?(?:released|issued|published|unveiled|adopted|approved|endorsed)\s+(?:the\s+|its\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}$|^[^，。；]{0,12}(?:发布|通过|出台|印发)了?[^，。；]{0,6}$/i;

export function readMakerReleases({
  text,
  source,
  sentences,
  mentions,
  found,
  gazetteer,
}: {
  text: string;
  /** the article as written (evidence and why quote it); `text` is its simplified-character reading */
  source: string;
  sentences: Sentence[];
  mentions: FoundMention[];
  /** the statements read already: a fact they state is not read twice */
  found: FoundRelation[];
  gazetteer: Gazetteer;
}): FoundRelation[] {
  const out: FoundRelation[] = [];
  // (only texts the atlas records a maker for, and bodies, are read: most articles have few of either)
  // (a text: an organ the atlas records as part of its body, "the General Assembly" of the UN, is no text it released)
  const texts = mentions.filter((m) => (m.kind === "initiative" || m.kind === "resolution") && gazetteer.entries.get(m.entityId)?.madeByIds?.length);
  if (!texts.length) return out;
  const bodies = mentions.filter((m) => m.kind === "organisation");
  const stated = new Set(found.map((r) => factKey(r)));
  for (const t of texts) {
    const s = sentences.find((x) => x.start <= t.start && t.end <= x.end);
    if (!s) continue;
    const makers = gazetteer.entries.get(t.entityId)!.madeByIds!;
    let maker: FoundMention | undefined;
    // (the nearest before the text's name)
    for (const m of bodies) if (m.start >= s.start && m.end <= t.start && makers.includes(m.entityId) && RELEASED_BETWEEN.test(text.slice(m.end, t.start))) maker = m;
    if (!maker || /\bdraft\b|草案/i.test(text.slice(maker.end, t.end + 4))) continue;
    const key = factKey({ subjectId: t.entityId, role: "adopted-by", objectId: maker.entityId });
    if (stated.has(key)) continue;
    stated.add(key);
    out.push({
      subjectId: t.entityId,
      objectId: maker.entityId,
      role: "adopted-by",
      evidence: source.slice(s.start, s.end),
      evidenceStart: s.start,
      start: maker.start,
      end: t.end,
      confidence: 0.6,
      why: { matched: source.slice(maker.start, t.end), form: "adopted-by", rule: "pattern" },
    });
  }
  return out;
}
