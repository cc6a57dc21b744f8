import "server-only";
import type { AtlasDatabase } from "@/db/open";
import { revisions } from "@/db/schema";

export type Tx = Parameters<Parameters<AtlasDatabase["transaction"]>[0]>[0];
export type RevisionTarget = "entity" | "relation" | "mention" | "article" | "article_event";
export type RevisionAction = "create" | "update" | "delete" | "restore" | "merge" | "review";

/** Who changed what, when, with before/after snapshots; written in the change's own transaction. */
export function recordRevision({
  tx,
  targetType,
  targetId,
  action,
  userId,
  before,
  after,
}: {
  tx: Tx;
  targetType: RevisionTarget;
  targetId: number;
  action: RevisionAction;
  userId: number | null;
  before: unknown;
  after: unknown;
}): number {
  return tx
    .insert(revisions)
    .values({ targetType, targetId, action, userId, before: before ?? null, after: after ?? null, at: new Date().toISOString() })
    .returning({ id: revisions.id })
    .get().id;
}
