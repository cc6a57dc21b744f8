import type { EntityKind, Language, RelationRole } from "@/db/schema";

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

export type SeedPlan = { entities: SeedEntity[]; relations: SeedRelation[] };
