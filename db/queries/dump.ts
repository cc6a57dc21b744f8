import type { AtlasDatabase } from "@/db/open";

/**
 * The open-data dump's tables: what the public pages and API show, nothing more. Visible entities only
 * (confirmed, not deleted, not merged: never proposed or rejected ones); relations, mentions and
 * article-reported events that are not rejected, between visible things, with their review status; articles'
 * metadata without their text (it belongs to the publishers) or upload file names. No accounts, sessions,
 * login attempts, revisions, reviewer ids or search outbox. Column names are the documented dump schema.
 */
const VISIBLE = (alias: string) => `${alias}.status = 'confirmed' AND ${alias}.deleted_at IS NULL AND ${alias}.merged_into_id IS NULL`;

export const DUMP_TABLES = {
  entities: `SELECT e.id, e.kind, e.slug, e.name_en, e.name_zh, e.description, e.subtype, e.date, e.end_date, e.iso2, e.iso3,
      e.un_member, e.symbol, e.un_body, e.session, e.adoption_method, e.vote, e.location, e.updated_at
    FROM entities e WHERE ${VISIBLE("e")} ORDER BY e.id`,
  aliases: `SELECT a.entity_id, a.alias, a.language, a.alias_type FROM aliases a JOIN entities e ON e.id = a.entity_id
    WHERE ${VISIBLE("e")} ORDER BY a.entity_id, a.id`,
  sources: `SELECT s.entity_id, s.url, ar.slug AS article_slug FROM sources s JOIN entities e ON e.id = s.entity_id
    LEFT JOIN articles ar ON ar.id = s.article_id AND ar.deleted_at IS NULL
    WHERE ${VISIBLE("e")} AND (s.url IS NOT NULL OR ar.id IS NOT NULL) ORDER BY s.entity_id, s.id`,
  relations: `SELECT r.id, r.subject_id, r.role, r.object_id, r.date, r.status, r.source_url, ar.slug AS source_article_slug, r.evidence
    FROM relations r JOIN entities s ON s.id = r.subject_id JOIN entities o ON o.id = r.object_id
    LEFT JOIN articles ar ON ar.id = r.source_article_id AND ar.deleted_at IS NULL
    WHERE r.deleted_at IS NULL AND r.status <> 'rejected' AND ${VISIBLE("s")} AND ${VISIBLE("o")} ORDER BY r.id`,
  articles: `SELECT ar.id, ar.slug, ar.title, ar.publisher, ar.url, ar.language, ar.published_at, ar.ingested_at
    FROM articles ar WHERE ar.deleted_at IS NULL ORDER BY ar.id`,
  mentions: `SELECT m.article_id, m.entity_id, m.surface, m.start, m."end", m.evidence, m.status
    FROM mentions m JOIN articles ar ON ar.id = m.article_id JOIN entities e ON e.id = m.entity_id
    WHERE ar.deleted_at IS NULL AND m.status <> 'rejected' AND ${VISIBLE("e")} ORDER BY m.article_id, m.start`,
  article_events: `SELECT ae.article_id, ae.event_id, ae.date, ae.evidence, ae.status
    FROM article_events ae JOIN articles ar ON ar.id = ae.article_id JOIN entities e ON e.id = ae.event_id
    WHERE ar.deleted_at IS NULL AND ae.status <> 'rejected' AND ${VISIBLE("e")} ORDER BY ae.article_id, ae.evidence_start`,
} as const;

export type DumpTableName = keyof typeof DUMP_TABLES;
export type DumpRow = Record<string, string | number | null>;

/** All dump tables read in one read transaction, so they are consistent with each other. */
export function readDumpTables({ db }: { db: AtlasDatabase }): Record<DumpTableName, { columns: string[]; rows: DumpRow[] }> {
  const read = db.$client.transaction(() => {
    const out = {} as Record<DumpTableName, { columns: string[]; rows: DumpRow[] }>;
    for (const [name, query] of Object.entries(DUMP_TABLES) as [DumpTableName, string][]) {
      const statement = db.$client.prepare(query);
      out[name] = { columns: statement.columns().map((c) => c.name), rows: statement.all() as DumpRow[] };
    }
    return out;
  });
  return read.deferred();
}
