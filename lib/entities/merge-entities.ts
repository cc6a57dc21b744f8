import "server-only";
import { and, eq, ne, or, sql } from "drizzle-orm";
import { snapshotEntity, snapshotRelation } from "@/db/queries/history";
import { aliases, articleEvents, entities, mentions, relations, slugRedirects, sources } from "@/db/schema";
import { enqueueSearchSync } from "@/lib/search/enqueue-search-sync";
import { EntityWriteError } from "@/lib/errors/entity-write-error";
import { recordRevision, type Tx } from "./record-revision";

/**
 * Merges `duplicateId` into `survivorId` (same kind): the duplicate's names become aliases of the survivor,
 * and its aliases, web sources, relations, mentions and article events move over. Rows that would
 * duplicate what the survivor already has are dropped (the unique keys say they are the same fact); a
 * relation between the two becomes meaningless and is soft-deleted. The duplicate keeps its row with
 * merged_into_id set, and its slug (plus any slug that redirected to it) now redirects to the survivor.
 */
export function mergeEntities({ tx, survivorId, duplicateId, userId }: { tx: Tx; survivorId: number; duplicateId: number; userId: number | null }) {
  if (survivorId === duplicateId) throw new EntityWriteError("cannot merge an entity into itself", 400, "target");
  const survivorBefore = snapshotEntity({ db: tx, id: survivorId });
  const duplicateBefore = snapshotEntity({ db: tx, id: duplicateId });
  if (!survivorBefore || survivorBefore.deletedAt || survivorBefore.mergedIntoId) throw new EntityWriteError("the surviving entity does not exist", 404, "target");
  if (!duplicateBefore || duplicateBefore.deletedAt || duplicateBefore.mergedIntoId) throw new EntityWriteError("the duplicate entity does not exist", 404);
  if (survivorBefore.kind !== duplicateBefore.kind)
    throw new EntityWriteError(`only entities of the same kind merge (${duplicateBefore.kind} ≠ ${survivorBefore.kind})`, 400, "target");
  const now = new Date().toISOString();

  // names and aliases
  const names = [
    { alias: duplicateBefore.nameEn, language: "en" as const, aliasType: "former", linkable: true },
    ...(duplicateBefore.nameZh ? [{ alias: duplicateBefore.nameZh, language: "zh" as const, aliasType: "former", linkable: true }] : []),
    ...duplicateBefore.aliases,
  ].filter((a) => a.alias !== survivorBefore.nameEn && a.alias !== survivorBefore.nameZh);
  for (const a of names)
    tx.insert(aliases)
      .values({ entityId: survivorId, ...a })
      .onConflictDoNothing()
      .run();
  tx.delete(aliases).where(eq(aliases.entityId, duplicateId)).run();
  tx.run(sql`UPDATE OR IGNORE ${sources} SET entity_id = ${survivorId} WHERE entity_id = ${duplicateId}`);

  // relations: move each end; a relation between the two is dropped, a duplicate triple is dropped
  const moved = tx
    .select({ id: relations.id, s: relations.subjectId, o: relations.objectId })
    .from(relations)
    .where(or(eq(relations.subjectId, duplicateId), eq(relations.objectId, duplicateId)))
    .all();
  const touched = new Set<number>([survivorId]);
  for (const r of moved) {
    const before = snapshotRelation({ db: tx, id: r.id })!;
    const subjectId = r.s === duplicateId ? survivorId : r.s;
    const objectId = r.o === duplicateId ? survivorId : r.o;
    touched.add(r.s === duplicateId ? r.o : r.s);
    if (subjectId === objectId) {
      if (!before.deletedAt) {
        tx.update(relations).set({ deletedAt: now, updatedAt: now }).where(eq(relations.id, r.id)).run();
        recordRevision({ tx, targetType: "relation", targetId: r.id, action: "merge", userId, before, after: snapshotRelation({ db: tx, id: r.id }) });
      }
      continue;
    }
    const clash = tx
      .select({ id: relations.id })
      .from(relations)
      .where(and(eq(relations.subjectId, subjectId), eq(relations.objectId, objectId), eq(relations.role, before.role), ne(relations.id, r.id)))
      .get();
    if (clash) {
      tx.delete(relations).where(eq(relations.id, r.id)).run();
      recordRevision({ tx, targetType: "relation", targetId: r.id, action: "merge", userId, before, after: null });
      continue;
    }
    tx.update(relations).set({ subjectId, objectId, updatedAt: now }).where(eq(relations.id, r.id)).run();
    recordRevision({ tx, targetType: "relation", targetId: r.id, action: "merge", userId, before, after: snapshotRelation({ db: tx, id: r.id }) });
  }

  // evidence from articles
  const articleIds = tx
    .selectDistinct({ id: mentions.articleId })
    .from(mentions)
    .where(eq(mentions.entityId, duplicateId))
    .all()
    .map((m) => m.id);
  tx.run(sql`UPDATE OR IGNORE ${mentions} SET entity_id = ${survivorId} WHERE entity_id = ${duplicateId}`);
  tx.delete(mentions).where(eq(mentions.entityId, duplicateId)).run();
  tx.run(sql`UPDATE OR IGNORE ${articleEvents} SET event_id = ${survivorId} WHERE event_id = ${duplicateId}`);
  tx.delete(articleEvents).where(eq(articleEvents.eventId, duplicateId)).run();
  // article_events name actors by id in JSON
  tx.run(
    sql`UPDATE ${articleEvents} SET actors = (SELECT json_group_array(json_object('entityId', CASE WHEN json_extract(value, '$.entityId') = ${duplicateId} THEN ${survivorId} ELSE json_extract(value, '$.entityId') END, 'role', json_extract(value, '$.role'))) FROM json_each(${articleEvents.actors})) WHERE EXISTS (SELECT 1 FROM json_each(${articleEvents.actors}) WHERE json_extract(value, '$.entityId') = ${duplicateId})`,
  );

  // redirects: the duplicate's slug and everything that pointed at it
  tx.update(slugRedirects).set({ entityId: survivorId }).where(eq(slugRedirects.entityId, duplicateId)).run();
  tx.insert(slugRedirects)
    .values({ kind: duplicateBefore.kind, slug: duplicateBefore.slug, entityId: survivorId })
    .onConflictDoUpdate({ target: [slugRedirects.kind, slugRedirects.slug], set: { entityId: survivorId } })
    .run();
  tx.update(entities).set({ mergedIntoId: survivorId, updatedAt: now }).where(eq(entities.id, duplicateId)).run();
  // anything merged earlier into the duplicate now points at the survivor directly
  tx.update(entities).set({ mergedIntoId: survivorId }).where(eq(entities.mergedIntoId, duplicateId)).run();
  tx.update(entities).set({ updatedAt: now }).where(eq(entities.id, survivorId)).run();

  recordRevision({ tx, targetType: "entity", targetId: duplicateId, action: "merge", userId, before: duplicateBefore, after: snapshotEntity({ db: tx, id: duplicateId }) });
  recordRevision({ tx, targetType: "entity", targetId: survivorId, action: "merge", userId, before: survivorBefore, after: snapshotEntity({ db: tx, id: survivorId }) });
  for (const docId of [duplicateId, ...touched]) enqueueSearchSync({ tx, docType: "entity", docId });
  for (const docId of articleIds) enqueueSearchSync({ tx, docType: "article", docId });
  return { survivorId, movedRelations: moved.length, articles: articleIds.length };
}
