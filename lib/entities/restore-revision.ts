import "server-only";
import { eq } from "drizzle-orm";
import { getRevision, isInEntityHistory, snapshotEntity, snapshotRelation, type EntitySnapshot, type RelationSnapshot } from "@/db/queries/history";
import { relations } from "@/db/schema";
import { enqueueSearchSync } from "@/lib/search/enqueue-search-sync";
import { EntityWriteError } from "@/lib/errors/entity-write-error";
import { recordRevision, type Tx } from "./record-revision";
import { applyEntityState, relatedEntityIds } from "./update-entity";

/**
 * Admin restore: brings an entity or relation back to the state recorded by a revision (its `after`, or its
 * `before` when the revision has no after). The restore is itself a new revision, so it can be undone too.
 * Restoring an entity also undeletes it; a merged entity cannot be restored this way (un-merge is not supported).
 */
export function restoreRevision({ tx, revisionId, entityId, userId }: { tx: Tx; revisionId: number; entityId?: number; userId: number | null }): {
  targetType: string;
  targetId: number;
  changed: boolean;
} {
  // Through an entity's page or URL, only a revision from that entity's history can be restored.
  if (entityId !== undefined && !isInEntityHistory({ db: tx, entityId, revisionId })) throw new EntityWriteError("no such revision in this entity's history", 404);
  const revision = getRevision({ db: tx, id: revisionId });
  if (!revision) throw new EntityWriteError("no such revision", 404);
  const state = (revision.after ?? revision.before) as EntitySnapshot | RelationSnapshot | null;
  if (!state) throw new EntityWriteError("this revision holds no state to restore", 400);
  if (revision.targetType === "entity") {
    const id = revision.targetId;
    const before = snapshotEntity({ db: tx, id });
    if (!before) throw new EntityWriteError("the entity no longer exists", 404);
    if (before.mergedIntoId) throw new EntityWriteError("this entity was merged into another; edit the survivor instead", 400);
    const snapshot = state as EntitySnapshot;
    const result = applyEntityState({ tx, id, before, state: snapshot, userId, action: "restore", extra: { deletedAt: null } });
    if (result.changed && before.deletedAt) for (const docId of relatedEntityIds({ tx, id })) enqueueSearchSync({ tx, docType: "entity", docId });
    return { targetType: "entity", targetId: id, ...result };
  }
  if (revision.targetType === "relation") {
    const id = revision.targetId;
    const before = snapshotRelation({ db: tx, id });
    if (!before) throw new EntityWriteError("the relation no longer exists", 404);
    const s = state as RelationSnapshot;
    tx.update(relations)
      .set({ role: s.role, date: s.date, status: s.status, sourceUrl: s.sourceUrl, note: s.note, deletedAt: s.deletedAt, updatedAt: new Date().toISOString() })
      .where(eq(relations.id, id))
      .run();
    const after = snapshotRelation({ db: tx, id });
    const changed = JSON.stringify(before) !== JSON.stringify(after);
    if (changed) {
      recordRevision({ tx, targetType: "relation", targetId: id, action: "restore", userId, before, after });
      enqueueSearchSync({ tx, docType: "entity", docId: before.subjectId });
      enqueueSearchSync({ tx, docType: "entity", docId: before.objectId });
    }
    return { targetType: "relation", targetId: id, changed };
  }
  throw new EntityWriteError(`restoring a ${revision.targetType} revision is not supported`, 400);
}
