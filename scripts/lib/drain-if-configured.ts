import type { AtlasDatabase } from "@/db/open";
import { getSearchClient } from "@/lib/search/client";
import { countPendingOutbox, drainSearchOutbox } from "@/lib/search/sync-index";

/** Scripts deliver their outbox rows at the end when a server is configured; otherwise `npm start` will. */
export async function drainIfConfigured({ db, log = console.log }: { db: AtlasDatabase; log?: (line: string) => void }) {
  const client = getSearchClient();
  if (!client) {
    log(`search: ${countPendingOutbox({ db })} changes queued (delivered when Meilisearch runs: npm start)`);
    return;
  }
  const r = await drainSearchOutbox({ db, client });
  log(`search: ${r.delivered} changes delivered${r.error ? `, ${r.pending} pending: ${r.error}` : ""}`);
}
