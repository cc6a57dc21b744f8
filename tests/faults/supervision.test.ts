import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEditorToken, eventually, readHealth, startAtlas, type AtlasProcess } from "./atlas-process";

// One `npm start` for the file (starting it costs ~20 s on two cores); the tests run in order and each leaves
// it serving. Its ingest time limit is lowered so a heavy page reaches it quickly.
let atlas: AtlasProcess;
let token = "";

beforeAll(async () => {
  atlas = await startAtlas({ env: { INGEST_TIME_LIMIT_MS: "4000" } });
  token = createEditorToken({ dataDir: atlas.dataDir, email: "faults@example.org" });
});
afterAll(async () => {
  await atlas?.stop();
  if (atlas) fs.rmSync(atlas.dataDir, { recursive: true, force: true });
});

type Answer = { status: number; json: Record<string, unknown> | null };

async function send({ method, url, body }: { method: string; url: string; body?: unknown }): Promise<Answer> {
  const response = await fetch(`${atlas.base}${url}`, {
    method,
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(60_000),
  });
  const text = await response.text();
  let json: Record<string, unknown> | null = null;
  try {
    json = JSON.parse(text) as Record<string, unknown>;
  } catch {
    json = null;
  }
  return { status: response.status, json };
}

/** Succeeded (2xx) or refused cleanly (4xx or 503 with a JSON message); anything else is a failure. */
function expectCleanAnswer(answer: Answer) {
  const clean = answer.status < 300 || ((answer.status < 500 || answer.status === 503) && typeof answer.json?.error === "string");
  expect({ clean, answer }).toMatchObject({ clean: true });
}

const readMeiliPid = () => (JSON.parse(fs.readFileSync(path.join(atlas.dataDir, "meili.json"), "utf8")) as { pid: number }).pid;
const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe("an upload does not freeze the site", () => {
  it("keeps answering /api/health within a second while a heavy page is processed, and stops that page at its time limit", async () => {
    // ~19,000 elements: 10 s or more of Readability on this machine, over the 4 s limit set above.
    const html = `<html><body>${"<div><p>Some paragraph text about AI governance and the United Nations.</p></div>".repeat(9_500)}</body></html>`;
    let done = false;
    const upload = send({ method: "POST", url: "/api/articles", body: { html } }).finally(() => (done = true));
    const latencies: number[] = [];
    for (let i = 0; i < 200 && !done; i++) {
      const started = performance.now();
      const health = await readHealth({ base: atlas.base });
      latencies.push(performance.now() - started);
      expect(health.ok).toBe(true);
      await new Promise((r) => setTimeout(r, 200));
    }
    const answer = await upload;
    expect(answer.status).toBe(422);
    expect(answer.json?.error).toMatch(/could not be processed in time/);
    expect(latencies.length).toBeGreaterThan(5);
    expect(Math.max(...latencies), `health latencies (ms): ${latencies.map(Math.round).join(", ")}`).toBeLessThan(1000);
  });

  it("refuses 2,000 nested divs with a clear 422 before parsing them", async () => {
    const html = `<html><body>${"<div>".repeat(2000)}<p>${"The Global AI Governance Initiative was proposed by China. ".repeat(8)}</p>${"</div>".repeat(2000)}</body></html>`;
    const answer = await send({ method: "POST", url: "/api/articles", body: { html } });
    expect(answer.status).toBe(422);
    expect(answer.json?.error).toMatch(/nests its elements more than 200 deep/);
  });

  it("paginates the page of an article with many mentions", async () => {
    const body = "China and France met at the United Nations in Geneva. ".repeat(500);
    const created = await send({ method: "POST", url: "/api/articles", body: { body, title: "Many mentions" } });
    expect(created.status).toBe(201);
    const total = created.json!.mentions as number;
    expect(total).toBeGreaterThan(1000);
    let seen = 0;
    let pages = 0;
    for (let page = 1; page <= 50; page++) {
      const html = await (await fetch(`${atlas.base}${created.json!.url}${page > 1 ? `?page=${page}` : ""}`)).text();
      const count = html.split('data-testid="mention"').length - 1;
      expect(count).toBeLessThanOrEqual(200);
      seen += count;
      pages = Number(/Page <!-- -->\d+<!-- --> of <!-- -->(\d+)|Page \d+ of (\d+)/.exec(html)?.slice(1).find(Boolean));
      if (page >= pages) break;
    }
    expect(pages).toBeGreaterThan(1);
    expect(seen).toBe(total);
  });
});

describe("Meilisearch killed (SIGKILL) during a burst of writes", () => {
  it("loses no write, restarts the engine by itself, delivers the outbox and answers from Meilisearch again", async () => {
    const meiliPid = readMeiliPid();
    const writes = [...Array.from({ length: 30 }, (_, i) => ({ kind: "entity" as const, i })), ...Array.from({ length: 6 }, (_, i) => ({ kind: "article" as const, i }))].sort(
      (a, b) => (a.i % 6) - (b.i % 6) || a.kind.localeCompare(b.kind),
    );
    const results: { write: (typeof writes)[number]; answer: Answer }[] = [];
    let next = 0;
    let killed = false;
    const worker = async () => {
      while (next < writes.length) {
        const write = writes[next++];
        const answer =
          write.kind === "entity"
            ? await send({
                method: "POST",
                url: "/api/entities",
                body: { kind: "initiative", slug: `fault-suite-initiative-${write.i}`, nameEn: `Fault Suite Initiative ${write.i}` },
              })
            : await send({
                method: "POST",
                url: "/api/articles",
                body: {
                  title: `Fault suite article ${write.i}`,
                  body: `Article ${write.i} of the fault suite. China and France discussed the Global AI Governance Initiative at the United Nations in Geneva. `.repeat(4),
                },
              });
        results.push({ write, answer });
        if (results.length === 8 && !killed) {
          killed = true;
          process.kill(meiliPid, "SIGKILL");
        }
      }
    };
    await Promise.all([worker(), worker(), worker(), worker()]);
    expect(killed).toBe(true);
    for (const { answer } of results) expectCleanAnswer(answer);
    const succeeded = results.filter((r) => r.answer.status < 300);
    expect(succeeded.length).toBeGreaterThanOrEqual(writes.length - 2);

    // Nothing lost: every write that was answered with success is in SQLite.
    const sqlite = new Database(path.join(atlas.dataDir, "atlas.sqlite"), { readonly: true });
    try {
      for (const { write, answer } of succeeded) {
        const row =
          write.kind === "entity"
            ? sqlite.prepare("select id from entities where slug = ?").get(`fault-suite-initiative-${write.i}`)
            : sqlite.prepare("select id from articles where slug = ?").get(answer.json!.slug);
        expect({ write, stored: row !== undefined }).toEqual({ write, stored: true });
      }
    } finally {
      sqlite.close();
    }

    // The engine comes back by itself (the reason logged), on the same address, and the outbox drains.
    await atlas.waitForLog(/Meilisearch killed by SIGKILL; restarting in/, 30_000);
    await atlas.waitForLog(/Meilisearch is back/, 60_000);
    expect(readMeiliPid()).not.toBe(meiliPid);
    expect(isAlive(meiliPid)).toBe(false);
    const health = await eventually({
      what: "health reports Meilisearch with nothing pending",
      timeoutMs: 60_000,
      check: async () => {
        const h = await readHealth({ base: atlas.base });
        return h.engine === "meilisearch" && h.pendingIndexChanges === 0 ? h : undefined;
      },
    });
    expect(health.search).toBe("ok");
    const createdEntities = succeeded.filter((r) => r.write.kind === "entity").length;
    const search = (await (await fetch(`${atlas.base}/api/search?q=Fault%20Suite%20Initiative&kind=initiative&limit=50`)).json()) as {
      engine: string;
      total: number;
      hits: { slug: string }[];
    };
    expect(search.engine).toBe("meilisearch");
    expect(search.hits.filter((h) => h.slug.startsWith("fault-suite-initiative-")).length).toBe(createdEntities);
  });
});

describe("the web server killed (SIGKILL)", () => {
  it("is restarted by npm start, which says why, and serves again by itself", async () => {
    const firstPid = Number((await atlas.waitForLog(/web server running \(pid (\d+)\)/))[1]);
    process.kill(firstPid, "SIGKILL");
    await atlas.waitForLog(/the web server killed by SIGKILL; restarting in/, 30_000);
    const health = await eventually({
      what: "the web server answers again",
      timeoutMs: 90_000,
      intervalMs: 500,
      check: async () => ((await readHealth({ base: atlas.base }).catch(() => null))?.ok ? true : undefined),
    });
    expect(health).toBe(true);
    // npm start says so once its own health poll (every 200 ms) has seen the new server, a moment after this one may
    const runningPids = () => [...atlas.output().matchAll(/web server running \(pid (\d+)\)/g)].map((m) => Number(m[1]));
    const pids = await eventually({
      what: "npm start reports the new web server",
      timeoutMs: 10_000,
      check: async () => (runningPids().length >= 2 ? runningPids() : undefined),
    });
    expect(pids.length).toBe(2);
    expect(pids[1]).not.toBe(firstPid);
    const write = await send({ method: "POST", url: "/api/entities", body: { kind: "initiative", slug: "after-web-restart", nameEn: "After The Web Server Restart" } });
    expect(write.status).toBe(201);
  });
});

describe("stopping npm start", () => {
  it("SIGTERM stops the web server and Meilisearch and removes the engine record", async () => {
    const webPid = Number([...atlas.output().matchAll(/web server running \(pid (\d+)\)/g)].at(-1)![1]);
    const meiliPid = readMeiliPid();
    const result = await atlas.stop();
    expect(result.code).toBe(0);
    expect(isAlive(webPid)).toBe(false);
    expect(isAlive(meiliPid)).toBe(false);
    expect(fs.existsSync(path.join(atlas.dataDir, "meili.json"))).toBe(false);
  });
});
