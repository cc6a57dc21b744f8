import type { ArticleDetail } from "@/db/queries/articles";
import { precisionOf } from "@/lib/dates/partial-date";
import { entityUrlKey } from "@/lib/entities/entity-url";

/** The public JSON shape of an article (GET /api/articles/{slug}). */
export function serializeArticle({ detail }: { detail: ArticleDetail }) {
  const a = detail.article;
  return {
    slug: a.slug,
    title: a.title,
    publisher: a.publisher,
    url: a.url,
    publishedAt: a.publishedAt,
    language: a.language,
    ingestedAt: a.ingestedAt,
    copyOf: detail.copyOf?.slug ?? null,
    alsoPublishedBy: detail.copies.map((c) => ({ slug: c.slug, publisher: c.publisher, url: c.url })),
    body: a.body,
    mentions: detail.mentions.map((m) => ({
      kind: m.kind,
      slug: entityUrlKey(m),
      name: m.nameEn,
      nameZh: m.nameZh,
      ...(m.iso3 ? { iso3: m.iso3 } : {}),
      ...(m.symbol ? { symbol: m.symbol } : {}),
      surface: m.surface,
      evidence: m.evidence,
      start: m.start,
      end: m.end,
      confidence: m.confidence,
      status: m.status,
      ...(m.entityStatus === "proposed" ? { proposedEntity: true } : {}),
    })),
    events: detail.events.map((e) => ({
      slug: e.slug,
      name: e.nameEn,
      nameZh: e.nameZh,
      date: e.date,
      datePrecision: precisionOf(e.date),
      evidence: e.evidence,
      start: e.evidenceStart,
      end: e.evidenceEnd,
      status: e.status,
      ...(e.entityStatus === "proposed" ? { proposedEvent: true } : {}),
    })),
  };
}
