import type { EntityDetail } from "@/db/queries/entities";
import { precisionOf } from "@/lib/dates/partial-date";
import { entityPath, entityUrlKey } from "./entity-url";

const datePart = (date: string | null) => (date ? { date, datePrecision: precisionOf(date) } : {});

/** The public JSON shape of an entity (GET /api/entities/{kind}/{slug}). */
export function serializeEntity({ detail }: { detail: EntityDetail }) {
  const e = detail.entity;
  return {
    kind: e.kind,
    slug: entityUrlKey(e),
    url: entityPath(e),
    name: e.nameEn,
    nameZh: e.nameZh,
    names: { en: e.nameEn, zh: e.nameZh },
    description: e.description,
    subtype: e.subtype,
    status: e.status,
    ...datePart(e.date),
    ...(e.endDate ? { endDate: e.endDate } : {}),
    ...(e.kind === "country" ? { iso2: e.iso2, iso3: e.iso3, unMember: e.unMember } : {}),
    ...(e.kind === "resolution" ? { symbol: e.symbol, body: e.unBody, session: e.session, adoptionMethod: e.adoptionMethod, vote: e.vote } : {}),
    ...(e.location ? { location: e.location } : {}),
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
      ...(r.note ? { note: r.note } : {}),
    })),
    sources: detail.sources.map((s) => ({ url: s.url, article: s.articleSlug ?? undefined, note: s.note ?? undefined })),
    mentions: detail.mentions.map((m) => ({ article: m.articleSlug, title: m.articleTitle, evidence: m.evidence, status: m.status })),
  };
}
