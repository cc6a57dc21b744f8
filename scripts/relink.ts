/** npm run relink [-- --no-sync]: re-runs linking on every article against the current gazetteer (idempotent). */
import { migrateDatabase, openDatabase } from "@/db/open";
import { relinkAll } from "@/lib/ingest/relink";

async function main() {
  const sync = !process.argv.includes("--no-sync");
  const db = openDatabase();
  migrateDatabase({ db });
  const r = relinkAll({ db, syncSearch: sync });
  console.log(`relink: ${r.articles} articles, ${r.changed} changed; ${r.mentions} mentions, ${r.events} events in total`);
  if (sync && r.changed) {
    try {
      const { drainIfConfigured } = await import("./lib/drain-if-configured");
      await drainIfConfigured({ db });
    } catch {
      // optional
    }
  }
  db.$client.close();

}

void main();
