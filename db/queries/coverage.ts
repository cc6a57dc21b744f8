import "server-only";
import { sql } from "drizzle-orm";
import type { AtlasDatabase } from "@/db/open";
import type { EntityKind } from "@/db/schema";
import { getContentCoverage } from "./content-coverage";

export type AtlasCoverage = {
  entities: { kind: EntityKind; confirmed: number; proposed: number; sourced: number }[];
  /** partialLists: participation lists not known to be complete (see content-coverage). */
  relations: { confirmed: number; suggested: number; sourced: number; partialLists: number };
  articles: { zh: number; en: number };
  mentions: { confirmed: number; suggested: number };
};

/**
 * What the atlas holds and how much of it is sourced, for the "About the data" page. Live rows only
 * (not deleted, not merged away, not rejected). A handful of aggregate queries over indexed columns.
 */
export function getAtlasCoverage({ db }: { db: AtlasDatabase }): AtlasCoverage {
  const entities = db.all<{ kind: EntityKind; confirmed: number; proposed: number; sourced: number }>(sql`
    SELECT e.kind,
           sum(e.status = 'confirmed') AS confirmed,
           sum(e.status = 'proposed') AS proposed,
           sum(e.status = 'confirmed' AND EXISTS (SELECT 1 FROM sources s WHERE s.entity_id = e.id)) AS sourced
    FROM entities e
    WHERE e.deleted_at IS NULL AND e.merged_into_id IS NULL AND e.status <> 'rejected'
    GROUP BY e.kind ORDER BY e.kind`);
  const relations = db.get<AtlasCoverage["relations"]>(sql`
    SELECT coalesce(sum(status = 'confirmed'), 0) AS confirmed,
           coalesce(sum(status = 'suggested'), 0) AS suggested,
           coalesce(sum(status = 'confirmed' AND (source_url IS NOT NULL OR source_article_id IS NOT NULL)), 0) AS sourced,
           0 AS partialLists
    FROM relations WHERE deleted_at IS NULL`)!;
  // lists not known to be complete (a partial list, or one without a recorded total), one per list
  const lists = getContentCoverage({ db }).lists;
  relations.partialLists = lists.total - lists.complete;
  const articles = db.get<AtlasCoverage["articles"]>(sql`
    SELECT coalesce(sum(language = 'zh'), 0) AS zh, coalesce(sum(language = 'en'), 0) AS en FROM articles WHERE deleted_at IS NULL`)!;
  const mentions = db.get<AtlasCoverage["mentions"]>(sql`
    SELECT coalesce(sum(m.status = 'confirmed'), 0) AS confirmed, coalesce(sum(m.status = 'suggested'), 0) AS suggested
    FROM mentions m JOIN articles a ON a.id = m.article_id WHERE a.deleted_at IS NULL`)!;
  return { entities, relations, articles, mentions };
}
