import "server-only";
import { sql } from "drizzle-orm";
import type { AtlasDatabase } from "@/db/open";
import { SOURCE_QUALITIES, type EntityKind, type SourceQuality } from "@/db/schema";
import { listsWorthNoting } from "@/lib/participation/completeness";
import { isAuthoritative } from "@/lib/source-quality/classify-source";
import { getParticipationByEntity, getSourceInfo } from "./content";

type Counted = Record<SourceQuality, number>;
const zeroes = (): Counted => Object.fromEntries(SOURCE_QUALITIES.map((q) => [q, 0])) as Counted;

export type ContentCoverage = ReturnType<typeof getContentCoverage>;

const LIVE = sql.raw("e.status = 'confirmed' AND e.deleted_at IS NULL AND e.merged_into_id IS NULL");

/**
 * What editors work from (/about/coverage, GET /api/coverage): entities per kind, participation lists
 * complete or partial, sources and relations by quality, Chinese names and descriptions, facts not
 * re-verified within a year, and UN members with no recorded participation. A few aggregate queries.
 */
export function getContentCoverage({ db, now = new Date() }: { db: AtlasDatabase; now?: Date }) {
  const entities = db.all<{
    kind: EntityKind;
    total: number;
    nameZh: number;
    nameZhOfficial: number;
    nameZhTranslated: number;
    withDescription: number;
    descriptionZh: number;
  }>(sql`
    SELECT e.kind AS kind, count(*) AS total,
           sum(e.name_zh IS NOT NULL) AS nameZh,
           sum(e.name_zh IS NOT NULL AND e.name_zh_provenance = 'official') AS nameZhOfficial,
           sum(e.name_zh IS NOT NULL AND e.name_zh_provenance = 'translated') AS nameZhTranslated,
           sum(e.description IS NOT NULL) AS withDescription,
           sum(e.description IS NOT NULL AND e.description_zh IS NOT NULL) AS descriptionZh
    FROM entities e WHERE ${LIVE} GROUP BY e.kind ORDER BY e.kind`);

  const missingChinese = db.all<{ kind: EntityKind; slug: string; nameEn: string; missingName: number; missingDescription: number }>(sql`
    SELECT e.kind AS kind, e.slug AS slug, e.name_en AS nameEn, e.name_zh IS NULL AS missingName,
           (e.description IS NOT NULL AND e.description_zh IS NULL) AS missingDescription
    FROM entities e WHERE ${LIVE} AND (e.name_zh IS NULL OR (e.description IS NOT NULL AND e.description_zh IS NULL))
    ORDER BY e.kind, e.name_en LIMIT 500`);

  // lists: every recorded list and every main list of the non-country entities
  const entityIds = db.all<{ id: number }>(sql`SELECT e.id AS id FROM entities e WHERE ${LIVE} AND e.kind <> 'country'`).map((r) => r.id);
  const names = new Map(
    db
      .all<{ id: number; kind: EntityKind; slug: string; nameEn: string }>(sql`SELECT id, kind, slug, name_en AS nameEn FROM entities WHERE kind <> 'country'`)
      .map((r) => [r.id, r]),
  );
  const lists = [...getParticipationByEntity({ db, entityIds }).entries()].flatMap(([id, ps]) => listsWorthNoting(ps).map((p) => ({ ...p, entity: names.get(id)! })));

  // sources: the distinct URLs cited by entities and by relations
  const entitySources = db.all<{ url: string | null; articleId: number | null }>(sql`
    SELECT s.url AS url, s.article_id AS articleId FROM sources s JOIN entities e ON e.id = s.entity_id WHERE ${LIVE}`);
  const relationSources = db.all<{ url: string | null; articleId: number | null }>(sql`
    SELECT r.source_url AS url, r.source_article_id AS articleId FROM relations r
    JOIN entities s ON s.id = r.subject_id JOIN entities o ON o.id = r.object_id
    WHERE r.status = 'confirmed' AND r.deleted_at IS NULL AND s.deleted_at IS NULL AND o.deleted_at IS NULL`);
  const info = getSourceInfo({ db, urls: [...entitySources, ...relationSources].map((s) => s.url) });
  const qualityOf = (s: { url: string | null }) => (s.url ? info.get(s.url)!.quality : "news"); // no URL: an ingested article
  const sourcesByQuality = zeroes();
  for (const url of new Set(entitySources.map((s) => s.url ?? `article:${s.articleId}`))) sourcesByQuality[url.startsWith("article:") ? "news" : info.get(url)!.quality]++;
  const relationsByQuality = zeroes();
  let relationsUnsourced = 0;
  for (const r of relationSources) {
    if (!r.url && !r.articleId) relationsUnsourced++;
    else relationsByQuality[qualityOf(r)]++;
  }
  const relationsSourced = relationSources.length - relationsUnsourced;
  const authoritative = SOURCE_QUALITIES.filter(isAuthoritative).reduce((n, q) => n + relationsByQuality[q], 0);

  // re-verification: a cited URL counts as verified when a reviewer checked it within the last year
  const yearAgo = new Date(now.getTime() - 365 * 86_400_000).toISOString().slice(0, 10);
  const verified = (url: string | null) => {
    const at = url ? info.get(url)?.verifiedAt : null;
    return !!at && at.slice(0, 10) >= yearAgo;
  };
  const staleRelations = relationSources.filter((r) => r.url && !verified(r.url)).length;
  const staleSources = [...new Set(entitySources.flatMap((s) => (s.url ? [s.url] : [])))].filter((u) => !verified(u)).length;

  const unMembersWithout = db.all<{ iso3: string; nameEn: string; nameZh: string | null }>(sql`
    SELECT c.iso3 AS iso3, c.name_en AS nameEn, c.name_zh AS nameZh FROM entities c
    WHERE c.kind = 'country' AND c.un_member = 1 AND c.deleted_at IS NULL
      AND NOT EXISTS (SELECT 1 FROM relations r WHERE r.subject_id = c.id AND r.status = 'confirmed' AND r.deleted_at IS NULL)
      AND NOT EXISTS (SELECT 1 FROM votes v WHERE v.country_id = c.id)
    ORDER BY c.name_en`);
  const unMembers = db.get<{ n: number }>(sql`SELECT count(*) AS n FROM entities WHERE kind = 'country' AND un_member = 1 AND deleted_at IS NULL`)!.n;

  return {
    entities,
    chinese: {
      missingName: missingChinese.filter((m) => m.missingName).map(({ kind, slug, nameEn }) => ({ kind, slug, nameEn })),
      missingDescription: missingChinese.filter((m) => m.missingDescription).map(({ kind, slug, nameEn }) => ({ kind, slug, nameEn })),
    },
    lists: {
      total: lists.length,
      complete: lists.filter((l) => l.complete).length,
      partial: lists.filter((l) => !l.complete && l.expectedTotal !== null).length,
      totalUnknown: lists.filter((l) => l.expectedTotal === null).length,
      items: lists
        .sort((a, b) => Number(a.complete) - Number(b.complete) || a.entity.nameEn.localeCompare(b.entity.nameEn))
        .map((l) => ({
          kind: l.entity.kind,
          slug: l.entity.slug,
          name: l.entity.nameEn,
          role: l.role,
          known: l.known,
          expectedTotal: l.expectedTotal,
          complete: l.complete,
          asOf: l.asOf,
          sourceUrl: l.sourceUrl,
        })),
    },
    sources: { total: Object.values(sourcesByQuality).reduce((a, b) => a + b, 0), byQuality: sourcesByQuality, notVerifiedWithinYear: staleSources },
    relations: {
      total: relationSources.length,
      sourced: relationsSourced,
      byQuality: relationsByQuality,
      authoritativeShare: relationsSourced ? authoritative / relationsSourced : 0,
      notVerifiedWithinYear: staleRelations,
    },
    countries: {
      unMembers,
      unMembersWithParticipation: unMembers - unMembersWithout.length,
      unMembersWithoutParticipation: unMembersWithout,
    },
  };
}
