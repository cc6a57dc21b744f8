import { getLocale, getTranslations } from "next-intl/server";
import Link from "@/app/_components/locale-link";
import { pickNames } from "@/lib/i18n/content-language";
import { isLocale } from "@/lib/i18n/locales";
import type { ResolvedTimelineFilters } from "@/db/queries/timeline";
import { formatPartialDate } from "@/lib/dates/partial-date";
import { buildTimelineQuery, type TimelineFilters } from "@/lib/timeline-query/timeline-filters";

type Chip = { key: string; label: string; without: TimelineFilters };

/** The filters in force as removable chips (each a link to the same view without that filter). */
export async function ActiveFilters({ filters }: { filters: ResolvedTimelineFilters }) {
  const t = await getTranslations();
  const raw = await getLocale();
  const locale = isLocale(raw) ? raw : "en";
  const dateLocale = locale === "en" ? "en" : "zh";
  const name = (e: { nameEn: string; nameZh: string | null }) => pickNames({ nameEn: e.nameEn, nameZh: e.nameZh, locale }).primary.text;
  const base: TimelineFilters = {
    countries: filters.countries,
    organisations: filters.organisations,
    initiatives: filters.initiatives,
    resolutions: filters.resolutions,
    kinds: filters.kinds,
    from: filters.from,
    to: filters.to,
    q: filters.q,
    countryMatch: filters.countryMatch,
    order: filters.order,
  };
  const chips: Chip[] = [
    ...filters.entities.countries.map((c) => ({ key: `c-${c.key}`, label: name(c), without: { ...base, countries: base.countries.filter((k) => k !== c.key) } })),
    ...filters.entities.organisations.map((o) => ({ key: `o-${o.key}`, label: name(o), without: { ...base, organisations: base.organisations.filter((k) => k !== o.key) } })),
    ...filters.entities.initiatives.map((i) => ({ key: `i-${i.key}`, label: name(i), without: { ...base, initiatives: base.initiatives.filter((k) => k !== i.key) } })),
    ...filters.entities.resolutions.map((r) => ({ key: `r-${r.key}`, label: name(r), without: { ...base, resolutions: base.resolutions.filter((k) => k !== r.key) } })),
    ...filters.kinds.map((k) => ({ key: `k-${k}`, label: t(`timelineKinds.${k}`), without: { ...base, kinds: base.kinds.filter((x) => x !== k) } })),
    ...(filters.from
      ? [{ key: "from", label: t("timeline.from", { date: formatPartialDate({ date: filters.from, locale: dateLocale }) }), without: { ...base, from: undefined } }]
      : []),
    ...(filters.to ? [{ key: "to", label: t("timeline.to", { date: formatPartialDate({ date: filters.to, locale: dateLocale }) }), without: { ...base, to: undefined } }] : []),
    ...(filters.q ? [{ key: "q", label: `“${filters.q}”`, without: { ...base, q: undefined } }] : []),
  ];
  if (chips.length === 0) return null;
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm" data-testid="active-filters">
      <span className="text-slate-500">{t("timeline.showing")}</span>
      {chips.map((c) => (
        <Link
          key={c.key}
          href={`/timeline${buildTimelineQuery({ filters: c.without })}`}
          className="rounded-full border border-brand-600 bg-brand-50 px-2 py-0.5 text-brand-700 hover:bg-brand-100"
          aria-label={t("timeline.removeFilter", { label: c.label })}
          data-testid="active-filter"
        >
          {c.label} <span aria-hidden="true">×</span>
        </Link>
      ))}
      <Link href="/timeline" className="text-slate-500 hover:underline" data-testid="clear-filters">
        {t("timeline.clearAll")}
      </Link>
    </div>
  );
}
