import "server-only";
import type { AtlasDatabase } from "@/db/open";
import type { EntityKind } from "@/db/schema";

/** Rows that search hits are rendered from (Meilisearch returns ids and highlights only; content comes from here). */
export type FacetLabel = { nameEn: string; nameZh: string | null };

export type SearchHitEntityRow = {
  id: number;
  kind: EntityKind;
  slug: string;
  nameEn: string;
  nameZh: string | null;
  date: string | null;
  iso3: string | null;
  symbol: string | null;
};
export type SearchHitArticleRow = { id: number; slug: string; title: string; publisher: string | null; publishedAt: string | null; language: "zh" | "en"; body: string };

// Search answers are hydrated on every keystroke: statements are prepared once per connection, and id lists
// travel as one JSON parameter (json_each), so the SQL text never changes with the number of hits.
const statements = new WeakMap<object, ReturnType<typeof prepareHitStatements>>();

function prepareHitStatements(client: AtlasDatabase["$client"]) {
  return {
    entities: client.prepare<[string], SearchHitEntityRow>(
      "SELECT id, kind, slug, name_en AS nameEn, name_zh AS nameZh, date, iso3, symbol FROM entities WHERE id IN (SELECT value FROM json_each(?))",
    ),
    articles: client.prepare<[string], SearchHitArticleRow>(
      "SELECT id, slug, title, publisher, published_at AS publishedAt, language, body FROM articles WHERE id IN (SELECT value FROM json_each(?))",
    ),
    countryLabels: client.prepare<[], { key: string; nameEn: string; nameZh: string | null }>(
      "SELECT iso3 AS key, name_en AS nameEn, name_zh AS nameZh FROM entities WHERE kind = 'country' AND iso3 IS NOT NULL AND deleted_at IS NULL",
    ),
    organisationLabels: client.prepare<[], { key: string; nameEn: string; nameZh: string | null }>(
      "SELECT slug AS key, name_en AS nameEn, name_zh AS nameZh FROM entities WHERE kind = 'organisation' AND deleted_at IS NULL",
    ),
    // One statement for both counters (pragma_data_version is the pragma as a table-valued function).
    changeVersion: client.prepare<[], string>("SELECT data_version || ':' || total_changes() FROM pragma_data_version").pluck(),
  };
}

function hitStatements(db: AtlasDatabase) {
  let s = statements.get(db.$client);
  if (!s) statements.set(db.$client, (s = prepareHitStatements(db.$client)));
  return s;
}

/** SQLite's own change detection: `PRAGMA data_version` moves when another connection commits, `total_changes()` when this one writes. */
function changeVersion(s: ReturnType<typeof hitStatements>): string {
  return s.changeVersion.get()!;
}

// Entity rows for hits are small and asked for on every keystroke: kept per connection until the database
// changes (any write, so an edit shows at once), up to a bound. Article rows carry bodies and are always read.
const ENTITY_ROW_CACHE_MAX = 50_000;
const entityRowCache = new WeakMap<object, { version: string; rows: Map<number, SearchHitEntityRow> }>();

function getEntityHitRows(db: AtlasDatabase, s: ReturnType<typeof hitStatements>, ids: number[]): Map<number, SearchHitEntityRow> {
  const version = changeVersion(s);
  let cache = entityRowCache.get(db.$client);
  if (!cache || cache.version !== version || cache.rows.size > ENTITY_ROW_CACHE_MAX) entityRowCache.set(db.$client, (cache = { version, rows: new Map() }));
  const found = new Map<number, SearchHitEntityRow>();
  const missing: number[] = [];
  for (const id of ids) {
    const row = cache.rows.get(id);
    if (row) found.set(id, row);
    else missing.push(id);
  }
  if (missing.length) {
    for (const row of s.entities.all(JSON.stringify(missing))) {
      cache.rows.set(row.id, row);
      found.set(row.id, row);
    }
  }
  return found;
}

/** Rows for the ids an engine answered with (any order; callers keep the engine's). */
export function getSearchHitRows({ db, entityIds, articleIds }: { db: AtlasDatabase; entityIds: number[]; articleIds: number[] }) {
  const s = hitStatements(db);
  return {
    entities: entityIds.length ? getEntityHitRows(db, s, entityIds) : new Map<number, SearchHitEntityRow>(),
    articles: new Map(articleIds.length ? s.articles.all(JSON.stringify(articleIds)).map((r) => [r.id, r]) : []),
  };
}

const labelCache = new WeakMap<object, { version: string; country: Map<string, FacetLabel>; organisation: Map<string, FacetLabel> }>();

/**
 * Display names for facet values: countries by ISO3, organisations by slug. All of them (a few thousand rows)
 * are read once and again only when the database changed (changeVersion).
 */
export function getFacetLabels({ db, countries, organisations }: { db: AtlasDatabase; countries: string[]; organisations: string[] }): {
  country: Record<string, FacetLabel>;
  organisation: Record<string, FacetLabel>;
} {
  const s = hitStatements(db);
  const version = changeVersion(s);
  let cache = labelCache.get(db.$client);
  if (!cache || cache.version !== version) {
    const toMap = (rows: { key: string; nameEn: string; nameZh: string | null }[]) => new Map(rows.map((r) => [r.key, { nameEn: r.nameEn, nameZh: r.nameZh }]));
    cache = { version, country: toMap(s.countryLabels.all()), organisation: toMap(s.organisationLabels.all()) };
    labelCache.set(db.$client, cache);
  }
  const pick = (map: Map<string, FacetLabel>, keys: string[]) => {
    const out: Record<string, FacetLabel> = {};
    for (const k of keys) {
      const label = map.get(k);
      if (label) out[k] = label;
    }
    return out;
  };
  return { country: pick(cache.country, countries), organisation: pick(cache.organisation, organisations) };
}
