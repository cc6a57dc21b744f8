import "server-only";
import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { AtlasDatabase } from "@/db/open";
import { entities, participationLists, relations, sourceDocuments, votes, type RelationRole, type SourceQuality, type VoteValue } from "@/db/schema";
import { buildParticipation, type Participation } from "@/lib/participation/completeness";
import { classifySource } from "@/lib/source-quality/classify-source";

export type SourceInfo = { quality: SourceQuality; title: string | null; verifiedAt: string | null };

/**
 * What is known about each URL: the reviewed record (source_documents) when there is one, otherwise the
 * host rule (lib/source-quality/classify-source). Article links (`/articles/…`) are the atlas's own copies: secondary.
 */
export function getSourceInfo({ db, urls }: { db: AtlasDatabase; urls: (string | null | undefined)[] }): Map<string, SourceInfo> {
  const wanted = [...new Set(urls.filter((u): u is string => !!u))];
  const out = new Map<string, SourceInfo>();
  for (let i = 0; i < wanted.length; i += 500) {
    const chunk = wanted.slice(i, i + 500);
    for (const row of db.select().from(sourceDocuments).where(inArray(sourceDocuments.url, chunk)).all()) {
      out.set(row.url, { quality: row.quality, title: row.title, verifiedAt: row.verifiedAt });
    }
  }
  for (const url of wanted) if (!out.has(url)) out.set(url, { quality: classifySource({ url }), title: null, verifiedAt: null });
  return out;
}

/** Countries related to an entity in any role (confirmed, live): the known participants of its lists. */
function listCountryParticipants({ db, entityIds }: { db: AtlasDatabase; entityIds: number[] }) {
  if (!entityIds.length) return [];
  return db
    .select({ entityId: relations.objectId, countryId: relations.subjectId, role: relations.role })
    .from(relations)
    .innerJoin(entities, eq(entities.id, relations.subjectId))
    .where(
      and(
        inArray(relations.objectId, entityIds),
        eq(relations.status, "confirmed"),
        isNull(relations.deletedAt),
        eq(entities.kind, "country"),
        isNull(entities.deletedAt),
        isNull(entities.mergedIntoId),
      ),
    )
    .all();
}

/** The completeness of every participation list of each entity (lib/participation/completeness). */
export function getParticipationByEntity({ db, entityIds }: { db: AtlasDatabase; entityIds: number[] }): Map<number, Participation[]> {
  const ids = [...new Set(entityIds)];
  const participants = listCountryParticipants({ db, entityIds: ids });
  const lists = ids.length ? db.select().from(participationLists).where(inArray(participationLists.entityId, ids)).all() : [];
  const out = new Map<number, Participation[]>();
  for (const id of ids) {
    out.set(
      id,
      buildParticipation({
        participants: participants.filter((p) => p.entityId === id).map((p) => ({ countryId: p.countryId, role: p.role as RelationRole })),
        lists: lists.filter((l) => l.entityId === id),
      }),
    );
  }
  return out;
}

export function getParticipation({ db, entityId }: { db: AtlasDatabase; entityId: number }): Participation[] {
  return getParticipationByEntity({ db, entityIds: [entityId] }).get(entityId) ?? [];
}

export type VoteTally = {
  yes: number;
  no: number;
  abstain: number;
  nonVoting: number;
  byCountry: { iso3: string; nameEn: string; nameZh: string | null; vote: VoteValue; sourceUrl: string }[];
};

/** A resolution's recorded votes: the tally and each country's vote, by country name. */
export function getResolutionVotes({ db, resolutionId }: { db: AtlasDatabase; resolutionId: number }): VoteTally {
  const rows = db
    .select({ iso3: entities.iso3, nameEn: entities.nameEn, nameZh: entities.nameZh, vote: votes.vote, sourceUrl: votes.sourceUrl })
    .from(votes)
    .innerJoin(entities, eq(entities.id, votes.countryId))
    .where(eq(votes.resolutionId, resolutionId))
    .orderBy(asc(entities.nameEn))
    .all();
  const count = (v: VoteValue) => rows.filter((r) => r.vote === v).length;
  return {
    yes: count("yes"),
    no: count("no"),
    abstain: count("abstain"),
    nonVoting: count("non-voting"),
    byCountry: rows.map((r) => ({ iso3: r.iso3 ?? "", nameEn: r.nameEn, nameZh: r.nameZh, vote: r.vote, sourceUrl: r.sourceUrl })),
  };
}

/** A country's recorded votes, newest resolution first. */
export function getCountryVotes({ db, countryId }: { db: AtlasDatabase; countryId: number }) {
  return db
    .select({
      slug: entities.slug,
      kind: entities.kind,
      nameEn: entities.nameEn,
      nameZh: entities.nameZh,
      symbol: entities.symbol,
      date: entities.date,
      vote: votes.vote,
      sourceUrl: votes.sourceUrl,
    })
    .from(votes)
    .innerJoin(entities, eq(entities.id, votes.resolutionId))
    .where(and(eq(votes.countryId, countryId), isNull(entities.deletedAt)))
    .orderBy(sql`${entities.date} DESC`)
    .all();
}
