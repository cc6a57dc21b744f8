import type Database from "better-sqlite3";
import { searchOutbox } from "@/db/schema";
import type { DbOrTx } from "@/db/open";

/**
 * Records that a search document must be (re)built or removed. Call it inside the SAME transaction as the
 * write that changed the searchable content: the change and its index intent commit or roll back together,
 * and the write path (lib/write/run-command.ts) hands it to the one deliverer (lib/search/deliver-search-changes.ts) to Meilisearch whenever the
 * server is up. Deletions are queued the same way: the drainer removes documents whose row is gone or hidden.
 */
let queued = 0;

/** How many outbox rows this process has queued: the write path compares it around a transaction to know whether to deliver. */
export function searchChangesQueued(): number {
  return queued;
}

// Prepared once per connection, for hot callers (ingestion) that pass the raw connection of their transaction.
const inserts = new WeakMap<Database.Database, Database.Statement>();

/** `client`: optionally, the raw connection `tx` runs on (the same transaction): the row goes in by a prepared statement. */
export function enqueueSearchSync({ tx, client, docType, docId }: { tx: DbOrTx; client?: Database.Database; docType: "entity" | "article"; docId: number }): void {
  // The drainer never reads `op` (it rebuilds from SQLite); the column is required, so every row says upsert.
  if (client) {
    let insert = inserts.get(client);
    if (!insert) inserts.set(client, (insert = client.prepare(`INSERT INTO search_outbox (doc_type, doc_id, op) VALUES (?, ?, 'upsert')`)));
    insert.run(docType, docId);
  } else tx.insert(searchOutbox).values({ docType, docId, op: "upsert" }).run();
  queued += 1;
}
