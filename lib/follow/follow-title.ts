import type { ResolvedTimelineFilters } from "@/db/queries/timeline";
import type { TimelineKind } from "@/lib/timeline-query/timeline-item";
import { createExportText, nameForLocale } from "@/lib/i18n/export-text";
import type { Locale } from "@/lib/i18n/locales";

/**
 * "Policy Atlas — Zambia", "Policy Atlas — Zambia · ITU", "Policy Atlas — search “safety”"; plain timeline
 * otherwise. The words and names come in the feed's language (the catalogue's "exports" section).
 */
export function followTitle({ filters, locale = "en" }: { filters: ResolvedTimelineFilters; locale?: Locale }): string {
  const t = createExportText({ locale });
  const e = filters.entities;
  const names = [...e.countries, ...e.organisations, ...e.initiatives, ...e.resolutions].map((x) => nameForLocale({ nameEn: x.nameEn, nameZh: x.nameZh, locale }));
  if (filters.q) names.push(t("exports.feedSearch", { query: filters.q }));
  if (filters.kinds.length) names.push(filters.kinds.map((k) => (t.has(`timelineKinds.${k as TimelineKind}`) ? t(`timelineKinds.${k as TimelineKind}`) : k)).join(", "));
  return names.length ? t("exports.feedTitleOf", { names: names.join(" · ") }) : t("exports.feedTitle");
}
