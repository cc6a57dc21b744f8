import "server-only";
import { eq } from "drizzle-orm";
import { snapshotEntity } from "@/db/queries/history";
import { entities } from "@/db/schema";
import { enqueueSearchSync } from "@/lib/search/enqueue-search-sync";
import { EntityWriteError } from "@/lib/errors/entity-write-error";
import { recordRevision, type Tx } from "./record-revision";
import { relatedEntityIds } from "./update-entity";

/**
 * Soft delete: the row, its aliases, relations and evidence stay (so restore is exact); pages, lists and
 * search stop showing it. Related entities are re-indexed because their filters named it.
 */
export function softDeleteEntity({ tx, id, userId }: { tx: Tx; id: number; userId: number | null }): void {
  const before = snapshotEntity({ db: tx, id });
  if (!before || before.deletedAt) throw new EntityWriteError("no such entity (or already deleted)", 404);
  tx.update(entities).set({ deletedAt: new Date().toISOString(), updatedAt: new Date().toISOString() }).where(eq(entities.id, id)).run();
  recordRevision({ tx, targetType: "entity", targetId: id, action: "delete", userId, before, after: snapshotEntity({ db: tx, id }) });
  for (const docId of [id, ...relatedEntityIds({ tx, id })]) enqueueSearchSync({ tx, docType: "entity", docId });
}

export function restoreDeletedEntity({ tx, id, userId }: { tx: Tx; id: number; userId: number | null }): void {
  const before = snapshotEntity({ db: tx, id });
  if (!before || !before.deletedAt) throw new EntityWriteError("no such deleted entity", 404);
  tx.update(entities).set({ deletedAt: null, updatedAt: new Date().toISOString() }).where(eq(entities.id, id)).run();
  recordRevision({ tx, targetType: "entity", targetId: id, action: "restore", userId, before, after: snapshotEntity({ db: tx, id }) });
  for (const docId of [id, ...relatedEntityIds({ tx, id })]) enqueueSearchSync({ tx, docType: "entity", docId });
}
