/**
 * `npm run bench:weights`: the raw and gzipped size of each main page's HTML at benchmark scale (the data of
 * bench:pages: the seed, 10,000 generated events, ~15,000 search documents), in English and in Chinese, and of
 * the combobox option assets the filter forms fetch. Issue 15's limit is 200 KB of raw HTML per public page.
 * Figures only, never asserts; sizes do not depend on machine load.
 *
 * Options (env): BENCH_PORT (3150), BENCH_EVENTS (10000), NEXT_DIST_DIR (.next-test, rebuilt when stale),
 * BENCH_KEEP=1 keeps the temp directory.
 */
import { gzipSync } from "node:zlib";
import { buildAppIfStale } from "./lib/app-server-process";
import { listBenchPages, startBenchSite } from "./lib/start-bench-site";

const PORT = Number(process.env.BENCH_PORT ?? 3150);
const EVENTS = Number(process.env.BENCH_EVENTS ?? 10_000);
const DIST = process.env.NEXT_DIST_DIR ?? ".next-test";
const LIMIT_KB = 200;
const ASSETS = ["/api/options/country", "/api/options/organisation", "/api/options/initiative", "/api/options/resolution"];

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

async function main() {
  buildAppIfStale({ distDir: DIST, log: console.log });
  const site = await startBenchSite({ port: PORT, meiliPort: PORT + 2, events: EVENTS, distDir: DIST, label: "bench-weights" });
  try {
    console.log(`data: ${site.documents} search documents, ${EVENTS} generated events`);
    const pages = listBenchPages({ slugs: site.slugs });
    const rows: { path: string; raw: number; gzip: number; status: number }[] = [];
    for (const locale of ["en", "zh"]) {
      for (const page of pages) {
        const path = locale === "en" ? page : page === "/" ? "/zh" : `/zh${page}`;
        const res = await fetch(site.base + path, { headers: { "accept-encoding": "identity", accept: "text/html" } });
        const body = Buffer.from(await res.arrayBuffer());
        rows.push({ path, raw: body.length, gzip: gzipSync(body).length, status: res.status });
      }
    }
    for (const locale of ["en", "zh"]) {
      for (const asset of ASSETS) {
        const path = `${asset}?locale=${locale}`;
        const res = await fetch(site.base + path, { headers: { "accept-encoding": "identity" } });
        const body = Buffer.from(await res.arrayBuffer());
        rows.push({ path, raw: body.length, gzip: gzipSync(body).length, status: res.status });
      }
    }
    console.log(`\n| path | status | raw KB | gzipped KB | over ${LIMIT_KB} KB raw |`);
    console.log("|---|---:|---:|---:|---|");
    for (const r of rows)
      console.log(`| ${r.path} | ${r.status} | ${kb(r.raw)} | ${kb(r.gzip)} | ${r.raw > LIMIT_KB * 1024 && !r.path.startsWith("/api/options") ? "OVER" : ""} |`);
    const htmlRows = rows.filter((r) => !r.path.startsWith("/api/options"));
    const heaviest = htmlRows.reduce((a, b) => (b.raw > a.raw ? b : a));
    console.log(
      `\nheaviest page: ${heaviest.path} ${kb(heaviest.raw)} KB raw (${kb(heaviest.gzip)} KB gzipped); pages over ${LIMIT_KB} KB: ${htmlRows.filter((r) => r.raw > LIMIT_KB * 1024).length}`,
    );
  } finally {
    await site.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
