/**
 * `npm run bench:timeline`: server render time of /timeline and /api/timeline over 10,000 generated events.
 *
 * Builds a throw-away database (the real seed, plus generated events, relations, articles, mentions and
 * article_events written through the app's write path), starts the production server on it (scripts/serve.ts,
 * port BENCH_PORT, default 3140, build dir NEXT_DIST_DIR, default .next-test, rebuilt when stale), then requests each URL one at a time and prints p50/p95/max
 * of the full response time as the client sees it (render + transfer on loopback). Figures, never asserts.
 *
 * Options: BENCH_EVENTS (10000), BENCH_RUNS (60 per URL), BENCH_KEEP=1 keeps the temp directory.
 */
import type { ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { inArray } from "drizzle-orm";
import { migrateDatabase, openDatabase } from "@/db/open";
import { entities } from "@/db/schema";
import { seedDatabase } from "@/lib/seed/seed-database";
import { generateEvents } from "./lib/generate-bench-data";
import { buildAppIfStale, spawnAppServer, stopChildProcess, waitForUrl } from "./lib/app-server-process";
import { pickPercentile } from "./lib/percentile";

const EVENTS = Number(process.env.BENCH_EVENTS ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 60);
const PORT = Number(process.env.BENCH_PORT ?? 3140);
const DIST = process.env.NEXT_DIST_DIR ?? ".next-test";
const BASE = `http://127.0.0.1:${PORT}`;

async function measure(url: string): Promise<{ p50: number; p95: number; max: number; bytes: number; status: number }> {
  for (let i = 0; i < 5; i++) await (await fetch(BASE + url)).arrayBuffer(); // warm-up: compile caches, page cache
  const times: number[] = [];
  let bytes = 0;
  let status = 0;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const res = await fetch(BASE + url);
    const body = await res.arrayBuffer();
    times.push(performance.now() - t0);
    bytes = body.byteLength;
    status = res.status;
  }
  times.sort((a, b) => a - b);
  return { p50: pickPercentile({ sorted: times, p: 50 }), p95: pickPercentile({ sorted: times, p: 95 }), max: times.at(-1)!, bytes, status };
}

async function main() {
  buildAppIfStale({ distDir: DIST, log: console.log });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "atlas-bench-timeline-"));
  const file = path.join(dir, "atlas.sqlite");
  let server: ChildProcess | null = null;
  try {
    const db = openDatabase({ file });
    migrateDatabase({ db });
    seedDatabase({ db, log: () => {} });
    const t0 = performance.now();
    const n = generateEvents({ db, count: EVENTS });
    const zmb = db
      .select({ id: entities.id })
      .from(entities)
      .where(inArray(entities.iso3, ["ZMB"]))
      .get();
    console.log(`generated ${n} events in ${((performance.now() - t0) / 1000).toFixed(1)} s (database ${dir}; ZMB id ${zmb?.id})`);
    db.$client.pragma("wal_checkpoint(TRUNCATE)");
    db.$client.close();

    server = spawnAppServer({
      port: PORT,
      distDir: DIST,
      env: { DATA_DIR: dir, DATABASE_PATH: file, MEILI_URL: "", MEILI_MASTER_KEY: "" },
      stdio: ["ignore", "ignore", "inherit"],
    });
    await waitForUrl({ url: `${BASE}/api/health`, timeoutMs: 60_000, intervalMs: 300, child: server });
    const probe = await fetch(`${BASE}/timeline?country=ZMB`);
    if (probe.status !== 200 || !(await probe.text()).includes('data-testid="timeline-list"')) throw new Error(`the build in ${DIST} has no timeline page: rebuild it`);

    const urls = [
      ["/timeline", "page, all (page 1 of ~100)"],
      ["/timeline?page=60", "page, all, deep page"],
      ["/timeline?country=ZMB", "page, filtered: one country"],
      ["/timeline?country=CHN&kind=event&from=2010&to=2019", "page, filtered: big country + kind + range"],
      ["/timeline?q=Ethics%20Summit", "page, filtered: text"],
      ["/timeline?initiative=global-ai-governance-initiative", "page, filtered: initiative"],
      ["/api/timeline?country=ZMB", "API, one country"],
      ["/api/timeline?limit=100", "API, first 100 of all"],
      ["/api/timeline", "API, all (default limit 1000)"],
    ] as const;
    console.log(`\n${RUNS} sequential requests per URL against the production server on :${PORT} (${os.cpus().length} CPUs)\n`);
    console.log(`${"URL".padEnd(56)} ${"p50 ms".padStart(8)} ${"p95 ms".padStart(8)} ${"max ms".padStart(8)} ${"KiB".padStart(7)}  what`);
    for (const [url, what] of urls) {
      const r = await measure(url);
      if (r.status !== 200) throw new Error(`${url} answered ${r.status}`);
      console.log(
        `${url.padEnd(56)} ${r.p50.toFixed(1).padStart(8)} ${r.p95.toFixed(1).padStart(8)} ${r.max.toFixed(1).padStart(8)} ${(r.bytes / 1024).toFixed(0).padStart(7)}  ${what}`,
      );
    }
  } finally {
    if (server) await stopChildProcess({ child: server });
    if (process.env.BENCH_KEEP !== "1") fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
