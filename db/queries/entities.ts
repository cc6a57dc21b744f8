import "server-only";
import { and, asc, desc, eq, inArray, isNull, or, sql } from "drizzle-orm";
import type { AtlasDatabase } from "@/db/open";
import { aliases, articleEvents, articles, entities, mentions, relations, slugRedirects, sources, type EntityKind } from "@/db/schema";

export const visibleEntity = and(eq(entities.status, "confirmed"), isNull(entities.deletedAt), isNull(entities.mergedIntoId));

export type EntitySummary = {
  id: number;
  kind: EntityKind;
  slug: string;
  nameEn: string;
  nameZh: string | null;
  date: string | null;
  endDate: string | null;
  iso3: string | null;
  symbol: string | null;
  subtype: string | null;
};

const summaryColumns = {
  id: entities.id,
  kind: entities.kind,
  slug: entities.slug,
  nameEn: entities.nameEn,
  nameZh: entities.nameZh,
  date: entities.date,
  endDate: entities.endDate,
  iso3: entities.iso3,
  symbol: entities.symbol,
  subtype: entities.subtype,
};

export function getEntitySummariesByIds({ db, ids }: { db: AtlasDatabase; ids: number[] }): Map<number, EntitySummary> {
  if (ids.length === 0) return new Map();
  const rows = db.select(summaryColumns).from(entities).where(inArray(entities.id, ids)).all();
  return new Map(rows.map((r) => [r.id, r]));
}

/** Finds an entity by kind and URL key (ISO3 for countries), following merge/rename redirects. */
export function findEntityByKey({ db, kind, key }: { db: AtlasDatabase; kind: EntityKind; key: string }) {
  const where = kind === "country" ? and(eq(entities.kind, "country"), eq(entities.iso3, key.toUpperCase())) : and(eq(entities.kind, kind), eq(entities.slug, key));
  let row = db
    .select()
    .from(entities)
    .where(and(where, isNull(entities.deletedAt)))
    .get();
  if (!row && kind !== "country") {
    const redirect = db
      .select()
      .from(slugRedirects)
      .where(and(eq(slugRedirects.kind, kind), eq(slugRedirects.slug, key)))
      .get();
    if (redirect) row = db.select().from(entities).where(eq(entities.id, redirect.entityId)).get();
  }
  if (row?.mergedIntoId) row = db.select().from(entities).where(eq(entities.id, row.mergedIntoId)).get();
  return row && row.deletedAt === null ? row : undefined;
}

export type EntityRelationView = {
  id: number;
  direction: "outgoing" | "incoming";
  role: string;
  date: string | null;
  status: string;
  sourceUrl: string | null;
  note: string | null;
  evidence: string | null;
  other: EntitySummary;
};

/** The entity with its names and sources: what every entity page shows whatever else it lists. */
export function getEntityCore({ db, id }: { db: AtlasDatabase; id: number }) {
  const entity = db.select().from(entities).where(eq(entities.id, id)).get();
  if (!entity) return undefined;
  const aliasRows = db.select().from(aliases).where(eq(aliases.entityId, id)).orderBy(asc(aliases.id)).all();
  const sourceRows = db
    .select({ id: sources.id, url: sources.url, note: sources.note, articleSlug: articles.slug, articleTitle: articles.title })
    .from(sources)
    .leftJoin(articles, eq(articles.id, sources.articleId))
    .where(eq(sources.entityId, id))
    .orderBy(asc(sources.id))
    .all();
  return { entity, aliases: aliasRows, sources: sourceRows };
}

/** Everything an entity page or the entity API needs, in a handful of indexed queries. */
export function getEntityDetail({ db, id }: { db: AtlasDatabase; id: number }) {
  const core = getEntityCore({ db, id });
  if (!core) return undefined;
  const { entity, aliases: aliasRows, sources: sourceRows } = core;
  const relRows = db
    .select()
    .from(relations)
    .where(and(or(eq(relations.subjectId, id), eq(relations.objectId, id)), isNull(relations.deletedAt), sql`${relations.status} <> 'rejected'`))
    .all();
  const others = getEntitySummariesByIds({ db, ids: relRows.map((r) => (r.subjectId === id ? r.objectId : r.subjectId)) });
  // A relation sourced from an article (rather than a URL) links to that article's page.
  const sourceArticleIds = [...new Set(relRows.flatMap((r) => (r.sourceArticleId ? [r.sourceArticleId] : [])))];
  const sourceArticleSlugs = new Map(
    sourceArticleIds.length
      ? db
          .select({ id: articles.id, slug: articles.slug })
          .from(articles)
          .where(inArray(articles.id, sourceArticleIds))
          .all()
          .map((a) => [a.id, a.slug])
      : [],
  );
  const sourceOf = (r: (typeof relRows)[number]) => {
    const slug = r.sourceArticleId ? sourceArticleSlugs.get(r.sourceArticleId) : undefined;
    return r.sourceUrl ?? (slug ? `/articles/${encodeURIComponent(slug)}` : null);
  };
  const relationViews: EntityRelationView[] = relRows.flatMap((r) => {
    const other = others.get(r.subjectId === id ? r.objectId : r.subjectId);
    if (!other) return [];
    return [
      {
        id: r.id,
        direction: r.subjectId === id ? "outgoing" : "incoming",
        role: r.role,
        date: r.date,
        status: r.status,
        sourceUrl: sourceOf(r),
        note: r.note,
        evidence: r.evidence,
        other,
      },
    ];
  });
  relationViews.sort((a, b) => (a.other.date ?? "9999").localeCompare(b.other.date ?? "9999") || a.other.nameEn.localeCompare(b.other.nameEn));
  const mentionRows = db
    .select({
      id: mentions.id,
      evidence: mentions.evidence,
      surface: mentions.surface,
      status: mentions.status,
      articleSlug: articles.slug,
      articleTitle: articles.title,
      publishedAt: articles.publishedAt,
    })
    .from(mentions)
    .innerJoin(articles, eq(articles.id, mentions.articleId))
    .where(and(eq(mentions.entityId, id), sql`${mentions.status} <> 'rejected'`, isNull(articles.deletedAt)))
    .orderBy(desc(articles.publishedAt))
    .limit(200)
    .all();
  const eventEvidence =
    entity.kind === "event"
      ? db
          .select({ id: articleEvents.id, evidence: articleEvents.evidence, status: articleEvents.status, articleSlug: articles.slug, articleTitle: articles.title })
          .from(articleEvents)
          .innerJoin(articles, eq(articles.id, articleEvents.articleId))
          .where(and(eq(articleEvents.eventId, id), sql`${articleEvents.status} <> 'rejected'`))
          .all()
      : [];
  return { entity, aliases: aliasRows, sources: sourceRows, relations: relationViews, mentions: mentionRows, eventEvidence };
}
export type EntityDetail = NonNullable<ReturnType<typeof getEntityDetail>>;

export type ListSort = "date" | "name";

export function listEntities({
  db,
  kind,
  sort = "date",
  direction = "desc",
  limit,
  offset = 0,
}: {
  db: AtlasDatabase;
  kind: EntityKind;
  sort?: ListSort;
  direction?: "asc" | "desc";
  limit?: number;
  offset?: number;
}) {
  const order = sort === "name" ? entities.nameEn : entities.date;
  const query = db
    .select({ ...summaryColumns, description: entities.description })
    .from(entities)
    .where(and(eq(entities.kind, kind), visibleEntity))
    .orderBy(direction === "asc" ? sql`${order} IS NULL, ${order} ASC` : sql`${order} IS NULL, ${order} DESC`, asc(entities.nameEn));
  return limit === undefined ? query.all() : query.limit(limit).offset(offset).all();
}

export function countEntitiesOfKind({ db, kind }: { db: AtlasDatabase; kind: EntityKind }): number {
  return (
    db
      .select({ n: sql<number>`count(*)` })
      .from(entities)
      .where(and(eq(entities.kind, kind), visibleEntity))
      .get()?.n ?? 0
  );
}

export function countEntitiesByKind({ db }: { db: AtlasDatabase }): Record<string, number> {
  const rows = db
    .select({ kind: entities.kind, n: sql<number>`count(*)` })
    .from(entities)
    .where(visibleEntity)
    .groupBy(entities.kind)
    .all();
  const counts: Record<string, number> = Object.fromEntries(rows.map((r) => [r.kind, r.n]));
  counts.article =
    db
      .select({ n: sql<number>`count(*)` })
      .from(articles)
      .where(isNull(articles.deletedAt))
      .get()?.n ?? 0;
  return counts;
}

export function listLatestEvents({ db, limit = 8 }: { db: AtlasDatabase; limit?: number }) {
  return db
    .select(summaryColumns)
    .from(entities)
    .where(and(eq(entities.kind, "event"), visibleEntity, sql`${entities.date} IS NOT NULL`))
    .orderBy(desc(entities.date))
    .limit(limit)
    .all();
}
