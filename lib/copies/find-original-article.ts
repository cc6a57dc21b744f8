import type Database from "better-sqlite3";
import { BAND_COUNT, bandKeys, COPY_THRESHOLD, jaccardSorted, minhashSignature, sortedShingles } from "./minhash";

/**
 * The first article of the story this text reprints, if any: LSH band candidates among stored originals
 * (never copies, so a copy of a copy points at the first), decided by exact Jaccard ≥ COPY_THRESHOLD; the
 * most similar wins, the oldest on a tie. Also returns the bands to store when the text is an original.
 *
 * `client`: the raw connection of the caller's open transaction (the write path's); the lookups are prepared
 * once per connection: building them with the query builder cost more than the copy check itself.
 */
export function findOriginalArticle({
  client,
  body,
  contentHash,
  excludeId,
}: {
  client: Database.Database;
  body: string;
  /** the body's content hash (extract-article.ts): its shingles are kept for the stories checked after it */
  contentHash?: string;
  excludeId?: number;
}): {
  original: { id: number; slug: string; similarity: number } | null;
  bands: string[];
} {
  // the shingles are hashed once: for the signature and for the exact comparison
  const mine = sortedShingles(body);
  // a story is most often a candidate of the ones ingested soon after it: without this, each of them read its
  // body back and hashed it again (a body never changes under its hash; one not stored in the end costs nothing)
  if (contentHash) cacheShingles({ key: contentHash, shingles: mine });
  const bands = bandKeys(minhashSignature(mine));
  // the first 200 distinct articles, in the order the band index yields them
  const candidateIds = [
    ...new Set(
      statement(client, "bandArticles")
        .pluck()
        .all(...bands) as number[],
    ),
  ].filter((id) => id !== excludeId);
  if (candidateIds.length === 0) return { original: null, bands };
  const candidates = statement(client, "originals").all(JSON.stringify(candidateIds.slice(0, 200))) as { id: number; slug: string; contentHash: string }[];
  let best: { id: number; slug: string; similarity: number } | null = null;
  for (const c of candidates) {
    const similarity = jaccardSorted(mine, shinglesOf({ client, id: c.id, key: c.contentHash }));
    if (similarity >= COPY_THRESHOLD && (!best || similarity > best.similarity || (similarity === best.similarity && c.id < best.id)))
      best = { id: c.id, slug: c.slug, similarity };
  }
  return { original: best, bands };
}

const SQL = {
  // textBands always yields BAND_COUNT keys: one statement of fixed shape
  bandArticles: `SELECT article_id FROM article_bands WHERE band IN (${Array.from({ length: BAND_COUNT }, () => "?").join(", ")})`,
  originals: `SELECT id, slug, content_hash AS contentHash FROM articles WHERE id IN (SELECT value FROM json_each(?)) AND deleted_at IS NULL AND copy_of_id IS NULL`,
  body: `SELECT body FROM articles WHERE id = ?`,
  deleteBands: `DELETE FROM article_bands WHERE article_id = ?`,
  insertBand: `INSERT INTO article_bands (article_id, band) VALUES (?, ?)`,
} as const;
const prepared = new WeakMap<Database.Database, Map<keyof typeof SQL, Database.Statement>>();
function statement(client: Database.Database, name: keyof typeof SQL): Database.Statement {
  let byName = prepared.get(client);
  if (!byName) prepared.set(client, (byName = new Map()));
  let st = byName.get(name);
  if (!st) byName.set(name, (st = client.prepare(SQL[name])));
  return st;
}

/**
 * Shingles of stored bodies, by content hash (a body never changes under its hash): one story's articles are
 * candidates for each other again and again during an ingest, and hashing a body costs more than the rest of
 * the copy check; the body is read only when its shingles are not cached. Bounded; cleared when full.
 */
const shingleCache = new Map<string, Uint32Array>();
function shinglesOf({ client, id, key }: { client: Database.Database; id: number; key: string }): Uint32Array {
  let s = shingleCache.get(key);
  if (!s) {
    s = sortedShingles((statement(client, "body").pluck().get(id) as string | undefined) ?? "");
    cacheShingles({ key, shingles: s });
  }
  return s;
}

function cacheShingles({ key, shingles }: { key: string; shingles: Uint32Array }): void {
  if (shingleCache.size >= 2000) shingleCache.clear();
  shingleCache.set(key, shingles);
}

/** Stores an original's bands (replacing any it had); `client`: the raw connection of the open transaction. */
export function storeArticleBands({ client, articleId, bands }: { client: Database.Database; articleId: number; bands: string[] }): void {
  statement(client, "deleteBands").run(articleId);
  // one prepared single-row insert per band: measured twice as fast as one 42-row VALUES list
  const insert = statement(client, "insertBand");
  for (const band of bands) insert.run(articleId, band);
}
