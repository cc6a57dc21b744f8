/**
 * npm run ingest -- PATH... [--json] [--no-drain]
 * Ingests files or folders (recursively). Prints one line per file (JSON lines with --json); the exit code is 0
 * only when every file succeeded. Search-index changes always go to the outbox in each article's transaction;
 * they are delivered at the end unless --no-drain (then `npm start` or `npm run search:drain` delivers them).
 */
import path from "node:path";
import { migrateDatabase, openDatabase } from "@/db/open";
import { ingestPaths } from "@/lib/ingest/ingest-paths";

async function main() {
  const args = process.argv.slice(2);
  const json = args.includes("--json");
  const drain = !args.includes("--no-drain");
  // --no-drain: no engine for this process, so the write path leaves every change in the outbox
  if (!drain) delete process.env.MEILI_URL;
  const paths = args.filter((a) => !a.startsWith("--"));
  if (!paths.length) {
    console.error("usage: npm run ingest -- PATH... [--json] [--no-drain]");
    process.exitCode = 2;
    return;
  }

  const db = openDatabase();
  migrateDatabase({ db });
  let failed = 0;
  let ok = 0;
  const started = performance.now();
  ingestPaths({
    db,
    paths,
    onResult: (r) => {
      const file = path.relative(process.cwd(), r.file) || r.file;
      if (r.ok) ok++;
      else failed++;
      if (json) {
        console.log(
          JSON.stringify(
            r.ok
              ? { file, ok: true, slug: r.slug, mentions: r.mentions, events: r.events, ...(r.duplicate ? { duplicate: true } : {}), ...(r.updated ? { updated: true } : {}) }
              : { file, ok: false, error: r.error },
          ),
        );
      } else if (r.ok) {
        console.log(`ok    ${file} → ${r.slug} (${r.duplicate ? "unchanged, already ingested" : `${r.mentions} mentions, ${r.events} events${r.updated ? ", updated" : ""}`})`);
      } else {
        console.error(`FAIL  ${file}: ${r.error}`);
      }
    },
  });
  if (drain) {
    try {
      const { describeDelivery, flushSearchChanges } = await import("@/lib/search/deliver-search-changes");
      // stdout is kept for the per-file lines (JSON lines with --json)
      console.error(describeDelivery(await flushSearchChanges({ db })));
    } catch {
      // the search drainer is optional here; the outbox keeps the work
    }
  }
  db.$client.close();
  if (!json) console.error(`${ok} ingested, ${failed} failed in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  process.exitCode = failed ? 1 : 0;
}

void main();
