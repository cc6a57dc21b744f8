import "server-only";
import { and, eq, inArray, isNull, ne, sql } from "drizzle-orm";
import type { AtlasDatabase } from "@/db/open";
import { aliases, articles, entities, mentions, relations } from "@/db/schema";
import { KIND_RANK } from "@/lib/search-settings/index-settings";
import { yearOf } from "@/lib/dates/partial-date";
import { exactNameKey, normalizeSearchText, withSimplifiedForms } from "@/lib/search/normalize-search-text";
import { entityUrlKey } from "@/lib/urls/entity-url";

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
  const rows = db
    .select()
    .from(entities)
    .where(and(inArray(entities.id, ids), isIndexable))
    .all();
  const found = new Set(rows.map((r) => r.id));
  const aliasRows = db
    .select({ entityId: aliases.entityId, alias: aliases.alias })
    .from(aliases)
    .where(inArray(aliases.entityId, [...found]))
    .all();
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
  const rows = db
    .select()
    .from(articles)
    .where(and(inArray(articles.id, ids), isNull(articles.deletedAt), isNull(articles.copyOfId)))
    .all();
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
    entityIds: db
      .select({ id: entities.id })
      .from(entities)
      .where(isIndexable)
      .all()
      .map((r) => r.id),
    articleIds: db
      .select({ id: articles.id })
      .from(articles)
      .where(and(isNull(articles.deletedAt), isNull(articles.copyOfId)))
      .all()
      .map((r) => r.id),
  };
}
