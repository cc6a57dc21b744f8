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

/**
 * A mention of an entity named by what it is rather than by a name ("the world's first treaty on AI", "the first
 * discussion of AI at the Security Council"): the span, the entity, and the description it fits.
 */
export function descriptionMention({
  entityId,
  kind,
  surface,
  start,
  form,
  confidence = 0.7,
}: {
  entityId: number;
  kind: FoundMention["kind"];
  surface: string;
  start: number;
  form: string;
  confidence?: number;
}): FoundMention {
  return {
    entityId,
    kind,
    surface,
    start,
    end: start + surface.length,
    confidence,
    method: "descriptive",
    evidence: "",
    evidenceStart: start,
    why: { matched: surface, form, rule: "description" },
  };
}
