/**
 * `npm run bench:pages`: the public pages and APIs under concurrent load, against a static-file baseline.
 *
 * Builds a throw-away database at benchmark scale (the real seed, 10,000 generated events with participants and
 * evidence articles, and generated entities: about 15,000 search documents), indexes it into a Meilisearch of
 * its own, serves it with the production server (scripts/serve.ts from NEXT_DIST_DIR, default .next-test,
 * rebuilt when stale), then runs a fixed mix of the main pages and APIs with 32 and 64 concurrent clients,
 * `/api/search` alone, and a static file of the mix's mean response size served by Node's http module (the
 * limit for serving these bytes on this machine). Prints requests/s, p50/p95/p99 per URL and overall, and the
 * server's RSS. Figures only, never asserts.
 *
 * Options (env): BENCH_SECONDS (20 per phase), BENCH_PORT (3150), BENCH_EVENTS (10000), PAGE_CACHE_MB
 * (passed to the server; 0 measures rendering every request), BENCH_KEEP=1 keeps the temp directory.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import { buildAppIfStale, stopChildProcess, waitForUrl } from "./lib/app-server-process";
import { listBenchPages, startBenchSite } from "./lib/start-bench-site";
import { runLoad, type LoadFigures } from "./lib/run-load";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const PORT = Number(process.env.BENCH_PORT ?? 3150);
const STATIC_PORT = PORT + 1;
const MEILI_PORT = PORT + 2;
const EVENTS = Number(process.env.BENCH_EVENTS ?? 10_000);
const DIST = process.env.NEXT_DIST_DIR ?? ".next-test";
const BASE = `http://127.0.0.1:${PORT}`;

const SEARCH_QUERIES = ["global ai govrnance initiative", "全球人工智能治理倡议", "78/311", "Zambia", "之友小组", "summit", "capacity buiding", "治理"];

function rssMb({ pid }: { pid: number | undefined }): number | null {
  if (!pid) return null;
  try {
    const line = fs
      .readFileSync(`/proc/${pid}/status`, "utf8")
      .split("\n")
      .find((l) => l.startsWith("VmRSS:"));
    return line ? Number(line.replace(/\D+/g, "")) / 1024 : null;
  } catch {
    return null;
  }
}

function row({ name, f }: { name: string; f: LoadFigures }): string {
  return `${name.slice(0, 64).padEnd(64)} ${f.rps.toFixed(1).padStart(8)} ${f.p50.toFixed(1).padStart(8)} ${f.p95.toFixed(1).padStart(8)} ${f.p99.toFixed(1).padStart(8)} ${(f.meanBytes / 1024).toFixed(1).padStart(8)} ${String(f.errors + f.non2xx).padStart(6)}`;
}
const HEADER = `${"URL".padEnd(64)} ${"req/s".padStart(8)} ${"p50 ms".padStart(8)} ${"p95 ms".padStart(8)} ${"p99 ms".padStart(8)} ${"KiB".padStart(8)} ${"errors".padStart(6)}`;

/** A plain Node http server answering one fixed body: what serving these bytes costs without any app. */
function spawnStaticServer({ port, bytes }: { port: number; bytes: number }): ChildProcess {
  const code = `const b=Buffer.alloc(${bytes},97);require("http").createServer((q,s)=>{s.writeHead(200,{"content-type":"text/html","content-length":b.length});s.end(b)}).listen(${port},"127.0.0.1")`;
  return spawn(process.execPath, ["-e", code], { stdio: "ignore" });
}

async function main() {
  buildAppIfStale({ distDir: DIST, log: console.log });
  const site = await startBenchSite({ port: PORT, meiliPort: MEILI_PORT, events: EVENTS, distDir: DIST, label: "bench-pages" });
  const { server, slugs } = site;
  const stops: (() => Promise<void>)[] = [site.stop];
  try {
    console.log(`data: ${site.documents} search documents, ${EVENTS} generated events (${site.dir})`);
    console.log(
      `server: pid ${server.pid}, page cache ${process.env.PAGE_CACHE_MB === "0" ? "off" : `${process.env.PAGE_CACHE_MB ?? 96} MB`}, RSS ${rssMb({ pid: server.pid })?.toFixed(0)} MB`,
    );

    const mix = [...listBenchPages({ slugs }), "/api/timeline?country=ZMB", "/api/entities/initiative/global-ai-governance-initiative", "/api/countries"];
    for (const url of mix) {
      const res = await fetch(BASE + url);
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
    }
    const raw = await Promise.all(
      mix.map(async (url) => [url, (await (await fetch(BASE + url, { headers: { "accept-encoding": "identity" } })).arrayBuffer()).byteLength] as const),
    );
    console.log("\nraw HTML/JSON size (uncompressed):");
    for (const [url, bytes] of raw) console.log(`  ${(bytes / 1024).toFixed(0).padStart(6)} KiB  ${url}`);

    const results: Record<string, LoadFigures> = {};
    for (const connections of [32, 64]) {
      await runLoad({ base: BASE, paths: mix, connections, seconds: 2 }); // warm-up
      const { overall, byPath } = await runLoad({ base: BASE, paths: mix, connections, seconds: SECONDS });
      results[`mix@${connections}`] = overall;
      console.log(`\npage mix, ${connections} concurrent clients, ${SECONDS} s (server RSS after: ${rssMb({ pid: server.pid })?.toFixed(0)} MB)`);
      console.log(HEADER);
      for (const [url, f] of byPath) console.log(row({ name: url, f }));
      console.log(row({ name: "overall", f: overall }));
    }

    const searchPaths = SEARCH_QUERIES.map((q) => `/api/search?q=${encodeURIComponent(q)}`);
    const search = await runLoad({ base: BASE, paths: searchPaths, connections: 32, seconds: SECONDS });
    results.search = search.overall;
    console.log(`\n/api/search alone, 32 clients: ${row({ name: "", f: search.overall }).trim()}`);

    const meanBytes = Math.round(results["mix@32"].meanBytes);
    const staticServer = spawnStaticServer({ port: STATIC_PORT, bytes: meanBytes });
    stops.push(() => stopChildProcess({ child: staticServer }));
    await waitForUrl({ url: `http://127.0.0.1:${STATIC_PORT}/`, timeoutMs: 10_000, child: staticServer });
    const baseline = await runLoad({ base: `http://127.0.0.1:${STATIC_PORT}`, paths: ["/"], connections: 32, seconds: SECONDS });
    results.static = baseline.overall;
    console.log(`static file of ${(meanBytes / 1024).toFixed(1)} KiB (the mix's mean), Node http, 32 clients: ${row({ name: "", f: baseline.overall }).trim()}`);

    const mix32 = results["mix@32"];
    console.log(
      `\nsummary: mix@32 ${mix32.rps.toFixed(0)} req/s (p99 ${mix32.p99.toFixed(0)} ms), mix@64 ${results["mix@64"].rps.toFixed(0)} req/s (p99 ${results["mix@64"].p99.toFixed(0)} ms), static ${results.static.rps.toFixed(0)} req/s → mix/static ${(mix32.rps / results.static.rps).toFixed(2)}; server RSS ${rssMb({ pid: server.pid })?.toFixed(0)} MB`,
    );
  } finally {
    for (const stop of stops.reverse()) await stop().catch(() => {});
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
