import type { Entity } from "@/db/schema";

/** The editable, kind-specific columns of an entity (everything but identity, status and bookkeeping). */
export const ENTITY_FIELDS = [
  "nameEn",
  "nameZh",
  "description",
  "subtype",
  "date",
  "endDate",
  "iso2",
  "iso3",
  "unMember",
  "symbol",
  "unBody",
  "session",
  "adoptionMethod",
  "vote",
  "location",
] as const;

export type EntityFields = Pick<Entity, (typeof ENTITY_FIELDS)[number]>;

/** Exactly the entity fields of `input`, with absent ones as null (so updates clear what was removed). */
export function pickEntityFields(input: { [K in keyof EntityFields]?: EntityFields[K] | null }): EntityFields {
  const out: Record<string, unknown> = {};
  for (const f of ENTITY_FIELDS) out[f] = input[f] ?? null;
  return out as EntityFields;
}

/**
 * Content columns the seed maintains (Chinese provenance and description, UN document links). Kept out of
 * ENTITY_FIELDS so that an editor's form, which does not carry them, never clears them.
 */
export const CONTENT_FIELDS = ["nameZhProvenance", "descriptionZh", "descriptionZhProvenance", "documentUrl", "draftSymbol", "undlUrl"] as const;
export type ContentFields = Pick<Entity, (typeof CONTENT_FIELDS)[number]>;

/** The content fields present in `input` (undefined ones are left as they are). */
export function pickContentFields(input: { [K in keyof ContentFields]?: ContentFields[K] | null }): Partial<ContentFields> {
  const out: Record<string, unknown> = {};
  for (const f of CONTENT_FIELDS) if (input[f] !== undefined) out[f] = input[f];
  return out as Partial<ContentFields>;
}
