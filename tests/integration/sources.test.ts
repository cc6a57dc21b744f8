import fs from "node:fs";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { getArticleDetail, listArticles } from "@/db/queries/articles";
import { articles, mentions, sourceItems, watchedSources } from "@/db/schema";
import { serializeArticle } from "@/lib/articles/serialize-article";
import { getSearchClient } from "@/lib/search/client";
import { searchAtlas } from "@/lib/search/search-atlas";
import { parseSearchParams } from "@/lib/search/search-params";
import { drainSearchOutbox, reindexAll } from "@/lib/search/sync-index";
import { readSourceDetail } from "@/lib/sources/manage-sources";
import { SourcePoller } from "@/lib/sources/poll-source";
import { articlePage, rssFeed, startFeedServer, staticRoute, type FeedServer } from "../../scripts/lib/feed-server";
import { useTestSearchIndex } from "../helpers/test-database";
import { makeSeededDb } from "./ingest-helpers";

// The G20 Rio fixture's story, as its first publisher and a reprinting site show it.
const story = fs.readFileSync("tests/fixtures/articles/05-g20-rio-en.txt", "utf8").split("\n").slice(2, 5).filter(Boolean);
const other = [
  "Twenty-eight countries and the European Union signed the Bletchley Declaration on 1 November 2023 at the AI Safety Summit hosted by the United Kingdom at Bletchley Park.",
  "China, the United States, India, Brazil and Nigeria were among the signatories, alongside France, Germany and Japan.",
];

describe("watched sources: polling a local feed server", () => {
  let seeded: Awaited<ReturnType<typeof makeSeededDb>>;
  let server: FeedServer;
  let poller: SourcePoller;
  const db = () => seeded.db;
  const addSource = (values: Partial<typeof watchedSources.$inferInsert> & { url: string }) =>
    db()
      .insert(watchedSources)
      .values({ kind: "rss", allowPrivate: true, intervalMinutes: 60, ...values })
      .returning()
      .get();

  beforeAll(async () => {
    useTestSearchIndex("sources");
    seeded = await makeSeededDb();
    await reindexAll({ db: seeded.db, client: getSearchClient()! });
    server = await startFeedServer();
    server.routes.set("/robots.txt", staticRoute({ body: "User-agent: *\nDisallow: /private/\n", type: "text/plain" }));
    server.routes.set(
      "/news/g20-rio.html",
      staticRoute({ body: articlePage({ title: "G20 leaders meet in Rio as AI governance rises on the agenda", paragraphs: story, site: "Example Wire" }) }),
    );
    server.routes.set("/news/bletchley.html", staticRoute({ body: articlePage({ title: "Countries sign Bletchley Declaration", paragraphs: other, site: "Example Wire" }) }));
    server.routes.set(
      "/reprint/2024/g20.shtml",
      staticRoute({
        body: articlePage({
          title: "Xi at G20: AI must not be a game for the rich",
          paragraphs: [...story, "This story was first published by Example Wire."],
          site: "Daily Reprint Portal",
        }),
      }),
    );
  });
  afterAll(async () => {
    await server.close();
    seeded.cleanup();
  });
  beforeEach(() => {
    poller = new SourcePoller(db(), { politenessMs: 0, timeoutMs: 5000 });
  });

  it("ingests and links a new item once, and a second poll adds nothing; a 304 is honoured", async () => {
    server.routes.set(
      "/feed.xml",
      staticRoute({
        body: rssFeed({ title: "Wire", items: [{ url: `${server.url}/news/g20-rio.html`, title: "G20 in Rio", date: "2024-11-19" }] }),
        type: "application/rss+xml",
        etag: '"v1"',
      }),
    );
    const source = addSource({ url: `${server.url}/feed.xml` });
    const first = await poller.poll(source.id);
    expect(first.status).toBe("ok");
    expect(first.newItems).toBe(1);
    expect(first.counts.ingested).toBe(1);
    const item = db().select().from(sourceItems).where(eq(sourceItems.sourceId, source.id)).get()!;
    const article = db().select().from(articles).where(eq(articles.id, item.articleId!)).get()!;
    expect(article.url).toBe(`${server.url}/news/g20-rio.html`);
    const linked = db().select().from(mentions).where(eq(mentions.articleId, article.id)).all();
    expect(linked.length).toBeGreaterThan(3);
    expect(linked.some((m) => m.status === "suggested")).toBe(true); // waits in the review queue

    const articleRequests = () => server.requests.filter((r) => r.path === "/news/g20-rio.html").length;
    const before = articleRequests();
    const second = await poller.poll(source.id);
    expect(second.status).toBe("not-modified");
    expect(second.newItems).toBe(0);
    expect(server.requests.at(-1)?.headers["if-none-match"]).toBe('"v1"');
    expect(articleRequests()).toBe(before);
    expect(
      db()
        .select()
        .from(articles)
        .all()
        .filter((a) => a.url === article.url),
    ).toHaveLength(1);

    const detail = readSourceDetail({ db: db(), id: source.id })!;
    expect(detail.lastStatus).toBe("not-modified");
    expect(detail.items).toEqual([expect.objectContaining({ status: "ingested", article: article.slug, copyOf: null })]);
  });

  it("stores a reprint with other furniture and headline as a copy of the first, hidden from search", async () => {
    server.routes.set(
      "/reprints.xml",
      staticRoute({
        body: rssFeed({
          title: "Reprints",
          items: [
            { url: `${server.url}/reprint/2024/g20.shtml`, title: "Xi at G20" },
            { url: `${server.url}/news/bletchley.html`, title: "Bletchley" },
          ],
        }),
        type: "application/rss+xml",
      }),
    );
    const source = addSource({ url: `${server.url}/reprints.xml` });
    const summary = await poller.poll(source.id);
    expect(summary.counts.copy).toBe(1);
    expect(summary.counts.ingested).toBe(1); // the different story on the same topic is not folded
    const detail = readSourceDetail({ db: db(), id: source.id })!;
    const copy = detail.items.find((i) => i.url.endsWith("g20.shtml"))!;
    const original = db()
      .select()
      .from(articles)
      .where(eq(articles.url, `${server.url}/news/g20-rio.html`))
      .get()!;
    expect(copy).toMatchObject({ status: "copy", copyOf: original.slug });
    const copyRow = db().select().from(articles).where(eq(articles.slug, copy.article!)).get()!;
    expect(copyRow.copyOfId).toBe(original.id);
    expect(db().select().from(mentions).where(eq(mentions.articleId, copyRow.id)).all()).toHaveLength(0); // evidence counted once
    // the article API says which story a reprint copies, and the first lists who else published it
    expect(serializeArticle({ detail: getArticleDetail({ db: db(), id: copyRow.id })! })).toMatchObject({ copyOf: original.slug, mentions: [] });
    expect(serializeArticle({ detail: getArticleDetail({ db: db(), id: original.id })! }).alsoPublishedBy).toEqual([expect.objectContaining({ slug: copyRow.slug })]);
    expect(listArticles({ db: db() }).map((a) => a.slug)).not.toContain(copyRow.slug);

    await drainSearchOutbox({ db: db(), client: getSearchClient()! });
    const parsed = parseSearchParams({ q: "rich countries Rio", kind: "article" });
    if (!parsed.success) throw parsed.error;
    const result = await searchAtlas({ db: db(), query: parsed.data });
    expect(result.engine).toBe("meilisearch");
    const slugs = result.hits.filter((h) => h.kind === "article").map((h) => h.slug);
    expect(slugs).toContain(original.slug);
    expect(slugs).not.toContain(copyRow.slug);
  });

  it("counts an item as ingested when the scheduler and an editor's poll now fetch it at the same time", async () => {
    const paragraphs = [
      "Kenya published a draft national AI strategy on 3 March 2025, opening a six-week public consultation in Nairobi.",
      "The draft asks ministries to register high-risk public-sector AI systems and to publish impact assessments.",
    ];
    server.routes.set("/news/kenya-strategy.html", staticRoute({ body: articlePage({ title: "Kenya drafts a national AI strategy", paragraphs, site: "Example Wire" }) }));
    server.routes.set(
      "/together.xml",
      staticRoute({ body: rssFeed({ title: "Together", items: [{ url: `${server.url}/news/kenya-strategy.html`, title: "Kenya" }] }), type: "application/rss+xml" }),
    );
    const source = addSource({ url: `${server.url}/together.xml` });
    // Two pollers stand for the two processes (the scheduler and the web server): both fetch the item before
    // either stores it, so the second one's ingest finds the article the first just stored.
    const [a, b] = await Promise.all([new SourcePoller(db(), { politenessMs: 0 }).poll(source.id), new SourcePoller(db(), { politenessMs: 0 }).poll(source.id)]);
    expect(server.requests.filter((r) => r.path === "/news/kenya-strategy.html")).toHaveLength(2);
    for (const summary of [a, b]) expect(summary.counts).toMatchObject({ ingested: 1, duplicate: 0 });
    expect(readSourceDetail({ db: db(), id: source.id })!.items).toEqual([expect.objectContaining({ status: "ingested" })]);
  });

  it("records a failing source's error and backs off", async () => {
    server.routes.set("/broken.xml", (_req, res) => void res.writeHead(500).end("oops"));
    const source = addSource({ url: `${server.url}/broken.xml`, intervalMinutes: 10 });
    const first = await poller.poll(source.id);
    expect(first.status).toBe("error");
    expect(first.error).toMatch(/HTTP 500/);
    const after1 = db().select().from(watchedSources).where(eq(watchedSources.id, source.id)).get()!;
    await poller.poll(source.id);
    const after2 = db().select().from(watchedSources).where(eq(watchedSources.id, source.id)).get()!;
    expect(after2.consecutiveFailures).toBe(2);
    const gap = (s: typeof after1) => Date.parse(s.nextFetchAt!) - Date.parse(s.lastFetchedAt!);
    expect(gap(after1)).toBe(10 * 60_000);
    expect(gap(after2)).toBe(20 * 60_000);
    expect(readSourceDetail({ db: db(), id: source.id })).toMatchObject({ lastStatus: "error", error: expect.stringContaining("HTTP 500") });
  });

  it("cuts off a 50 MB response and a never-ending one with a clear error on the item", async () => {
    const chunk = Buffer.alloc(1024 * 1024, "a");
    server.routes.set("/huge.html", (_req, res) => {
      res.writeHead(200, { "content-type": "text/html" });
      let sent = 0;
      const write = () => {
        while (sent < 50 && res.write(chunk)) sent++;
        if (sent >= 50) res.end();
        else res.once("drain", write);
      };
      write();
    });
    server.routes.set("/endless.html", (_req, res) => {
      res.writeHead(200, { "content-type": "text/html" });
      res.write("<html><body><p>");
      const timer = setInterval(() => res.write("still going "), 50);
      res.on("close", () => clearInterval(timer));
    });
    server.routes.set(
      "/limits.xml",
      staticRoute({
        body: rssFeed({
          title: "Limits",
          items: [
            { url: `${server.url}/huge.html`, title: "Huge" },
            { url: `${server.url}/endless.html`, title: "Endless" },
          ],
        }),
        type: "application/rss+xml",
      }),
    );
    const source = addSource({ url: `${server.url}/limits.xml` });
    const summary = await new SourcePoller(db(), { politenessMs: 0, timeoutMs: 1500 }).poll(source.id);
    expect(summary.counts.failed).toBe(2);
    const items = readSourceDetail({ db: db(), id: source.id })!.items;
    expect(items.find((i) => i.url.endsWith("huge.html"))?.error).toMatch(/limit and was cut off/);
    expect(items.find((i) => i.url.endsWith("endless.html"))?.error).toMatch(/timed out/);
    const row = db()
      .select()
      .from(sourceItems)
      .where(eq(sourceItems.url, `${server.url}/huge.html`))
      .get()!;
    expect(row.attempts).toBe(1);
    expect(Date.parse(row.nextAttemptAt!)).toBeGreaterThan(Date.now()); // retried later, with backoff
  });

  it("honours robots.txt", async () => {
    server.routes.set("/private/feed.xml", staticRoute({ body: rssFeed({ title: "x", items: [] }), type: "application/rss+xml" }));
    const source = addSource({ url: `${server.url}/private/feed.xml` });
    const summary = await poller.poll(source.id);
    expect(summary).toMatchObject({ status: "error", error: expect.stringContaining("robots.txt") });
    expect(server.requests.some((r) => r.path === "/private/feed.xml")).toBe(false);
  });

  it("refuses a loopback address unless the source allows private addresses", async () => {
    const source = addSource({ url: `${server.url}/feed.xml`.replace("127.0.0.1", "localhost"), allowPrivate: false });
    const count = server.requests.length;
    const summary = await poller.poll(source.id);
    expect(summary.status).toBe("error");
    expect(summary.error).toMatch(/private or local address: refused/);
    expect(server.requests.length).toBe(count);
  });
});

describe("copy detection on an existing database", () => {
  it("indexes earlier articles without bands, so their reprints are still found", async () => {
    const { backfillArticleBands } = await import("@/lib/copies/backfill-article-bands");
    const { ingestArticle } = await import("@/lib/ingest/ingest-article");
    const { articleBands } = await import("@/db/schema");
    const seeded = await makeSeededDb();
    try {
      const text = fs.readFileSync("tests/fixtures/articles/11-scientific-panel-en.txt");
      const first = ingestArticle({ db: seeded.db, bytes: text, fileName: "panel.txt" });
      if (!first.ok) throw new Error(first.error);
      seeded.db.delete(articleBands).run(); // as before the migration
      expect(backfillArticleBands({ db: seeded.db })).toBe(1);
      expect(backfillArticleBands({ db: seeded.db })).toBe(0);
      const reprint = ingestArticle({
        db: seeded.db,
        bytes: Buffer.concat([Buffer.from("Breaking: "), text, Buffer.from("\nShare this story on social media.\n")]),
        fileName: "reprint.txt",
      });
      expect(reprint).toMatchObject({ ok: true, copyOf: first.slug, mentions: 0 });
    } finally {
      seeded.cleanup();
    }
  });
});
