import "server-only";
import http from "node:http";
import zlib from "node:zlib";
import type { AtlasDatabase } from "@/db/open";
import { readWriteVersion } from "@/db/write-version";
import { CLIENT_ADDRESS_HEADER, resolveClientAddress, trustedProxyCount } from "@/lib/auth/client-address";
import { CLOSED_CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from "@/lib/http/security-headers";
import { answerSearchRequest } from "@/lib/search/answer-search-request";
import { createCachingHandler } from "./cache-rendered-responses";
import { createResponseCache, type ResponseCache } from "./response-cache";

type RequestHandler = (req: http.IncomingMessage, res: http.ServerResponse) => unknown;

const JSON_HEADERS: Record<string, string> = {
  ...Object.fromEntries(SECURITY_HEADERS.map(({ key, value }) => [key, value])),
  "Content-Security-Policy": CLOSED_CONTENT_SECURITY_POLICY,
  "Content-Type": "application/json",
  Vary: "Accept-Encoding",
};
// As Next's own compression: gzip when asked for, and only when it saves a round trip's worth.
const GZIP_MIN_BYTES = 1024;

/**
 * The production HTTP server: Next handles every request except `GET /api/search`, which is answered
 * here with the same function the Next route uses (answerSearchRequest).
 * Why: search-as-you-type is the hot path, and Next's request pipeline (web Request/Response bridging,
 * routing, stream piping) cost ~1 ms of CPU per search, twice our own search code; on a 2-core machine that
 * CPU is taken from Meilisearch, and the API's p50 was 1.9× Meilisearch's own instead of 1.3× (`npm run bench:search`).
 */
export function createAppServer({
  handleWithNext,
  getDatabase,
  cache = createResponseCache({ maxBytes: pageCacheBytes() }),
}: {
  handleWithNext: RequestHandler;
  getDatabase: () => AtlasDatabase;
  /** Rendered answers by data version (null: render every request, e.g. to measure Next alone). */
  cache?: ResponseCache | null;
}): http.Server {
  const handle = cache
    ? createCachingHandler({
        handle: handleWithNext,
        cache,
        readVersion: () => readWriteVersion({ db: getDatabase() }),
        isSearchIndexSettled: () => !getDatabase().$client.prepare("SELECT 1 FROM search_outbox LIMIT 1").get(),
      })
    : handleWithNext;
  const trustProxy = trustedProxyCount({ value: process.env.TRUST_PROXY });
  const server = http.createServer((req, res) => {
    // Overwritten on every request, so a client cannot choose its own address for the sign-in throttle.
    req.headers[CLIENT_ADDRESS_HEADER] = resolveClientAddress({ socketAddress: req.socket.remoteAddress, forwardedFor: req.headers["x-forwarded-for"]?.toString(), trustProxy });
    const url = req.url ?? "/";
    const queryStart = url.indexOf("?");
    const pathname = queryStart === -1 ? url : url.slice(0, queryStart);
    if (!isDecodablePath(pathname)) {
      // Next throws on a segment such as %ff and answers a bare 500: the API gets a 400 JSON, pages the 404 page.
      if (pathname.startsWith("/api/")) {
        sendJson({ res, status: 400, message: "the path is not valid percent-encoded UTF-8" });
        return;
      }
      req.url = NOT_FOUND_PATH;
    }
    if (req.method === "GET" && pathname === "/api/search") {
      void answerSearch({ req, res, searchParams: new URLSearchParams(queryStart === -1 ? "" : url.slice(queryStart + 1)), getDatabase });
      return;
    }
    Promise.resolve(handle(req, res)).catch((error: unknown) => {
      // Next renders its own error pages; this is Next itself failing. Never a stack trace to the client.
      console.error("request failed", error);
      if (!res.headersSent) res.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
      res.end("Internal Server Error");
    });
  });
  server.on("clientError", answerClientError);
  return server;
}

// No page lives here, so Next renders the site's own 404 page.
const NOT_FOUND_PATH = "/_atlas/not-found";

function isDecodablePath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/**
 * Requests Node's HTTP parser refuses before any handler runs. Its default answer is a bare status line (a
 * 100k-character query gave "431" with no body); here the client gets a status that says what was wrong and a
 * JSON message. A request line longer than the header limit is a URL that is too long (414); otherwise the
 * headers are (431).
 */
function answerClientError(error: NodeJS.ErrnoException & { rawPacket?: Buffer }, socket: import("node:stream").Duplex) {
  if (!socket.writable || error.code === "ECONNRESET") {
    socket.destroy();
    return;
  }
  let status = 400;
  let message = "the request could not be read (malformed HTTP; non-ASCII characters in a URL must be percent-encoded)";
  if (error.code === "ERR_HTTP_REQUEST_TIMEOUT") {
    status = 408;
    message = "the request took too long to arrive";
  } else if (error.code === "HPE_HEADER_OVERFLOW") {
    const firstLineEnd = error.rawPacket?.indexOf("\r\n") ?? -1;
    const urlTooLong = firstLineEnd === -1 || firstLineEnd > MAX_REQUEST_LINE_BYTES;
    status = urlTooLong ? 414 : 431;
    message = urlTooLong ? "the URL is too long (search queries are at most 200 characters)" : "the request headers are too large";
  }
  const body = JSON.stringify({ error: message });
  socket.end(`HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
}

// Node's header limit is 16 KB for the request line and headers together: a request line over 8 KB is the URL's fault.
const MAX_REQUEST_LINE_BYTES = 8 * 1024;

function sendJson({ res, status, message }: { res: http.ServerResponse; status: number; message: string }) {
  send({ res, status, body: Buffer.from(JSON.stringify({ error: message })) });
}

/** PAGE_CACHE_MB (default 96): memory for rendered answers; 0 turns the cache off. */
function pageCacheBytes(): number {
  const mb = Number(process.env.PAGE_CACHE_MB ?? 96);
  return Number.isFinite(mb) && mb >= 0 ? mb * 1024 * 1024 : 96 * 1024 * 1024;
}

async function answerSearch({
  req,
  res,
  searchParams,
  getDatabase,
}: {
  req: http.IncomingMessage;
  res: http.ServerResponse;
  searchParams: URLSearchParams;
  getDatabase: () => AtlasDatabase;
}) {
  let status: number;
  let json: string;
  try {
    const answer = await answerSearchRequest({ db: getDatabase(), searchParams });
    status = answer.status;
    json = JSON.stringify(answer.body);
  } catch (error) {
    // e.g. the database cannot be opened: a plain message, never a stack trace.
    console.error("search failed", error);
    status = 503;
    json = JSON.stringify({ error: "Search is temporarily unavailable. Please try again." });
  }
  const body = Buffer.from(json);
  if (body.length >= GZIP_MIN_BYTES && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""))) {
    zlib.gzip(body, (error, zipped) => {
      if (error) send({ res, status, body });
      else send({ res, status, body: zipped, encoding: "gzip" });
    });
    return;
  }
  send({ res, status, body });
}

function send({ res, status, body, encoding }: { res: http.ServerResponse; status: number; body: Buffer; encoding?: string }) {
  res.writeHead(status, { ...JSON_HEADERS, "Content-Length": String(body.length), ...(encoding ? { "Content-Encoding": encoding } : {}) });
  res.end(body);
}
