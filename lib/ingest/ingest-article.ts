import type Database from "better-sqlite3";
import { eq, sql } from "drizzle-orm";
import type { AtlasDatabase } from "@/db/open";
import { articleEvents, articles, mentions, relations, type ReviewStatus } from "@/db/schema";
import { z } from "zod";
import { enqueueSearchSync } from "@/lib/search/enqueue-search-sync";
import { OPERATOR, runCommandSync, type WriteActor } from "@/lib/write/run-command";
import { refusalOf } from "@/lib/errors/write-refusal";
import { addToGazetteer, restoreGazetteerState, saveGazetteerState, type Gazetteer, type GazetteerState } from "@/lib/linking/gazetteer";
import { linkArticle } from "@/lib/linking/link-article";
import { linkWithinLimits, type FoundLinks } from "./link-within-limits";
import { LINK_AHEAD_MIN, startLinkAhead, type LinkAhead } from "./link-ahead";
import { loadGazetteer } from "@/lib/linking/load-gazetteer";
import { normaliseKey } from "@/lib/linking/normalise";
import type { EventActor, FoundRelation } from "@/lib/linking/types";
import { IngestError, type IngestErrorCode } from "@/lib/errors/ingest-error";
import { statesAnyFact, statesNewFacts } from "@/lib/copies/states-new-facts";
import { findOriginalArticle, storeArticleBands } from "@/lib/copies/find-original-article";
import { contentHash, extractArticle, type ArticleHints, type ExtractedArticle } from "./extract-article";
import { articleSlug, proposedSlug } from "./slug";

/**
 * Persisting one article, in ONE transaction: the article row, its mentions, article_events, proposed entities
 * (status "proposed", never confirmed), suggested relations for event actors, and the search outbox rows.
 *
 * Review policy: a mention found by an exact name/alias or UN symbol with confidence ≥ 0.9 is stored as
 * "confirmed" (full names, official short forms such as 中方/UN/ITU); demonyms (0.8, "Chinese"), descriptive
 * resolution references (≤ 0.85), pattern-found proposed entities (0.5) and every event and relation are
 * "suggested" and wait for an editor.
 */
export const CONFIRM_THRESHOLD = 0.9;

export type IngestOutcome =
  /** `copyOf`: the slug of the story this one reprints (lib/copies), stored as a copy without links of its own */
  | { ok: true; slug: string; articleId: number; mentions: number; events: number; duplicate: boolean; updated?: boolean; copyOf?: string | null }
  /** `code`: a refusal of the input (maps to 4xx); without it, storing failed */
  | { ok: false; error: string; code?: IngestErrorCode; /** a refusal's status (403, 503 …) when the write path refused it */ status?: number };

type Tx = Parameters<Parameters<AtlasDatabase["transaction"]>[0]>[0];

export function ingestArticle({
  db,
  bytes,
  fileName,
  gazetteer,
  hints,
  actor = OPERATOR,
}: {
  db: AtlasDatabase;
  bytes: Uint8Array;
  fileName: string;
  gazetteer?: Gazetteer;
  hints?: ArticleHints;
  actor?: WriteActor | null;
}): IngestOutcome {
  let article: ExtractedArticle;
  try {
    article = extractArticle({ bytes, fileName, hints });
  } catch (error) {
    return refusal(error);
  }
  return ingestExtracted({ db, article, sourceName: fileName, gazetteer, actor });
}

function refusal(error: unknown): { ok: false; error: string; code?: IngestErrorCode } {
  return error instanceof IngestError ? { ok: false, error: error.message, code: error.code } : { ok: false, error: errorMessage(error) };
}

export function errorMessage(error: unknown): string {
  if (error instanceof IngestError) return error.message;
  const refusal = refusalOf(error);
  if (refusal) return refusal.message;
  const message = error instanceof Error ? error.message : String(error);
  return `could not be stored: ${message.split("\n")[0]}`;
}

/** What extraction hands to the write path: an article with a body. */
const extractedArticleSchema = z.custom<ExtractedArticle>(
  (v) => typeof v === "object" && v !== null && typeof (v as ExtractedArticle).body === "string" && (v as ExtractedArticle).body.trim() !== "",
  {
    message: "the article has no text",
  },
);

/**
 * Stores an already extracted article (the API's JSON input comes here directly) through the write path
 * (lib/write/run-command.ts): editor role (the operator's scripts pass OPERATOR), one IMMEDIATE transaction
 * retried while another process holds the lock, search changes delivered at once. A failure is an outcome
 * with the reason, never an exception: a batch goes on with the next file. `links`: linking already done
 * elsewhere (a worker thread, see prepare-in-worker.ts); without it the article is linked here, before the lock.
 */
export function ingestExtracted({
  db,
  article,
  sourceName,
  gazetteer,
  links,
  actor = OPERATOR,
}: {
  db: AtlasDatabase;
  article: ExtractedArticle;
  sourceName?: string | null;
  gazetteer?: Gazetteer;
  links?: FoundLinks;
  actor?: WriteActor | null;
}): IngestOutcome {
  let found: FoundLinks;
  let gz: Gazetteer;
  try {
    gz = gazetteer ?? loadGazetteer({ db });
    // Linking is the costly part and reads only the gazetteer: done before the write lock is taken, so
    // concurrent writers (another ingest, the web server) wait for the inserts only.
    found = links ?? linkWithinLimits({ article, gazetteer: gz });
  } catch (error) {
    return refusal(error);
  }
  // a caller's gazetteer forgets the proposed entities of a write that is rolled back
  const before = gazetteer ? saveGazetteerState({ gazetteer }) : null;
  try {
    return runCommandSync({
      db,
      actor,
      role: "editor",
      schema: extractedArticleSchema,
      input: article,
      command: ({ tx, input }) => storeArticle({ tx, client: db.$client, article: input, sourceName, gazetteer: gz, links: found }),
    });
  } catch (error) {
    if (before) restoreGazetteer({ gazetteer: gz, state: before });
    return { ok: false, error: errorMessage(error), status: refusalOf(error)?.status };
  }
}

/** How many articles a batch ingest stores per transaction: the write lock is held for about as many milliseconds. */
export const INGEST_BATCH = 16;

export type IngestItem = { bytes: Uint8Array; fileName: string; hints?: ArticleHints };

/**
 * Ingests many articles (npm run ingest, bench:ingest) with the outcome ingestArticle would give each, in this
 * order, storing up to INGEST_BATCH per write-path transaction: one commit writes the pages the articles share
 * (the tables' last pages, the search index's new segment, the band and mention indexes' pages) once, where one
 * commit per article wrote each of them again. An article that fails to store leaves nothing of itself and the
 * others are kept (storeBatch). Each article is linked inside the transaction, just before it is stored: against
 * the gazetteer as the articles before it left it (proposed entities included), as when stored one at a time.
 * Linked before the lock, one article in 20 (those adding a proposed entity) made the rest of its batch link
 * again, which cost more than the lock saved; the lock is held ~6 ms per article instead. With many articles a
 * worker thread links the next ones meanwhile, and its links are taken when they are the ones linking here would
 * give (link-ahead.ts).
 */
export function ingestArticles({
  db,
  items,
  gazetteer,
  actor = OPERATOR,
  linkAhead = items.length >= LINK_AHEAD_MIN,
}: {
  db: AtlasDatabase;
  items: IngestItem[];
  gazetteer?: Gazetteer;
  actor?: WriteActor | null;
  /**
   * Link the next articles in a worker thread while this one stores (link-ahead.ts; the same links, sooner): true
   * starts one for these items, a LinkAhead started on `gazetteer` by the caller is used (and left running).
   */
  linkAhead?: boolean | LinkAhead;
}): IngestOutcome[] {
  let gz: Gazetteer;
  try {
    gz = gazetteer ?? loadGazetteer({ db });
  } catch (error) {
    return items.map(() => refusal(error));
  }
  // started before extracting: its start-up overlaps the extraction
  const own = linkAhead === true ? startLinkAhead({ gazetteer: gz }) : null;
  const ahead = typeof linkAhead === "object" ? linkAhead : own;
  try {
    const extracted = items.map((item) => extractItem({ item }));
    // the articles storeBatch links, in order
    const linkable = extracted.flatMap((e) => (e.ok ? [{ body: e.article.body, publishedAt: e.article.publishedAt, language: e.article.language }] : []));
    let linkIndex = ahead ? ahead.giveArticles({ articles: linkable }) : 0;
    const outcomes: IngestOutcome[] = [];
    for (let i = 0; i < items.length; i += INGEST_BATCH) {
      const batch = extracted.slice(i, i + INGEST_BATCH);
      outcomes.push(...ingestBatch({ db, items: items.slice(i, i + INGEST_BATCH), extracted: batch, firstLinkIndex: linkIndex, gazetteer: gz, actor, ahead }));
      linkIndex += batch.filter((e) => e.ok).length;
    }
    return outcomes;
  } finally {
    own?.stop();
  }
}

type ExtractedItem = { ok: true; article: ExtractedArticle } | { ok: false; article?: ExtractedArticle; error?: unknown };

/** An item extracted: ok when the write path accepts it as it is (storeBatch links and stores it). */
function extractItem({ item }: { item: IngestItem }): ExtractedItem {
  let article: ExtractedArticle;
  try {
    article = extractArticle({ bytes: item.bytes, fileName: item.fileName, hints: item.hints });
  } catch (error) {
    return { ok: false, error };
  }
  return extractedArticleSchema.safeParse(article).success ? { ok: true, article } : { ok: false, article };
}

function ingestBatch({
  db,
  items,
  extracted,
  firstLinkIndex,
  gazetteer,
  actor,
  ahead,
}: {
  db: AtlasDatabase;
  items: IngestItem[];
  extracted: ExtractedItem[];
  firstLinkIndex: number;
  gazetteer: Gazetteer;
  actor: WriteActor | null;
  ahead: LinkAhead | null;
}): IngestOutcome[] {
  const outcomes: (IngestOutcome | undefined)[] = items.map(() => undefined);
  const ready: { at: number; article: ExtractedArticle; linkIndex: number }[] = [];
  for (const [at, e] of extracted.entries()) {
    if (e.ok) {
      ready.push({ at, article: e.article, linkIndex: firstLinkIndex + ready.length });
      continue;
    }
    // an article the write path would refuse gets that refusal on its own, not its batch's
    outcomes[at] = e.article ? ingestExtracted({ db, article: e.article, sourceName: items[at].fileName, gazetteer, actor }) : refusal(e.error);
  }
  if (ready.length) {
    const stored = storeBatch({
      db,
      ready: ready.map((r) => ({ article: r.article, sourceName: items[r.at].fileName, linkIndex: r.linkIndex })),
      gazetteer,
      actor,
      ahead,
    });
    for (const [n, r] of ready.entries()) outcomes[r.at] = stored[n];
  }
  return outcomes as IngestOutcome[];
}

/** An article of a batch stored without savepoints failed: its batch is rolled back and stored article by article. */
class BatchArticleFailed extends Error {}

/**
 * Stores linked-in-order articles in one write-path transaction. First without a savepoint per article (each
 * savepoint made the search index flush its pending terms, ~1 ms an article); if an article fails to store,
 * the whole transaction is rolled back, the gazetteer is put back as it was (the proposed entities the batch
 * added are gone with their rows) and the batch is stored again with a savepoint per article, so the failing
 * article gets its outcome and the others are kept, as when each had its savepoint from the start.
 */
function storeBatch({
  db,
  ready,
  gazetteer,
  actor,
  ahead = null,
  perArticle = false,
}: {
  db: AtlasDatabase;
  ready: { article: ExtractedArticle; sourceName: string; linkIndex?: number }[];
  gazetteer: Gazetteer;
  actor: WriteActor | null;
  /** links computed ahead in a worker thread, used when still valid */
  ahead?: LinkAhead | null;
  perArticle?: boolean;
}): IngestOutcome[] {
  const before = saveGazetteerState({ gazetteer });
  try {
    return runCommandSync({
      db,
      actor,
      role: "editor",
      schema: z.array(extractedArticleSchema),
      input: ready.map((r) => r.article),
      command: ({ tx, input }) =>
        input.map((article, n): IngestOutcome => {
          const { sourceName, linkIndex } = ready[n];
          let links: FoundLinks;
          try {
            // linked just before it is stored: against the gazetteer as the articles before it left it (the
            // worker's links only when they were made against that same gazetteer)
            links = (linkIndex !== undefined ? ahead?.takeLinks({ index: linkIndex }) : undefined) ?? linkWithinLimits({ article, gazetteer });
          } catch (error) {
            return storeFailure(error); // nothing written yet
          }
          const store = () => storeArticle({ tx, client: db.$client, article, sourceName, gazetteer, links });
          if (!perArticle) {
            let stored: IngestOutcome;
            try {
              stored = store();
            } catch (error) {
              throw new BatchArticleFailed("an article of the batch failed to store", { cause: error });
            }
            ahead?.shareAdditions();
            return stored;
          }
          const own = saveGazetteerState({ gazetteer });
          try {
            // a savepoint (better-sqlite3 nests a transaction as one): a failure undoes this article only
            return db.$client.transaction(store)();
          } catch (error) {
            restoreGazetteer({ gazetteer, state: own });
            return storeFailure(error);
          }
        }),
    });
  } catch (error) {
    restoreGazetteer({ gazetteer, state: before });
    // rolled back: the worker's gazetteer holds entities this one no longer has
    ahead?.stop();
    if (error instanceof BatchArticleFailed) return storeBatch({ db, ready, gazetteer, actor, perArticle: true });
    const failed: IngestOutcome = { ok: false, error: errorMessage(error), status: refusalOf(error)?.status };
    return ready.map(() => failed);
  }
}

function storeFailure(error: unknown): IngestOutcome {
  return error instanceof IngestError ? refusal(error) : { ok: false, error: errorMessage(error), status: refusalOf(error)?.status };
}

/** The gazetteer as it was before rolled-back writes; the originals' relations linked since are forgotten too. */
function restoreGazetteer({ gazetteer, state }: { gazetteer: Gazetteer; state: GazetteerState }): void {
  restoreGazetteerState({ gazetteer, state });
  relationCache.delete(gazetteer);
}

/** The command: the article row, its links and search outbox rows, inside the write path's transaction. */
function storeArticle({
  tx,
  client,
  article,
  sourceName,
  gazetteer,
  links,
}: {
  tx: Tx;
  client: Database.Database;
  article: ExtractedArticle;
  sourceName?: string | null;
  gazetteer: Gazetteer;
  links: FoundLinks;
}): IngestOutcome & { ok: true } {
  const digest = contentHash(article.body);
  const same = preparedStatement({ client, name: "byContentHash" }).get(digest) as { id: number; slug: string } | undefined;
  if (same) {
    const counts = countLinks(tx, same.id);
    return { ok: true as const, slug: same.slug, articleId: same.id, ...counts, duplicate: true };
  }
  const sameUrl = article.url ? (preparedStatement({ client, name: "byUrl" }).get(article.url) as { id: number; slug: string } | undefined) : undefined;
  // A reprint of a stored story (lib/copies) is kept as a copy of the first: no links of its own.
  const found = findOriginalArticle({ client, body: article.body, contentHash: digest, excludeId: sameUrl?.id });
  const { bands } = found;
  const original = found.original && !reportsMore({ client, originalId: found.original.id, article, gazetteer, links }) ? found.original : null;
  let articleId: number;
  let slug: string;
  const values = {
    title: article.title,
    publisher: article.publisher,
    url: article.url,
    language: article.language,
    publishedAt: article.publishedAt,
    body: article.body,
    contentHash: digest,
    sourceName: sourceName ?? null,
    copyOfId: original?.id ?? null,
  };
  if (sameUrl) {
    articleId = sameUrl.id;
    slug = sameUrl.slug;
    tx.update(articles)
      .set({ ...values, updatedAt: sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))` })
      .where(eq(articles.id, articleId))
      .run();
  } else {
    slug = articleSlug({ title: article.title, publishedAt: article.publishedAt, hash: digest });
    if (preparedStatement({ client, name: "bySlug" }).get(slug)) slug = `${slug}-${digest.slice(8, 14)}`;
    const v = values; // bound as drizzle did: a missing optional field is NULL
    articleId = (
      preparedStatement({ client, name: "insertArticle" }).get(
        slug,
        v.title ?? null,
        v.publisher ?? null,
        v.url ?? null,
        v.language ?? null,
        v.publishedAt ?? null,
        v.body,
        v.contentHash,
        v.sourceName,
        v.copyOfId,
      ) as { id: number }
    ).id;
  }
  if (original) {
    tx.delete(mentions).where(eq(mentions.articleId, articleId)).run();
    tx.delete(articleEvents).where(eq(articleEvents.articleId, articleId)).run();
    storeArticleBands({ client, articleId, bands: [] });
  } else storeArticleBands({ client, articleId, bands });
  const counts = original ? { mentions: 0, events: 0 } : writeLinks({ tx, client, articleId, article, gazetteer, links });
  enqueueSearchSync({ tx, client, docType: "article", docId: articleId });
  return { ok: true as const, slug, articleId, mentions: counts.mentions, events: counts.events, duplicate: false, updated: !!sameUrl, copyOf: original?.slug ?? null };
}

/** A text sharing a stored story's wording that states participation facts of its own is a new story (lib/copies). */
function reportsMore({
  client,
  originalId,
  article,
  gazetteer,
  links,
}: {
  client: Database.Database;
  originalId: number;
  article: Pick<ExtractedArticle, "language">;
  gazetteer: Gazetteer;
  links: FoundLinks;
}): boolean {
  // no statement in a full sentence: nothing the original could lack, whatever it says (no need to re-link it)
  if (!statesAnyFact({ candidate: links.relations })) return false;
  const stored = preparedStatement({ client, name: "originalText" }).get(originalId) as
    { body: string; publishedAt: string | null; language: ExtractedArticle["language"] | null; contentHash: string } | undefined;
  if (!stored) return false;
  const language = stored.language ?? article.language;
  const before = originalRelations({
    gazetteer,
    key: `${stored.contentHash}\u0000${stored.publishedAt}\u0000${language}`,
    link: () => linkArticle({ body: stored.body, publishedAt: stored.publishedAt, language, gazetteer }).relations,
  });
  return statesNewFacts({ original: before, candidate: links.relations });
}

/**
 * The relations linking reads in an original, cached by its text (content hash, date, language) for as long as
 * the gazetteer is unchanged (ingestion adds proposed entities to it): a story reprinted many times is
 * re-linked once, not once per reprint. Bounded; cleared when full.
 */
const relationCache = new WeakMap<Gazetteer, { size: number; byText: Map<string, FoundRelation[]> }>();
function originalRelations({ gazetteer, key, link }: { gazetteer: Gazetteer; key: string; link: () => FoundRelation[] }): FoundRelation[] {
  let cache = relationCache.get(gazetteer);
  if (!cache || cache.size !== gazetteer.entries.size || cache.byText.size >= 500) relationCache.set(gazetteer, (cache = { size: gazetteer.entries.size, byText: new Map() }));
  let found = cache.byText.get(key);
  if (!found) cache.byText.set(key, (found = link()));
  return found;
}

function countLinks(tx: Tx, articleId: number) {
  const m =
    tx
      .select({ n: sql<number>`count(*)` })
      .from(mentions)
      .where(eq(mentions.articleId, articleId))
      .get()?.n ?? 0;
  const e =
    tx
      .select({ n: sql<number>`count(*)` })
      .from(articleEvents)
      .where(eq(articleEvents.articleId, articleId))
      .get()?.n ?? 0;
  return { mentions: m, events: e };
}

type ProposedInput = {
  kind: "initiative" | "resolution" | "event";
  slug?: string;
  nameEn: string | null;
  nameZh: string | null;
  symbol?: string | null;
  date?: string | null;
};

/** The entity a proposal names: known to the gazetteer, already stored by slug, or created now (status "proposed"). */
function findOrCreateProposed({
  tx,
  client,
  gazetteer,
  proposal: p,
  articleId,
}: {
  tx: Tx;
  client: Database.Database;
  gazetteer: Gazetteer;
  proposal: ProposedInput;
  articleId: number;
}): number {
  const name = p.nameZh ?? p.nameEn ?? "";
  const key = normaliseKey(name);
  const known = gazetteer.byName.get(key) ?? (p.nameEn ? gazetteer.byName.get(normaliseKey(p.nameEn)) : undefined);
  if (known !== undefined) return known;
  const slug = p.slug ?? proposedSlug({ kind: p.kind, name: p.nameEn ?? name, hash: contentHash(`${p.kind}:${key}`) });
  // prepared statements: one ingest proposes an entity every few articles, and a query built by drizzle each
  // time cost more than the rest of storing it
  const existing = preparedStatement({ client, name: "entityBySlug" }).get(p.kind, slug) as { id: number } | undefined;
  if (existing) return existing.id;
  const entity = {
    kind: p.kind,
    slug,
    nameEn: p.nameEn ?? name,
    nameZh: p.nameZh,
    status: "proposed" as const,
    symbol: p.symbol ?? null,
    date: p.date ?? null,
  };
  const id = (
    preparedStatement({ client, name: "insertProposed" }).get(
      entity.kind,
      entity.slug,
      entity.nameEn,
      entity.nameZh ?? null,
      entity.status,
      entity.symbol,
      entity.date,
      "Proposed by ingestion; waiting for an editor.",
    ) as { id: number }
  ).id;
  preparedStatement({ client, name: "insertSource" }).run(id, articleId, "proposed by ingestion from this article");
  enqueueSearchSync({ tx, client, docType: "entity", docId: id });
  addToGazetteer(gazetteer, { id, ...entity, aliases: [] });
  return id;
}

type MentionRow = typeof mentions.$inferInsert;
type EventRow = typeof articleEvents.$inferInsert & { actors: EventActor[] };

/** Hot inserts, prepared once per connection: building a drizzle query per row cost more than the row itself. */
const SQL = {
  originalText: `SELECT body, published_at AS publishedAt, language, content_hash AS contentHash FROM articles WHERE id = ?`,
  byContentHash: `SELECT id, slug FROM articles WHERE content_hash = ?`,
  byUrl: `SELECT id, slug FROM articles WHERE url = ? AND deleted_at IS NULL`,
  bySlug: `SELECT id FROM articles WHERE slug = ?`,
  insertArticle: `INSERT INTO articles (slug, title, publisher, url, language, published_at, body, content_hash, source_name, copy_of_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
  entityBySlug: `SELECT id FROM entities WHERE kind = ? AND slug = ?`,
  insertProposed: `INSERT INTO entities (kind, slug, name_en, name_zh, status, symbol, date, description) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
  insertSource: `INSERT INTO sources (entity_id, article_id, note) VALUES (?, ?, ?)`,
  countLinks: `SELECT (SELECT count(*) FROM mentions WHERE article_id = ?) AS mentions, (SELECT count(*) FROM article_events WHERE article_id = ?) AS events`,
  ownMentions: `SELECT id, entity_id AS entityId, start, "end", status, reviewed_by AS reviewedBy, method FROM mentions WHERE article_id = ?`,
  ownArticleEvents: `SELECT id, event_id AS eventId, evidence_start AS evidenceStart, date, status, reviewed_by AS reviewedBy, actors FROM article_events WHERE article_id = ?`,
  ownStatements: `SELECT id, subject_id AS subjectId, object_id AS objectId, role FROM relations WHERE source_article_id = ? AND status = 'suggested' AND why IS NOT NULL`,
  ownActorRelations: `SELECT id, subject_id AS subjectId, object_id AS objectId, role FROM relations WHERE source_article_id = ? AND status = 'suggested' AND why IS NULL`,
  updateReportActors: `UPDATE article_events SET actors = ? WHERE id = ?`,
  mention: `INSERT INTO mentions (article_id, entity_id, surface, start, "end", evidence, evidence_start, confidence, status, method, why) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
  articleEvent: `INSERT INTO article_events (article_id, event_id, date, evidence, evidence_start, evidence_end, actors, confidence, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
  actorRelation: `INSERT INTO relations (subject_id, object_id, role, date, status, source_article_id, evidence) VALUES (?, ?, ?, ?, 'suggested', ?, ?) ON CONFLICT DO NOTHING`,
  // the same triple suggested from this article's event report gains the statement's evidence and why
  statementRelation: `INSERT INTO relations (subject_id, object_id, role, status, source_article_id, evidence, evidence_start, span_start, span_end, why) VALUES (?, ?, ?, 'suggested', ?, ?, ?, ?, ?, ?)
    ON CONFLICT (subject_id, object_id, role) DO UPDATE SET evidence = excluded.evidence, evidence_start = excluded.evidence_start, span_start = excluded.span_start, span_end = excluded.span_end, why = excluded.why
    WHERE relations.status = 'suggested' AND relations.source_article_id = excluded.source_article_id AND relations.why IS NULL`,
} as const;
const statements = new WeakMap<Database.Database, Map<keyof typeof SQL, Database.Statement>>();
function preparedStatement({ client, name }: { client: Database.Database; name: keyof typeof SQL }): Database.Statement {
  let byName = statements.get(client);
  if (!byName) statements.set(client, (byName = new Map()));
  let st = byName.get(name);
  if (!st) byName.set(name, (st = client.prepare(SQL[name])));
  return st;
}
function mentionStatement(client: Database.Database): Database.Statement {
  return preparedStatement({ client, name: "mention" });
}

/**
 * Links an article and writes the difference against what is already stored: rows an editor reviewed (or
 * rejected) are kept as they are, automatic rows that are no longer found are removed, new ones are added.
 * Running it twice changes nothing the second time.
 */
export function writeLinks({
  tx,
  articleId,
  article,
  gazetteer,
  client,
  links: found,
}: {
  tx: Tx;
  /** the raw connection of `tx` (same transaction): hot inserts use a cached prepared statement */
  client: Database.Database;
  articleId: number;
  article: Pick<ExtractedArticle, "body" | "publishedAt" | "language">;
  gazetteer: Gazetteer;
  /** linking's result when it was computed already */
  links?: FoundLinks;
}): { mentions: number; events: number; changed: boolean } {
  const links = found ?? linkArticle({ body: article.body, publishedAt: article.publishedAt, language: article.language, gazetteer });
  const wantedMentions: MentionRow[] = links.mentions.map((m) => ({
    articleId,
    entityId: m.entityId,
    surface: m.surface,
    start: m.start,
    end: m.end,
    evidence: m.evidence,
    evidenceStart: m.evidenceStart,
    confidence: m.confidence,
    method: m.method,
    why: m.why ?? { matched: m.surface, form: gazetteer.entries.get(m.entityId)?.nameEn ?? m.surface, rule: m.method === "descriptive" ? "description" : "exact-alias" },
    status: (m.confidence >= CONFIRM_THRESHOLD && (m.method === "gazetteer" || m.method === "symbol") ? "confirmed" : "suggested") as ReviewStatus,
  }));
  for (const p of links.proposedEntities) {
    const id = findOrCreateProposed({ tx, client, gazetteer, proposal: { kind: p.kind, nameEn: p.nameEn, nameZh: p.nameZh, symbol: p.symbol }, articleId });
    wantedMentions.push({
      articleId,
      entityId: id,
      surface: p.surface,
      start: p.start,
      end: p.end,
      evidence: p.evidence,
      evidenceStart: p.evidenceStart,
      confidence: 0.5,
      method: p.symbol ? "symbol" : "pattern",
      why: { matched: p.surface, form: p.symbol ?? p.nameEn ?? p.nameZh ?? p.surface, rule: "pattern" },
      status: "suggested",
    });
  }

  const wantedEvents: EventRow[] = [...links.events, ...links.namedEvents].map((ev) => {
    const eventId =
      ev.matchedEntityId ??
      findOrCreateProposed({
        tx,
        client,
        gazetteer,
        proposal: { kind: "event", slug: ev.proposal!.slug, nameEn: ev.proposal!.nameEn, nameZh: ev.proposal!.nameZh, date: ev.date },
        articleId,
      });
    return {
      articleId,
      eventId,
      date: ev.date,
      evidence: ev.evidence,
      evidenceStart: ev.evidenceStart,
      evidenceEnd: ev.evidenceEnd,
      actors: ev.actors.filter((a) => a.entityId !== eventId),
      confidence: ev.confidence,
      status: "suggested",
    };
  });

  const mentionsChanged = syncMentions({ tx, client, articleId, wanted: wantedMentions });
  // entities whose search documents change, queued once each (an article names the same event many times)
  const touched = new Set<number>();
  const eventsChanged = syncArticleEvents({ tx, client, articleId, wanted: wantedEvents, touched });
  const relationsChanged = syncStatementRelations({ tx, client, articleId, wanted: links.relations, gazetteer, touched });
  for (const docId of touched) enqueueSearchSync({ tx, client, docType: "entity", docId });
  const counted = preparedStatement({ client, name: "countLinks" }).get(articleId, articleId) as { mentions: number; events: number };
  const counts = { mentions: counted.mentions, events: counted.events };
  return { ...counts, changed: mentionsChanged || eventsChanged || relationsChanged };
}

/** Mentions, diffed on (entity, start, end); a new row never doubles a kept row of the same entity and start. */
function syncMentions({ tx, client, articleId, wanted }: { tx: Tx; client: Database.Database; articleId: number; wanted: MentionRow[] }): boolean {
  let changed = false;
  const existing = preparedStatement({ client, name: "ownMentions" }).all(articleId) as {
    id: number;
    entityId: number;
    start: number;
    end: number;
    status: ReviewStatus;
    reviewedBy: number | null;
    method: string;
  }[];
  const mKey = (r: { entityId: number; start: number; end: number }) => `${r.entityId}:${r.start}:${r.end}`;
  const wantedKeys = new Set(wanted.map(mKey));
  const existingKeys = new Set(existing.map(mKey));
  const existingStarts = new Set(existing.map((r) => `${r.entityId}:${r.start}`));
  for (const r of existing) {
    const manual = r.reviewedBy !== null || r.status === "rejected" || r.method === "manual";
    if (!manual && !wantedKeys.has(mKey(r))) {
      tx.delete(mentions).where(eq(mentions.id, r.id)).run();
      existingStarts.delete(`${r.entityId}:${r.start}`);
      changed = true;
    }
  }
  const insertMention = mentionStatement(client);
  for (const row of wanted) {
    if (existingKeys.has(mKey(row)) || existingStarts.has(`${row.entityId}:${row.start}`)) continue;
    insertMention.run(
      row.articleId,
      row.entityId,
      row.surface,
      row.start,
      row.end,
      row.evidence,
      row.evidenceStart,
      row.confidence,
      row.status,
      row.method,
      row.why ? JSON.stringify(row.why) : null,
    );
    existingStarts.add(`${row.entityId}:${row.start}`);
    changed = true;
  }
  return changed;
}

/** A relation's identity (the table is unique on it): subject, object, role. */
function tripleKey({ subjectId, objectId, role }: { subjectId: number; objectId: number; role: string }): string {
  return `${subjectId}:${objectId}:${role}`;
}

/**
 * Article events, diffed on (event, evidenceStart, date), plus a suggested relation from each actor to its event.
 * A kept report that no editor reviewed takes the actors read now, and this article's unreviewed actor
 * suggestions that no report lists any more are removed (relink after a change in what linking lists).
 */
function syncArticleEvents({
  tx,
  client,
  articleId,
  wanted,
  touched,
}: {
  tx: Tx;
  client: Database.Database;
  articleId: number;
  wanted: EventRow[];
  touched: Set<number>;
}): boolean {
  let changed = false;
  const existing = preparedStatement({ client, name: "ownArticleEvents" }).all(articleId) as {
    id: number;
    eventId: number;
    evidenceStart: number;
    date: string;
    status: ReviewStatus;
    reviewedBy: number | null;
    actors: string;
  }[];
  const eKey = (r: { eventId: number; evidenceStart: number; date: string }) => `${r.eventId}:${r.evidenceStart}:${r.date}`;
  const wantedByKey = new Map(wanted.map((w) => [eKey(w), w]));
  const existingKeys = new Set(existing.map(eKey));
  const updateActors = preparedStatement({ client, name: "updateReportActors" });
  for (const r of existing) {
    const manual = r.reviewedBy !== null || r.status === "rejected";
    if (manual) continue;
    const want = wantedByKey.get(eKey(r));
    if (!want) {
      tx.delete(articleEvents).where(eq(articleEvents.id, r.id)).run();
      changed = true;
    } else if (r.status === "suggested" && r.actors !== JSON.stringify(want.actors)) {
      updateActors.run(JSON.stringify(want.actors), r.id);
      changed = true;
    }
  }
  const insertEvent = preparedStatement({ client, name: "articleEvent" });
  const insertActor = preparedStatement({ client, name: "actorRelation" });
  const listed = new Set<string>();
  for (const row of wanted) {
    for (const a of row.actors) listed.add(tripleKey({ subjectId: a.entityId, objectId: row.eventId, role: a.role }));
    if (!existingKeys.has(eKey(row))) {
      const res = insertEvent.run(
        articleId,
        row.eventId,
        row.date,
        row.evidence,
        row.evidenceStart,
        row.evidenceEnd,
        JSON.stringify(row.actors),
        row.confidence,
        row.status ?? "suggested",
      );
      if (res.changes) changed = true;
    }
    for (const a of row.actors) {
      if (a.entityId === row.eventId) continue;
      if (insertActor.run(a.entityId, row.eventId, a.role, row.date, articleId, row.evidence).changes) touched.add(row.eventId);
    }
  }
  for (const r of preparedStatement({ client, name: "ownActorRelations" }).all(articleId) as { id: number; subjectId: number; objectId: number; role: string }[]) {
    if (listed.has(tripleKey(r))) continue;
    tx.delete(relations).where(eq(relations.id, r.id)).run();
    touched.add(r.objectId);
    changed = true;
  }
  return changed;
}

/**
 * Participation statements read from the article, as suggested relations whose source is the article. A triple
 * that already exists (confirmed, suggested by another source, or rejected by an editor) is left as it is, so a
 * rejection is remembered and relink never re-suggests it; this article's own unreviewed suggestions that are no
 * longer read are removed. Statements about proposed entities wait until the entity is accepted.
 */
function syncStatementRelations({
  tx,
  client,
  articleId,
  wanted,
  gazetteer,
  touched,
}: {
  tx: Tx;
  client: Database.Database;
  articleId: number;
  wanted: FoundRelation[];
  gazetteer: Gazetteer;
  touched: Set<number>;
}): boolean {
  let changed = false;
  const live = wanted.filter((r) => gazetteer.entries.get(r.subjectId)?.status !== "proposed" && gazetteer.entries.get(r.objectId)?.status !== "proposed");
  const wantedKeys = new Set(live.map(tripleKey));
  const own = preparedStatement({ client, name: "ownStatements" }).all(articleId) as { id: number; subjectId: number; objectId: number; role: string }[];
  for (const r of own) {
    if (wantedKeys.has(tripleKey(r))) continue;
    tx.delete(relations).where(eq(relations.id, r.id)).run();
    touched.add(r.objectId);
    changed = true;
  }
  const insertStatement = preparedStatement({ client, name: "statementRelation" });
  for (const r of live) {
    const res = insertStatement.run(r.subjectId, r.objectId, r.role, articleId, r.evidence, r.evidenceStart, r.start, r.end, JSON.stringify(r.why));
    if (res.changes) {
      changed = true;
      touched.add(r.objectId);
    }
  }
  return changed;
}
