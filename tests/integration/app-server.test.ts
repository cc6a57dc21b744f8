import http from "node:http";
import net, { type AddressInfo } from "node:net";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDatabase } from "@/lib/seed/seed-database";
import { createAppServer } from "@/lib/runtime/create-app-server";
import { getSearchClient } from "@/lib/search/client";
import { reindexAll } from "@/lib/search/sync-index";
import { createTestDatabase, useTestSearchIndex } from "../helpers/test-database";

// The production server answers GET /api/search itself and hands everything else to Next. Here Next's
// handler is a stand-in that only says it was called: what matters is which requests reach it, and that the
// fast path answers exactly what the Next route answers (over a real SQLite file and a real Meilisearch).
type SearchRoute = { GET: (request: Request) => Promise<Response> };
const globalForDb = globalThis as unknown as { atlasDb?: { $client: { close: () => void } } };
const database = createTestDatabase();
const { db } = database;
let server: http.Server;
let base: string;
let route: SearchRoute;
let lastNextUrl: string | undefined;
let lastNextHeaders: http.IncomingHttpHeaders = {};

beforeAll(async () => {
  seedDatabase({ db, log: () => {} });
  useTestSearchIndex("app_server");
  await reindexAll({ db, client: getSearchClient()! });
  // The Next route opens the app's database through getDb(): point it at this file.
  process.env.DATABASE_PATH = database.file;
  globalForDb.atlasDb = undefined;
  route = await import("@/app/api/search/route");
  server = createAppServer({
    handleWithNext: (req, res) => {
      lastNextUrl = req.url;
      lastNextHeaders = req.headers;
      res.writeHead(299, { "x-handled-by": "next" });
      res.end();
    },
    getDatabase: () => db,
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  globalForDb.atlasDb?.$client.close();
  globalForDb.atlasDb = undefined;
  database.remove();
});

/** A raw request (fetch would decompress gzip itself and hide what was sent). */
function request({ path, method = "GET", headers = {} }: { path: string; method?: string; headers?: Record<string, string> }) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    const req = http.request(base + path, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

describe("the production server's search fast path", () => {
  it.each([
    "/api/search?q=global%20ai%20govrnance%20initiative",
    "/api/search?q=%E8%B5%9E%E6%AF%94%E4%BA%9A&kind=country",
    "/api/search?q=cooperation&kind=event&kind=initiative&country=CHN",
    "/api/search?q=&kind=resolution&limit=5",
  ])("answers %s exactly as the Next route does", async (path) => {
    const fast = await request({ path });
    const viaNext = await route.GET(new Request(`http://atlas.test${path}`));
    expect(fast.status).toBe(200);
    expect(fast.headers["x-handled-by"]).toBeUndefined();
    expect(JSON.parse(fast.body.toString("utf8"))).toEqual(await viaNext.json());
  });

  it("puts the Global AI Governance Initiative first for a misspelt query", async () => {
    const { body } = await request({ path: "/api/search?q=global%20ai%20govrnance%20initiative" });
    const result = JSON.parse(body.toString("utf8")) as { engine: string; hits: { slug: string }[] };
    expect(result.engine).toBe("meilisearch");
    expect(result.hits[0].slug).toBe("global-ai-governance-initiative");
  });

  it("sends the headers next.config.ts gives API responses", async () => {
    const { headers } = await request({ path: "/api/search?q=ITU" });
    expect(headers["content-type"]).toBe("application/json");
    expect(headers["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  });

  it("compresses with gzip when the client accepts it", async () => {
    const plain = await request({ path: "/api/search?q=Zambia" });
    const zipped = await request({ path: "/api/search?q=Zambia", headers: { "accept-encoding": "gzip, deflate, br" } });
    expect(zipped.headers["content-encoding"]).toBe("gzip");
    expect(zipped.body.length).toBeLessThan(plain.body.length);
    expect(JSON.parse(zlib.gunzipSync(zipped.body).toString("utf8"))).toEqual(JSON.parse(plain.body.toString("utf8")));
  });

  it("rejects bad parameters with a 400 and a readable message", async () => {
    const { status, body } = await request({ path: "/api/search?q=x&limit=1000" });
    expect(status).toBe(400);
    expect(JSON.parse(body.toString("utf8"))).toEqual({ error: expect.stringContaining("limit") });
  });

  it("answers a plain 500, never a stack trace, when Next itself fails", async () => {
    const failing = createAppServer({
      handleWithNext: async () => {
        throw new Error("secret internals at /srv/app/file.js:12");
      },
      getDatabase: () => db,
    });
    await new Promise<void>((resolve) => failing.listen(0, "127.0.0.1", resolve));
    try {
      const res = await fetch(`http://127.0.0.1:${(failing.address() as AddressInfo).port}/timeline`);
      expect(res.status).toBe(500);
      expect(await res.text()).toBe("Internal Server Error");
    } finally {
      await new Promise((resolve) => failing.close(resolve));
    }
  });

  it.each([
    ["POST", "/api/search?q=x"],
    ["HEAD", "/api/search?q=x"],
    ["GET", "/api/search/"],
    ["GET", "/api/searching?q=x"],
    ["GET", "/search?q=x"],
    ["GET", "/api/health"],
  ])("leaves %s %s to Next", async (method, path) => {
    const res = await request({ path, method });
    expect(res.headers["x-handled-by"]).toBe("next");
  });
});

describe("requests Node or Next cannot read", () => {
  /** Raw bytes on a socket: http.request would refuse to send some of these. */
  function rawRequest(text: string) {
    return new Promise<{ status: number; headers: string; body: string }>((resolve, reject) => {
      const { port } = new URL(base);
      const socket = net.connect(Number(port), "127.0.0.1", () => socket.end(text));
      const chunks: Buffer[] = [];
      socket.on("data", (c: Buffer) => chunks.push(c));
      socket.on("error", reject);
      socket.on("close", () => {
        const all = Buffer.concat(chunks).toString("utf8");
        const [head, ...rest] = all.split("\r\n\r\n");
        resolve({ status: Number(head.split(" ")[1]), headers: head, body: rest.join("\r\n\r\n") });
      });
    });
  }

  it("a 100k-character query is a 414 with a JSON message, not a bare 431", async () => {
    const res = await rawRequest(`GET /api/search?q=${"a".repeat(100_000)} HTTP/1.1\r\nHost: x\r\n\r\n`);
    expect(res.status).toBe(414);
    expect(res.headers).toMatch(/content-type: application\/json/i);
    expect(JSON.parse(res.body)).toEqual({ error: expect.stringMatching(/too long/) });
  });

  it("oversized headers are a 431 with a JSON message", async () => {
    const res = await rawRequest(`GET /timeline HTTP/1.1\r\nHost: x\r\nCookie: a=${"b".repeat(40_000)}\r\n\r\n`);
    expect(res.status).toBe(431);
    expect(JSON.parse(res.body)).toEqual({ error: expect.stringMatching(/headers/) });
  });

  it("a request the HTTP parser refuses is a 400 with a JSON message", async () => {
    const res = await rawRequest("GET /search?q=\u00e4 HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n");
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body)).toEqual({ error: expect.any(String) });
  });

  it("%ff in a path segment: 400 JSON for the API, Next's 404 page for pages", async () => {
    const api = await request({ path: "/api/entities/initiative/%ff" });
    expect(api.status).toBe(400);
    expect(JSON.parse(api.body.toString("utf8"))).toEqual({ error: expect.stringMatching(/percent-encod/) });
    const page = await request({ path: "/initiatives/%ff%fe" });
    expect(page.headers["x-handled-by"]).toBe("next");
    expect(lastNextUrl).not.toContain("%ff");
    expect(lastNextUrl).toMatch(/not-found/);
    const fine = await request({ path: "/initiatives/%E5%80%A1%E8%AE%AE?q=%ff" });
    expect(fine.headers["x-handled-by"]).toBe("next");
    expect(lastNextUrl).toBe("/initiatives/%E5%80%A1%E8%AE%AE?q=%ff");
  });
});

describe("the client address the sign-in throttle sees", () => {
  it("is the socket's address: a client-sent X-Forwarded-For or address header is ignored without TRUST_PROXY", async () => {
    await request({ path: "/signin", headers: { "x-forwarded-for": "6.6.6.6", "x-atlas-client-address": "7.7.7.7" } });
    expect(lastNextHeaders["x-atlas-client-address"]).toBe("127.0.0.1");
  });
  it("is the proxy's last X-Forwarded-For entry with TRUST_PROXY=1", async () => {
    process.env.TRUST_PROXY = "1";
    const proxied = createAppServer({ handleWithNext: (req, res) => res.end(String(req.headers["x-atlas-client-address"])), getDatabase: () => db });
    delete process.env.TRUST_PROXY;
    await new Promise<void>((resolve) => proxied.listen(0, "127.0.0.1", resolve));
    try {
      const res = await fetch(`http://127.0.0.1:${(proxied.address() as AddressInfo).port}/signin`, { headers: { "x-forwarded-for": "6.6.6.6, 203.0.113.5" } });
      expect(await res.text()).toBe("203.0.113.5");
    } finally {
      await new Promise((resolve) => proxied.close(resolve));
    }
  });
});
