import type { Gazetteer } from "./gazetteer";
import { textNamedByNoun } from "./find-outcome-texts";
import type { FoundMention, GazetteerEntry, Sentence } from "./types";

/** The act of setting a body up: what an Assembly resolution does to the panel or dialogue it creates. */
const ESTABLISH = /\b(?:establish(?:ed|es|ing)?|set(?:s|ting)? up|creat(?:ed|es|ing))\b|\b(?:establishment|creation)(?= of\b)|设立|成立|建立|创设/gi;
/** "the Assembly's decision to establish": the text is named before the act */
const RESOLUTION_WORD = /\b(?:resolution|decision)\b|决议|决定/i;
/** "the decision to establish two new mechanisms …": bodies described, not named, after the act */
const NEW_BODIES = /^\s*(?:(?:two|three|several)\s+)?(?:new\s+)?(?:mechanisms|bodies|institutions)\b/i;
const DAY_MS = 86400000;

/** What a reader of things named by description is given: the article, its sentences and the mentions found so far. */
export type DescribedReferenceInput = {
  /** the body in simplified characters (offsets are the body's) */
  text: string;
  sentences: Sentence[];
  mentions: FoundMention[];
  publishedAt: string | null;
  gazetteer: Gazetteer;
};

/**
 * "Last month, the General Assembly established an Independent International Scientific Panel on AI",
 * "联合国大会…决定设立…科学小组", or, in a statement made the day of the vote, "Today we establish a Scientific
 * Panel": the sentence names the resolution that set the body up without naming the resolution. It is read as a
 * mention of that resolution when the atlas relates the body to exactly one resolution adopted before the
 * article, and either the sentence names the General Assembly before the verb or the article is dated within
 * four days after the vote. At the verb: the act is what says which resolution is meant.
 */
export function findEstablishingResolutions({ text, sentences, mentions, publishedAt, gazetteer }: DescribedReferenceInput): FoundMention[] {
  const published = publishedAt ? publishedAt.slice(0, 10) : null;
  const out: FoundMention[] = [];
  const named = new Set(mentions.filter((m) => m.kind === "resolution").map((m) => m.entityId));
  // the resolutions the atlas relates a body to, adopted before the article
  const establishingResolutions = (bodyId: number): GazetteerEntry[] =>
    [...(gazetteer.related.get(bodyId) ?? [])]
      .map((id) => gazetteer.entries.get(id))
      .filter((e): e is GazetteerEntry => !!e && e.kind === "resolution" && e.status !== "proposed" && !!e.date && (!published || e.date.slice(0, 10) <= published));
  for (const s of sentences) {
    const inside = mentions.filter((m) => m.start >= s.start && m.end <= s.end);
    if (inside.some((m) => m.kind === "resolution")) continue;
    const sentence = text.slice(s.start, s.end);
    for (const verb of sentence.matchAll(ESTABLISH)) {
      const at = s.start + verb.index;
      const end = at + verb[0].length;
      if (mentions.some((m) => m.start < end && at < m.end)) continue;
      // "the newly established panel", "新设立的小组": the body's description, not the act
      if (/\bnewly[\s-]*$|新$/i.test(text.slice(Math.max(0, at - 8), at)) || text[end] === "的") continue;
      const assemblyBefore = inside.some((m) => m.end <= at && gazetteer.entries.get(m.entityId)?.slug === "un-general-assembly");
      const resolutionBefore = RESOLUTION_WORD.test(sentence.slice(0, verb.index));
      // the bodies set up: names after the verb, not far ("established an Independent International Scientific Panel")
      let bodies = inside.filter((m) => m.start >= end && m.start - end <= 40 && (m.kind === "organisation" || m.kind === "initiative"));
      // "the General Assembly's decision to establish two new mechanisms within the UN …": the bodies the article names
      // are those set up, when one resolution set up each of them
      if (NEW_BODIES.test(text.slice(end, end + 40)) && bodies.every((b) => establishingResolutions(b.entityId).length !== 1)) {
        bodies = [];
        if (!assemblyBefore || !resolutionBefore) continue;
        const setUp = mentions.filter((m) => (m.kind === "organisation" || m.kind === "initiative") && establishingResolutions(m.entityId).length === 1);
        if (new Set(setUp.map((m) => establishingResolutions(m.entityId)[0].id)).size === 1) bodies = setUp.slice(0, 1);
      }
      for (const body of bodies) {
        const resolutions = establishingResolutions(body.entityId);
        if (resolutions.length !== 1) continue;
        const resolution = resolutions[0];
        const days = published && resolution.date!.length >= 10 ? (Date.parse(published) - Date.parse(resolution.date!.slice(0, 10))) / DAY_MS : null;
        const theDayOf = days !== null && days >= 0 && days <= 4;
        // ("the establishment of the panel comes as a response to …": months later, the noun is the body's setting up)
        // ("a resolution …, which created two new mechanisms: the Panel …": the text is named before the act)
        if (/^(?:establishment|creation)$/i.test(verb[0]) ? !theDayOf : !assemblyBefore && !theDayOf && !resolutionBefore) continue;
        if (named.has(resolution.id)) break;
        named.add(resolution.id);
        out.push(
          textNamedByNoun({
            entityId: resolution.id,
            kind: "resolution",
            noun: text.slice(at, end),
            start: at,
            sentence,
            sentenceStart: s.start,
            form: `${resolution.nameEn} (the resolution that set up ${gazetteer.entries.get(body.entityId)?.nameEn ?? "the body"})`,
          }),
        );
        break;
      }
    }
  }
  return out;
}
