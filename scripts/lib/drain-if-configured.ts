import type { AtlasDatabase } from "@/db/open";
import { getSearchClient } from "@/lib/search/client";
import { countPendingOutbox, drainSearchOutbox } from "@/lib/search/sync-index";

/** Scripts deliver their outbox rows at the end when a server is configured; otherwise `npm start` will. */
export async function drainIfConfigured({ db }: { db: AtlasDatabase }) {
  const client = getSearchClient();
  if (!client) {
    console.log(`search: ${countPendingOutbox({ db })} changes queued (delivered when Meilisearch runs: npm start)`);
    return;
  }
  const r = await drainSearchOutbox({ db, client });
  console.log(`search: ${r.delivered} changes delivered${r.error ? `, ${r.pending} pending: ${r.error}` : ""}`);
}
