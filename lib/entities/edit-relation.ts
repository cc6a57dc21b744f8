import "server-only";
import { and, eq, inArray, isNull } from "drizzle-orm";
import { snapshotRelation } from "@/db/queries/history";
import { entities, relations } from "@/db/schema";
import { enqueueSearchSync } from "@/lib/search/enqueue-search-sync";
import type { RelationDetails, RelationInput } from "./entity-form-schema";
import { EntityWriteError } from "@/lib/errors/entity-write-error";
import { recordRevision, type Tx } from "./record-revision";

const touchEnds = (tx: Tx, r: { subjectId: number; objectId: number }) => {
  enqueueSearchSync({ tx, docType: "entity", docId: r.subjectId });
  enqueueSearchSync({ tx, docType: "entity", docId: r.objectId });
};

/**
 * Adds a confirmed relation, or revives/updates the existing (subject, object, role) row — the table keeps one
 * row per triple so its history stays in one place.
 */
export function addRelation({ tx, input, userId }: { tx: Tx; input: RelationInput; userId: number | null }): { id: number } {
  const ends = tx
    .select({ id: entities.id })
    .from(entities)
    .where(and(inArray(entities.id, [input.subjectId, input.objectId]), isNull(entities.deletedAt)))
    .all();
  if (ends.length !== 2) throw new EntityWriteError("both ends of a relation must exist", 404, "objectId");
  const existing = tx
    .select({ id: relations.id })
    .from(relations)
    .where(and(eq(relations.subjectId, input.subjectId), eq(relations.objectId, input.objectId), eq(relations.role, input.role)))
    .get();
  const values = { date: input.date, sourceUrl: input.sourceUrl, note: input.note, status: "confirmed" as const, deletedAt: null, updatedAt: new Date().toISOString() };
  if (existing) {
    const before = snapshotRelation({ db: tx, id: existing.id });
    tx.update(relations).set(values).where(eq(relations.id, existing.id)).run();
    const after = snapshotRelation({ db: tx, id: existing.id });
    if (JSON.stringify(before) !== JSON.stringify(after)) {
      recordRevision({ tx, targetType: "relation", targetId: existing.id, action: before?.deletedAt ? "restore" : "update", userId, before, after });
      touchEnds(tx, input);
    }
    return { id: existing.id };
  }
  const id = tx
    .insert(relations)
    .values({ subjectId: input.subjectId, objectId: input.objectId, role: input.role, ...values })
    .returning({ id: relations.id })
    .get().id;
  recordRevision({ tx, targetType: "relation", targetId: id, action: "create", userId, before: null, after: snapshotRelation({ db: tx, id }) });
  touchEnds(tx, input);
  return { id };
}

/** Soft delete, restorable from the history page. With `entityId`, the relation must touch that entity. */
export function removeRelation({ tx, id, entityId, userId }: { tx: Tx; id: number; entityId?: number; userId: number | null }): void {
  const before = snapshotRelation({ db: tx, id });
  if (!before || before.deletedAt || (entityId !== undefined && before.subjectId !== entityId && before.objectId !== entityId)) {
    throw new EntityWriteError("no such relation", 404);
  }
  tx.update(relations).set({ deletedAt: new Date().toISOString(), updatedAt: new Date().toISOString() }).where(eq(relations.id, id)).run();
  recordRevision({ tx, targetType: "relation", targetId: id, action: "delete", userId, before, after: snapshotRelation({ db: tx, id }) });
  touchEnds(tx, before);
}

/** Date, source and note of an existing relation (and confirming a suggested one), recorded in its history. */
export function updateRelationDetails({ tx, id, entityId, details, userId }: { tx: Tx; id: number; entityId?: number; details: RelationDetails; userId: number | null }): void {
  const before = snapshotRelation({ db: tx, id });
  if (!before || before.deletedAt || (entityId !== undefined && before.subjectId !== entityId && before.objectId !== entityId)) {
    throw new EntityWriteError("no such relation", 404);
  }
  const status = details.confirm ? "confirmed" : before.status;
  if (before.date === details.date && before.sourceUrl === details.sourceUrl && before.note === details.note && before.status === status) return;
  tx.update(relations).set({ date: details.date, sourceUrl: details.sourceUrl, note: details.note, status, updatedAt: new Date().toISOString() }).where(eq(relations.id, id)).run();
  recordRevision({ tx, targetType: "relation", targetId: id, action: "update", userId, before, after: snapshotRelation({ db: tx, id }) });
  touchEnds(tx, before);
}
