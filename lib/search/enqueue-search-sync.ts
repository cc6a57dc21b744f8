import { searchOutbox } from "@/db/schema";
import type { DbOrTx } from "@/db/open";

/**
 * Records that a search document must be (re)built or removed. Call it inside the SAME transaction as the
 * write that changed the searchable content: the change and its index intent commit or roll back together,
 * and the drainer (drainSearchOutbox in lib/search/sync-index.ts) delivers it to Meilisearch whenever the
 * server is up. Deletions are queued the same way: the drainer removes documents whose row is gone or hidden.
 */
export function enqueueSearchSync({ tx, docType, docId }: { tx: DbOrTx; docType: "entity" | "article"; docId: number }): void {
  // The drainer never reads `op` (it rebuilds from SQLite); the column is required, so every row says upsert.
  tx.insert(searchOutbox).values({ docType, docId, op: "upsert" }).run();
}
