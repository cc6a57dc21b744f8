import { spawnSync } from "node:child_process";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readWriteVersion, bumpWriteVersion } from "@/db/write-version";
import { createCachingHandler } from "@/lib/runtime/cache-rendered-responses";
import { createResponseCache } from "@/lib/runtime/response-cache";
import { createTestDatabase } from "../helpers/test-database";

// The cache in front of Next, over a real SQLite file. The stand-in for Next renders the row it reads (in
// two chunks, as a streamed page would) and counts its renders; writes come from this connection and from
// another process, each raising the write counter in its transaction as the write path does.
const database = createTestDatabase();
const { db } = database;
let renders = 0;
let server: http.Server;
let base: string;

beforeAll(async () => {
  db.$client.exec("CREATE TABLE page_text (id INTEGER PRIMARY KEY, text TEXT NOT NULL); INSERT INTO page_text VALUES (1, 'first');");
  const handle = createCachingHandler({
    cache: createResponseCache({ maxBytes: 1024 * 1024 }),
    readVersion: () => readWriteVersion({ db }),
    isSearchIndexSettled: () => true,
    handle: async (req, res) => {
      renders++;
      const row = db.$client.prepare("SELECT text FROM page_text WHERE id = 1").get() as { text: string };
      await new Promise((r) => setTimeout(r, 30)); // a render takes a while: concurrent readers overlap
      res.setHeader("content-type", "text/html; charset=utf-8");
      res.write(`<p>${row.text}</p>`);
      res.end(`<footer>${req.url}</footer>`);
    },
  });
  server = http.createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  database.remove();
});

function inAnotherProcess(statements: string): void {
  const script = `const D=require("better-sqlite3");const d=new D(process.argv[1]);d.exec(process.argv[2]);d.close();`;
  const child = spawnSync(process.execPath, ["-e", script, database.file, statements], { encoding: "utf8" });
  expect(child.status, child.stderr).toBe(0);
}

async function get(path: string, headers: Record<string, string> = {}) {
  const res = await fetch(base + path, { headers });
  return { status: res.status, text: await res.text(), cache: res.headers.get("x-atlas-cache"), etag: res.headers.get("etag") };
}

describe("rendered answers cached by data version", () => {
  it("renders once, then answers from memory with an ETag and a 304", async () => {
    const before = renders;
    expect((await get("/timeline")).text).toContain("first");
    const hit = await get("/timeline");
    expect(hit.cache).toBe("hit");
    expect(renders - before).toBe(1);
    expect((await get("/timeline", { "if-none-match": hit.etag! })).status).toBe(304);
  });

  it("a write through the write path is visible on the very next request", async () => {
    await get("/countries");
    db.transaction((tx) => {
      tx.run(sql`UPDATE page_text SET text = 'second' WHERE id = 1`);
      bumpWriteVersion({ tx });
    });
    expect((await get("/countries")).text).toContain("second");
  });

  it("a write committed by another process (npm run ingest, say) is visible on the very next request", async () => {
    await get("/countries");
    inAnotherProcess("UPDATE page_text SET text='from another process' WHERE id=1; UPDATE write_counter SET version = version + 1;");
    expect((await get("/countries")).text).toContain("from another process");
  });

  it("delivering the search outbox from another connection does not empty the cache", async () => {
    // what a write's delivery does moments after the write: its outbox rows are deleted by another connection
    db.$client.prepare("INSERT INTO search_outbox (doc_type, doc_id, op) VALUES ('entity', 1, 'upsert')").run();
    await get("/timeline?delivery");
    const before = renders;
    inAnotherProcess("DELETE FROM search_outbox;");
    const after = await get("/timeline?delivery");
    expect(after.cache).toBe("hit");
    expect(renders).toBe(before);
  });

  it("many readers arriving together share one render", async () => {
    db.transaction((tx) => {
      tx.run(sql`UPDATE page_text SET text = 'third' WHERE id = 1`);
      bumpWriteVersion({ tx });
    });
    const before = renders;
    const answers = await Promise.all(Array.from({ length: 20 }, () => get("/timeline?country=ZMB")));
    expect(answers.every((a) => a.text.includes("third"))).toBe(true);
    expect(renders - before).toBe(1);
  });

  it("signed-in editors always get a fresh render", async () => {
    await get("/timeline");
    const before = renders;
    await get("/timeline", { cookie: "atlas_session=token" });
    await get("/timeline", { cookie: "atlas_session=token" });
    expect(renders - before).toBe(2);
  });
});
