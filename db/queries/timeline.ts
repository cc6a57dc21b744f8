import "server-only";
import { and, asc, desc, eq, inArray, isNotNull, isNull, ne, or, sql, type SQL, type SQLWrapper } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { AtlasDatabase } from "@/db/open";
import type { TimelineOrder } from "@/lib/timeline-query/timeline-filters";
import { findEntityByKey, visibleEntity } from "@/db/queries/entities";
import { aliases, articleEvents, articles, entities, mentions, relations, type EntityKind } from "@/db/schema";
import { partialDateBounds } from "@/lib/dates/partial-date";
import type { PeriodCount } from "@/lib/timeline-query/month-density";
import type { TimelineFilters } from "@/lib/timeline-query/timeline-filters";
import { TIMELINE_KINDS, type TimelineItem, type TimelineKind, type TimelineLink } from "@/lib/timeline-query/timeline-item";

/** A filter value resolved to its entity, for SQL (id) and for the page's filter chips (names). */
export type TimelineFilterEntity = { id: number; kind: EntityKind; key: string; nameEn: string; nameZh: string | null; iso2: string | null };

export type ResolvedTimelineFilters = TimelineFilters & {
  entities: { countries: TimelineFilterEntity[]; organisations: TimelineFilterEntity[]; initiatives: TimelineFilterEntity[]; resolutions: TimelineFilterEntity[] };
};

/**
 * Looks up the entities named by the filters (countries by ISO3, the rest by slug, following renames and
 * merges). Unknown names are reported rather than silently matching nothing.
 */
export function resolveTimelineFilters({
  db,
  filters,
}: {
  db: AtlasDatabase;
  filters: TimelineFilters;
}): { ok: true; value: ResolvedTimelineFilters } | { ok: false; message: string } {
  const unknown: string[] = [];
  const lookup = (kind: EntityKind, keys: string[]) =>
    keys.flatMap((key) => {
      const e = findEntityByKey({ db, kind, key });
      if (!e || e.status === "rejected") {
        unknown.push(`${kind} "${key}"`);
        return [];
      }
      return [{ id: e.id, kind, key: kind === "country" ? (e.iso3 ?? key) : e.slug, nameEn: e.nameEn, nameZh: e.nameZh, iso2: e.iso2 }];
    });
  const resolved = {
    countries: lookup("country", filters.countries),
    organisations: lookup("organisation", filters.organisations),
    initiatives: lookup("initiative", filters.initiatives),
    resolutions: lookup("resolution", filters.resolutions),
  };
  if (unknown.length) return { ok: false, message: `unknown ${unknown.join(", ")}` };
  return { ok: true, value: { ...filters, entities: resolved } };
}

// a reported refusal links a country to what it stayed out of: shown on both pages, but not as a tie on the timeline
const liveRelation = and(isNull(relations.deletedAt), eq(relations.status, "confirmed"), ne(relations.role, "non-signatory"));

/** Items linked to any of `ids` by a confirmed relation in either direction, or one of them itself. */
function linkedToAny(ids: number[]): SQL {
  const subjects = sql`SELECT ${relations.objectId} FROM ${relations} WHERE ${relations.subjectId} IN ${ids} AND ${liveRelation}`;
  const objects = sql`SELECT ${relations.subjectId} FROM ${relations} WHERE ${relations.objectId} IN ${ids} AND ${liveRelation}`;
  return sql`(${entities.id} IN ${ids} OR ${entities.id} IN (${subjects}) OR ${entities.id} IN (${objects}))`;
}

/**
 * The WHERE of a filtered timeline. Facets combine with AND; several values of one facet with OR.
 * Date range = overlap: an item is kept when the span its precision covers meets [from, to], so
 * `from=2024-12` keeps "2024" (it may have been December) and `to=2024-12` keeps "2024-12-03".
 * `length(date)` truncation compares the item's span with the bound at the item's own precision.
 */
function timelineWhere({ filters, withDates = true }: { filters: ResolvedTimelineFilters; withDates?: boolean }): SQL {
  const kinds: TimelineKind[] = filters.kinds.length ? filters.kinds : [...TIMELINE_KINDS];
  const conditions: (SQL | undefined)[] = [visibleEntity, inArray(entities.kind, kinds), isNotNull(entities.date)];
  for (const group of [filters.entities.countries, filters.entities.organisations, filters.entities.initiatives, filters.entities.resolutions]) {
    if (!group.length) continue;
    // countryMatch "all": linked to every one of the countries, not just one of them
    if (group === filters.entities.countries && filters.countryMatch === "all") conditions.push(...group.map((e) => linkedToAny([e.id])));
    else conditions.push(linkedToAny(group.map((e) => e.id)));
  }
  if (withDates && filters.from) conditions.push(sql`${entities.date} >= substr(${partialDateBounds(filters.from).first}, 1, length(${entities.date}))`);
  if (withDates && filters.to) conditions.push(sql`${entities.date} <= ${partialDateBounds(filters.to).last}`);
  if (filters.q) {
    const like = `%${filters.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const has = (col: SQLWrapper) => sql`${col} LIKE ${like} ESCAPE '\\'`;
    conditions.push(
      or(
        has(entities.nameEn),
        has(entities.nameZh),
        has(entities.description),
        has(entities.symbol),
        has(entities.location),
        sql`EXISTS (SELECT 1 FROM ${aliases} WHERE ${aliases.entityId} = ${entities.id} AND ${aliases.alias} LIKE ${like} ESCAPE '\\')`,
      ),
    );
  }
  return and(...conditions)!;
}

/** Timeline order (lib/dates/partial-date.ts): date string order, so a coarser date leads its period. */
const timelineOrder = [asc(entities.date), asc(entities.nameEn), asc(entities.id)];
/**
 * Newest first: years and months descending, but a date known only to its year (or month) still leads its
 * period, as in the oldest-first order, so the year and month headings frame the same items either way.
 */
const newestFirstOrder = [
  sql`substr(${entities.date}, 1, 4) DESC`,
  sql`length(${entities.date}) > 4`,
  sql`substr(${entities.date}, 1, 7) DESC`,
  sql`length(${entities.date}) > 7`,
  desc(entities.date),
  asc(entities.nameEn),
  asc(entities.id),
];

/** Timeline order: oldest first (the page's default) or newest first (followed views). */
export type { TimelineOrder } from "@/lib/timeline-query/timeline-filters";

const itemColumns = {
  id: entities.id,
  kind: entities.kind,
  slug: entities.slug,
  subtype: entities.subtype,
  nameEn: entities.nameEn,
  nameZh: entities.nameZh,
  symbol: entities.symbol,
  date: entities.date,
  endDate: entities.endDate,
  location: entities.location,
  description: entities.description,
  updatedAt: entities.updatedAt,
};

function chunks<T>(values: T[], size = 5000): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < values.length; i += size) out.push(values.slice(i, i + size));
  return out;
}

/** Participants, linked initiatives/resolutions/events and evidence counts for a page of items. */
function hydrateItems({
  db,
  rows,
}: {
  db: AtlasDatabase;
  rows: Omit<TimelineItem, "countries" | "organisations" | "initiatives" | "resolutions" | "events" | "articleCount">[];
}): TimelineItem[] {
  const items = new Map<number, TimelineItem>(rows.map((r) => [r.id, { ...r, countries: [], organisations: [], initiatives: [], resolutions: [], events: [], articleCount: 0 }]));
  const other = alias(entities, "other");
  const otherColumns = { kind: other.kind, slug: other.slug, nameEn: other.nameEn, nameZh: other.nameZh, iso2: other.iso2, iso3: other.iso3, symbol: other.symbol };
  const otherVisible = and(eq(other.status, "confirmed"), isNull(other.deletedAt), isNull(other.mergedIntoId));
  for (const ids of chunks([...items.keys()])) {
    // the item is the relation's subject ("outgoing") or its object ("incoming"); the other end is the link
    const linksOf = (direction: "incoming" | "outgoing") => {
      const [itemEnd, otherEnd] = direction === "outgoing" ? [relations.subjectId, relations.objectId] : [relations.objectId, relations.subjectId];
      return db
        .select({ itemId: itemEnd, role: relations.role, ...otherColumns })
        .from(relations)
        .innerJoin(other, eq(other.id, otherEnd))
        .where(and(inArray(itemEnd, ids), liveRelation, otherVisible))
        .all()
        .map((r) => ({ ...r, direction }));
    };
    for (const { itemId, ...link } of [...linksOf("outgoing"), ...linksOf("incoming")]) {
      const item = items.get(itemId);
      if (!item) continue;
      const bucket = { country: item.countries, organisation: item.organisations, initiative: item.initiatives, resolution: item.resolutions, event: item.events }[link.kind];
      // one entry per linked entity even when it has several roles (e.g. host and participant)
      if (!bucket.some((l) => l.slug === link.slug)) bucket.push(link satisfies TimelineLink);
    }
    const counts = db.all<{ id: number; n: number }>(sql`
      SELECT x.entity_id AS id, count(DISTINCT x.article_id) AS n FROM (
        SELECT ${mentions.entityId} AS entity_id, ${mentions.articleId} AS article_id FROM ${mentions}
          WHERE ${mentions.entityId} IN ${ids} AND ${mentions.status} <> 'rejected'
        UNION ALL
        SELECT ${articleEvents.eventId}, ${articleEvents.articleId} FROM ${articleEvents}
          WHERE ${articleEvents.eventId} IN ${ids} AND ${articleEvents.status} <> 'rejected'
      ) x JOIN ${articles} ON ${articles.id} = x.article_id AND ${articles.deletedAt} IS NULL
      GROUP BY x.entity_id`);
    for (const c of counts) items.get(c.id)!.articleCount = c.n;
  }
  const byName = (a: TimelineLink, b: TimelineLink) => a.nameEn.localeCompare(b.nameEn);
  for (const item of items.values()) for (const list of [item.countries, item.organisations, item.initiatives, item.resolutions, item.events]) list.sort(byName);
  return [...items.values()];
}

/** One window of the filtered timeline, in timeline order, with the total number of matches. */
/** `order` (the feeds') wins over the filters' own `order` (the page's ?order=); oldest first by default. */
export function listTimelineItems({
  db,
  filters,
  limit,
  offset,
  order = filters.order ?? "oldest",
}: {
  db: AtlasDatabase;
  filters: ResolvedTimelineFilters;
  limit: number;
  offset: number;
  order?: TimelineOrder;
}): { items: TimelineItem[]; total: number } {
  const where = timelineWhere({ filters });
  const total =
    db
      .select({ n: sql<number>`count(*)` })
      .from(entities)
      .where(where)
      .get()?.n ?? 0;
  if (total === 0 || offset >= total) return { items: [], total };
  const rows = db
    .select(itemColumns)
    .from(entities)
    .where(where)
    .orderBy(...(order === "newest" ? newestFirstOrder : timelineOrder))
    .limit(limit)
    .offset(offset)
    .all() as Parameters<typeof hydrateItems>[0]["rows"];
  return { items: hydrateItems({ db, rows }), total };
}

/**
 * Counts per period of the filtered timeline, ignoring its date range (the density strip shows where the
 * range sits in the whole): "YYYY" for year-only dates, "YYYY-MM" for month and day dates.
 */
export function countTimelineByPeriod({ db, filters }: { db: AtlasDatabase; filters: ResolvedTimelineFilters }): PeriodCount[] {
  const period = sql<string>`CASE WHEN length(${entities.date}) = 4 THEN ${entities.date} ELSE substr(${entities.date}, 1, 7) END`;
  return db
    .select({ period, n: sql<number>`count(*)` })
    .from(entities)
    .where(timelineWhere({ filters, withDates: false }))
    .groupBy(period)
    .orderBy(period)
    .all();
}

export type FeedArticle = {
  id: number;
  slug: string;
  title: string;
  publisher: string | null;
  url: string | null;
  language: "zh" | "en";
  publishedAt: string | null;
  ingestedAt: string;
};

/** Newest timeline items, latest date first (the Atom feed's events). */
export function listNewestTimelineItems({ db, filters, limit }: { db: AtlasDatabase; filters: ResolvedTimelineFilters; limit: number }): TimelineItem[] {
  const rows = db.select(itemColumns).from(entities).where(timelineWhere({ filters })).orderBy(desc(entities.date), asc(entities.nameEn)).limit(limit).all() as Parameters<
    typeof hydrateItems
  >[0]["rows"];
  return hydrateItems({ db, rows });
}

/**
 * Newest articles for the feed: all articles when unfiltered, otherwise those giving evidence (mentions or
 * article_events) for an item of the filtered timeline.
 */
export function listFeedArticles({ db, filters, limit, filtered }: { db: AtlasDatabase; filters: ResolvedTimelineFilters; limit: number; filtered: boolean }): FeedArticle[] {
  const matched = sql`SELECT ${entities.id} FROM ${entities} WHERE ${timelineWhere({ filters })}`;
  const evidence = filtered
    ? or(
        sql`${articles.id} IN (SELECT ${mentions.articleId} FROM ${mentions} WHERE ${mentions.status} <> 'rejected' AND ${mentions.entityId} IN (${matched}))`,
        sql`${articles.id} IN (SELECT ${articleEvents.articleId} FROM ${articleEvents} WHERE ${articleEvents.status} <> 'rejected' AND ${articleEvents.eventId} IN (${matched}))`,
      )
    : undefined;
  return db
    .select({
      id: articles.id,
      slug: articles.slug,
      title: articles.title,
      publisher: articles.publisher,
      url: articles.url,
      language: articles.language,
      publishedAt: articles.publishedAt,
      ingestedAt: articles.ingestedAt,
    })
    .from(articles)
    .where(and(isNull(articles.deletedAt), isNull(articles.copyOfId), evidence))
    .orderBy(sql`coalesce(${articles.publishedAt}, ${articles.ingestedAt}) DESC`)
    .limit(limit)
    .all();
}

export type EventEvidence = {
  source: "event" | "mention";
  evidence: string;
  status: "suggested" | "confirmed" | "rejected";
  date: string | null;
  articleSlug: string;
  articleTitle: string;
  articleLanguage: "zh" | "en";
  publisher: string | null;
  publishedAt: string | null;
  url: string | null;
};

/**
 * The sentences from articles that report an item: article_events first (they state the dated happening),
 * then mentions; one entry per (article, sentence) so a sentence naming the event twice shows once.
 */
export function listItemEvidence({ db, id }: { db: AtlasDatabase; id: number }): EventEvidence[] {
  const articleColumns = {
    articleSlug: articles.slug,
    articleTitle: articles.title,
    articleLanguage: articles.language,
    publisher: articles.publisher,
    publishedAt: articles.publishedAt,
    url: articles.url,
  };
  const reported = db
    .select({ articleId: articles.id, evidence: articleEvents.evidence, status: articleEvents.status, date: articleEvents.date, ...articleColumns })
    .from(articleEvents)
    .innerJoin(articles, eq(articles.id, articleEvents.articleId))
    .where(and(eq(articleEvents.eventId, id), sql`${articleEvents.status} <> 'rejected'`, isNull(articles.deletedAt)))
    .orderBy(desc(articles.publishedAt), asc(articleEvents.evidenceStart))
    .all();
  const mentioned = db
    .select({ articleId: articles.id, evidence: mentions.evidence, status: mentions.status, ...articleColumns })
    .from(mentions)
    .innerJoin(articles, eq(articles.id, mentions.articleId))
    .where(and(eq(mentions.entityId, id), sql`${mentions.status} <> 'rejected'`, isNull(articles.deletedAt)))
    .orderBy(desc(articles.publishedAt), asc(mentions.start))
    .limit(200)
    .all();
  const seen = new Set<string>();
  const out: EventEvidence[] = [];
  for (const r of [...reported.map((r) => ({ ...r, source: "event" as const })), ...mentioned.map((r) => ({ ...r, date: null, source: "mention" as const }))]) {
    const key = `${r.articleId}\u0000${r.evidence}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({
      source: r.source,
      evidence: r.evidence,
      status: r.status,
      date: r.date,
      articleSlug: r.articleSlug,
      articleTitle: r.articleTitle,
      articleLanguage: r.articleLanguage,
      publisher: r.publisher,
      publishedAt: r.publishedAt,
      url: r.url,
    });
  }
  return out;
}

export type ItemRelation = TimelineLink & {
  id: number;
  status: "suggested" | "confirmed" | "rejected";
  date: string | null;
  sourceUrl: string | null;
  note: string | null;
  evidence: string | null;
};

/** Every live relation of one item with the other end (flags need its ISO2), confirmed and suggested alike. */
export function listItemRelations({ db, id }: { db: AtlasDatabase; id: number }): ItemRelation[] {
  const other = alias(entities, "other");
  const columns = {
    id: relations.id,
    role: relations.role,
    status: relations.status,
    date: relations.date,
    sourceUrl: relations.sourceUrl,
    note: relations.note,
    evidence: relations.evidence,
    kind: other.kind,
    slug: other.slug,
    nameEn: other.nameEn,
    nameZh: other.nameZh,
    iso2: other.iso2,
    iso3: other.iso3,
  };
  const live = and(isNull(relations.deletedAt), sql`${relations.status} <> 'rejected'`, isNull(other.deletedAt), sql`${other.status} <> 'rejected'`);
  const incoming = db
    .select(columns)
    .from(relations)
    .innerJoin(other, eq(other.id, relations.subjectId))
    .where(and(eq(relations.objectId, id), live))
    .all();
  const outgoing = db
    .select(columns)
    .from(relations)
    .innerJoin(other, eq(other.id, relations.objectId))
    .where(and(eq(relations.subjectId, id), live))
    .all();
  return [...outgoing.map((r) => ({ ...r, direction: "outgoing" as const })), ...incoming.map((r) => ({ ...r, direction: "incoming" as const }))].sort(
    (a, b) => a.nameEn.localeCompare(b.nameEn) || a.role.localeCompare(b.role),
  );
}
