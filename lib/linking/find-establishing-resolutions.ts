import type { Gazetteer } from "./gazetteer";
import { textNamedByNoun } from "./find-outcome-texts";
import type { FoundMention, Sentence } from "./types";

/** The act of setting a body up: what an Assembly resolution does to the panel or dialogue it creates. */
const ESTABLISH = /\b(?:establish(?:ed|es|ing)?|set(?:s|ting)? up|creat(?:ed|es|ing))\b|设立|成立|建立|创设/gi;
const DAY_MS = 86400000;

/**
 * "Last month, the General Assembly established an Independent International Scientific Panel on AI",
 * "联合国大会…决定设立…科学小组", or, in a statement made the day of the vote, "Today we establish a Scientific
 * Panel": the sentence names the resolution that set the body up without naming the resolution. It is read as a
 * mention of that resolution when the atlas relates the body to exactly one resolution adopted before the
 * article, and either the sentence names the General Assembly before the verb or the article is dated within
 * four days after the vote. At the verb: the act is what says which resolution is meant.
 */
export function findEstablishingResolutions({
  text,
  sentences,
  mentions,
  publishedAt,
  gazetteer,
}: {
  /** the body in simplified characters (offsets are the body's) */
  text: string;
  sentences: Sentence[];
  mentions: FoundMention[];
  publishedAt: string | null;
  gazetteer: Gazetteer;
}): FoundMention[] {
  const published = publishedAt ? publishedAt.slice(0, 10) : null;
  const out: FoundMention[] = [];
  const named = new Set(mentions.filter((m) => m.kind === "resolution").map((m) => m.entityId));
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
      // the bodies set up: names after the verb, not far ("established an Independent International Scientific Panel")
      const bodies = inside.filter((m) => m.start >= end && m.start - end <= 40 && (m.kind === "organisation" || m.kind === "initiative"));
      for (const body of bodies) {
        const resolutions = [...(gazetteer.related.get(body.entityId) ?? [])]
          .map((id) => gazetteer.entries.get(id))
          .filter((e) => !!e && e.kind === "resolution" && e.status !== "proposed" && !!e.date && (!published || e.date.slice(0, 10) <= published));
        if (resolutions.length !== 1) continue;
        const resolution = resolutions[0]!;
        const days = published && resolution.date!.length >= 10 ? (Date.parse(published) - Date.parse(resolution.date!.slice(0, 10))) / DAY_MS : null;
        const theDayOf = days !== null && days >= 0 && days <= 4;
        if (!assemblyBefore && !theDayOf) continue;
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
