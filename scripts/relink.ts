/**
 * npm run relink [-- --no-drain]: re-runs linking on every article against the current gazetteer (idempotent).
 * Changes always go to the search outbox; --no-drain leaves them there for `npm start` or `npm run search:drain`.
 */
import { migrateDatabase, openDatabase } from "@/db/open";
import { relinkAll } from "@/lib/ingest/relink";

async function main() {
  const drain = !process.argv.includes("--no-drain");
  // --no-drain: no engine for this process, so the write path leaves every change in the outbox
  if (!drain) delete process.env.MEILI_URL;
  const db = openDatabase();
  migrateDatabase({ db });
  const r = relinkAll({ db });
  console.log(`relink: ${r.articles} articles, ${r.changed} changed; ${r.mentions} mentions, ${r.events} events in total`);
  if (drain && r.changed) {
    try {
      const { describeDelivery, flushSearchChanges } = await import("@/lib/search/deliver-search-changes");
      console.log(describeDelivery(await flushSearchChanges({ db })));
    } catch {
      // the drainer is optional here: the outbox keeps the changes
    }
  }
  db.$client.close();
}

void main();
