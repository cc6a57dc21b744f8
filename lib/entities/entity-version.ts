import { and, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/open";
import { snapshotEntity } from "@/db/queries/history";
import { revisions } from "@/db/schema";
import { WriteRefusal } from "@/lib/errors/write-refusal";

/**
 * An entity's version for optimistic concurrency: the id of its latest revision (0 before any). Every
 * editorial change of the entity (edit, restore, delete, merge) records a revision in its own transaction,
 * so the version changes exactly when what an editor sees in the form may have changed. Relations have
 * revisions of their own and do not change it: they are edited separately.
 */
export function readEntityVersion({ db, id }: { db: DbOrTx; id: number }): number {
  return (
    db
      .select({ v: sql<number>`coalesce(max(${revisions.id}), 0)` })
      .from(revisions)
      .where(and(eq(revisions.targetType, "entity"), eq(revisions.targetId, id)))
      .get()?.v ?? 0
  );
}

/**
 * Inside the write's transaction: refuses with 409 when the entity changed since the editor read `expected`,
 * carrying the current version and values so nothing is overwritten blindly. `expected` null: no check.
 */
export function assertEntityVersion({ tx, id, expected }: { tx: DbOrTx; id: number; expected: number | null | undefined }): void {
  if (expected == null) return;
  const version = readEntityVersion({ db: tx, id });
  if (version === expected) return;
  throw new WriteRefusal({
    message: "someone else changed this entity since you loaded it; nothing was saved. Review the current values and apply your change again.",
    status: 409,
    details: { version, current: snapshotEntity({ db: tx, id }) },
  });
}
