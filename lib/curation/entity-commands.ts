import "server-only";
import { z } from "zod";
import type { AtlasDatabase, DbOrTx } from "@/db/open";
import { findEntityByKey } from "@/db/queries/entities";
import { snapshotEntity, type EntitySnapshot } from "@/db/queries/history";
import { entityInputSchema, entityRefSchema, type RelationInput, type RelationRequest } from "@/lib/entities/entity-form-schema";
import { assertEntityVersion } from "@/lib/entities/entity-version";
import { EntityWriteError } from "@/lib/errors/entity-write-error";
import type { Tx } from "@/lib/entities/record-revision";
import { updateEntity } from "@/lib/entities/update-entity";
import { refusalOfZodError } from "@/lib/errors/write-refusal";

/** PATCH bodies name only what changes; the rest comes from the current state. */
export const entityPatchSchema = z.record(z.string(), z.unknown());

function mergePatch({ current, patch }: { current: EntitySnapshot; patch: Record<string, unknown> }): unknown {
  // kind, slug, status, deletion and merge state are not editable through a patch
  const { mergedIntoId, deletedAt, status, ...rest } = current;
  void [mergedIntoId, deletedAt, status];
  return {
    ...rest,
    ...patch,
    kind: current.kind,
    slug: current.slug,
    sources: patch.sources ?? current.sources.filter((s) => s.url && !s.articleId).map((s) => ({ url: s.url, note: s.note })),
  };
}

export function parseEntityPatch({ db, id, patch }: { db: DbOrTx; id: number; patch: Record<string, unknown> }) {
  const current = snapshotEntity({ db, id });
  if (!current) throw new EntityWriteError("no such entity", 404);
  return entityInputSchema.safeParse(mergePatch({ current, patch }));
}

/**
 * The PATCH command, inside the write's transaction: refuses a stale `expectedVersion` (409 with the current
 * values), merges the patch into the current state, validates the result and applies it.
 */
export function patchEntity({
  tx,
  id,
  patch,
  expectedVersion,
  userId,
}: {
  tx: Tx;
  id: number;
  patch: Record<string, unknown>;
  expectedVersion: number | null;
  userId: number | null;
}): { changed: boolean } {
  assertEntityVersion({ tx, id, expected: expectedVersion });
  const input = parseEntityPatch({ db: tx, id, patch });
  if (!input.success) throw refusalOfZodError(input.error);
  return updateEntity({ tx, id, input: input.data, userId });
}

/** Looks an entity reference up (following merges and renames); a missing one is a 404 naming the field. */
export function resolveRef({ db, ref, field = "target" }: { db: AtlasDatabase; ref: z.output<typeof entityRefSchema>; field?: string }) {
  const found = findEntityByKey({ db, kind: ref.kind, key: ref.key });
  if (!found || found.status === "rejected") throw new EntityWriteError(`no ${ref.kind} "${ref.key}"`, 404, field);
  return found;
}

export const mergeRequestSchema = z.object({ into: entityRefSchema }).strict();

/**
 * The relation a request adds, with the other end resolved; the request was validated by relationRequestSchema
 * (the same fields as a stored relation), so only the two ends are left to check.
 */
export function relationInputFor({ db, selfId, request }: { db: AtlasDatabase; selfId: number; request: RelationRequest }): RelationInput {
  const other = resolveRef({ db, ref: request.other, field: "other" });
  if (other.id === selfId) throw new EntityWriteError("an entity cannot relate to itself", 400, "other");
  const [subjectId, objectId] = request.direction === "outgoing" ? [selfId, other.id] : [other.id, selfId];
  return { subjectId, objectId, role: request.role, date: request.date, note: request.note, sourceUrl: request.sourceUrl };
}
