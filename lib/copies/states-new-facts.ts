import { factKey } from "@/lib/linking/fact-key";
import type { FoundRelation } from "@/lib/linking/types";

type Fact = Pick<FoundRelation, "subjectId" | "role" | "objectId" | "evidence">;

// A full sentence ends with a stop (optionally inside a closing quote or bracket); headline lists in page
// furniture do not.
const FULL_STOP = /[.!?。！？][”"’'）)\]]*\s*$/u;
const CJK = /[\u3400-\u9fff]/gu;

/** A sentence long enough to report something: 8 words, or 15 Chinese characters. */
function isFullSentence({ text }: { text: string }): boolean {
  const t = text.trim();
  if (!FULL_STOP.test(t)) return false;
  const cjk = t.match(CJK)?.length ?? 0;
  return cjk >= 15 || t.split(/\s+/u).length >= 8;
}

/**
 * Whether a text that looks like a reprint of `original` (shared wording, lib/copies/minhash) states a
 * participation fact the original does not, in a full sentence of its own. Press offices reuse their
 * background paragraphs: the Council of Europe's release on Canada and Japan signing the AI convention repeats
 * most of its release on the opening for signature, yet reports two new signatures. Such a text is a new story,
 * not a copy, and keeps its own links. Headlines in a reprinting site's furniture (no full stop) do not count.
 */
export function statesNewFacts({ original, candidate }: { original: Fact[]; candidate: Fact[] }): boolean {
  const known = new Set(original.map((f) => factKey(f)));
  return candidate.some((f) => !known.has(factKey(f)) && isFullSentence({ text: f.evidence }));
}

/** Whether any of `candidate` is stated in a full sentence: without one, statesNewFacts is false whatever the original says. */
export function statesAnyFact({ candidate }: { candidate: Fact[] }): boolean {
  return candidate.some((f) => isFullSentence({ text: f.evidence }));
}
