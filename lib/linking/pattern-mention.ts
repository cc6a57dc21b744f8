import type { FoundMention } from "./types";

/**
 * A mention that stands in for an entity by a pattern rather than its name ("中法" for China and France, "the two
 * countries" for the pair named before, "They" for the list before): the span, what it stands for, and why.
 */
export function patternMention({
  entityId,
  kind,
  text,
  start,
  end,
  evidenceStart = start,
  confidence,
  matched,
  form,
}: {
  entityId: number;
  kind: FoundMention["kind"];
  text: string;
  start: number;
  end: number;
  evidenceStart?: number;
  confidence: number;
  matched: string;
  form: string;
}): FoundMention {
  return {
    entityId,
    kind,
    surface: text.slice(start, end),
    start,
    end,
    confidence,
    method: "pattern",
    evidence: "",
    evidenceStart,
    why: { matched, form, rule: "pattern" },
  };
}
