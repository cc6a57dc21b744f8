import { searchOutbox } from "@/db/schema";
import type { DbOrTx } from "@/db/open";

/**
 * Records that a search document must be (re)built or removed. Call it inside the SAME transaction as the
 * write that changed the searchable content: the change and its index intent commit or roll back together,
 * and the drainer (lib/search/drain-outbox) delivers it to Meilisearch whenever the server is up.
 */
export function enqueueSearchSync({
  tx,
  docType,
  docId,
  op = "upsert",
}: {
  tx: DbOrTx;
  docType: "entity" | "article";
  docId: number;
  op?: "upsert" | "delete";
}): void {
  tx.insert(searchOutbox).values({ docType, docId, op }).run();
}
