import { stringifyCsv } from "@/lib/csv/stringify-csv";
import { precisionOf } from "@/lib/dates/partial-date";
import { entityPath } from "@/lib/urls/entity-url";
import type { TimelineItem } from "@/lib/timeline-query/timeline-item";

export const TIMELINE_CSV_COLUMNS = [
  "date",
  "date_precision",
  "end_date",
  "kind",
  "subtype",
  "slug",
  "name_en",
  "name_zh",
  "countries",
  "organisations",
  "initiatives",
  "resolutions",
  "articles",
  "url",
  "countries_complete",
  "participation",
] as const;

/**
 * CSV of timeline items, one row each, lists joined with "; " (ISO3 codes for countries, slugs otherwise).
 * Written by the shared stringifyCsv (byte-order mark for Chinese names, formula escaping). `header` is the
 * header row in the requested language (same order as TIMELINE_CSV_COLUMNS); the column names by default.
 */
export function buildTimelineCsv({ items, origin, header = TIMELINE_CSV_COLUMNS }: { items: TimelineItem[]; origin: string; header?: readonly string[] }): string {
  const rows = items.map((item) => [
    item.date,
    precisionOf(item.date),
    item.endDate ?? "",
    item.kind,
    item.subtype ?? "",
    item.slug,
    item.nameEn,
    item.nameZh ?? "",
    item.countries.map((c) => c.iso3 ?? c.slug.toUpperCase()).join("; "),
    item.organisations.map((o) => o.slug).join("; "),
    item.initiatives.map((i) => i.slug).join("; "),
    item.resolutions.map((r) => r.slug).join("; "),
    item.articleCount,
    new URL(entityPath(item), origin).toString(),
    // one note per list, never per row: "yes" only when every list reached its stated total
    item.participation?.length ? (item.participation.every((p) => p.complete) ? "yes" : "no") : "",
    (item.participation ?? []).map((p) => `${p.role}: ${p.known} of ${p.expectedTotal ?? "unknown"}${p.asOf ? ` as of ${p.asOf}` : ""}`).join("; "),
  ]);
  return stringifyCsv({ header, rows });
}
