import "server-only";
import { and, asc, desc, eq, isNotNull, isNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { AtlasDatabase } from "@/db/open";
import { articleEvents, articles, entities, mentions, relations } from "@/db/schema";

export function listArticles({
  db,
  sort = "date",
  direction = "desc",
  limit = 200,
  offset = 0,
}: {
  db: AtlasDatabase;
  sort?: "date" | "title";
  direction?: "asc" | "desc";
  limit?: number;
  offset?: number;
}) {
  const col = sort === "title" ? articles.title : articles.publishedAt;
  return db
    .select({
      id: articles.id,
      slug: articles.slug,
      title: articles.title,
      publisher: articles.publisher,
      publishedAt: articles.publishedAt,
      language: articles.language,
      mentionCount: sql<number>`(SELECT count(*) FROM ${mentions} WHERE ${mentions.articleId} = ${articles.id} AND ${mentions.status} <> 'rejected')`,
    })
    .from(articles)
    .where(and(isNull(articles.deletedAt), isNull(articles.copyOfId))) // one story: reprints are listed on their first article
    .orderBy(direction === "asc" ? asc(col) : desc(col), asc(articles.id))
    .limit(limit)
    .offset(offset)
    .all();
}

export function countArticles({ db }: { db: AtlasDatabase }): number {
  return (
    db
      .select({ n: sql<number>`count(*)` })
      .from(articles)
      .where(and(isNull(articles.deletedAt), isNull(articles.copyOfId)))
      .get()?.n ?? 0
  );
}

export function findArticleBySlug({ db, slug }: { db: AtlasDatabase; slug: string }) {
  return db
    .select()
    .from(articles)
    .where(and(eq(articles.slug, slug), isNull(articles.deletedAt)))
    .get();
}

export function getArticleDetail({ db, id }: { db: AtlasDatabase; id: number }) {
  const article = db.select().from(articles).where(eq(articles.id, id)).get();
  if (!article) return undefined;
  const mentionRows = db
    .select({
      id: mentions.id,
      start: mentions.start,
      end: mentions.end,
      surface: mentions.surface,
      evidence: mentions.evidence,
      evidenceStart: mentions.evidenceStart,
      confidence: mentions.confidence,
      status: mentions.status,
      method: mentions.method,
      why: mentions.why,
      entityId: entities.id,
      kind: entities.kind,
      slug: entities.slug,
      nameEn: entities.nameEn,
      nameZh: entities.nameZh,
      iso3: entities.iso3,
      symbol: entities.symbol,
      entityStatus: entities.status,
    })
    .from(mentions)
    .innerJoin(entities, eq(entities.id, mentions.entityId))
    .where(and(eq(mentions.articleId, id), sql`${mentions.status} <> 'rejected'`))
    .orderBy(asc(mentions.start))
    .all();
  const eventRows = db
    .select({
      id: articleEvents.id,
      date: articleEvents.date,
      evidence: articleEvents.evidence,
      evidenceStart: articleEvents.evidenceStart,
      evidenceEnd: articleEvents.evidenceEnd,
      status: articleEvents.status,
      confidence: articleEvents.confidence,
      eventId: entities.id,
      slug: entities.slug,
      nameEn: entities.nameEn,
      nameZh: entities.nameZh,
      eventDate: entities.date,
      entityStatus: entities.status,
    })
    .from(articleEvents)
    .innerJoin(entities, eq(entities.id, articleEvents.eventId))
    .where(and(eq(articleEvents.articleId, id), sql`${articleEvents.status} <> 'rejected'`))
    .orderBy(asc(articleEvents.evidenceStart))
    .all();
  const copyOf = article.copyOfId
    ? (db.select({ slug: articles.slug, title: articles.title, publisher: articles.publisher, url: articles.url }).from(articles).where(eq(articles.id, article.copyOfId)).get() ??
      null)
    : null;
  // "also published by": the other copies of the same story (of this article, or of the one it copies)
  const storyId = article.copyOfId ?? article.id;
  const copies = db
    .select({ slug: articles.slug, title: articles.title, publisher: articles.publisher, url: articles.url })
    .from(articles)
    .where(and(eq(articles.copyOfId, storyId), isNull(articles.deletedAt), sql`${articles.id} <> ${article.id}`))
    .orderBy(asc(articles.id))
    .all();
  // participation statements read from this article (suggested or confirmed), between live entities
  const subject = alias(entities, "subject_entity");
  const relationRows = db
    .select({
      id: relations.id,
      role: relations.role,
      status: relations.status,
      evidence: relations.evidence,
      start: relations.spanStart,
      end: relations.spanEnd,
      why: relations.why,
      subjectKind: subject.kind,
      subjectSlug: subject.slug,
      subjectIso3: subject.iso3,
      subjectName: subject.nameEn,
      subjectStatus: subject.status,
      objectKind: entities.kind,
      objectSlug: entities.slug,
      objectIso3: entities.iso3,
      objectName: entities.nameEn,
      objectSymbol: entities.symbol,
      objectStatus: entities.status,
    })
    .from(relations)
    .innerJoin(entities, eq(entities.id, relations.objectId))
    .innerJoin(subject, eq(subject.id, relations.subjectId))
    .where(
      and(
        eq(relations.sourceArticleId, id),
        isNotNull(relations.spanStart),
        isNull(relations.deletedAt),
        sql`${relations.status} <> 'rejected'`,
        isNull(entities.deletedAt),
        isNull(subject.deletedAt),
      ),
    )
    .orderBy(asc(relations.spanStart))
    .all();
  return { article, mentions: mentionRows, events: eventRows, relations: relationRows, copyOf, copies };
}
export type ArticleDetail = NonNullable<ReturnType<typeof getArticleDetail>>;
