import "server-only";
import { and, asc, eq, inArray, or } from "drizzle-orm";
import type { AtlasDatabase } from "@/db/open";
import { visibleEntity } from "@/db/queries/entities";
import { aliases, entities } from "@/db/schema";

/** The entity kinds a filter combobox chooses from. */
export const OPTION_KINDS = ["country", "organisation", "initiative", "resolution"] as const;
export type OptionKind = (typeof OPTION_KINDS)[number];

export type OptionEntity = { key: string; nameEn: string; nameZh: string | null; symbol: string | null; aliases: string[] };

/**
 * Every visible entity of a kind as a filter choice (countries keyed by ISO alpha-3, the rest by slug), in
 * English name order, with its aliases (so "UK" finds the United Kingdom). `keys` narrows it to those chosen:
 * the page renders only the selected choices, the rest come from the option asset.
 */
export function listOptionEntities({ db, kind, keys }: { db: AtlasDatabase; kind: OptionKind; keys?: string[] }): OptionEntity[] {
  if (keys && !keys.length) return [];
  const byKey = keys
    ? kind === "country"
      ? or(
          inArray(
            entities.iso3,
            keys.map((k) => k.toUpperCase()),
          ),
          inArray(entities.slug, keys),
        )
      : inArray(entities.slug, keys)
    : undefined;
  const rows = db
    .select({ id: entities.id, slug: entities.slug, iso3: entities.iso3, nameEn: entities.nameEn, nameZh: entities.nameZh, symbol: entities.symbol })
    .from(entities)
    .where(and(visibleEntity, eq(entities.kind, kind), byKey))
    .orderBy(asc(entities.nameEn))
    .all();
  // joined rather than listed by id: a kind may hold more entities than SQLite takes parameters
  const aliasRows = rows.length
    ? db
        .select({ entityId: aliases.entityId, alias: aliases.alias })
        .from(aliases)
        .innerJoin(entities, eq(entities.id, aliases.entityId))
        .where(and(visibleEntity, eq(entities.kind, kind), byKey))
        .all()
    : [];
  const aliasesOf = new Map<number, string[]>();
  for (const a of aliasRows) (aliasesOf.get(a.entityId) ?? aliasesOf.set(a.entityId, []).get(a.entityId)!).push(a.alias);
  return rows.map((r) => ({
    key: kind === "country" ? (r.iso3 ?? r.slug.toUpperCase()) : r.slug,
    nameEn: r.nameEn,
    nameZh: r.nameZh,
    symbol: r.symbol,
    aliases: aliasesOf.get(r.id) ?? [],
  }));
}
