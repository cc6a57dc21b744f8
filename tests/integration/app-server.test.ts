import http from "node:http";
import type { AddressInfo } from "node:net";
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

beforeAll(async () => {
  seedDatabase({ db, log: () => {} });
  useTestSearchIndex("app_server");
  await reindexAll({ db, client: getSearchClient()! });
  // The Next route opens the app's database through getDb(): point it at this file.
  process.env.DATABASE_PATH = database.file;
  globalForDb.atlasDb = undefined;
  route = await import("@/app/api/search/route");
  server = createAppServer({
    handleWithNext: (_req, res) => {
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
