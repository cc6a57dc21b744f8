/**
 * npm run bench:ingest [-- --n 1000]
 * Generates N zh/en articles from the gazetteer (scripts/lib/bench-articles.ts: distinct stories worded as
 * differently as real ones, one in 20 a reprint of an earlier story), ingests them into a temporary SQLite database through the full path (bytes → extract
 * → link → up to INGEST_BATCH articles per transaction, a savepoint each only when one fails, search-outbox rows included, as
 * npm run ingest stores a folder), and prints articles/s and mentions/s.
 * Two figures: the first N articles in a fresh process (what a one-off npm run ingest of a folder sees: the
 * JavaScript engine is still compiling the linker's hot code, in the background, on the same CPUs), then the next N
 * in the same run (what the long-running server's ingest sees once warm). Nothing is asserted: this is a measurement.
 */
import os from "node:os";
import { loadGazetteerEntries } from "@/lib/linking/load-gazetteer";
import { buildGazetteer } from "@/lib/linking/gazetteer";
import { ingestArticles } from "@/lib/ingest/ingest-article";
import { startLinkAhead } from "@/lib/ingest/link-ahead";
import { loadHtmlLibraries } from "@/lib/ingest/extract-html";
import { generateBenchArticles } from "./lib/bench-articles";
import { makeSeededScratchDatabase } from "./lib/seeded-scratch-database";

const nArg = process.argv.indexOf("--n");
const N = nArg > 0 ? Number(process.argv[nArg + 1]) : 1000;

type Tally = { mentions: number; events: number; failed: number; copies: number };

function printFigures({ label, n, secs, cpuSecs, tally }: { label: string; n: number; secs: number; cpuSecs: number; tally: Tally }) {
  console.log(
    `${label.padEnd(22)} ${n} articles in ${secs.toFixed(2)} s: ${(n / secs).toFixed(0)} articles/s (CPU ${cpuSecs.toFixed(2)} s: ${(n / cpuSecs).toFixed(0)} articles per CPU-second), ${(tally.mentions / secs).toFixed(0)} mentions/s ` +
      `(${tally.mentions} mentions, ${tally.events} events, ${tally.copies} stored as copies, ${tally.failed} failed)`,
  );
}

async function run() {
  const { db, cleanup } = makeSeededScratchDatabase();
  try {
    const entries = loadGazetteerEntries({ db });
    const t0 = performance.now();
    const gazetteer = buildGazetteer({ entries });
    const tGaz = performance.now() - t0;
    // jsdom and Readability load once per process, before the first article (as the ingest worker does before
    // its first job): a start-up cost, printed apart, not a cost per article
    const t0Html = performance.now();
    loadHtmlLibraries();
    const tHtml = performance.now() - t0Html;
    console.log(`gazetteer of ${entries.length} entities built in ${tGaz.toFixed(0)} ms, HTML libraries loaded in ${tHtml.toFixed(0)} ms`);
    const docs = generateBenchArticles({ n: 2 * N });
    // one worker linking ahead for both halves, as for one folder (lib/ingest/ingest-paths.ts); the first N
    // articles are the same whatever N follows them
    const ahead = startLinkAhead({ gazetteer });
    try {
      for (const [half, label] of ["ingest, fresh process", "ingest, warm"].entries()) {
        const items = docs.slice(half * N, (half + 1) * N).map((d) => ({ bytes: Buffer.from(d.text), fileName: d.name }));
        const tally: Tally = { mentions: 0, events: 0, failed: 0, copies: 0 };
        const t = performance.now();
        const cpu0 = process.cpuUsage();
        // as npm run ingest stores a folder: INGEST_BATCH articles per transaction
        for (const r of ingestArticles({ db, items, gazetteer, linkAhead: ahead })) {
          if (r.ok) {
            tally.mentions += r.mentions;
            tally.events += r.events;
            if (r.copyOf) tally.copies++;
          } else tally.failed++;
        }
        const secs = (performance.now() - t) / 1000;
        // CPU time as well: on a shared machine the wall clock also counts other processes' turns
        const cpu = process.cpuUsage(cpu0);
        printFigures({ label, n: N, secs, cpuSecs: (cpu.user + cpu.system) / 1e6, tally });
      }
    } finally {
      ahead.stop();
    }
  } finally {
    cleanup();
  }
}

console.log(`bench:ingest on ${os.cpus().length} CPU(s), node ${process.version}`);
void (async () => {
  await run();
})();
