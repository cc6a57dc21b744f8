import "server-only";
import { and, asc, eq, isNull, lte, ne, or, sql } from "drizzle-orm";
import robotsParser from "robots-parser";
import type { AtlasDatabase } from "@/db/open";
import { articles, sourceItems, watchedSources, type SourceItemStatus, type WatchedSource } from "@/db/schema";
import { bumpWriteVersion } from "@/db/write-version";
import { deliverSearchChanges } from "@/lib/search/deliver-search-changes";
import { ingestArticle } from "@/lib/ingest/ingest-article";
import { MAX_BYTES as MAX_ARTICLE_BYTES } from "@/lib/ingest/ingest-limits";
import { loadGazetteer } from "@/lib/linking/load-gazetteer";
import { fetchSafely, FetchError, USER_AGENT, type FetchedResponse } from "./fetch-safely";
import { parseSource, SourceParseError, type ListedItem } from "./parse-source";

/** An item that failed is tried again after 5 min, 10, 20 … up to a day, at most this many times. */
export const MAX_ITEM_ATTEMPTS = 5;
const ITEM_BACKOFF_MS = 5 * 60_000;
const MAX_BACKOFF_MS = 24 * 60 * 60_000;
/** Items fetched in one poll of one source; the rest wait for the next poll. */
export const MAX_ITEMS_PER_POLL = 1000;
const MAX_CHILD_SITEMAPS = 10;
const MAX_CRAWL_DELAY_MS = 30_000;

export type PollSummary = {
  sourceId: number;
  status: "ok" | "not-modified" | "error";
  error?: string;
  listed: number;
  newItems: number;
  counts: Record<SourceItemStatus, number>;
};

export type PollerOptions = {
  /** minimum time between two requests to one host, in ms (robots.txt Crawl-delay raises it) */
  politenessMs?: number;
  timeoutMs?: number;
  maxBytes?: number;
  now?: () => Date;
  /** items fetched per poll of one source (the API's poll-now uses a small number so a request stays short) */
  maxItemsPerPoll?: number;
};

const iso = (d: Date) => d.toISOString();
const addMs = (d: Date, ms: number) => new Date(d.getTime() + ms);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const messageOf = (e: unknown) =>
  e instanceof FetchError || e instanceof SourceParseError ? e.message : `unexpected failure: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}`;

/**
 * Polls watched sources. One instance keeps, across the sources it polls, the per-host time of the last
 * request (politeness) and each site's robots.txt.
 */
export class SourcePoller {
  private lastRequestAt = new Map<string, number>();
  private robots = new Map<string, { isAllowed: (url: string, ua?: string) => boolean | undefined; crawlDelayMs: number }>();
  private readonly politenessMs: number;
  private readonly timeoutMs: number | undefined;
  private readonly maxBytes: number | undefined;
  private readonly now: () => Date;
  private readonly maxItemsPerPoll: number;

  constructor(
    private readonly db: AtlasDatabase,
    options: PollerOptions = {},
  ) {
    this.politenessMs = options.politenessMs ?? Number(process.env.SOURCES_POLITENESS_MS ?? 2000);
    this.timeoutMs = options.timeoutMs;
    this.maxBytes = options.maxBytes;
    this.now = options.now ?? (() => new Date());
    this.maxItemsPerPoll = options.maxItemsPerPoll ?? MAX_ITEMS_PER_POLL;
  }

  /** One GET with robots.txt and the per-host delay honoured. */
  private async get({
    url,
    allowPrivate,
    headers,
    maxBytes,
  }: {
    url: string;
    allowPrivate: boolean;
    headers?: Record<string, string>;
    maxBytes?: number;
  }): Promise<FetchedResponse> {
    const u = new URL(url);
    const rules = await this.robotsFor(u, allowPrivate);
    if (rules.isAllowed(url, USER_AGENT) === false) throw new FetchError(`${url}: robots.txt of ${u.host} does not allow fetching it`, "blocked");
    await this.waitTurn(u.host, rules.crawlDelayMs);
    return fetchSafely({ url, allowPrivate, headers, timeoutMs: this.timeoutMs, maxBytes: maxBytes ?? this.maxBytes });
  }

  private async waitTurn(host: string, crawlDelayMs: number) {
    const gap = Math.max(this.politenessMs, crawlDelayMs);
    const last = this.lastRequestAt.get(host);
    if (last !== undefined) {
      const wait = last + gap - Date.now();
      if (wait > 0) await sleep(wait);
    }
    this.lastRequestAt.set(host, Date.now());
  }

  private async robotsFor(u: URL, allowPrivate: boolean) {
    const cached = this.robots.get(u.origin);
    if (cached) return cached;
    const robotsUrl = `${u.origin}/robots.txt`;
    let body = "";
    try {
      await this.waitTurn(u.host, 0);
      body = (await fetchSafely({ url: robotsUrl, allowPrivate, timeoutMs: 10_000, maxBytes: 512 * 1024 })).body.toString("utf8");
    } catch (error) {
      // no robots.txt (or an unreadable one) allows everything; a refused address is refused for the page too
      if (error instanceof FetchError && error.code === "blocked") throw error;
    }
    const parsed = robotsParser(robotsUrl, body);
    const delay = Math.min(Number(parsed.getCrawlDelay(USER_AGENT) ?? 0) * 1000, MAX_CRAWL_DELAY_MS);
    const rules = { isAllowed: (url: string, ua?: string) => parsed.isAllowed(url, ua), crawlDelayMs: Number.isFinite(delay) ? delay : 0 };
    this.robots.set(u.origin, rules);
    return rules;
  }

  /** Polls every source whose next fetch is due (or has never been fetched). */
  async pollDue(): Promise<PollSummary[]> {
    const due = this.db
      .select({ id: watchedSources.id })
      .from(watchedSources)
      .where(or(isNull(watchedSources.nextFetchAt), lte(watchedSources.nextFetchAt, iso(this.now()))))
      .orderBy(asc(watchedSources.nextFetchAt))
      .all();
    const out: PollSummary[] = [];
    for (const { id } of due) out.push(await this.poll(id));
    return out;
  }

  /** Fetches one source, records the items it lists, then fetches and ingests its new (and due retried) items. */
  async poll(sourceId: number): Promise<PollSummary> {
    const source = this.db.select().from(watchedSources).where(eq(watchedSources.id, sourceId)).get();
    if (!source) throw new Error(`no source ${sourceId}`);
    let listed: ListedItem[] = [];
    let status: PollSummary["status"] = "ok";
    let error: string | undefined;
    let validators: { etag: string | null; lastModified: string | null } = { etag: source.etag, lastModified: source.lastModified };
    try {
      const fetched = await this.fetchListing(source);
      if (fetched.notModified) status = "not-modified";
      else {
        listed = fetched.items;
        validators = fetched.validators;
      }
    } catch (e) {
      status = "error";
      error = messageOf(e);
    }
    const newItems = this.recordListing({ source, listed, status, error, validators });
    await this.processItems(source);
    const counts = this.countItems(source.id);
    return { sourceId, status, ...(error ? { error } : {}), listed: listed.length, newItems, counts };
  }

  private async fetchListing(source: WatchedSource): Promise<{ notModified: boolean; items: ListedItem[]; validators: { etag: string | null; lastModified: string | null } }> {
    const headers: Record<string, string> = {};
    if (source.etag) headers["if-none-match"] = source.etag;
    if (source.lastModified) headers["if-modified-since"] = source.lastModified;
    const res = await this.get({ url: source.url, allowPrivate: source.allowPrivate, headers });
    if (res.notModified) return { notModified: true, items: [], validators: { etag: source.etag, lastModified: source.lastModified } };
    const validators = { etag: header(res.headers.etag), lastModified: header(res.headers["last-modified"]) };
    const parsed = parseSource({ kind: source.kind, body: res.body.toString("utf8"), baseUrl: res.url, linkPattern: source.linkPattern });
    const items = [...parsed.items];
    for (const child of parsed.sitemaps.slice(0, MAX_CHILD_SITEMAPS)) {
      const sub = await this.get({ url: child, allowPrivate: source.allowPrivate });
      items.push(...parseSource({ kind: "sitemap", body: sub.body.toString("utf8"), baseUrl: sub.url }).items);
    }
    return { notModified: false, items, validators };
  }

  /** One transaction: the source's status and schedule, and the newly listed items (existing ones untouched). */
  private recordListing({
    source,
    listed,
    status,
    error,
    validators,
  }: {
    source: WatchedSource;
    listed: ListedItem[];
    status: PollSummary["status"];
    error?: string;
    validators: { etag: string | null; lastModified: string | null };
  }): number {
    const now = this.now();
    const failures = status === "error" ? source.consecutiveFailures + 1 : 0;
    const interval = source.intervalMinutes * 60_000;
    const next = status === "error" ? addMs(now, Math.min(interval * 2 ** (failures - 1), MAX_BACKOFF_MS)) : addMs(now, interval);
    let added = 0;
    this.db.transaction(
      (tx) => {
        tx.update(watchedSources)
          .set({
            lastFetchedAt: iso(now),
            lastStatus: status,
            error: error ?? null,
            consecutiveFailures: failures,
            nextFetchAt: iso(next),
            etag: validators.etag,
            lastModified: validators.lastModified,
          })
          .where(eq(watchedSources.id, source.id))
          .run();
        for (const item of listed) {
          const res = tx
            .insert(sourceItems)
            .values({ sourceId: source.id, url: item.url, title: item.title?.slice(0, 500) ?? null, publishedAt: item.publishedAt })
            .onConflictDoNothing()
            .run();
          added += res.changes;
        }
        bumpWriteVersion({ tx });
      },
      { behavior: "immediate" },
    );
    return added;
  }

  private async processItems(source: WatchedSource) {
    const now = iso(this.now());
    const due = this.db
      .select()
      .from(sourceItems)
      .where(
        and(
          eq(sourceItems.sourceId, source.id),
          or(eq(sourceItems.status, "pending"), and(eq(sourceItems.status, "failed"), sql`${sourceItems.attempts} < ${MAX_ITEM_ATTEMPTS}`, lte(sourceItems.nextAttemptAt, now))),
        ),
      )
      .orderBy(asc(sourceItems.id))
      .limit(this.maxItemsPerPoll)
      .all();
    if (due.length === 0) return;
    const gazetteer = loadGazetteer({ db: this.db });
    for (const item of due) {
      const result = await this.processItem({ source, item, gazetteer });
      const failed = result.status === "failed";
      const attempts = item.attempts + 1;
      // the item's outcome and the write counter in one transaction, as the write path does
      this.db.transaction(
        (tx) => {
          tx.update(sourceItems)
            .set({
              status: result.status,
              articleId: result.articleId ?? null,
              error: result.error ?? null,
              attempts,
              nextAttemptAt: failed ? iso(addMs(this.now(), Math.min(ITEM_BACKOFF_MS * 2 ** (attempts - 1), MAX_BACKOFF_MS))) : null,
              updatedAt: iso(this.now()),
            })
            .where(eq(sourceItems.id, item.id))
            .run();
          bumpWriteVersion({ tx });
        },
        { behavior: "immediate" },
      );
    }
    deliverSearchChanges({ db: this.db });
  }

  private async processItem({
    source,
    item,
    gazetteer,
  }: {
    source: WatchedSource;
    item: typeof sourceItems.$inferSelect;
    gazetteer: ReturnType<typeof loadGazetteer>;
  }): Promise<{ status: SourceItemStatus; articleId?: number; error?: string }> {
    const known = this.storedFromUrl(item);
    if (known) return known;
    let res: FetchedResponse;
    try {
      res = await this.get({ url: item.url, allowPrivate: source.allowPrivate, maxBytes: MAX_ARTICLE_BYTES });
    } catch (e) {
      return { status: "failed", error: messageOf(e) };
    }
    const type = header(res.headers["content-type"]) ?? "";
    if (type && !/text\/|html|xml|markdown/.test(type)) return { status: "skipped", error: `not an article page (${type.split(";")[0]})` };
    const outcome = ingestArticle({
      db: this.db,
      bytes: new Uint8Array(res.body),
      fileName: fileNameFor(res.url, type),
      gazetteer,
      hints: { url: item.url, title: item.title ?? undefined, publishedAt: item.publishedAt ?? undefined, language: source.language ?? undefined },
    });
    if (!outcome.ok) return { status: "failed", error: outcome.error };
    // Another poll of this same item (the scheduler process and an editor's poll now) may have stored it while
    // this one fetched: that is this item's own article, not a duplicate of someone else's.
    if (outcome.duplicate) return this.storedFromUrl(item) ?? { status: "duplicate", articleId: outcome.articleId };
    return { status: outcome.copyOf ? "copy" : "ingested", articleId: outcome.articleId };
  }

  /** The item's outcome when an article from its URL is already stored (another source listed it, or an earlier attempt committed). */
  private storedFromUrl(item: typeof sourceItems.$inferSelect): { status: SourceItemStatus; articleId: number } | undefined {
    const known = this.db
      .select({ id: articles.id, copyOfId: articles.copyOfId })
      .from(articles)
      .where(and(eq(articles.url, item.url), isNull(articles.deletedAt)))
      .get();
    if (!known) return undefined;
    // the first item to reach an article counts it as ingested
    const claimed = this.db
      .select({ id: sourceItems.id })
      .from(sourceItems)
      .where(and(eq(sourceItems.articleId, known.id), ne(sourceItems.id, item.id)))
      .get();
    return { status: claimed ? "duplicate" : known.copyOfId ? "copy" : "ingested", articleId: known.id };
  }

  countItems(sourceId: number): Record<SourceItemStatus, number> {
    const counts: Record<SourceItemStatus, number> = { pending: 0, ingested: 0, copy: 0, duplicate: 0, failed: 0, skipped: 0 };
    for (const r of this.db
      .select({ status: sourceItems.status, n: sql<number>`count(*)` })
      .from(sourceItems)
      .where(eq(sourceItems.sourceId, sourceId))
      .groupBy(sourceItems.status)
      .all())
      counts[r.status] = r.n;
    return counts;
  }
}

function header(v: string | string[] | undefined): string | null {
  return (Array.isArray(v) ? v[0] : v) ?? null;
}

/** The extraction path is chosen by file name: pages are HTML unless they say they are text or Markdown. */
function fileNameFor(url: string, contentType: string): string {
  const base = new URL(url).pathname.split("/").pop() || "index";
  if (/markdown/.test(contentType)) return `${base}.md`;
  if (/text\/plain/.test(contentType)) return `${base}.txt`;
  return /\.s?html?$/.test(base) ? base : `${base}.html`;
}
