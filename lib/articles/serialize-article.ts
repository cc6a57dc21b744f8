import type { ArticleDetail } from "@/db/queries/articles";
import { precisionOf } from "@/lib/dates/partial-date";
import { entityUrlKey } from "@/lib/urls/entity-url";
import { explainMention, keepVisibleLinks } from "./keep-visible-links";

/**
 * The public JSON shape of an article (GET /api/articles/{slug}). Entities ingestion only proposed are shown to
 * editors alone (`includeProposed`), until one accepts them.
 */
export function serializeArticle({ detail, includeProposed = false }: { detail: ArticleDetail; includeProposed?: boolean }) {
  const a = detail.article;
  const visible = keepVisibleLinks({ detail, includeProposed });
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
    mentions: visible.mentions.map((m) => ({
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
      why: explainMention(m),
      ...(m.entityStatus === "proposed" ? { proposedEntity: true } : {}),
    })),
    relations: visible.relations.map((r) => ({
      subject: {
        kind: r.subjectKind,
        slug: entityUrlKey({ kind: r.subjectKind, slug: r.subjectSlug, iso3: r.subjectIso3 }),
        ...(r.subjectIso3 ? { iso3: r.subjectIso3 } : {}),
        name: r.subjectName,
      },
      role: r.role,
      object: {
        kind: r.objectKind,
        slug: entityUrlKey({ kind: r.objectKind, slug: r.objectSlug, iso3: r.objectIso3 }),
        name: r.objectName,
        ...(r.objectSymbol ? { symbol: r.objectSymbol } : {}),
      },
      evidence: r.evidence,
      start: r.start,
      end: r.end,
      status: r.status,
      why: r.why,
    })),
    events: visible.events.map((e) => ({
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
