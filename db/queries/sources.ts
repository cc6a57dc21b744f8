import { asc, desc, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { AtlasDatabase } from "@/db/open";
import { articles, sourceItems, watchedSources, type SourceItemStatus } from "@/db/schema";

export type SourceRow = typeof watchedSources.$inferSelect & { counts: Record<SourceItemStatus, number> };

const emptyCounts = (): Record<SourceItemStatus, number> => ({ pending: 0, ingested: 0, copy: 0, duplicate: 0, failed: 0, skipped: 0 });

/** Every watched source with its item counts by status. */
export function listWatchedSources({ db }: { db: AtlasDatabase }): SourceRow[] {
  const rows = db.select().from(watchedSources).orderBy(asc(watchedSources.id)).all();
  const counts = new Map<number, Record<SourceItemStatus, number>>();
  for (const c of db
    .select({ sourceId: sourceItems.sourceId, status: sourceItems.status, n: sql<number>`count(*)` })
    .from(sourceItems)
    .groupBy(sourceItems.sourceId, sourceItems.status)
    .all()) {
    const bucket = counts.get(c.sourceId) ?? counts.set(c.sourceId, emptyCounts()).get(c.sourceId)!;
    bucket[c.status] = c.n;
  }
  return rows.map((r) => ({ ...r, counts: counts.get(r.id) ?? emptyCounts() }));
}

export function findWatchedSource({ db, id }: { db: AtlasDatabase; id: number }) {
  return db.select().from(watchedSources).where(eq(watchedSources.id, id)).get();
}

/** A source's items, newest first, with the article each became and the article that one copies. */
export function listSourceItems({ db, sourceId, limit = 500 }: { db: AtlasDatabase; sourceId: number; limit?: number }) {
  const original = alias(articles, "original");
  return db
    .select({
      id: sourceItems.id,
      url: sourceItems.url,
      title: sourceItems.title,
      status: sourceItems.status,
      error: sourceItems.error,
      attempts: sourceItems.attempts,
      nextAttemptAt: sourceItems.nextAttemptAt,
      article: articles.slug,
      copyOf: original.slug,
    })
    .from(sourceItems)
    .leftJoin(articles, eq(articles.id, sourceItems.articleId))
    .leftJoin(original, eq(original.id, articles.copyOfId))
    .where(eq(sourceItems.sourceId, sourceId))
    .orderBy(desc(sourceItems.id))
    .limit(limit)
    .all();
}
