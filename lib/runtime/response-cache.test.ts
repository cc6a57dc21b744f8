import { describe, expect, it } from "vitest";
import { buildCacheKey, decideCachePolicy } from "./cache-rendered-responses";
import { computeEtag, createResponseCache, matchesEtag, type CachedResponse } from "./response-cache";

function entry({ body, version = "1.0", maxAgeMs = null, storedAt = 0 }: { body: string; version?: string; maxAgeMs?: number | null; storedAt?: number }): CachedResponse {
  const buffer = Buffer.from(body);
  return { status: 200, headers: { "content-type": "text/html" }, body: buffer, etag: computeEtag({ body: buffer }), version, storedAt, maxAgeMs };
}

describe("the response cache", () => {
  it("serves an answer only at the data version it was rendered at, and drops it after", () => {
    const cache = createResponseCache({ maxBytes: 10_000 });
    cache.set({ key: "/timeline", entry: entry({ body: "old", version: "3.1" }) });
    expect(cache.get({ key: "/timeline", version: "3.1" })?.body.toString()).toBe("old");
    expect(cache.get({ key: "/timeline", version: "3.2" })).toBeNull();
    expect(cache.get({ key: "/timeline", version: "3.1" })).toBeNull();
    expect(cache.stats()).toMatchObject({ entries: 0, hits: 1, misses: 2 });
  });

  it("stays within its byte budget, evicting the least recently used first", () => {
    const cache = createResponseCache({ maxBytes: 3 * (1000 + 300), maxEntryBytes: 2000 });
    for (const key of ["a", "b", "c"]) cache.set({ key, entry: entry({ body: "x".repeat(1000) }) });
    cache.get({ key: "a", version: "1.0" }); // a is now the most recently used
    cache.set({ key: "d", entry: entry({ body: "x".repeat(1000) }) });
    expect(cache.get({ key: "b", version: "1.0" })).toBeNull();
    expect(cache.get({ key: "a", version: "1.0" })).not.toBeNull();
    expect(cache.stats().bytes).toBeLessThanOrEqual(3 * 1300);
    expect(cache.set({ key: "huge", entry: entry({ body: "x".repeat(5000) }) })).toBe(false);
  });

  it("expires entries with a time limit", () => {
    let now = 1_000;
    const cache = createResponseCache({ maxBytes: 10_000, now: () => now });
    cache.set({ key: "/search?q=ai", entry: entry({ body: "hits", maxAgeMs: 30_000, storedAt: 1_000 }) });
    now = 20_000;
    expect(cache.get({ key: "/search?q=ai", version: "1.0" })).not.toBeNull();
    now = 40_000;
    expect(cache.get({ key: "/search?q=ai", version: "1.0" })).toBeNull();
  });

  it("matches If-None-Match lists, weak forms and *", () => {
    const etag = computeEtag({ body: Buffer.from("page") });
    expect(matchesEtag({ ifNoneMatch: `"other", W/${etag}`, etag })).toBe(true);
    expect(matchesEtag({ ifNoneMatch: "*", etag })).toBe(true);
    expect(matchesEtag({ ifNoneMatch: `"other"`, etag })).toBe(false);
    expect(matchesEtag({ ifNoneMatch: undefined, etag })).toBe(false);
    expect(computeEtag({ body: Buffer.from("page2") })).not.toBe(etag);
  });
});

describe("which requests the cache may answer", () => {
  const anonymous = {};
  it("caches anonymous reads of public pages and APIs, in every interface language", () => {
    for (const pathname of ["/", "/timeline", "/zh/countries", "/zh-hant/timeline", "/api/entities/country/ZMB", "/timeline.csv"]) {
      expect(decideCachePolicy({ method: "GET", pathname, headers: anonymous }).cacheable, pathname).toBe(true);
    }
  });
  it("never caches writes, editors, accounts, live status or Next's static files", () => {
    expect(decideCachePolicy({ method: "POST", pathname: "/timeline", headers: anonymous }).cacheable).toBe(false);
    expect(decideCachePolicy({ method: "GET", pathname: "/timeline", headers: { cookie: "theme=dark; atlas_session=abc" } }).cacheable).toBe(false);
    expect(decideCachePolicy({ method: "GET", pathname: "/api/entities/country/ZMB", headers: { authorization: "Bearer t" } }).cacheable).toBe(false);
    for (const pathname of [
      "/api/health",
      "/review",
      "/zh/review",
      "/edit/initiative/x",
      "/admin/users",
      "/signin",
      "/_next/static/chunk.js",
      "/history/initiative/x",
      "/ingest",
    ]) {
      expect(decideCachePolicy({ method: "GET", pathname, headers: anonymous }).cacheable, pathname).toBe(false);
    }
    // an empty session cookie is no session
    expect(decideCachePolicy({ method: "GET", pathname: "/timeline", headers: { cookie: "atlas_session=" } }).cacheable).toBe(true);
  });
  it("keeps search pages only briefly and only once the index has caught up", () => {
    expect(decideCachePolicy({ method: "GET", pathname: "/search", headers: anonymous })).toEqual({ cacheable: true, maxAgeMs: 30_000, needsSettledSearchIndex: true });
    expect(decideCachePolicy({ method: "GET", pathname: "/zh/search", headers: anonymous })).toMatchObject({ needsSettledSearchIndex: true });
  });
});

describe("the cache key", () => {
  const key = (headers: Record<string, string>, url = "/feed.xml?country=ZMB") =>
    buildCacheKey({ req: { url, headers } as unknown as import("node:http").IncomingMessage, pathname: url.split("?")[0] });
  it("tells a browser (HTML accepted) from a feed reader, gzip from plain, and one URL from another", () => {
    expect(key({ accept: "text/html,application/xhtml+xml" })).not.toBe(key({ accept: "application/atom+xml" }));
    expect(key({ "accept-encoding": "gzip" })).not.toBe(key({}));
    expect(key({}, "/timeline?country=ZMB")).not.toBe(key({}, "/timeline?country=CHN"));
    expect(key({ accept: "*/*" })).toBe(key({}));
  });
});
