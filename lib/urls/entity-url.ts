import type { EntityKind } from "@/db/schema";

const SECTION: Record<EntityKind | "article", string> = {
  initiative: "initiatives",
  resolution: "resolutions",
  event: "events",
  organisation: "organisations",
  country: "countries",
  article: "articles",
};

export const KIND_LABELS: Record<EntityKind | "article", { en: string; zh: string; plural: string }> = {
  initiative: { en: "Initiative", zh: "倡议", plural: "Initiatives" },
  resolution: { en: "Resolution", zh: "决议", plural: "Resolutions" },
  event: { en: "Event", zh: "事件", plural: "Events" },
  organisation: { en: "Organisation", zh: "组织", plural: "Organisations" },
  country: { en: "Country", zh: "国家", plural: "Countries" },
  article: { en: "Article", zh: "文章", plural: "Articles" },
};

/** Countries are addressed by ISO alpha-3 (/countries/ZMB); everything else by slug. */
export function entityPath({ kind, slug, iso3 }: { kind: EntityKind | "article"; slug: string; iso3?: string | null }): string {
  const key = kind === "country" ? (iso3 ?? slug).toUpperCase() : slug;
  return `/${SECTION[kind]}/${encodeURIComponent(key)}`;
}

export function sectionOfKind(kind: EntityKind | "article"): string {
  return SECTION[kind];
}

/** The entity kind whose pages live under `/{section}` ("countries" → "country"); undefined for any other path. */
export function kindOfSection(section: string): EntityKind | undefined {
  const kind = (Object.keys(SECTION) as (keyof typeof SECTION)[]).find((k) => SECTION[k] === section);
  return kind === "article" ? undefined : kind;
}

/** The key that names an entity in URLs and in the API: ISO alpha-3 for countries that have one, else the slug. */
export function entityUrlKey({ kind, slug, iso3 }: { kind: EntityKind | "article"; slug: string; iso3?: string | null }): string {
  return kind === "country" && iso3 ? iso3 : slug;
}

/** The editors' change history of an entity. */
export function entityHistoryPath(entity: { kind: EntityKind; slug: string; iso3?: string | null }): string {
  return `/history/${entity.kind}/${encodeURIComponent(entityUrlKey(entity))}`;
}
