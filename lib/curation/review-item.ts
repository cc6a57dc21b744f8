import "server-only";
import { and, eq, gte, isNull, ne, sql } from "drizzle-orm";
import { snapshotEntity } from "@/db/queries/history";
import { articleEvents, entities, mentions, relations } from "@/db/schema";
import { mergeEntities } from "@/lib/entities/merge-entities";
import { EntityWriteError } from "@/lib/errors/entity-write-error";
import { recordRevision, type Tx } from "@/lib/entities/record-revision";
import { enqueueSearchSync } from "@/lib/search/enqueue-search-sync";

export type ReviewDecision =
  | { action: "accept" }
  | { action: "reject" }
  /** re-target to another entity and/or fix the date (events); accepted in the same step */
  | { action: "correct"; targetEntityId?: number | null; date?: string | null };

const reviewed = (userId: number | null) => ({ reviewedBy: userId, reviewedAt: new Date().toISOString() });

function liveEntity(tx: Tx, id: number) {
  const e = tx.select().from(entities).where(eq(entities.id, id)).get();
  if (!e || e.deletedAt || e.mergedIntoId || e.status === "rejected") throw new EntityWriteError("the chosen entity does not exist", 404, "target");
  return e;
}

/** A proposed entity becomes a fact (visible in lists and search) once an editor accepts evidence for it. */
function confirmProposed(tx: Tx, id: number, userId: number | null) {
  const before = snapshotEntity({ db: tx, id });
  if (before?.status !== "proposed") return;
  tx.update(entities).set({ status: "confirmed", updatedAt: new Date().toISOString() }).where(eq(entities.id, id)).run();
  recordRevision({ tx, targetType: "entity", targetId: id, action: "review", userId, before, after: snapshotEntity({ db: tx, id }) });
  enqueueSearchSync({ tx, docType: "entity", docId: id });
}

/** A proposed entity with no remaining evidence is rejected with its last piece of evidence. */
function rejectProposedIfOrphaned(tx: Tx, id: number, userId: number | null) {
  const before = snapshotEntity({ db: tx, id });
  if (before?.status !== "proposed") return;
  const liveMentions = tx
    .select({ n: sql<number>`count(*)` })
    .from(mentions)
    .where(and(eq(mentions.entityId, id), ne(mentions.status, "rejected")))
    .get()!.n;
  const liveEvents = tx
    .select({ n: sql<number>`count(*)` })
    .from(articleEvents)
    .where(and(eq(articleEvents.eventId, id), ne(articleEvents.status, "rejected")))
    .get()!.n;
  if (liveMentions + liveEvents > 0) return;
  tx.update(entities).set({ status: "rejected", updatedAt: new Date().toISOString() }).where(eq(entities.id, id)).run();
  recordRevision({ tx, targetType: "entity", targetId: id, action: "review", userId, before, after: snapshotEntity({ db: tx, id }) });
  enqueueSearchSync({ tx, docType: "entity", docId: id });
}

export function reviewMention({ tx, id, decision, userId }: { tx: Tx; id: number; decision: ReviewDecision; userId: number | null }): void {
  const before = tx.select().from(mentions).where(eq(mentions.id, id)).get();
  if (!before) throw new EntityWriteError("no such mention", 404);
  let targetId = before.id;
  if (decision.action === "reject") {
    tx.update(mentions)
      .set({ status: "rejected", ...reviewed(userId) })
      .where(eq(mentions.id, id))
      .run();
  } else if (decision.action === "correct" && decision.targetEntityId && decision.targetEntityId !== before.entityId) {
    liveEntity(tx, decision.targetEntityId);
    const same = tx
      .select({ id: mentions.id })
      .from(mentions)
      .where(and(eq(mentions.articleId, before.articleId), eq(mentions.entityId, decision.targetEntityId), eq(mentions.start, before.start)))
      .get();
    if (same) {
      // the right link already exists: confirm it, drop the wrong one
      tx.delete(mentions).where(eq(mentions.id, id)).run();
      tx.update(mentions)
        .set({ status: "confirmed", ...reviewed(userId) })
        .where(eq(mentions.id, same.id))
        .run();
      targetId = same.id;
    } else {
      tx.update(mentions)
        .set({ entityId: decision.targetEntityId, status: "confirmed", method: "manual", confidence: 1, ...reviewed(userId) })
        .where(eq(mentions.id, id))
        .run();
    }
  } else {
    tx.update(mentions)
      .set({ status: "confirmed", ...reviewed(userId) })
      .where(eq(mentions.id, id))
      .run();
  }
  const after = tx.select().from(mentions).where(eq(mentions.id, targetId)).get() ?? null;
  recordRevision({ tx, targetType: "mention", targetId: id, action: "review", userId, before, after });
  if (decision.action === "reject") rejectProposedIfOrphaned(tx, before.entityId, userId);
  enqueueSearchSync({ tx, docType: "article", docId: before.articleId });
}

/**
 * An article's report of a dated event. Accepting confirms the event (a proposed one becomes a fact) and the
 * actor relations ingestion suggested from the same sentence; correcting can re-target it to an existing event
 * and/or fix its date; rejecting also rejects those relations and, if nothing else supports it, the proposed event.
 */
export function reviewArticleEvent({ tx, id, decision, userId }: { tx: Tx; id: number; decision: ReviewDecision; userId: number | null }): void {
  const before = tx.select().from(articleEvents).where(eq(articleEvents.id, id)).get();
  if (!before) throw new EntityWriteError("no such event report", 404);
  const suggestedRelations = and(eq(relations.objectId, before.eventId), eq(relations.sourceArticleId, before.articleId), eq(relations.status, "suggested"));
  // the report's own actors only: the article's other statements about the same event wait for their own review
  const listed = new Set(before.actors.map((a) => `${a.entityId}:${a.role}`));
  const relIds = tx
    .select({ id: relations.id, subjectId: relations.subjectId, role: relations.role })
    .from(relations)
    .where(suggestedRelations)
    .all()
    .filter((r) => listed.has(`${r.subjectId}:${r.role}`));
  const now = new Date().toISOString();

  if (decision.action === "reject") {
    tx.update(articleEvents)
      .set({ status: "rejected", ...reviewed(userId) })
      .where(eq(articleEvents.id, id))
      .run();
    for (const r of relIds) setRelationStatus(tx, r.id, "rejected", userId);
    rejectProposedIfOrphaned(tx, before.eventId, userId);
  } else {
    let eventId = before.eventId;
    if (decision.action === "correct" && decision.targetEntityId && decision.targetEntityId !== before.eventId) {
      const target = liveEntity(tx, decision.targetEntityId);
      if (target.kind !== "event" && target.kind !== "initiative" && target.kind !== "resolution") {
        throw new EntityWriteError("an event report can only point at an event, initiative or resolution", 400, "target");
      }
      eventId = target.id;
    }
    const date = decision.action === "correct" && decision.date ? decision.date : before.date;
    tx.update(articleEvents)
      .set({ eventId, date, status: "confirmed", ...reviewed(userId) })
      .where(eq(articleEvents.id, id))
      .run();
    if (eventId !== before.eventId) {
      // move the actor relations to the right event; a triple that already exists there is simply confirmed
      for (const r of relIds) {
        const rel = tx.select().from(relations).where(eq(relations.id, r.id)).get()!;
        const clash = tx
          .select({ id: relations.id })
          .from(relations)
          .where(and(eq(relations.subjectId, rel.subjectId), eq(relations.objectId, eventId), eq(relations.role, rel.role)))
          .get();
        if (clash || rel.subjectId === eventId) {
          setRelationStatus(tx, r.id, "rejected", userId);
          if (clash) setRelationStatus(tx, clash.id, "confirmed", userId);
        } else {
          tx.update(relations).set({ objectId: eventId, updatedAt: now }).where(eq(relations.id, r.id)).run();
          setRelationStatus(tx, r.id, "confirmed", userId, date);
        }
      }
      rejectProposedIfOrphaned(tx, before.eventId, userId);
      enqueueSearchSync({ tx, docType: "entity", docId: before.eventId });
    } else {
      for (const r of relIds) setRelationStatus(tx, r.id, "confirmed", userId, date);
    }
    const event = snapshotEntity({ db: tx, id: eventId });
    if (event?.status === "proposed") {
      if (date !== event.date) tx.update(entities).set({ date }).where(eq(entities.id, eventId)).run();
      confirmProposed(tx, eventId, userId);
    }
    enqueueSearchSync({ tx, docType: "entity", docId: eventId });
  }
  const after = tx.select().from(articleEvents).where(eq(articleEvents.id, id)).get() ?? null;
  recordRevision({ tx, targetType: "article_event", targetId: id, action: "review", userId, before, after });
  for (const r of relIds) enqueueSearchSync({ tx, docType: "entity", docId: r.subjectId });
  enqueueSearchSync({ tx, docType: "article", docId: before.articleId });
}

function setRelationStatus(tx: Tx, id: number, status: "confirmed" | "rejected", userId: number | null, date?: string) {
  const before = tx.select().from(relations).where(eq(relations.id, id)).get();
  if (!before) return;
  tx.update(relations)
    .set({ status, ...(date ? { date } : {}), updatedAt: new Date().toISOString() })
    .where(eq(relations.id, id))
    .run();
  const after = tx.select().from(relations).where(eq(relations.id, id)).get();
  recordRevision({ tx, targetType: "relation", targetId: id, action: "review", userId, before, after });
}

/**
 * A participation statement ingestion read from an article. Accept makes it a confirmed relation whose source is
 * the article; reject keeps the row as rejected, so relinking never suggests the same triple again.
 */
export function reviewRelation({ tx, id, decision, userId }: { tx: Tx; id: number; decision: ReviewDecision; userId: number | null }): void {
  const before = tx.select().from(relations).where(eq(relations.id, id)).get();
  if (!before || before.deletedAt || before.status !== "suggested") throw new EntityWriteError("no such suggested relation", 404);
  if (decision.action === "correct") throw new EntityWriteError("a suggested relation is accepted or rejected; edit it on the entity page afterwards", 400);
  setRelationStatus(tx, id, decision.action === "accept" ? "confirmed" : "rejected", userId);
  enqueueSearchSync({ tx, docType: "entity", docId: before.subjectId });
  enqueueSearchSync({ tx, docType: "entity", docId: before.objectId });
}

/**
 * A proposed initiative/resolution. Accept makes it a fact; reject hides it and rejects the mentions that
 * pointed at it; correct ("it is really X") merges it into the existing entity X, so its evidence moves there.
 */
export function reviewProposedEntity({ tx, id, decision, userId }: { tx: Tx; id: number; decision: ReviewDecision; userId: number | null }): void {
  const before = snapshotEntity({ db: tx, id });
  if (!before || before.status !== "proposed" || before.deletedAt || before.mergedIntoId) throw new EntityWriteError("no such proposed entity", 404);
  const confirmMentions = () =>
    tx
      .update(mentions)
      .set({ status: "confirmed", ...reviewed(userId) })
      .where(and(eq(mentions.entityId, id), eq(mentions.status, "suggested")))
      .run();
  if (decision.action === "accept") {
    confirmMentions();
    confirmProposed(tx, id, userId);
    return;
  }
  if (decision.action === "reject") {
    tx.update(entities).set({ status: "rejected", updatedAt: new Date().toISOString() }).where(eq(entities.id, id)).run();
    const articleIds = tx.selectDistinct({ id: mentions.articleId }).from(mentions).where(eq(mentions.entityId, id)).all();
    tx.update(mentions)
      .set({ status: "rejected", ...reviewed(userId) })
      .where(eq(mentions.entityId, id))
      .run();
    recordRevision({ tx, targetType: "entity", targetId: id, action: "review", userId, before, after: snapshotEntity({ db: tx, id }) });
    enqueueSearchSync({ tx, docType: "entity", docId: id });
    for (const a of articleIds) enqueueSearchSync({ tx, docType: "article", docId: a.id });
    return;
  }
  if (decision.action === "correct" && decision.targetEntityId) {
    liveEntity(tx, decision.targetEntityId);
    if (decision.date) tx.update(entities).set({ date: decision.date }).where(eq(entities.id, id)).run();
    confirmMentions();
    mergeEntities({ tx, survivorId: decision.targetEntityId, duplicateId: id, userId });
    return;
  }
  if (decision.action === "correct" && decision.date) {
    tx.update(entities).set({ date: decision.date }).where(eq(entities.id, id)).run();
    confirmMentions();
    confirmProposed(tx, id, userId);
    return;
  }
  throw new EntityWriteError("a correction needs a target entity or a date", 400, "target");
}

/** Accepts every suggested mention and event report at or above `minConfidence` (each one recorded). */
export function bulkAccept({ tx, minConfidence, userId, limit = 500 }: { tx: Tx; minConfidence: number; userId: number | null; limit?: number }): {
  mentions: number;
  events: number;
} {
  const mentionIds = tx
    .select({ id: mentions.id })
    .from(mentions)
    .innerJoin(entities, eq(entities.id, mentions.entityId))
    // a mention of a proposed entity is not "high confidence" whatever its score: the entity itself is a guess
    .where(and(eq(mentions.status, "suggested"), gte(mentions.confidence, minConfidence), eq(entities.status, "confirmed"), isNull(entities.deletedAt)))
    .limit(limit)
    .all();
  for (const m of mentionIds) reviewMention({ tx, id: m.id, decision: { action: "accept" }, userId });
  const eventIds = tx
    .select({ id: articleEvents.id })
    .from(articleEvents)
    .where(and(eq(articleEvents.status, "suggested"), gte(articleEvents.confidence, minConfidence)))
    .limit(limit)
    .all();
  for (const e of eventIds) reviewArticleEvent({ tx, id: e.id, decision: { action: "accept" }, userId });
  return { mentions: mentionIds.length, events: eventIds.length };
}
