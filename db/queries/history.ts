import "server-only";
import { and, asc, desc, eq, inArray, or, sql } from "drizzle-orm";
import type { AtlasDatabase } from "@/db/open";
import { aliases, entities, relations, revisions, sources, users, type EntityKind, type Relation } from "@/db/schema";

/** A database or a transaction: snapshots are read inside the write's transaction. */
type Reader = Pick<AtlasDatabase, "select">;

/** Everything an editor can change about an entity, as stored in revisions.before/after. */
export type EntitySnapshot = {
  kind: EntityKind;
  slug: string;
  status: string;
  nameEn: string;
  nameZh: string | null;
  description: string | null;
  subtype: string | null;
  date: string | null;
  endDate: string | null;
  iso2: string | null;
  iso3: string | null;
  unMember: boolean | null;
  symbol: string | null;
  unBody: string | null;
  session: number | null;
  adoptionMethod: "vote" | "consensus" | null;
  vote: string | null;
  location: string | null;
  mergedIntoId: number | null;
  deletedAt: string | null;
  aliases: { alias: string; language: "zh" | "en" | null; aliasType: string; linkable: boolean }[];
  sources: { url: string | null; articleId: number | null; note: string | null }[];
};

export type RelationSnapshot = Pick<Relation, "subjectId" | "objectId" | "role" | "date" | "status" | "sourceUrl" | "note" | "evidence" | "deletedAt">;

export function snapshotEntity({ db, id }: { db: Reader; id: number }): EntitySnapshot | undefined {
  const e = db.select().from(entities).where(eq(entities.id, id)).get();
  if (!e) return undefined;
  const aliasRows = db
    .select({ alias: aliases.alias, language: aliases.language, aliasType: aliases.aliasType, linkable: aliases.linkable })
    .from(aliases)
    .where(eq(aliases.entityId, id))
    .orderBy(asc(aliases.id))
    .all();
  const sourceRows = db.select({ url: sources.url, articleId: sources.articleId, note: sources.note }).from(sources).where(eq(sources.entityId, id)).orderBy(asc(sources.id)).all();
  return {
    kind: e.kind,
    slug: e.slug,
    status: e.status,
    nameEn: e.nameEn,
    nameZh: e.nameZh,
    description: e.description,
    subtype: e.subtype,
    date: e.date,
    endDate: e.endDate,
    iso2: e.iso2,
    iso3: e.iso3,
    unMember: e.unMember,
    symbol: e.symbol,
    unBody: e.unBody,
    session: e.session,
    adoptionMethod: e.adoptionMethod,
    vote: e.vote,
    location: e.location,
    mergedIntoId: e.mergedIntoId,
    deletedAt: e.deletedAt,
    aliases: aliasRows,
    sources: sourceRows,
  };
}

export function snapshotRelation({ db, id }: { db: Reader; id: number }): RelationSnapshot | undefined {
  return db
    .select({
      subjectId: relations.subjectId,
      objectId: relations.objectId,
      role: relations.role,
      date: relations.date,
      status: relations.status,
      sourceUrl: relations.sourceUrl,
      note: relations.note,
      evidence: relations.evidence,
      deletedAt: relations.deletedAt,
    })
    .from(relations)
    .where(eq(relations.id, id))
    .get();
}

/** By kind and URL key, including deleted and merged entities (history and restore must still reach them). */
export function findEntityForHistory({ db, kind, key }: { db: Reader; kind: EntityKind; key: string }) {
  const where = kind === "country" ? and(eq(entities.kind, "country"), eq(entities.iso3, key.toUpperCase())) : and(eq(entities.kind, kind), eq(entities.slug, key));
  return db.select().from(entities).where(where).get();
}

export function getRevision({ db, id }: { db: Reader; id: number }) {
  return db.select().from(revisions).where(eq(revisions.id, id)).get();
}

/** An entity's own revisions and those of relations that touch it, newest first, with who made them. */
/** Which revisions make up an entity's history: its own, and those of every relation that touches or touched it. */
function entityHistoryCondition({ db, entityId }: { db: Reader; entityId: number }) {
  const relationIds = db
    .select({ id: relations.id })
    .from(relations)
    .where(or(eq(relations.subjectId, entityId), eq(relations.objectId, entityId)))
    .all()
    .map((r) => r.id);
  return or(
    and(eq(revisions.targetType, "entity"), eq(revisions.targetId, entityId)),
    relationIds.length ? and(eq(revisions.targetType, "relation"), inArray(revisions.targetId, relationIds)) : undefined,
    // relations that were moved away by a merge still name this entity in their snapshot
    and(
      eq(revisions.targetType, "relation"),
      sql`(json_extract(${revisions.before}, '$.subjectId') = ${entityId} OR json_extract(${revisions.before}, '$.objectId') = ${entityId})`,
    ),
  );
}

/** Whether a revision is part of the entity's history (however old: the history page shows only the newest). */
export function isInEntityHistory({ db, entityId, revisionId }: { db: Reader; entityId: number; revisionId: number }): boolean {
  return !!db
    .select({ id: revisions.id })
    .from(revisions)
    .where(and(eq(revisions.id, revisionId), entityHistoryCondition({ db, entityId })))
    .get();
}

export function listEntityHistory({ db, entityId, limit = 200 }: { db: Reader; entityId: number; limit?: number }) {
  const touching = entityHistoryCondition({ db, entityId });
  return db
    .select({
      id: revisions.id,
      targetType: revisions.targetType,
      targetId: revisions.targetId,
      action: revisions.action,
      before: revisions.before,
      after: revisions.after,
      at: revisions.at,
      userEmail: users.email,
    })
    .from(revisions)
    .leftJoin(users, eq(users.id, revisions.userId))
    .where(touching)
    .orderBy(desc(revisions.at), desc(revisions.id))
    .limit(limit)
    .all();
}
