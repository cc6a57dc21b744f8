import { findCountryPairs } from "./find-country-pairs";
import type { Gazetteer } from "./gazetteer";
import type { FoundMention, FoundRelation } from "./types";

/** The two states the atlas relates to a meeting (a two-state meeting's parties), or null when it relates other than two. */
export function twoStatesOf({ gazetteer, eventId }: { gazetteer: Gazetteer; eventId: number }): number[] | null {
  const states = [...(gazetteer.related.get(eventId) ?? [])].filter((id) => gazetteer.entries.get(id)?.kind === "country");
  return states.length === 2 ? states : null;
}

/** The article's mentions and, in Chinese text, the states written as one word ("中美领导人", "中美双方"). */
export function withStatePairs({ text, gazetteer, mentions }: { text: string; gazetteer: Gazetteer; mentions: FoundMention[] }): FoundMention[] {
  return /[\u4e00-\u9fff]/.test(text) ? [...mentions, ...findCountryPairs({ text, gazetteer, mentions })] : mentions;
}

/**
 * The states of a meeting named by a description took part in it: for each mention whose why ends with `formEnd`
 * (the reader that found it), its meeting's states (`statesOf`, null when the meeting is not one of that reader's)
 * are participants, with the mention's sentence as evidence. Shared by the readers of two-state meetings named by
 * what was agreed there and of dialogues named by what they are.
 */
export function readMeetingParties({
  mentions,
  source,
  formEnd,
  statesOf,
  whyForm,
}: {
  mentions: FoundMention[];
  source: string;
  formEnd: string;
  statesOf: (eventId: number) => number[] | null;
  /** what `why.form` says of each participant */
  whyForm: string;
}): FoundRelation[] {
  const out: FoundRelation[] = [];
  for (const m of mentions) {
    if (m.kind !== "event" || m.why?.rule !== "description" || !m.why.form.endsWith(formEnd)) continue;
    const states = statesOf(m.entityId);
    if (!states) continue;
    for (const state of states)
      out.push({
        subjectId: state,
        objectId: m.entityId,
        role: "participant",
        evidence: source.slice(m.evidenceStart, m.evidenceStart + m.evidence.length),
        evidenceStart: m.evidenceStart,
        start: m.start,
        end: m.end,
        confidence: 0.6,
        why: { matched: m.why.matched, form: whyForm, rule: "description" },
      });
  }
  return out;
}
