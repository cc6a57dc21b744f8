import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { AtlasDatabase } from "@/db/open";
import { KIND_RANK } from "@/lib/search-settings/index-settings";

/**
 * Search over SQLite when Meilisearch is unreachable: the trigram FTS5 table `search_fts` (migration 0001)
 * finds substrings of names, aliases, symbols and article text; ranking is simple and explicit.
 * No typo tolerance here: that is what the engine is for.
 */

export type FallbackTerm = {
  /** The spellings of one query word (typed, simplified, traditional): any of them may match. */
  variants: string[];
};

export type FallbackFilters = {
  kind: string[];
  country: string[];
  organisation: string[];
  language?: "zh" | "en";
  yearFrom?: number;
  yearTo?: number;
};

export type FallbackRow = {
  /** entities.id or articles.id, by docKind */
  id: number;
  docKind: string;
  slug: string;
  nameEn: string;
  nameZh: string | null;
  date: string | null;
  iso3: string | null;
  symbol: string | null;
};

/** The engine's tie-break (KIND_RANK), so both engines order equal matches alike. */
const KIND_RANK_SQL = sql.raw(
  `CASE d.kind ${Object.entries(KIND_RANK)
    .map(([kind, rank]) => `WHEN '${kind}' THEN ${rank}`)
    .join(" ")} ELSE 0 END`,
);

/** FTS5 string literal: double quotes doubled. A quoted trigram string matches it as a substring. */
const ftsString = (s: string) => `"${s.replace(/"/g, '""')}"`;
const likePattern = (s: string) => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Documents (entities and articles) as one relation, visible ones only, with what filters need. */
const DOCS = sql.raw(`(
  SELECT e.id * 2 AS rid, e.id AS id, e.kind AS kind, CASE WHEN e.kind = 'country' THEN coalesce(e.iso3, e.slug) ELSE e.slug END AS slug,
         e.name_en AS name_en, e.name_zh AS name_zh, e.date AS date, e.iso3 AS iso3, e.symbol AS symbol, NULL AS language
    FROM entities e WHERE e.status = 'confirmed' AND e.deleted_at IS NULL AND e.merged_into_id IS NULL
  UNION ALL
  SELECT a.id * 2 + 1, a.id, 'article', a.slug, a.title, NULL, substr(a.published_at, 1, 10), NULL, NULL, a.language
    FROM articles a WHERE a.deleted_at IS NULL AND a.copy_of_id IS NULL
)`);

/** Linked to a country (ISO3) or organisation (slug): itself, through a relation, or (articles) a mention. */
function linkedTo({ kind, keys }: { kind: "country" | "organisation"; keys: string[] }): SQL {
  const column = kind === "country" ? sql.raw("o.iso3") : sql.raw("o.slug");
  const list = sql.join(
    keys.map((k) => sql`${k}`),
    sql`, `,
  );
  return sql`(
    (d.kind <> 'article' AND (
      (d.kind = ${kind} AND ${kind === "country" ? sql.raw("d.iso3") : sql.raw("d.slug")} IN (${list}))
      OR EXISTS (SELECT 1 FROM relations r JOIN entities o ON o.id = CASE WHEN r.subject_id = d.id THEN r.object_id ELSE r.subject_id END
                 WHERE (r.subject_id = d.id OR r.object_id = d.id) AND r.deleted_at IS NULL AND r.status <> 'rejected'
                   AND o.kind = ${kind} AND ${column} IN (${list}))))
    OR (d.kind = 'article' AND EXISTS (SELECT 1 FROM mentions m JOIN entities o ON o.id = m.entity_id
                 WHERE m.article_id = d.id AND m.status <> 'rejected' AND o.kind = ${kind} AND ${column} IN (${list})))
  )`;
}

function filterConditions(filters: FallbackFilters): SQL[] {
  const where: SQL[] = [];
  if (filters.kind.length)
    where.push(
      sql`d.kind IN (${sql.join(
        filters.kind.map((k) => sql`${k}`),
        sql`, `,
      )})`,
    );
  if (filters.language) where.push(sql`d.language = ${filters.language}`);
  if (filters.yearFrom !== undefined) where.push(sql`CAST(substr(d.date, 1, 4) AS INTEGER) >= ${filters.yearFrom}`);
  if (filters.yearTo !== undefined) where.push(sql`CAST(substr(d.date, 1, 4) AS INTEGER) <= ${filters.yearTo}`);
  if (filters.country.length) where.push(linkedTo({ kind: "country", keys: filters.country }));
  if (filters.organisation.length) where.push(linkedTo({ kind: "organisation", keys: filters.organisation }));
  return where;
}

/** Text conditions on the FTS row `f`: every term must match (in any of its spellings). */
function textConditions(terms: FallbackTerm[]): { where: SQL[]; inNames: SQL } {
  const where: SQL[] = [];
  const long = terms.filter((t) => t.variants.every((v) => [...v].length >= 3));
  if (long.length) {
    // The index answers terms of 3+ characters; shorter ones are checked with LIKE on the matched rows.
    const expr = long.map((t) => `(${t.variants.map(ftsString).join(" OR ")})`).join(" AND ");
    where.push(sql`f.search_fts MATCH ${expr}`);
  }
  for (const t of terms.filter((t) => !long.includes(t))) {
    where.push(
      sql`(${sql.join(
        t.variants.flatMap((v) => [sql`f.names LIKE ${likePattern(v)} ESCAPE '\\'`, sql`f.body LIKE ${likePattern(v)} ESCAPE '\\'`]),
        sql` OR `,
      )})`,
    );
  }
  const inNames = terms.length
    ? sql.join(
        terms.map(
          (t) =>
            sql`(${sql.join(
              t.variants.map((v) => sql`f.names LIKE ${likePattern(v)} ESCAPE '\\'`),
              sql` OR `,
            )})`,
        ),
        sql` AND `,
      )
    : sql`1`;
  return { where, inNames };
}

/** Ranked page of matches, the total, and counts by kind (ignoring the kind filter, like the engine's facets). */
export function searchDocumentsInSqlite({
  db,
  phrase,
  terms,
  filters,
  limit,
  offset,
}: {
  db: AtlasDatabase;
  /** The whole query in its spellings: an exact name, alias or symbol equal to one of them ranks first. */
  phrase: string[];
  terms: FallbackTerm[];
  filters: FallbackFilters;
  limit: number;
  offset: number;
}): { rows: FallbackRow[]; total: number; kindCounts: Record<string, number> } {
  const text = textConditions(terms);
  const source = terms.length ? sql`search_fts f JOIN ${DOCS} d ON d.rid = f.rowid` : sql`${DOCS} d`;
  const whereOf = (conds: SQL[]) => (conds.length ? sql`WHERE ${sql.join(conds, sql` AND `)}` : sql``);
  const where = whereOf([...text.where, ...filterConditions(filters)]);
  const lowered = phrase.map((p) => p.toLowerCase());
  const phraseList = sql.join(
    lowered.map((p) => sql`${p}`),
    sql`, `,
  );
  const exact = phrase.length
    ? sql`(lower(d.name_en) IN (${phraseList}) OR d.name_zh IN (${phraseList}) OR lower(d.symbol) IN (${phraseList}) OR lower(d.iso3) IN (${phraseList})
          OR (d.kind <> 'article' AND EXISTS (SELECT 1 FROM aliases al WHERE al.entity_id = d.id AND lower(al.alias) IN (${phraseList}))))`
    : sql`0`;
  const order = terms.length
    ? sql`CASE WHEN ${exact} THEN 0 WHEN ${sql.join(
        phrase.map((p) => sql`f.names LIKE ${likePattern(p)} ESCAPE '\\'`),
        sql` OR `,
      )} THEN 1 WHEN ${text.inNames} THEN 2 ELSE 3 END,
          ${KIND_RANK_SQL} DESC, length(d.name_en), d.name_en`
    : // No text: newest first, like the engine's placeholder search.
      sql`d.date IS NULL, d.date DESC, ${KIND_RANK_SQL} DESC, d.name_en`;
  const rows = db.all<FallbackRow>(sql`
    SELECT d.id AS id, d.kind AS docKind, d.slug AS slug, d.name_en AS nameEn, d.name_zh AS nameZh, d.date AS date, d.iso3 AS iso3, d.symbol AS symbol
    FROM ${source} ${where}
    ORDER BY ${order}
    LIMIT ${limit} OFFSET ${offset}`);
  const total = db.get<{ n: number }>(sql`SELECT count(*) AS n FROM ${source} ${where}`)?.n ?? 0;
  const countWhere = whereOf([...text.where, ...filterConditions({ ...filters, kind: [] })]);
  const kindCounts: Record<string, number> = {};
  for (const r of db.all<{ kind: string; n: number }>(sql`SELECT d.kind AS kind, count(*) AS n FROM ${source} ${countWhere} GROUP BY d.kind`)) kindCounts[r.kind] = r.n;
  return { rows, total, kindCounts };
}
