import type { EntityKind, Language, RelationRole, SourceQuality, ZhProvenance } from "@/db/schema";

/** One entity to seed, keyed by (kind, slug). Pure data: db/seed applies it through the write path. */
export type SeedEntity = {
  kind: EntityKind;
  slug: string;
  nameEn: string;
  nameZh: string | null;
  description?: string | null;
  subtype?: string | null;
  /** partial ISO date (lib/dates) */
  date?: string | null;
  endDate?: string | null;
  iso2?: string | null;
  iso3?: string | null;
  unMember?: boolean | null;
  symbol?: string | null;
  unBody?: string | null;
  session?: number | null;
  adoptionMethod?: "vote" | "consensus" | null;
  vote?: string | null;
  location?: string | null;
  /** official: from a sourced record; translated: the atlas's own (db/seed/data/translations.json). */
  nameZhProvenance?: ZhProvenance | null;
  descriptionZh?: string | null;
  descriptionZhProvenance?: ZhProvenance | null;
  /** Resolutions: the UN document, its draft symbol and its UN Digital Library record. */
  documentUrl?: string | null;
  draftSymbol?: string | null;
  undlUrl?: string | null;
  aliases: { alias: string; language: Language | null; aliasType: string; linkable?: boolean }[];
  sources: { url: string; note?: string | null }[];
};

/** subject plays role in object; both by (kind, slug). */
export type SeedRelation = {
  subject: { kind: EntityKind; slug: string };
  object: { kind: EntityKind; slug: string };
  role: RelationRole;
  date?: string | null;
  sourceUrl?: string | null;
  note?: string | null;
};

/** A participation list's expected total (the relations are its known participants). */
export type SeedParticipationList = {
  entity: { kind: EntityKind; slug: string };
  role: RelationRole;
  expectedTotal: number | null;
  asOf: string | null;
  sourceUrl: string | null;
  /** One reader-facing sentence about the list, or null. */
  note: string | null;
};

/** What a reviewer recorded about a cited URL. */
export type SeedSourceDocument = { url: string; quality: SourceQuality; title: string | null; verifiedAt: string | null };

export type SeedPlan = {
  entities: SeedEntity[];
  relations: SeedRelation[];
  participationLists?: SeedParticipationList[];
  sourceDocuments?: SeedSourceDocument[];
};
