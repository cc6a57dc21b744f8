/**
 * `npm run bench:search [-- --articles 10000 --entities 5000 --connections 16 --duration 10]`
 *
 * Builds a throw-away corpus (the real seed plus generated entities and zh/en articles) in a temp SQLite
 * file, indexes it into a Meilisearch of its own (port 7739), serves the app on 3130 (the production server,
 * scripts/serve.ts, from NEXT_DIST_DIR, default .next-bench, rebuilt when stale; or --app-url to use a running
 * app on the same data), then measures GET /api/search for a fixed list of realistic queries with N concurrent clients,
 * and the very same multi-search requests sent straight to Meilisearch. Prints p50/p95/p99 and
 * requests/s for both, and the ratios. Targets: API p95 ≤ 50 ms at 16 clients; API p50 ≤ 1.5 × Meilisearch's.
 * First it checks that the named queries still find their entity first amid the generated corpus.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { migrateDatabase, openDatabase } from "@/db/open";
import { seedDatabase } from "@/lib/seed/seed-database";
import { getSearchClient } from "@/lib/search/client";
import { startMeili } from "@/lib/search/meili-process";
import { buildMeiliSearchRequest } from "@/lib/search/search-atlas";
import { parseSearchParams } from "@/lib/search/search-params";
import { reindexAll } from "@/lib/search/sync-index";
import { generateCorpus } from "./lib/generate-bench-data";
import { buildAppIfStale, spawnAppServer, stopChildProcess, waitForUrl } from "./lib/app-server-process";
import { pickPercentile } from "./lib/percentile";

const { values: args } = parseArgs({
  options: {
    articles: { type: "string", default: "10000" },
    entities: { type: "string", default: "5000" },
    connections: { type: "string", default: "16" },
    duration: { type: "string", default: "10" },
    "meili-port": { type: "string", default: "7739" },
    "app-port": { type: "string", default: "3130" },
    "app-url": { type: "string" },
    "keep-data": { type: "boolean", default: false },
    /** Extra node flags for the app server, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof" to see where its time goes. */
    "app-node-args": { type: "string", default: "" },
  },
});

/** Realistic queries: names, abbreviations, zh/en, traditional, typos, and filters. */
const QUERIES: Record<string, string>[] = [
  { q: "Global AI Governance Initiative" },
  { q: "global ai govrnance initiative" },
  { q: "GAIGI" },
  { q: "全球人工智能治理倡议" },
  { q: "人工智能治理倡议" },
  { q: "全球人工智慧治理倡議" },
  { q: "之友小组" },
  { q: "Friends Group" },
  { q: "A/RES/78/311" },
  { q: "78/311" },
  { q: "赞比亚" },
  { q: "Zambia" },
  { q: "digital cooperation framework" },
  { q: "数据安全 合作" },
  { q: "capacity buiding" },
  { q: "AI", kind: "initiative" },
  { q: "治理", language: "zh" },
  { q: "summit", yearFrom: "2023", yearTo: "2024" },
  { q: "governance", country: "CHN" },
  { q: "cooperation", organisation: "united-nations", kind: "event,initiative" },
];

/** The named queries and the entity each must find first, also amid the generated corpus. */
const EXPECTED_FIRST: [string, string][] = [
  ["Global AI Governance Initiative", "global-ai-governance-initiative"],
  ["global ai govrnance initiative", "global-ai-governance-initiative"],
  ["GAIGI", "global-ai-governance-initiative"],
  ["全球人工智能治理倡议", "global-ai-governance-initiative"],
  ["人工智能治理倡议", "global-ai-governance-initiative"],
  ["全球治理倡议 人工智能", "global-ai-governance-initiative"],
  ["之友小组", "group-of-friends-ai-capacity-building"],
  ["Friends Group", "group-of-friends-ai-capacity-building"],
  ["group of friends AI capacity", "group-of-friends-ai-capacity-building"],
  ["A/RES/78/311", "unga-res-78-311"],
  ["78/311", "unga-res-78-311"],
  ["赞比亚", "ZMB"],
  ["Zambia", "ZMB"],
];

type Figures = { p50: number; p95: number; p99: number; rps: number; errors: number; non2xx: number; requests: number };

/** Runs autocannon with the requests in rotation; latencies come from every response (autocannon has no p95). */
async function measure({
  url,
  requests,
  connections,
  duration,
}: {
  url: string;
  requests: { method: "GET" | "POST"; path: string; body?: string; headers?: Record<string, string> }[];
  connections: number;
  duration: number;
}): Promise<Figures> {
  let i = 0;
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections,
        duration,
        requests: [
          {
            setupRequest: (req) => {
              const r = requests[i++ % requests.length];
              return { ...req, method: r.method, path: r.path, body: r.body, headers: { ...(r.headers ?? {}), ...(r.body ? { "content-type": "application/json" } : {}) } };
            },
          },
        ],
      },
      (err, res) => (err ? reject(err) : resolve(res)),
    );
    // run.js emits (client, status, bytes, responseTime); the published types omit the client argument.
    (instance as unknown as NodeJS.EventEmitter).on("response", (_client: unknown, _status: number, _bytes: number, responseTime: number) => latencies.push(responseTime));
  });
  latencies.sort((a, b) => a - b);
  return {
    p50: pickPercentile({ sorted: latencies, p: 50 }),
    p95: pickPercentile({ sorted: latencies, p: 95 }),
    p99: pickPercentile({ sorted: latencies, p: 99 }),
    rps: result.requests.average,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    requests: result.requests.total,
  };
}

/** CPU seconds (user + system) a process has used so far, from /proc (Linux); null elsewhere. */
function processCpuSeconds(pid: number | undefined): number | null {
  if (!pid) return null;
  try {
    // Fields after the command name (which may contain spaces): utime and stime are the 12th and 13th.
    const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    const ticks = Number(fields[11]) + Number(fields[12]);
    return ticks / 100; // USER_HZ, 100 on Linux
  } catch {
    return null;
  }
}

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "atlas-bench-search-"));
  const dbFile = path.join(dataDir, "atlas.sqlite");
  const stops: (() => Promise<void>)[] = [];
  const cleanup = async () => {
    for (const stop of stops.reverse()) await stop().catch(() => {});
    if (!args["keep-data"]) fs.rmSync(dataDir, { recursive: true, force: true });
  };
  process.on("SIGINT", () => void cleanup().then(() => process.exit(130)));
  try {
    const db = openDatabase({ file: dbFile });
    migrateDatabase({ db });
    let t = performance.now();
    seedDatabase({ db, log: () => {} });
    generateCorpus({ db, entities: Number(args.entities), articles: Number(args.articles) });
    const counts = db.$client.prepare("SELECT (SELECT count(*) FROM entities) AS e, (SELECT count(*) FROM articles) AS a").get() as { e: number; a: number };
    console.log(`corpus: ${counts.e} entities, ${counts.a} articles (${((performance.now() - t) / 1000).toFixed(1)} s)`);

    const meili = await startMeili({ dataDir, port: Number(args["meili-port"]), log: () => {} });
    stops.push(meili.stop);
    process.env.MEILI_URL = meili.url;
    process.env.MEILI_MASTER_KEY = meili.masterKey;
    process.env.MEILI_INDEX = "bench";
    t = performance.now();
    const { documents } = await reindexAll({ db, client: getSearchClient()! });
    console.log(`indexed ${documents} documents in ${((performance.now() - t) / 1000).toFixed(1)} s`);

    let appUrl = args["app-url"];
    let appPid: number | undefined;
    if (!appUrl) {
      const distDir = process.env.NEXT_DIST_DIR ?? ".next-bench";
      buildAppIfStale({ distDir, log: console.log });
      const app = spawnAppServer({
        port: args["app-port"]!,
        distDir,
        nodeArgs: args["app-node-args"]!.split(" ").filter(Boolean),
        stdio: ["ignore", "ignore", "inherit"],
        env: { DATA_DIR: dataDir, DATABASE_PATH: dbFile },
      });
      appPid = app.pid;
      stops.push(() => stopChildProcess({ child: app }));
      appUrl = `http://127.0.0.1:${args["app-port"]}`;
      await waitForUrl({ url: `${appUrl}/api/health`, timeoutMs: 60_000 });
    }

    const parsed = QUERIES.map((params) => {
      const p = parseSearchParams(params);
      if (!p.success) throw p.error;
      return { params, query: p.data };
    });
    const apiRequests = parsed.map(({ params }) => ({ method: "GET" as const, path: `/api/search?${new URLSearchParams(params)}` }));
    const meiliRequests = parsed.map(({ query }) => ({
      method: "POST" as const,
      path: "/multi-search",
      body: JSON.stringify(buildMeiliSearchRequest({ query }).body),
      headers: { authorization: `Bearer ${meili.masterKey}` },
    }));
    // Warm both (caches, JIT) and check every query answers from the engine.
    for (const r of apiRequests) {
      const body = (await fetch(appUrl + r.path).then((res) => res.json())) as { engine?: string };
      if (body.engine !== "meilisearch") throw new Error(`${r.path} answered from ${body.engine}: is the app pointed at this Meilisearch?`);
    }
    // Speed is no use if the generated crowd of look-alike names pushes the right answer down: the issue's
    // named queries must still put their entity first in this corpus.
    let right = 0;
    for (const [q, slug] of EXPECTED_FIRST) {
      const body = (await fetch(`${appUrl}/api/search?${new URLSearchParams({ q })}`).then((res) => res.json())) as { hits: { slug: string }[] };
      const first = body.hits[0]?.slug;
      if (first === slug) right++;
      else console.log(`  ranking: "${q}" → ${first ?? "nothing"} first, expected ${slug}`);
    }
    console.log(`ranking in this corpus: ${right}/${EXPECTED_FIRST.length} named queries put the expected entity first`);
    // One client, one query at a time: what each query costs on its own (median of 7).
    console.log("single-client latency per query (median of 7), Meilisearch direct vs GET /api/search:");
    for (let k = 0; k < parsed.length; k++) {
      const timeIt = async (run: () => Promise<unknown>) => {
        const times: number[] = [];
        for (let n = 0; n < 7; n++) {
          const t0 = performance.now();
          await run();
          times.push(performance.now() - t0);
        }
        return times.sort((a, b) => a - b)[3];
      };
      const direct = await timeIt(() =>
        fetch(meili.url + meiliRequests[k].path, {
          method: "POST",
          headers: { ...meiliRequests[k].headers, "content-type": "application/json", connection: "close" },
          body: meiliRequests[k].body,
        }).then((r) => r.text()),
      );
      const api = await timeIt(() => fetch(appUrl + apiRequests[k].path, { headers: { connection: "close" } }).then((r) => r.text()));
      console.log(`  ${direct.toFixed(1).padStart(6)} ms ${api.toFixed(1).padStart(6)} ms  ${JSON.stringify(parsed[k].params)}`);
    }
    const connections = Number(args.connections);
    const duration = Number(args.duration);
    await measure({ url: meili.url, requests: meiliRequests, connections, duration: 2 });
    await measure({ url: appUrl, requests: apiRequests, connections, duration: 2 });
    console.log(`measuring ${QUERIES.length} queries in rotation, ${connections} concurrent clients, ${duration} s each …`);
    const direct = await measure({ url: meili.url, requests: meiliRequests, connections, duration });
    const appCpuBefore = processCpuSeconds(appPid);
    const api = await measure({ url: appUrl, requests: apiRequests, connections, duration });
    const appCpuAfter = processCpuSeconds(appPid);
    const row = (name: string, f: Figures) =>
      `${name.padEnd(22)} p50 ${f.p50.toFixed(1).padStart(6)} ms  p95 ${f.p95.toFixed(1).padStart(6)} ms  p99 ${f.p99.toFixed(1).padStart(6)} ms  ${f.rps.toFixed(0).padStart(6)} req/s  (${f.requests} requests, ${f.errors} errors, ${f.non2xx} non-2xx)`;
    console.log(row("Meilisearch direct", direct));
    console.log(row("GET /api/search", api));
    console.log(`ratio API/Meilisearch: p50 ${(api.p50 / direct.p50).toFixed(2)}×, p95 ${(api.p95 / direct.p95).toFixed(2)}×, throughput ${(api.rps / direct.rps).toFixed(2)}×`);
    // Where an API request's time goes on a shared machine: the app's own CPU per request (Next + our code).
    if (appCpuBefore !== null && appCpuAfter !== null) console.log(`app server CPU: ${((1000 * (appCpuAfter - appCpuBefore)) / api.requests).toFixed(2)} ms per API request`);
    console.log(`targets: API p95 ≤ 50 ms → ${api.p95 <= 50 ? "met" : "NOT met"}; API p50 ≤ 1.5 × Meilisearch p50 → ${api.p50 <= 1.5 * direct.p50 ? "met" : "NOT met"}`);
  } finally {
    await cleanup();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
