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
