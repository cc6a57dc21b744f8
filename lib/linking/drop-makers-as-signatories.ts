import type { Gazetteer } from "./gazetteer";
import type { FoundRelation } from "./types";

/**
 * "The Council of Europe Framework Convention … was signed in Vilnius" read with the Council as a signer: a body
 * that adopted a text (the atlas's adopted-by or part-of) does not sign it, its members do. Its signature is dropped.
 */
export function dropMakersAsSignatories({ relations, gazetteer }: { relations: FoundRelation[]; gazetteer: Gazetteer }): FoundRelation[] {
  return relations.filter((r) => r.role !== "signatory" || !gazetteer.entries.get(r.objectId)?.madeByIds?.includes(r.subjectId));
}
