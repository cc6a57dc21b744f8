import "server-only";
import { and, eq, inArray, isNull, ne, sql } from "drizzle-orm";
import type { AtlasDatabase } from "@/db/open";
import { aliases, articles, entities, mentions, relations, type EntityKind } from "@/db/schema";
import { KIND_RANK } from "@/lib/search/index-settings";
import { yearOf } from "@/lib/dates/partial-date";
import { exactNameKey, normalizeSearchText, withSimplifiedForms } from "@/lib/search/normalize-search-text";
import { entityUrlKey } from "@/lib/entities/entity-url";

/** What Meilisearch stores: enough to find and filter; pages read content from SQLite. */
export type SearchDocument = {
  id: string;
  docType: "entity" | "article";
  kind: string;
  slug: string;
  nameEn: string;
  nameZh: string | null;
  aliases: string[];
  /** Every name, alias and code as exactNameKey(): a query equal to one of them pins this document first. */
  nameKeys: string[];
  symbol: string | null;
  title: string | null;
  description: string | null;
  body: string | null;
  date: string | null;
  year: number | null;
  language: string | null;
  countries: string[];
  organisations: string[];
  initiatives: string[];
  resolutions: string[];
  kindRank: number;
};

export const entityDocId = (id: number) => `e${id}`;
export const articleDocId = (id: number) => `a${id}`;

type Linked = { countries: Set<string>; organisations: Set<string>; initiatives: Set<string>; resolutions: Set<string> };
const emptyLinked = (): Linked => ({ countries: new Set(), organisations: new Set(), initiatives: new Set(), resolutions: new Set() });

function addLinked(linked: Linked, other: { kind: string; slug: string; iso3: string | null }) {
  if (other.kind === "country" && other.iso3) linked.countries.add(other.iso3);
  else if (other.kind === "organisation") linked.organisations.add(other.slug);
  else if (other.kind === "initiative") linked.initiatives.add(other.slug);
  else if (other.kind === "resolution") linked.resolutions.add(other.slug);
}

const isIndexable = sql`${entities.status} = 'confirmed' AND ${entities.deletedAt} IS NULL AND ${entities.mergedIntoId} IS NULL`;

/** Builds documents for the given entity ids; ids that are gone or not indexable are returned as `missing`. */
export function buildEntityDocuments({ db, ids }: { db: AtlasDatabase; ids: number[] }): { docs: SearchDocument[]; missing: number[] } {
  if (ids.length === 0) return { docs: [], missing: [] };
  const rows = db.select().from(entities).where(and(inArray(entities.id, ids), isIndexable)).all();
  const found = new Set(rows.map((r) => r.id));
  const aliasRows = db.select({ entityId: aliases.entityId, alias: aliases.alias }).from(aliases).where(inArray(aliases.entityId, [...found])).all();
  const aliasMap = new Map<number, string[]>();
  for (const a of aliasRows) (aliasMap.get(a.entityId) ?? aliasMap.set(a.entityId, []).get(a.entityId)!).push(a.alias);

  const linkedMap = new Map<number, Linked>();
  const foundList = sql.join([...found], sql`, `);
  const relationRows = found.size
    ? db
        .select({ subjectId: relations.subjectId, objectId: relations.objectId })
        .from(relations)
        .where(and(isNull(relations.deletedAt), ne(relations.status, "rejected"), sql`(${relations.subjectId} IN (${foundList}) OR ${relations.objectId} IN (${foundList}))`))
        .all()
    : [];
  // Both ends may be in this batch (ZMB and the Group of Friends): each gets the other.
  const links: { selfId: number; otherId: number }[] = [];
  for (const r of relationRows) {
    if (found.has(r.subjectId)) links.push({ selfId: r.subjectId, otherId: r.objectId });
    if (found.has(r.objectId)) links.push({ selfId: r.objectId, otherId: r.subjectId });
  }
  const otherIds = [...new Set(links.map((o) => o.otherId))];
  const others = otherIds.length
    ? db.select({ id: entities.id, kind: entities.kind, slug: entities.slug, iso3: entities.iso3 }).from(entities).where(inArray(entities.id, otherIds)).all()
    : [];
  const otherById = new Map(others.map((o) => [o.id, o]));
  for (const o of links) {
    const target = otherById.get(o.otherId);
    if (!target) continue;
    const linked = linkedMap.get(o.selfId) ?? linkedMap.set(o.selfId, emptyLinked()).get(o.selfId)!;
    addLinked(linked, target);
  }

  const docs = rows.map((e): SearchDocument => {
    const linked = linkedMap.get(e.id) ?? emptyLinked();
    addLinked(linked, e); // an entity is related to itself for filtering (country=ZMB finds Zambia)
    const names = [e.nameEn, e.nameZh, e.symbol, e.iso3, ...(aliasMap.get(e.id) ?? [])];
    return {
      id: entityDocId(e.id),
      docType: "entity",
      kind: e.kind,
      slug: entityUrlKey(e),
      nameEn: e.nameEn,
      nameZh: e.nameZh,
      // Simplified forms of every Chinese name make traditional input (normalised at query time) match.
      // ISO2 codes are left out on purpose: "AI" (Anguilla), "IT", "IN" would bury what people mean.
      aliases: withSimplifiedForms({ values: [...(aliasMap.get(e.id) ?? []), e.iso3, e.nameZh] }).filter((a) => a !== e.nameZh),
      nameKeys: [...new Set(names.filter((n): n is string => !!n).map((text) => exactNameKey({ text })))],
      symbol: e.symbol,
      title: null,
      description: e.description,
      body: null,
      date: e.date,
      year: yearOf(e.date),
      language: null,
      countries: [...linked.countries],
      organisations: [...linked.organisations],
      initiatives: [...linked.initiatives],
      resolutions: [...linked.resolutions],
      kindRank: KIND_RANK[e.kind] ?? 0,
    };
  });
  return { docs, missing: ids.filter((id) => !found.has(id)) };
}

export function buildArticleDocuments({ db, ids }: { db: AtlasDatabase; ids: number[] }): { docs: SearchDocument[]; missing: number[] } {
  if (ids.length === 0) return { docs: [], missing: [] };
  // a copy (reprint) is not a document of its own: its story is found through the first article
  const rows = db.select().from(articles).where(and(inArray(articles.id, ids), isNull(articles.deletedAt), isNull(articles.copyOfId))).all();
  const found = new Set(rows.map((r) => r.id));
  const linkedRows = rows.length
    ? db
        .selectDistinct({ articleId: mentions.articleId, kind: entities.kind, slug: entities.slug, iso3: entities.iso3 })
        .from(mentions)
        .innerJoin(entities, eq(entities.id, mentions.entityId))
        .where(and(inArray(mentions.articleId, [...found]), ne(mentions.status, "rejected")))
        .all()
    : [];
  const linkedMap = new Map<number, Linked>();
  for (const r of linkedRows) addLinked(linkedMap.get(r.articleId) ?? linkedMap.set(r.articleId, emptyLinked()).get(r.articleId)!, r);
  const docs = rows.map((a): SearchDocument => {
    const linked = linkedMap.get(a.id) ?? emptyLinked();
    const date = a.publishedAt ? a.publishedAt.slice(0, 10) : null;
    return {
      id: articleDocId(a.id),
      docType: "article",
      kind: "article",
      slug: a.slug,
      nameEn: a.title,
      nameZh: null,
      aliases: [],
      nameKeys: [exactNameKey({ text: a.title })],
      symbol: null,
      title: normalizeSearchText({ text: a.title }),
      description: a.publisher,
      body: normalizeSearchText({ text: a.body }),
      date,
      year: yearOf(date),
      language: a.language,
      countries: [...linked.countries],
      organisations: [...linked.organisations],
      initiatives: [...linked.initiatives],
      resolutions: [...linked.resolutions],
      kindRank: KIND_RANK.article,
    };
  });
  return { docs, missing: ids.filter((id) => !found.has(id)) };
}

export function listAllDocumentIds({ db }: { db: AtlasDatabase }): { entityIds: number[]; articleIds: number[] } {
  return {
    entityIds: db.select({ id: entities.id }).from(entities).where(isIndexable).all().map((r) => r.id),
    articleIds: db.select({ id: articles.id }).from(articles).where(and(isNull(articles.deletedAt), isNull(articles.copyOfId))).all().map((r) => r.id),
  };
}

export type FacetLabel = { nameEn: string; nameZh: string | null };

export type SearchHitEntityRow = { id: number; kind: EntityKind; slug: string; nameEn: string; nameZh: string | null; date: string | null; iso3: string | null; symbol: string | null };
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
