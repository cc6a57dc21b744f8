import Link from "next/link";
import type { ResolvedTimelineFilters } from "@/db/queries/timeline";
import { formatPartialDate } from "@/lib/dates/partial-date";
import { countryFlag } from "@/lib/timeline/country-flag";
import { describeTimelineKind } from "@/lib/timeline/describe-timeline-kind";
import { buildTimelineQuery, type TimelineFilters } from "@/lib/timeline/timeline-filters";

type Chip = { key: string; label: string; without: TimelineFilters };

/** The filters in force as removable chips (each a link to the same view without that filter). */
export function ActiveFilters({ filters }: { filters: ResolvedTimelineFilters }) {
  const base: TimelineFilters = { countries: filters.countries, organisations: filters.organisations, initiatives: filters.initiatives, resolutions: filters.resolutions, kinds: filters.kinds, from: filters.from, to: filters.to, q: filters.q };
  const chips: Chip[] = [
    ...filters.entities.countries.map((c) => ({ key: `c-${c.key}`, label: `${countryFlag({ iso2: c.iso2 })} ${c.nameEn}`, without: { ...base, countries: base.countries.filter((k) => k !== c.key) } })),
    ...filters.entities.organisations.map((o) => ({ key: `o-${o.key}`, label: o.nameEn, without: { ...base, organisations: base.organisations.filter((k) => k !== o.key) } })),
    ...filters.entities.initiatives.map((i) => ({ key: `i-${i.key}`, label: i.nameEn, without: { ...base, initiatives: base.initiatives.filter((k) => k !== i.key) } })),
    ...filters.entities.resolutions.map((r) => ({ key: `r-${r.key}`, label: r.nameEn, without: { ...base, resolutions: base.resolutions.filter((k) => k !== r.key) } })),
    ...filters.kinds.map((k) => ({ key: `k-${k}`, label: describeTimelineKind({ kind: k }).en, without: { ...base, kinds: base.kinds.filter((x) => x !== k) } })),
    ...(filters.from ? [{ key: "from", label: `from ${formatPartialDate({ date: filters.from })}`, without: { ...base, from: undefined } }] : []),
    ...(filters.to ? [{ key: "to", label: `to ${formatPartialDate({ date: filters.to })}`, without: { ...base, to: undefined } }] : []),
    ...(filters.q ? [{ key: "q", label: `“${filters.q}”`, without: { ...base, q: undefined } }] : []),
  ];
  if (chips.length === 0) return null;
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm" data-testid="active-filters">
      <span className="text-slate-500">Showing:</span>
      {chips.map((c) => (
        <Link key={c.key} href={`/timeline${buildTimelineQuery({ filters: c.without })}`} className="rounded-full border border-brand-600 bg-brand-50 px-2 py-0.5 text-brand-700 hover:bg-brand-100" aria-label={`Remove filter ${c.label}`} data-testid="active-filter">
          {c.label} <span aria-hidden="true">×</span>
        </Link>
      ))}
      <Link href="/timeline" className="text-slate-500 hover:underline" data-testid="clear-filters">
        Clear all
      </Link>
    </div>
  );
}
