import "server-only";
import { and, asc, desc, eq, inArray, isNotNull, isNull, notExists, sql } from "drizzle-orm";
import type { AtlasDatabase } from "@/db/open";
import { alias } from "drizzle-orm/sqlite-core";
import { articleEvents, articles, entities, mentions, relations, sources } from "@/db/schema";
import { getEntitySummariesByIds, type EntitySummary } from "./entities";

const CONTEXT_CHARS = 90;

export type ReviewItem = {
  type: "mention" | "event" | "entity" | "relation";
  id: number;
  confidence: number | null;
  article: { slug: string; title: string } | null;
  /** text before the evidence sentence, the sentence, and after it (all from the article body) */
  context: { before: string; evidence: string; after: string };
  /** where the linked surface sits inside `evidence` (mentions only) */
  highlight: { start: number; end: number } | null;
  target: EntitySummary & { status: string };
  date: string | null;
  actors: { role: string; entity: EntitySummary }[];
  /** relations only: who (subject) in which role; `target` is the object */
  relation?: { subject: EntitySummary; role: string; why: { matched: string; form: string; rule: string } | null };
};

// SQLite substr is 1-based and counts characters, like JS string offsets for the text we store (BMP).
const before = (startCol: unknown) => sql<string>`substr(${articles.body}, max(${startCol} - ${CONTEXT_CHARS}, 0) + 1, min(${startCol}, ${CONTEXT_CHARS}))`;
const after = (startCol: unknown, evidenceCol: unknown) => sql<string>`substr(${articles.body}, ${startCol} + length(${evidenceCol}) + 1, ${CONTEXT_CHARS})`;

/**
 * What waits for an editor: suggested mentions, suggested event reports (with their proposed events) and
 * proposed entities not already covered by an event report; newest article first, then in reading order.
 */
export function listReviewQueue({ db, limit = 150 }: { db: AtlasDatabase; limit?: number }): { items: ReviewItem[]; total: number } {
  const mentionRows = db
    .select({
      id: mentions.id,
      confidence: mentions.confidence,
      entityId: mentions.entityId,
      start: mentions.start,
      end: mentions.end,
      evidence: mentions.evidence,
      evidenceStart: mentions.evidenceStart,
      articleId: articles.id,
      slug: articles.slug,
      title: articles.title,
      publishedAt: articles.publishedAt,
      before: before(mentions.evidenceStart),
      after: after(mentions.evidenceStart, mentions.evidence),
    })
    .from(mentions)
    .innerJoin(articles, eq(articles.id, mentions.articleId))
    .innerJoin(entities, eq(entities.id, mentions.entityId))
    // mentions of proposed entities are reviewed with the entity itself
    .where(and(eq(mentions.status, "suggested"), eq(entities.status, "confirmed"), isNull(articles.deletedAt), isNull(entities.deletedAt), isNull(entities.mergedIntoId)))
    .orderBy(desc(articles.publishedAt), desc(articles.id), asc(mentions.start))
    .limit(limit)
    .all();
  const eventRows = db
    .select({
      id: articleEvents.id,
      confidence: articleEvents.confidence,
      eventId: articleEvents.eventId,
      date: articleEvents.date,
      actors: articleEvents.actors,
      evidence: articleEvents.evidence,
      evidenceStart: articleEvents.evidenceStart,
      articleId: articles.id,
      slug: articles.slug,
      title: articles.title,
      publishedAt: articles.publishedAt,
      before: before(articleEvents.evidenceStart),
      after: after(articleEvents.evidenceStart, articleEvents.evidence),
    })
    .from(articleEvents)
    .innerJoin(articles, eq(articles.id, articleEvents.articleId))
    .where(and(eq(articleEvents.status, "suggested"), isNull(articles.deletedAt)))
    .orderBy(desc(articles.publishedAt), desc(articles.id), asc(articleEvents.evidenceStart))
    .limit(limit)
    .all();
  // participation statements read by ingestion (event actors are reviewed with their event report)
  const subjectEntity = alias(entities, "subject_entity");
  const relationRows = db
    .select({
      id: relations.id,
      subjectId: relations.subjectId,
      objectId: relations.objectId,
      role: relations.role,
      why: relations.why,
      spanStart: relations.spanStart,
      spanEnd: relations.spanEnd,
      evidence: sql<string>`coalesce(${relations.evidence}, '')`,
      evidenceStart: sql<number>`coalesce(${relations.evidenceStart}, 0)`,
      articleId: articles.id,
      slug: articles.slug,
      title: articles.title,
      publishedAt: articles.publishedAt,
      before: before(sql`coalesce(${relations.evidenceStart}, 0)`),
      after: after(sql`coalesce(${relations.evidenceStart}, 0)`, relations.evidence),
    })
    .from(relations)
    .innerJoin(articles, eq(articles.id, relations.sourceArticleId))
    .innerJoin(entities, eq(entities.id, relations.objectId))
    .innerJoin(subjectEntity, eq(subjectEntity.id, relations.subjectId))
    .where(
      and(
        eq(relations.status, "suggested"),
        isNotNull(relations.why),
        isNull(relations.deletedAt),
        isNull(articles.deletedAt),
        eq(entities.status, "confirmed"),
        isNull(entities.deletedAt),
        eq(subjectEntity.status, "confirmed"),
        isNull(subjectEntity.deletedAt),
      ),
    )
    .orderBy(desc(articles.publishedAt), desc(articles.id), asc(relations.spanStart))
    .limit(limit)
    .all();
  // proposed entities with no suggested event report (those are reviewed through the report)
  const proposedRows = db
    .select({ id: entities.id })
    .from(entities)
    .where(
      and(
        eq(entities.status, "proposed"),
        isNull(entities.deletedAt),
        isNull(entities.mergedIntoId),
        notExists(
          db
            .select({ one: sql`1` })
            .from(articleEvents)
            .where(and(eq(articleEvents.eventId, entities.id), eq(articleEvents.status, "suggested"))),
        ),
      ),
    )
    .orderBy(desc(entities.createdAt))
    .limit(limit)
    .all();
  const proposedIds = proposedRows.map((r) => r.id);
  const proposedMentions = proposedIds.length
    ? db
        .select({
          entityId: mentions.entityId,
          start: mentions.start,
          end: mentions.end,
          evidence: mentions.evidence,
          evidenceStart: mentions.evidenceStart,
          confidence: mentions.confidence,
          slug: articles.slug,
          title: articles.title,
          before: before(mentions.evidenceStart),
          after: after(mentions.evidenceStart, mentions.evidence),
        })
        .from(mentions)
        .innerJoin(articles, eq(articles.id, mentions.articleId))
        .where(and(inArray(mentions.entityId, proposedIds), eq(mentions.status, "suggested")))
        .orderBy(asc(mentions.id))
        .all()
    : [];
  const proposedSources = proposedIds.length
    ? db
        .select({ entityId: sources.entityId, slug: articles.slug, title: articles.title, note: sources.note })
        .from(sources)
        .innerJoin(articles, eq(articles.id, sources.articleId))
        .where(inArray(sources.entityId, proposedIds))
        .all()
    : [];

  const actorIds = eventRows.flatMap((e) => (e.actors ?? []).map((a) => a.entityId));
  const summaries = getEntitySummariesByIds({
    db,
    ids: [
      ...new Set([
        ...mentionRows.map((m) => m.entityId),
        ...eventRows.map((e) => e.eventId),
        ...proposedIds,
        ...actorIds,
        ...relationRows.flatMap((r) => [r.subjectId, r.objectId]),
      ]),
    ],
  });
  const statuses = new Map(
    db
      .select({ id: entities.id, status: entities.status })
      .from(entities)
      .where(inArray(entities.id, [...summaries.keys()].length ? [...summaries.keys()] : [0]))
      .all()
      .map((r) => [r.id, r.status]),
  );
  const target = (id: number) => ({ ...summaries.get(id)!, status: statuses.get(id) ?? "confirmed" });

  const contextOf = (r: { before: string; evidence: string; after: string }) => ({ before: r.before, evidence: r.evidence, after: r.after });
  const highlightOf = (m: { start: number; end: number; evidenceStart: number }) => ({ start: m.start - m.evidenceStart, end: m.end - m.evidenceStart });

  // newest article first, then in reading order
  type Keyed = { item: ReviewItem; sortKey: [string, number, number] };
  const keyed: Keyed[] = [
    ...mentionRows.map((m): Keyed => ({
      item: {
        type: "mention",
        id: m.id,
        confidence: m.confidence,
        article: { slug: m.slug, title: m.title },
        context: contextOf(m),
        highlight: highlightOf(m),
        target: target(m.entityId),
        date: null,
        actors: [],
      },
      sortKey: [m.publishedAt ?? "", m.articleId, m.start],
    })),
    ...eventRows.map((e): Keyed => ({
      item: {
        type: "event",
        id: e.id,
        confidence: e.confidence,
        article: { slug: e.slug, title: e.title },
        context: contextOf(e),
        highlight: null,
        target: target(e.eventId),
        date: e.date,
        actors: (e.actors ?? []).flatMap((a) => (summaries.has(a.entityId) ? [{ role: a.role, entity: summaries.get(a.entityId)! }] : [])),
      },
      sortKey: [e.publishedAt ?? "", e.articleId, e.evidenceStart],
    })),
    ...relationRows.map((r): Keyed => ({
      item: {
        type: "relation",
        id: r.id,
        confidence: null,
        article: { slug: r.slug, title: r.title },
        context: contextOf(r),
        highlight: r.spanStart !== null && r.spanEnd !== null ? highlightOf({ start: r.spanStart, end: r.spanEnd, evidenceStart: r.evidenceStart }) : null,
        target: target(r.objectId),
        date: null,
        actors: [],
        relation: { subject: summaries.get(r.subjectId)!, role: r.role, why: r.why ?? null },
      },
      sortKey: [r.publishedAt ?? "", r.articleId, r.spanStart ?? r.evidenceStart],
    })),
    ...proposedIds.map((id): Keyed => {
      const m = proposedMentions.find((p) => p.entityId === id);
      const src = proposedSources.find((p) => p.entityId === id);
      const s = summaries.get(id)!;
      const article = m ? { slug: m.slug, title: m.title } : src ? { slug: src.slug, title: src.title } : null;
      return {
        item: {
          type: "entity",
          id,
          confidence: m?.confidence ?? null,
          article,
          context: m ? contextOf(m) : { before: "", evidence: src?.note ?? s.nameEn, after: "" },
          highlight: m ? highlightOf(m) : null,
          target: target(id),
          date: s.date,
          actors: [],
        },
        sortKey: ["", 0, id],
      };
    }),
  ];
  keyed.sort((a, b) => b.sortKey[0].localeCompare(a.sortKey[0]) || b.sortKey[1] - a.sortKey[1] || a.sortKey[2] - b.sortKey[2]);
  return { items: keyed.slice(0, limit).map((k) => k.item), total: mentionRows.length + eventRows.length + relationRows.length + proposedIds.length };
}
