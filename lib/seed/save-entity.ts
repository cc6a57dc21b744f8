import "server-only";
import { and, eq } from "drizzle-orm";
import type { AtlasDatabase } from "@/db/open";
import { aliases, entities, relations, sources } from "@/db/schema";
import { enqueueSearchSync } from "@/lib/search/enqueue-search-sync";
import type { SeedEntity, SeedRelation } from "@/lib/seed/types";
import { CONTENT_FIELDS, ENTITY_FIELDS, pickContentFields, pickEntityFields } from "@/lib/entities/entity-fields";

type Tx = Parameters<Parameters<AtlasDatabase["transaction"]>[0]>[0];

/**
 * Creates or updates one entity by (kind, slug) with its aliases and URL sources, inside the caller's
 * transaction, and queues its search document when anything searchable changed. Aliases and sources are
 * only added, never removed here: removal is an explicit editorial act.
 */
export function saveEntity({ tx, input }: { tx: Tx; input: SeedEntity }): { id: number; changed: boolean } {
  const values = { ...pickEntityFields(input), ...pickContentFields(input) };
  const existing = tx
    .select()
    .from(entities)
    .where(and(eq(entities.kind, input.kind), eq(entities.slug, input.slug)))
    .get();
  let id: number;
  let changed = false;
  if (!existing) {
    id = tx
      .insert(entities)
      .values({ kind: input.kind, slug: input.slug, ...values })
      .returning({ id: entities.id })
      .get().id;
    changed = true;
  } else {
    id = existing.id;
    const content = values as Record<string, unknown>;
    const differs =
      ENTITY_FIELDS.some((f) => (existing[f] ?? null) !== (values[f] ?? null)) || CONTENT_FIELDS.some((f) => f in content && (existing[f] ?? null) !== (content[f] ?? null));
    if (differs) {
      tx.update(entities)
        .set({ ...values, updatedAt: new Date().toISOString() })
        .where(eq(entities.id, id))
        .run();
      changed = true;
    }
  }
  for (const a of input.aliases) {
    const res = tx
      .insert(aliases)
      .values({ entityId: id, alias: a.alias, language: a.language, aliasType: a.aliasType, linkable: a.linkable ?? true })
      .onConflictDoNothing()
      .run();
    if (res.changes > 0) changed = true;
  }
  for (const s of input.sources) {
    tx.insert(sources)
      .values({ entityId: id, url: s.url, note: s.note ?? null })
      .onConflictDoNothing()
      .run();
  }
  if (changed) enqueueSearchSync({ tx, docType: "entity", docId: id });
  return { id, changed };
}

/** Creates a relation once (subject, object, role unique); both ends' documents are re-queued (filters change). */
export function saveRelation({
  tx,
  subjectId,
  objectId,
  input,
}: {
  tx: Tx;
  subjectId: number;
  objectId: number;
  input: Pick<SeedRelation, "role" | "date" | "sourceUrl" | "note">;
}): { changed: boolean } {
  const res = tx
    .insert(relations)
    .values({ subjectId, objectId, role: input.role, date: input.date ?? null, sourceUrl: input.sourceUrl ?? null, note: input.note ?? null })
    .onConflictDoNothing()
    .run();
  if (res.changes === 0) return { changed: false };
  enqueueSearchSync({ tx, docType: "entity", docId: subjectId });
  enqueueSearchSync({ tx, docType: "entity", docId: objectId });
  return { changed: true };
}
