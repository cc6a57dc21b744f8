/**
 * npm run bench:ingest [-- --n 1000]
 * Generates N zh/en articles from the gazetteer (scripts/lib/bench-articles.ts: distinct stories worded as
 * differently as real ones, one in 20 a reprint of an earlier story), ingests them into a temporary SQLite database through the full path (bytes → extract
 * → link → up to INGEST_BATCH articles per transaction, a savepoint each only when one fails, search-outbox rows included, as
 * npm run ingest stores a folder), and prints articles/s and mentions/s.
 * Nothing is asserted: this is a measurement.
 */
import os from "node:os";
import { loadGazetteerEntries } from "@/lib/linking/load-gazetteer";
import { buildGazetteer } from "@/lib/linking/gazetteer";
import { ingestArticles } from "@/lib/ingest/ingest-article";
import { loadHtmlLibraries } from "@/lib/ingest/extract-html";
import { generateBenchArticles } from "./lib/bench-articles";
import { makeSeededScratchDatabase } from "./lib/seeded-scratch-database";

const nArg = process.argv.indexOf("--n");
const N = nArg > 0 ? Number(process.argv[nArg + 1]) : 1000;

async function run(label: string) {
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
    const docs = generateBenchArticles({ n: N });
    let mentions = 0;
    let events = 0;
    let failed = 0;
    let copies = 0;
    const t1 = performance.now();
    const cpu0 = process.cpuUsage();
    // as npm run ingest stores a folder (lib/ingest/ingest-paths.ts): INGEST_BATCH articles per transaction
    for (const r of ingestArticles({ db, items: docs.map((d) => ({ bytes: Buffer.from(d.text), fileName: d.name })), gazetteer })) {
      if (r.ok) {
        mentions += r.mentions;
        events += r.events;
        if (r.copyOf) copies++;
      } else failed++;
    }
    const secs = (performance.now() - t1) / 1000;
    // CPU time as well: on a shared machine the wall clock also counts other processes' turns

    const cpu = process.cpuUsage(cpu0);
    const cpuSecs = (cpu.user + cpu.system) / 1e6;
    console.log(
      `${label.padEnd(22)} ${N} articles in ${secs.toFixed(2)} s: ${(N / secs).toFixed(0)} articles/s (CPU ${cpuSecs.toFixed(2)} s: ${(N / cpuSecs).toFixed(0)} articles per CPU-second), ${(mentions / secs).toFixed(0)} mentions/s ` +
        `(${mentions} mentions, ${events} events, ${copies} stored as copies, ${failed} failed; gazetteer of ${entries.length} entities built in ${tGaz.toFixed(0)} ms, HTML libraries loaded in ${tHtml.toFixed(0)} ms)`,
    );
  } finally {
    cleanup();
  }
}

console.log(`bench:ingest on ${os.cpus().length} CPU(s), node ${process.version}`);
void (async () => {
  await run("ingest");
})();
