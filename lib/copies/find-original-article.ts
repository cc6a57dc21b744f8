import { and, eq, inArray, isNull } from "drizzle-orm";
import { articleBands, articles } from "@/db/schema";
import type { Tx } from "@/lib/entities/record-revision";
import { COPY_THRESHOLD, jaccard, shingleHashes, textBands } from "./minhash";

/**
 * The first article of the story this text reprints, if any: LSH band candidates among stored originals
 * (never copies, so a copy of a copy points at the first), decided by exact Jaccard ≥ COPY_THRESHOLD; the
 * most similar wins, the oldest on a tie. Also returns the bands to store when the text is an original.
 */
export function findOriginalArticle({ tx, body, excludeId }: { tx: Tx; body: string; excludeId?: number }): {
  original: { id: number; slug: string; similarity: number } | null;
  bands: string[];
} {
  const bands = textBands(body);
  const candidateIds = [
    ...new Set(
      tx
        .select({ id: articleBands.articleId })
        .from(articleBands)
        .where(inArray(articleBands.band, bands))
        .all()
        .map((r) => r.id),
    ),
  ].filter((id) => id !== excludeId);
  if (candidateIds.length === 0) return { original: null, bands };
  const candidates = tx
    .select({ id: articles.id, slug: articles.slug, body: articles.body, contentHash: articles.contentHash })
    .from(articles)
    .where(and(inArray(articles.id, candidateIds.slice(0, 200)), isNull(articles.deletedAt), isNull(articles.copyOfId)))
    .all();
  const mine = shingleHashes(body);
  let best: { id: number; slug: string; similarity: number } | null = null;
  for (const c of candidates) {
    const similarity = jaccard(mine, shinglesOf({ key: c.contentHash, body: c.body }));
    if (similarity >= COPY_THRESHOLD && (!best || similarity > best.similarity || (similarity === best.similarity && c.id < best.id)))
      best = { id: c.id, slug: c.slug, similarity };
  }
  return { original: best, bands };
}

/**
 * Shingles of stored bodies, by content hash (a body never changes under its hash): one story's articles are
 * candidates for each other again and again during an ingest, and hashing a body costs more than the rest of
 * the copy check. Bounded; cleared when full.
 */
const shingleCache = new Map<string, Set<number>>();
function shinglesOf({ key, body }: { key: string; body: string }): Set<number> {
  let s = shingleCache.get(key);
  if (!s) {
    if (shingleCache.size >= 2000) shingleCache.clear();
    s = shingleHashes(body);
    shingleCache.set(key, s);
  }
  return s;
}

/** Stores an original's bands (replacing any it had). */
export function storeArticleBands({ tx, articleId, bands }: { tx: Tx; articleId: number; bands: string[] }): void {
  tx.delete(articleBands).where(eq(articleBands.articleId, articleId)).run();
  // one multi-row insert: building a statement per band cost more than the copy check itself
  for (let i = 0; i < bands.length; i += 200)
    tx.insert(articleBands)
      .values(bands.slice(i, i + 200).map((band) => ({ articleId, band })))
      .run();
}
