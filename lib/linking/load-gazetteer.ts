import { and, isNull, ne } from "drizzle-orm";
import type { AtlasDatabase } from "@/db/open";
import { aliases, entities, relations } from "@/db/schema";
import { buildGazetteer, type Gazetteer } from "./gazetteer";
import type { GazetteerEntry } from "./types";

/**
 * Reads every live entity (confirmed and proposed; not rejected, deleted or merged) with its aliases and
 * relations. Used by scripts and route handlers: it reads the database, so keep it out of client components.
 */
export function loadGazetteerEntries({ db }: { db: AtlasDatabase }): GazetteerEntry[] {
  const rows = db
    .select({
      id: entities.id,
      kind: entities.kind,
      slug: entities.slug,
      nameEn: entities.nameEn,
      nameZh: entities.nameZh,
      status: entities.status,
      subtype: entities.subtype,
      date: entities.date,
      iso3: entities.iso3,
      symbol: entities.symbol,
      draftSymbol: entities.draftSymbol,
      session: entities.session,
    })
    .from(entities)
    .where(and(isNull(entities.deletedAt), isNull(entities.mergedIntoId), ne(entities.status, "rejected")))
    .all();
  const byId = new Map<number, GazetteerEntry>();
  for (const r of rows) byId.set(r.id, { ...r, aliases: [], relatedIds: [], hostIds: [], chairIds: [], madeByIds: [], sponsorIds: [] });
  for (const a of db
    .select({ entityId: aliases.entityId, alias: aliases.alias, language: aliases.language, aliasType: aliases.aliasType, linkable: aliases.linkable })
    .from(aliases)
    .all()) {
    byId.get(a.entityId)?.aliases.push({ alias: a.alias, language: a.language, aliasType: a.aliasType, linkable: a.linkable });
  }
  for (const r of db
    .select({ s: relations.subjectId, o: relations.objectId, role: relations.role })
    .from(relations)
    .where(and(isNull(relations.deletedAt), ne(relations.status, "rejected")))
    .all()) {
    byId.get(r.s)?.relatedIds!.push(r.o);
    byId.get(r.o)?.relatedIds!.push(r.s);
    if (r.role === "host" || r.role === "co-host") byId.get(r.o)?.hostIds!.push(r.s);
    if (r.role === "chair" || r.role === "co-chair") byId.get(r.o)?.chairIds!.push(r.s);
    if (r.role === "adopted-by" || r.role === "part-of") byId.get(r.s)?.madeByIds!.push(r.o);
    if (r.role === "sponsor" || r.role === "proposer") byId.get(r.o)?.sponsorIds!.push(r.s);
  }
  return [...byId.values()];
}

export function loadGazetteer({ db }: { db: AtlasDatabase }): Gazetteer {
  return buildGazetteer({ entries: loadGazetteerEntries({ db }) });
}
