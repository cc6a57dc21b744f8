import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { AtlasDatabase } from "@/db/open";
import type { EntityKind } from "@/db/schema";
import { PARTICIPATION_ROLES } from "@/lib/participation/participation-roles";

/**
 * Country participation, read in SQL aggregates.
 *
 * Participation = (a) confirmed relations whose subject is a country in a participation role, plus
 * (b) actors of confirmed article_events (an article saying "Zambia co-hosted the meeting", accepted by
 * an editor). Both branches join countries and objects inside the branch so that SQLite can drive each
 * from the narrowest index (relations_subject_idx for one country, relations_object_role_idx for a
 * selection) rather than scanning a union. Every list is a GROUP BY, never a query per row.
 * `+c.kind` keeps the planner off entities_kind_date_idx: without statistics it would otherwise loop
 * over every country and probe relations per country, which is quadratic for counterparts.
 */

const ROLE_LIST = sql.raw(PARTICIPATION_ROLES.map((r) => `'${r}'`).join(", "));
const visible = (alias: string) => sql.raw(`${alias}.status = 'confirmed' AND ${alias}.deleted_at IS NULL AND ${alias}.merged_into_id IS NULL`);

type IdFilter = number[] | SQL | undefined;

function inFilter(column: SQL, filter: IdFilter): SQL {
  if (filter === undefined) return sql``;
  if (Array.isArray(filter)) {
    if (filter.length === 0) return sql` AND 0`;
    return sql` AND ${column} IN (${sql.join(
      filter.map((id) => sql`${id}`),
      sql`, `,
    )})`;
  }
  return sql` AND ${column} IN (${filter})`;
}

/**
 * One row per (country, entity, role, origin). Columns: country_id, entity_id, kind, role, rel_date,
 * origin ('relation' | 'article'), origin_id, source_url, evidence, article_id.
 */
export function participationSql({ countries, entities: objects }: { countries?: IdFilter; entities?: IdFilter } = {}): SQL {
  const actorId = sql.raw(`json_extract(a.value, '$.entityId')`);
  const actorRole = sql.raw(`json_extract(a.value, '$.role')`);
  return sql`SELECT c.id AS country_id, o.id AS entity_id, o.kind AS kind, r.role AS role, r.date AS rel_date,
      'relation' AS origin, r.id AS origin_id, r.source_url AS source_url, r.evidence AS evidence, r.source_article_id AS article_id
    FROM entities c
    JOIN relations r ON r.subject_id = c.id
    JOIN entities o ON o.id = r.object_id
    WHERE +c.kind = 'country' AND ${visible("c")} AND ${visible("o")} AND o.kind <> 'country'
      AND r.deleted_at IS NULL AND r.status = 'confirmed' AND r.role IN (${ROLE_LIST})${inFilter(sql.raw("c.id"), countries)}${inFilter(sql.raw("r.object_id"), objects)}
    UNION ALL
    SELECT c.id, o.id, o.kind, ${actorRole}, ae.date, 'article', ae.id, NULL, ae.evidence, ae.article_id
    FROM article_events ae
    JOIN json_each(ae.actors) a
    JOIN entities c ON c.id = ${actorId}
    JOIN entities o ON o.id = ae.event_id
    WHERE ae.status = 'confirmed' AND +c.kind = 'country' AND ${visible("c")} AND ${visible("o")}
      AND ${actorRole} IN (${ROLE_LIST})${inFilter(sql.raw("c.id"), countries)}${inFilter(sql.raw("ae.event_id"), objects)}`;
}

// ---------------------------------------------------------------- cache

/**
 * Whole-table aggregates (every country's counts, the selector's options) are re-read only when the
 * database changed. The key is SQLite's own change detection: `PRAGMA data_version` moves when another
 * connection commits, `total_changes()` when this one writes. No TTL, so an edit shows at once.
 */
const aggregateCache = new WeakMap<object, Map<string, { version: string; value: unknown }>>();

function cachedAggregate<T>(db: AtlasDatabase, key: string, compute: () => T): T {
  const client = db.$client;
  const version = `${client.pragma("data_version", { simple: true })}:${client.prepare("SELECT total_changes()").pluck().get()}`;
  let entries = aggregateCache.get(client);
  if (!entries) aggregateCache.set(client, (entries = new Map()));
  const hit = entries.get(key);
  if (hit && hit.version === version) return hit.value as T;
  const value = compute();
  entries.set(key, { version, value });
  return value;
}

// ---------------------------------------------------------------- countries

export type CountryRow = { id: number; iso3: string; iso2: string; nameEn: string; nameZh: string | null; unMember: boolean | null };

type RawCountry = { id: number; iso3: string; iso2: string; name_en: string; name_zh: string | null; un_member: number | null };
const countryColumns = sql.raw("c.id, c.iso3, c.iso2, c.name_en, c.name_zh, c.un_member");
const toCountryRow = (r: RawCountry): CountryRow => ({
  id: r.id,
  iso3: r.iso3,
  iso2: r.iso2,
  nameEn: r.name_en,
  nameZh: r.name_zh,
  unMember: r.un_member === null ? null : r.un_member === 1,
});

export function listCountries({ db }: { db: AtlasDatabase }): CountryRow[] {
  return db.all<RawCountry>(sql`SELECT ${countryColumns} FROM entities c WHERE c.kind = 'country' AND ${visible("c")} ORDER BY name_en`).map(toCountryRow);
}

/** Countries by ISO3 (upper case), visible ones only, in one indexed query. */
export function findCountriesByIso3({ db, codes }: { db: AtlasDatabase; codes: string[] }): Map<string, CountryRow> {
  if (!codes.length) return new Map();
  const rows = db.all<RawCountry>(
    sql`SELECT ${countryColumns} FROM entities c WHERE c.iso3 IN (${sql.join(
      codes.map((c) => sql`${c.toUpperCase()}`),
      sql`, `,
    )}) AND c.kind = 'country' AND ${visible("c")}`,
  );
  return new Map(rows.map((r) => [r.iso3, toCountryRow(r)]));
}

/** Every visible country's aliases ("UK", "美国"), for reading country names typed by people. */
export function listCountryAliases({ db }: { db: AtlasDatabase }): { iso3: string; alias: string }[] {
  return db.all<{ iso3: string; alias: string }>(
    sql`SELECT c.iso3 AS iso3, a.alias AS alias FROM aliases a JOIN entities c ON c.id = a.entity_id WHERE c.kind = 'country' AND c.iso3 IS NOT NULL AND ${visible("c")}`,
  );
}

// ---------------------------------------------------------------- selection

export type SelectionEntity = { id: number; kind: EntityKind; slug: string; nameEn: string; nameZh: string | null; date: string | null; symbol: string | null };

export function findSelectionEntity({ db, kind, slug }: { db: AtlasDatabase; kind: EntityKind; slug: string }): SelectionEntity | undefined {
  const row = db.get<{ id: number; kind: EntityKind; slug: string; name_en: string; name_zh: string | null; date: string | null; symbol: string | null }>(
    sql`SELECT id, kind, slug, name_en, name_zh, date, symbol FROM entities o WHERE o.kind = ${kind} AND o.slug = ${slug} AND ${visible("o")}`,
  );
  return row ? { id: row.id, kind: row.kind, slug: row.slug, nameEn: row.name_en, nameZh: row.name_zh, date: row.date, symbol: row.symbol } : undefined;
}

/**
 * The selected entity and everything that is part of it, transitively (a group's meetings, a summit's
 * sessions): asking "who is in the Group of Friends?" should also show who came to its meetings.
 */
export function selectionScopeSql({ rootId }: { rootId: number }): SQL {
  return sql`WITH RECURSIVE scope(id) AS (
      SELECT ${rootId}
      UNION
      SELECT r.subject_id FROM relations r JOIN scope s ON r.object_id = s.id
      WHERE r.role = 'part-of' AND r.deleted_at IS NULL AND r.status = 'confirmed'
    ) SELECT id FROM scope`;
}

export function listSelectionScope({ db, rootId }: { db: AtlasDatabase; rootId: number }): number[] {
  return db.all<{ id: number }>(selectionScopeSql({ rootId })).map((r) => r.id);
}

export type SelectableEntity = SelectionEntity & { countries: number };

/**
 * What the selector offers: entities with at least one participating country, newest first within each
 * kind, at most `perKindLimit` of each kind (the most-attended ones) so the page stays light with thousands of
 * them; `include` (the current selection) is always offered.
 */
export function listSelectableEntities({
  db,
  perKindLimit = 100,
  include,
}: {
  db: AtlasDatabase;
  perKindLimit?: number;
  include?: { kind: EntityKind; slug: string } | null;
}): readonly SelectableEntity[] {
  const all = cachedAggregate(db, "selectable", () => readSelectableEntities({ db }));
  return capSelectableEntities({ all, perKindLimit, include });
}

function readSelectableEntities({ db }: { db: AtlasDatabase }): SelectableEntity[] {
  const rows = db.all<{ id: number; kind: EntityKind; slug: string; name_en: string; name_zh: string | null; date: string | null; symbol: string | null; n: number }>(
    sql`SELECT o.id, o.kind, o.slug, o.name_en, o.name_zh, o.date, o.symbol, p.n
      FROM (SELECT entity_id, count(DISTINCT country_id) AS n FROM (${participationSql()}) GROUP BY entity_id) p
      JOIN entities o ON o.id = p.entity_id
      ORDER BY o.kind, o.date DESC, o.name_en`,
  );
  return rows.map((r) => ({ id: r.id, kind: r.kind, slug: r.slug, nameEn: r.name_en, nameZh: r.name_zh, date: r.date, symbol: r.symbol, countries: r.n }));
}

export function capSelectableEntities({
  all,
  perKindLimit,
  include,
}: {
  all: readonly SelectableEntity[];
  perKindLimit: number;
  include?: { kind: EntityKind; slug: string } | null;
}): SelectableEntity[] {
  const byKind = new Map<EntityKind, SelectableEntity[]>();
  for (const e of all) (byKind.get(e.kind) ?? byKind.set(e.kind, []).get(e.kind)!).push(e);
  const kept = new Set<number>();
  for (const list of byKind.values()) {
    if (list.length <= perKindLimit) list.forEach((e) => kept.add(e.id));
    else
      [...list]
        .sort((a, b) => b.countries - a.countries)
        .slice(0, perKindLimit)
        .forEach((e) => kept.add(e.id));
  }
  return all.filter((e) => kept.has(e.id) || (include && e.kind === include.kind && e.slug === include.slug));
}

// ---------------------------------------------------------------- counts per country

export type CountryCounts = {
  total: number;
  byKind: Partial<Record<EntityKind, number>>;
  byRole: Record<string, number>;
  articles: number;
  /** With a selection: the country's roles in the selected entity itself. */
  selectionRoles: string[];
  /** With a selection: it took part only in parts of it (e.g. attended a meeting of the group). */
  viaParts: boolean;
};

/**
 * Per-country participation counts (distinct entities per kind and per role) and articles mentioning
 * the country, for every visible country, optionally narrowed to a selection scope.
 */
export function listCountryParticipationCounts({ db, scope }: { db: AtlasDatabase; scope?: { rootId: number; ids: number[] } }) {
  return cachedAggregate(db, `counts:${scope ? `${scope.rootId}:${scope.ids.join(",")}` : "all"}`, () => readCountryParticipationCounts({ db, scope }));
}

function readCountryParticipationCounts({ db, scope }: { db: AtlasDatabase; scope?: { rootId: number; ids: number[] } }) {
  // One pass over the participation union, materialised once and grouped two ways.
  const rows = db.all<{ dim: "kind" | "role"; country_id: number; value: string; n: number; direct: number }>(
    sql`WITH p AS MATERIALIZED (SELECT country_id, entity_id, kind, role FROM (${participationSql({ entities: scope?.ids })}))
      SELECT 'kind' AS dim, country_id, kind AS value, count(DISTINCT entity_id) AS n, 0 AS direct FROM p GROUP BY country_id, kind
      UNION ALL
      SELECT 'role', country_id, role, count(DISTINCT entity_id), max(entity_id = ${scope?.rootId ?? -1}) FROM p GROUP BY country_id, role`,
  );
  const kindRows = rows.filter((r) => r.dim === "kind").map((r) => ({ country_id: r.country_id, kind: r.value as EntityKind, n: r.n }));
  const roleRows = rows.filter((r) => r.dim === "role").map((r) => ({ country_id: r.country_id, role: r.value, n: r.n, direct: r.direct }));
  const mentionRows = countryMentionCounts({ db });
  const counts = new Map<number, CountryCounts>();
  const noCounts = (): CountryCounts => ({ total: 0, byKind: {}, byRole: {}, articles: 0, selectionRoles: [], viaParts: false });
  const get = (id: number) => {
    let c = counts.get(id);
    if (!c) counts.set(id, (c = noCounts()));
    return c;
  };
  for (const r of kindRows) {
    const c = get(r.country_id);
    c.byKind[r.kind] = r.n;
    c.total += r.n; // an entity has one kind, so distinct-per-kind sums to distinct overall
  }
  for (const r of roleRows) {
    const c = get(r.country_id);
    c.byRole[r.role] = r.n;
    if (r.direct) c.selectionRoles.push(r.role);
  }
  if (scope) for (const c of counts.values()) c.viaParts = c.total > 0 && c.selectionRoles.length === 0;
  for (const [id, n] of mentionRows) get(id).articles = n;
  return listCountries({ db }).map((country) => ({ ...country, ...(counts.get(country.id) ?? noCounts()) }));
}
export type CountryCountsRow = ReturnType<typeof listCountryParticipationCounts>[number];

export function countryMentionCountsSql(): SQL {
  return sql`SELECT m.entity_id AS country_id, count(DISTINCT m.article_id) AS n
    FROM entities c
    JOIN mentions m ON m.entity_id = c.id
    JOIN articles a ON a.id = m.article_id
    WHERE c.kind = 'country' AND m.status <> 'rejected' AND a.deleted_at IS NULL
    GROUP BY m.entity_id`;
}

function countryMentionCounts({ db }: { db: AtlasDatabase }): Map<number, number> {
  return new Map(db.all<{ country_id: number; n: number }>(countryMentionCountsSql()).map((r) => [r.country_id, r.n]));
}

// ---------------------------------------------------------------- one country (or a few)

export type ParticipationRow = {
  countryId: number;
  role: string;
  /** The relation's own date (e.g. when it joined), else null: the entity's date is in `entity`. */
  relationDate: string | null;
  origin: "relation" | "article";
  originId: number;
  sourceUrl: string | null;
  /** When the relation itself has no source: the first source recorded for the entity. */
  entitySourceUrl: string | null;
  evidence: string | null;
  article: { slug: string; title: string } | null;
  entity: {
    id: number;
    kind: EntityKind;
    slug: string;
    nameEn: string;
    nameZh: string | null;
    date: string | null;
    endDate: string | null;
    symbol: string | null;
    subtype: string | null;
  };
};

export function countryParticipationsSql({ countryIds }: { countryIds: number[] }): SQL {
  return sql`SELECT p.*, o.slug, o.name_en, o.name_zh, o.date, o.end_date, o.symbol, o.subtype,
      a.slug AS article_slug, a.title AS article_title,
      (SELECT s.url FROM sources s WHERE s.entity_id = o.id AND s.url IS NOT NULL ORDER BY s.id LIMIT 1) AS entity_source_url
    FROM (${participationSql({ countries: countryIds })}) p
    JOIN entities o ON o.id = p.entity_id
    LEFT JOIN articles a ON a.id = p.article_id AND a.deleted_at IS NULL
    ORDER BY o.date IS NULL, o.date, o.name_en`;
}

/** Every participation of the given countries, with the entity and the evidence behind it. */
export function listParticipations({ db, countryIds }: { db: AtlasDatabase; countryIds: number[] }): ParticipationRow[] {
  if (!countryIds.length) return [];
  type Raw = {
    country_id: number;
    entity_id: number;
    kind: EntityKind;
    role: string;
    rel_date: string | null;
    origin: "relation" | "article";
    origin_id: number;
    source_url: string | null;
    evidence: string | null;
    slug: string;
    name_en: string;
    name_zh: string | null;
    date: string | null;
    end_date: string | null;
    symbol: string | null;
    subtype: string | null;
    article_slug: string | null;
    article_title: string | null;
    entity_source_url: string | null;
  };
  return db.all<Raw>(countryParticipationsSql({ countryIds })).map((r) => ({
    countryId: r.country_id,
    role: r.role,
    relationDate: r.rel_date,
    origin: r.origin,
    originId: r.origin_id,
    sourceUrl: r.source_url,
    entitySourceUrl: r.entity_source_url,
    evidence: r.evidence,
    article: r.article_slug ? { slug: r.article_slug, title: r.article_title ?? r.article_slug } : null,
    entity: { id: r.entity_id, kind: r.kind, slug: r.slug, nameEn: r.name_en, nameZh: r.name_zh, date: r.date, endDate: r.end_date, symbol: r.symbol, subtype: r.subtype },
  }));
}

export function countryMentionsSql({ countryId, limit }: { countryId: number; limit: number }): SQL {
  // The bare evidence column comes from the row with the smallest offset (SQLite's bare-column rule with a single min()): the
  // first sentence in the article that names the country.
  return sql`SELECT a.id, a.slug, a.title, a.publisher, a.published_at, a.language, m.evidence, min(m.evidence_start) AS first_at,
      sum(m.status = 'confirmed') > 0 AS confirmed
    FROM mentions m
    JOIN articles a ON a.id = m.article_id
    WHERE m.entity_id = ${countryId} AND m.status <> 'rejected' AND a.deleted_at IS NULL
    GROUP BY a.id
    ORDER BY a.published_at DESC
    LIMIT ${limit}`;
}

export type CountryMention = {
  id: number;
  slug: string;
  title: string;
  publisher: string | null;
  publishedAt: string | null;
  language: "zh" | "en";
  evidence: string;
  confirmed: boolean;
};

/** Articles that mention the country (mentions not rejected), newest first, with the first sentence naming it. */
export function listCountryMentions({ db, countryId, limit = 50 }: { db: AtlasDatabase; countryId: number; limit?: number }): CountryMention[] {
  return db
    .all<{ id: number; slug: string; title: string; publisher: string | null; published_at: string | null; language: "zh" | "en"; evidence: string; confirmed: number }>(
      countryMentionsSql({ countryId, limit }),
    )
    .map((r) => ({
      id: r.id,
      slug: r.slug,
      title: r.title,
      publisher: r.publisher,
      publishedAt: r.published_at,
      language: r.language,
      evidence: r.evidence,
      confirmed: r.confirmed === 1,
    }));
}

export function counterpartsSql({ countryId, limit }: { countryId: number; limit: number }): SQL {
  const mine = sql`SELECT entity_id FROM (${participationSql({ countries: [countryId] })})`;
  return sql`SELECT p.country_id, c.iso3, c.name_en, c.name_zh, count(DISTINCT p.entity_id) AS shared
    FROM (${participationSql({ entities: mine })}) p
    JOIN entities c ON c.id = p.country_id
    WHERE p.country_id <> ${countryId}
    GROUP BY p.country_id
    ORDER BY shared DESC, c.name_en
    LIMIT ${limit}`;
}

export type Counterpart = { id: number; iso3: string; nameEn: string; nameZh: string | null; shared: number };

/** The countries that most often take part in the same things as this one. */
export function listCounterparts({ db, countryId, limit = 10 }: { db: AtlasDatabase; countryId: number; limit?: number }): Counterpart[] {
  return db
    .all<{ country_id: number; iso3: string; name_en: string; name_zh: string | null; shared: number }>(counterpartsSql({ countryId, limit }))
    .map((r) => ({ id: r.country_id, iso3: r.iso3, nameEn: r.name_en, nameZh: r.name_zh, shared: r.shared }));
}

// ---------------------------------------------------------------- matrix

/** (country, entity, role) triples, distinct, for the matrix; with a scope, only inside it. */
export function listParticipationTriples({ db, scopeIds }: { db: AtlasDatabase; scopeIds?: number[] }) {
  const rows = db.all<{
    country_id: number;
    entity_id: number;
    role: string;
    iso3: string;
    c_name_en: string;
    c_name_zh: string | null;
    kind: EntityKind;
    slug: string;
    name_en: string;
    name_zh: string | null;
    date: string | null;
    symbol: string | null;
  }>(
    sql`SELECT p.country_id, p.entity_id, p.role, c.iso3, c.name_en AS c_name_en, c.name_zh AS c_name_zh, o.kind, o.slug, o.name_en, o.name_zh, o.date, o.symbol
      FROM (SELECT DISTINCT country_id, entity_id, role FROM (${participationSql({ entities: scopeIds })})) p
      JOIN entities c ON c.id = p.country_id
      JOIN entities o ON o.id = p.entity_id`,
  );
  return rows.map((r) => ({
    country: { id: r.country_id, iso3: r.iso3, nameEn: r.c_name_en, nameZh: r.c_name_zh },
    entity: { id: r.entity_id, kind: r.kind, slug: r.slug, nameEn: r.name_en, nameZh: r.name_zh, date: r.date, symbol: r.symbol },
    role: r.role,
  }));
}

// ---------------------------------------------------------------- diagnostics

/** EXPLAIN QUERY PLAN lines for a statement, for tests and the bench report. */
export function explainQueryPlan({ db, query }: { db: AtlasDatabase; query: SQL }): string[] {
  return db.all<{ detail: string }>(sql`EXPLAIN QUERY PLAN ${query}`).map((r) => r.detail);
}

export type CountryRefusal = { id: number; kind: EntityKind; slug: string; nameEn: string; nameZh: string | null; role: string; sourceUrl: string | null };

/** What a country is reported to have stayed out of ("did not sign"): never counted as participation. */
export function listCountryRefusals({ db, countryId }: { db: AtlasDatabase; countryId: number }): CountryRefusal[] {
  return db.all<CountryRefusal>(sql`SELECT o.id AS id, o.kind AS kind, o.slug AS slug, o.name_en AS nameEn, o.name_zh AS nameZh, r.role AS role, r.source_url AS sourceUrl
    FROM relations r JOIN entities o ON o.id = r.object_id
    WHERE r.subject_id = ${countryId} AND r.role = 'non-signatory' AND r.status = 'confirmed' AND r.deleted_at IS NULL AND ${visible("o")}
    ORDER BY o.name_en`);
}
