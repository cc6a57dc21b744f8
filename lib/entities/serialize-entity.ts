import type { EntityDetail } from "@/db/queries/entities";
import { precisionOf } from "@/lib/dates/partial-date";
import { serializeParticipation } from "@/lib/participation/completeness";
import { entityPath, entityUrlKey } from "@/lib/urls/entity-url";
import { resolutionDocumentUrl, type EntityContent } from "./load-entity-content";

const datePart = (date: string | null) => (date ? { date, datePrecision: precisionOf(date) } : {});

/** The public JSON shape of an entity (GET /api/entities/{kind}/{slug}). */
export function serializeEntity({ detail, content }: { detail: EntityDetail; content: EntityContent }) {
  const e = detail.entity;
  const quality = (url: string | null) => (url ? (content.sourceInfo.get(url)?.quality ?? null) : null);
  return {
    kind: e.kind,
    slug: entityUrlKey(e),
    url: entityPath(e),
    name: e.nameEn,
    nameZh: e.nameZh,
    names: { en: e.nameEn, zh: e.nameZh, zhProvenance: e.nameZh ? e.nameZhProvenance : null },
    description: e.description,
    descriptionZh: e.descriptionZh,
    descriptionZhProvenance: e.descriptionZh ? e.descriptionZhProvenance : null,
    subtype: e.subtype,
    status: e.status,
    ...datePart(e.date),
    ...(e.endDate ? { endDate: e.endDate } : {}),
    ...(e.kind === "country" ? { iso2: e.iso2, iso3: e.iso3, unMember: e.unMember } : {}),
    ...(e.kind === "resolution"
      ? {
          symbol: e.symbol,
          body: e.unBody,
          session: e.session,
          adoptionMethod: e.adoptionMethod,
          vote: e.vote,
          documentUrl: resolutionDocumentUrl(e),
          draftSymbol: e.draftSymbol,
          undlUrl: e.undlUrl,
          votes: content.votes
            ? {
                yes: content.votes.yes,
                no: content.votes.no,
                abstain: content.votes.abstain,
                nonVoting: content.votes.nonVoting,
                byCountry: content.votes.byCountry.map((v) => ({ iso3: v.iso3, vote: v.vote })),
              }
            : null,
        }
      : {}),
    ...(e.location ? { location: e.location } : {}),
    participation: serializeParticipation(content.participation),
    aliases: detail.aliases.map((a) => ({ alias: a.alias, language: a.language, type: a.aliasType })),
    relations: detail.relations.map((r) => ({
      role: r.role,
      direction: r.direction,
      kind: r.other.kind,
      slug: entityUrlKey(r.other),
      name: r.other.nameEn,
      nameZh: r.other.nameZh,
      ...datePart(r.date ?? r.other.date),
      status: r.status,
      source: r.sourceUrl,
      sourceQuality: quality(r.sourceUrl),
      ...(r.note ? { note: r.note } : {}),
    })),
    sources: detail.sources.map((s) => {
      const info = s.url ? content.sourceInfo.get(s.url) : undefined;
      return {
        url: s.url,
        // a source without a URL is an ingested article (news or a published statement)
        quality: info?.quality ?? "news",
        ...(info?.title ? { title: info.title } : s.articleTitle ? { title: s.articleTitle } : {}),
        ...(info?.verifiedAt ? { verifiedAt: info.verifiedAt } : {}),
        article: s.articleSlug ?? undefined,
        note: s.note ?? undefined,
      };
    }),
    mentions: detail.mentions.map((m) => ({ article: m.articleSlug, title: m.articleTitle, evidence: m.evidence, status: m.status })),
  };
}
