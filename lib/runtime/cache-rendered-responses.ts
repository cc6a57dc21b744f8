import type http from "node:http";
import { computeEtag, matchesEtag, type CachedResponse, type ResponseCache } from "./response-cache";

type RequestHandler = (req: http.IncomingMessage, res: http.ServerResponse) => unknown;

const SESSION_COOKIE = "atlas_session";
/** Editors' and accounts' pages, and answers that report live state rather than data. */
const UNCACHED_PREFIXES = [
  "/_next/",
  "/api/health",
  "/api/auth",
  "/api/review",
  "/api/sources",
  "/signin",
  "/signout",
  "/review",
  "/edit",
  "/admin",
  "/history",
  "/ingest",
  "/sources",
];
/** Pages that read the search index: fresh only once the outbox is delivered, and only briefly (the engine may fail over). */
const SEARCH_PATHS = new Set(["/search"]);
const SEARCH_MAX_AGE_MS = 30_000;
const CACHEABLE_STATUS = new Set([200, 404]);
const HOP_HEADERS = ["date", "connection", "keep-alive", "transfer-encoding", "content-length", "etag", "cache-control", "set-cookie"];
/** A waiting request gives up on a slow first render after this long and renders for itself. */
const WAIT_FOR_FIRST_RENDER_MS = 15_000;

export type CachePolicy = { cacheable: false } | { cacheable: true; maxAgeMs: number | null; needsSettledSearchIndex: boolean };

/** The page's own path, without the interface-language prefix (/zh, /zh-hant). */
function basePath({ pathname }: { pathname: string }): string {
  return pathname.replace(/^\/(zh-hant|zh)(?=\/|$)/, "") || "/";
}

function hasSessionCookie({ cookie }: { cookie: string | undefined }): boolean {
  if (!cookie) return false;
  return cookie.split(";").some((part) => {
    const [name, ...value] = part.trim().split("=");
    return name === SESSION_COOKIE && value.join("=").length > 0;
  });
}

/**
 * Which requests may be answered from the cache: reads (GET/HEAD) by anonymous readers of public pages and
 * APIs. Signed-in editors (session cookie or bearer token) always get a fresh render: their pages carry edit
 * controls, and they must see their own writes.
 */
export function decideCachePolicy({ method, pathname, headers }: { method: string | undefined; pathname: string; headers: http.IncomingHttpHeaders }): CachePolicy {
  if (method !== "GET" && method !== "HEAD") return { cacheable: false };
  if (headers.authorization || hasSessionCookie({ cookie: headers.cookie })) return { cacheable: false };
  const path = basePath({ pathname });
  if (UNCACHED_PREFIXES.some((prefix) => path === prefix || path.startsWith(prefix.endsWith("/") ? prefix : `${prefix}/`) || path.startsWith(`${prefix}?`)))
    return { cacheable: false };
  if (SEARCH_PATHS.has(path)) return { cacheable: true, maxAgeMs: SEARCH_MAX_AGE_MS, needsSettledSearchIndex: true };
  return { cacheable: true, maxAgeMs: null, needsSettledSearchIndex: false };
}

/**
 * Everything a response can vary on besides the data: the URL, the host (feeds carry absolute links), the
 * router headers of Next's client navigations (their RSC payloads differ from the HTML), gzip or not, and on
 * the home page the reader's preferred languages (it suggests the Chinese interface).
 */
export function buildCacheKey({ req, pathname }: { req: http.IncomingMessage; pathname: string }): string {
  const h = req.headers;
  const gzip = /\bgzip\b/.test(String(h["accept-encoding"] ?? ""));
  return [
    h.host ?? "",
    req.url ?? "/",
    h.rsc ?? "",
    h["next-router-state-tree"] ?? "",
    h["next-router-prefetch"] ?? "",
    h["next-router-segment-prefetch"] ?? "",
    h["next-url"] ?? "",
    gzip ? "gzip" : "identity",
    // Feeds answer browsers (which accept HTML) as XML with a stylesheet, and feed readers as Atom.
    /\btext\/html\b/.test(String(h.accept ?? "")) ? "html" : "any",
    basePath({ pathname }) === "/" ? (h["accept-language"] ?? "") : "",
  ].join("\u0000");
}

/** Collects what Next writes to `res` (after its own compression), resolved when the response has finished. */
function captureResponse({ res }: { res: http.ServerResponse }): Promise<{ status: number; headers: http.OutgoingHttpHeaders; body: Buffer } | null> {
  const chunks: Buffer[] = [];
  let explicitHeaders: http.OutgoingHttpHeaders = {};
  const toBuffer = (chunk: unknown, encoding?: unknown) =>
    Buffer.isBuffer(chunk)
      ? chunk
      : chunk instanceof Uint8Array
        ? Buffer.from(chunk)
        : Buffer.from(String(chunk), typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8");
  const originalWrite = res.write.bind(res) as (...args: unknown[]) => boolean;
  const originalEnd = res.end.bind(res) as (...args: unknown[]) => http.ServerResponse;
  const originalWriteHead = res.writeHead.bind(res) as (...args: unknown[]) => http.ServerResponse;
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    if (chunk !== undefined && chunk !== null && typeof chunk !== "function") chunks.push(toBuffer(chunk, rest[0]));
    return originalWrite(chunk, ...rest);
  }) as typeof res.write;
  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    if (chunk !== undefined && chunk !== null && typeof chunk !== "function") chunks.push(toBuffer(chunk, rest[0]));
    return originalEnd(chunk, ...rest);
  }) as typeof res.end;
  // Headers given to writeHead directly do not always show in getHeaders(): keep them too.
  res.writeHead = ((status: number, ...rest: unknown[]) => {
    const headers = rest.find((arg) => typeof arg === "object" && arg !== null);
    if (Array.isArray(headers)) {
      for (let i = 0; i + 1 < headers.length; i += 2) explicitHeaders[String(headers[i]).toLowerCase()] = headers[i + 1] as string;
    } else if (headers) {
      explicitHeaders = Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
    }
    return originalWriteHead(status, ...rest);
  }) as typeof res.writeHead;
  return new Promise((resolve) => {
    res.once("finish", () => resolve({ status: res.statusCode, headers: { ...res.getHeaders(), ...explicitHeaders }, body: Buffer.concat(chunks) }));
    res.once("close", () => resolve(null)); // after finish this is a no-op; before it, the client went away mid-stream
  });
}

function toStoredEntry({
  captured,
  version,
  maxAgeMs,
}: {
  captured: { status: number; headers: http.OutgoingHttpHeaders; body: Buffer };
  version: string;
  maxAgeMs: number | null;
}): CachedResponse | null {
  if (!CACHEABLE_STATUS.has(captured.status)) return null;
  if (captured.headers["set-cookie"]) return null;
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(captured.headers)) {
    if (value === undefined || HOP_HEADERS.includes(name)) continue;
    headers[name] = Array.isArray(value) ? value.map(String) : String(value);
  }
  const vary = new Set(
    String(headers.vary ?? "")
      .split(",")
      .map((v) => v.trim())
      .filter(Boolean),
  );
  for (const v of ["Accept-Encoding", "Cookie"]) vary.add(v);
  headers.vary = [...vary].join(", ");
  // Anonymous answers that change only with the data: browsers may keep them but must revalidate (ETag → 304).
  // A route that declared itself public (a versioned static file) keeps its own policy.
  const declared = String(captured.headers["cache-control"] ?? "");
  headers["cache-control"] = /\bpublic\b/.test(declared) ? declared : "no-cache";
  // A route's own validator (an entity's version, which If-Match is checked against) is kept.
  const ownEtag = captured.headers.etag ? String(captured.headers.etag) : null;
  return { status: captured.status, headers, body: captured.body, etag: ownEtag ?? computeEtag({ body: captured.body }), version, storedAt: Date.now(), maxAgeMs };
}

function serveCached({ req, res, entry }: { req: http.IncomingMessage; res: http.ServerResponse; entry: CachedResponse }): void {
  const headers: Record<string, string | string[]> = { ...entry.headers, etag: entry.etag, "x-atlas-cache": "hit" };
  if (entry.status === 200 && matchesEtag({ ifNoneMatch: req.headers["if-none-match"], etag: entry.etag })) {
    const validatorHeaders = { ...headers };
    delete validatorHeaders["content-type"];
    delete validatorHeaders["content-encoding"];
    res.writeHead(304, validatorHeaders);
    res.end();
    return;
  }
  res.writeHead(entry.status, { ...headers, "content-length": String(entry.body.length) });
  res.end(req.method === "HEAD" ? undefined : entry.body);
}

/**
 * Wraps Next's request handler with a cache of rendered answers keyed by request and data version.
 * Why: a knowledge base is read thousands of times for each write, and every page is otherwise rendered from
 * SQLite on every request. An answer is served only while the data version it was rendered at is current
 * (readVersion: the write counter each write raises in its own transaction), so a request that follows
 * a committed write never gets an older answer. Concurrent misses for one key wait for a single render.
 */
export function createCachingHandler({
  handle,
  cache,
  readVersion,
  isSearchIndexSettled,
}: {
  handle: RequestHandler;
  cache: ResponseCache;
  readVersion: () => string;
  isSearchIndexSettled: () => boolean;
}): RequestHandler {
  const rendering = new Map<string, Promise<CachedResponse | null>>();
  return async (req, res) => {
    const url = req.url ?? "/";
    const queryStart = url.indexOf("?");
    const pathname = queryStart === -1 ? url : url.slice(0, queryStart);
    const policy = decideCachePolicy({ method: req.method, pathname, headers: req.headers });
    if (!policy.cacheable || (policy.needsSettledSearchIndex && !isSearchIndexSettled())) return handle(req, res);
    let version: string;
    try {
      version = readVersion();
    } catch {
      return handle(req, res); // no database: nothing to key on, Next answers (and reports) as usual
    }
    const key = buildCacheKey({ req, pathname });
    const cached = cache.get({ key, version });
    if (cached) return serveCached({ req, res, entry: cached });
    const renderKey = `${version}\u0000${key}`;
    const inFlight = rendering.get(renderKey);
    if (inFlight) {
      const entry = await Promise.race([
        inFlight,
        new Promise<null>((resolve) => {
          const timer: NodeJS.Timeout = setTimeout(() => resolve(null), WAIT_FOR_FIRST_RENDER_MS);
          timer.unref();
        }),
      ]);
      if (entry) return serveCached({ req, res, entry });
      return handle(req, res);
    }
    if (req.method === "HEAD") return handle(req, res);
    const captured = captureResponse({ res });
    const stored = captured.then((result) => {
      const entry = result ? toStoredEntry({ captured: result, version, maxAgeMs: policy.maxAgeMs }) : null;
      if (entry) cache.set({ key, entry });
      return entry;
    });
    rendering.set(renderKey, stored);
    void stored.finally(() => rendering.delete(renderKey));
    return handle(req, res);
  };
}
