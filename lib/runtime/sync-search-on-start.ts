import "server-only";
import type { Meilisearch } from "meilisearch";
import type { AtlasDatabase } from "@/db/open";
import { searchIndexUid } from "@/lib/search/client";
import { describeDelivery, flushSearchChanges } from "@/lib/search/deliver-search-changes";
import { reindexAll } from "@/lib/search/sync-index";

/** A fresh or emptied engine gets a full rebuild; otherwise pending outbox rows are delivered. */
export async function syncSearchOnStart({ db, client, log = console.log }: { db: AtlasDatabase; client: Meilisearch; log?: (line: string) => void }) {
  const stats = await client
    .index(searchIndexUid())
    .getStats()
    .catch(() => null);
  if (!stats || stats.numberOfDocuments === 0) {
    const { documents } = await reindexAll({ db, client });
    log(`search: index rebuilt from SQLite (${documents} documents)`);
    return;
  }
  log(describeDelivery(await flushSearchChanges({ db, client })));
}
