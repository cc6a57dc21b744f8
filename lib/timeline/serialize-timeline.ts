import { precisionOf } from "@/lib/dates/partial-date";
import { entityPath } from "@/lib/urls/entity-url";
import { serializeParticipation } from "@/lib/participation/completeness";
import type { TimelineItem } from "@/lib/timeline-query/timeline-item";

/**
 * The public JSON of one timeline item (GET /api/timeline). The documented fields come first and keep
 * their names; the rest (url, subtype, endDate) are additions.
 */
export function serializeTimelineItem({ item }: { item: TimelineItem }) {
  return {
    slug: item.slug,
    kind: item.kind,
    name: item.nameEn,
    nameZh: item.nameZh,
    date: item.date,
    datePrecision: precisionOf(item.date),
    countries: item.countries.map((c) => c.iso3 ?? c.slug.toUpperCase()),
    organisations: item.organisations.map((o) => o.slug),
    initiatives: item.initiatives.map((i) => i.slug),
    resolutions: item.resolutions.map((r) => r.slug),
    articles: item.articleCount,
    url: entityPath(item),
    subtype: item.subtype,
    ...(item.participation
      ? { participation: serializeParticipation(item.participation), countriesComplete: item.participation.length ? item.participation.every((p) => p.complete) : null }
      : {}),
    ...(item.endDate ? { endDate: item.endDate, endDatePrecision: precisionOf(item.endDate) } : {}),
  };
}
export type SerializedTimelineItem = ReturnType<typeof serializeTimelineItem>;
