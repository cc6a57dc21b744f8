import type { Gazetteer } from "./gazetteer";
import { textNamedByNoun } from "./find-outcome-texts";
import { sentenceIndexAt } from "./sentences";
import type { FoundMention, FoundRelation, Sentence } from "./types";

/** What news calls a text it does not name: the noun the statement's sentence uses for it. */
const TEXT_NOUN =
  /宣言|声明|公报|协议|公约|决议|倡议|计划|准则|\b(?:declarations?|statements?|communiqu[eé]s?|pacts?|accords?|agreements?|charters?|blueprints?|resolutions?|conventions?|treat(?:y|ies)|initiatives?|action plans?|codes? of conduct)\b/gi;

/**
 * "Among those signing the declaration were China, France and India": a statement whose object is a text the
 * article never names (read from "the declaration" after the summit that adopted it) is also a mention of that
 * text, at the noun the sentence calls it by. Only initiatives and resolutions, only when the article names the
 * text nowhere else, and only at a noun of that sentence no other link covers: the statement says which text the
 * noun is, so the article page shows it linked with the statement's reason.
 */
export function findStatedTexts({
  text,
  relations,
  mentions,
  sentences,
  gazetteer,
}: {
  /** the body as stored (offsets and surfaces are the body's) */
  text: string;
  relations: FoundRelation[];
  mentions: FoundMention[];
  sentences: Sentence[];
  gazetteer: Gazetteer;
}): FoundMention[] {
  const named = new Set(mentions.map((m) => m.entityId));
  const out: FoundMention[] = [];
  for (const r of relations) {
    const entry = gazetteer.entries.get(r.objectId);
    if (!entry || (entry.kind !== "initiative" && entry.kind !== "resolution") || named.has(entry.id)) continue;
    const s = sentences[sentenceIndexAt({ sentences, pos: r.evidenceStart })];
    if (!s) continue;
    const sentence = text.slice(s.start, s.end);
    for (const m of sentence.matchAll(TEXT_NOUN)) {
      const start = s.start + m.index;
      const end = start + m[0].length;
      if (mentions.some((x) => x.start < end && start < x.end)) continue;
      named.add(entry.id);
      out.push(
        textNamedByNoun({
          entityId: entry.id,
          kind: entry.kind,
          noun: m[0],
          start,
          sentence,
          sentenceStart: s.start,
          form: `${entry.nameEn} (the text the sentence's statement is about)`,
        }),
      );
      break;
    }
  }
  return out;
}
