import type { TimelineFilterOption } from "@/db/queries/timeline";
import { countryFlag } from "@/lib/timeline/country-flag";
import { describeTimelineKind } from "@/lib/timeline/describe-timeline-kind";
import type { TimelineFilters } from "@/lib/timeline/timeline-filters";
import { TIMELINE_KINDS } from "@/lib/timeline/types";

type Options = Record<"countries" | "organisations" | "initiatives" | "resolutions", TimelineFilterOption[]>;

const field = "w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";

function MultiSelect({ name, label, options, selected, testId }: { name: string; label: string; options: TimelineFilterOption[]; selected: string[]; testId: string }) {
  return (
    <label className="block text-sm">
      <span className="text-slate-600">{label}</span>
      <select name={name} multiple size={5} defaultValue={selected} className={field} data-testid={testId}>
        {options.map((o) => (
          <option key={o.key} value={o.key}>
            {o.iso2 ? `${countryFlag({ iso2: o.iso2 })} ${o.nameEn} (${o.key})` : o.nameEn}
            {o.nameZh ? ` · ${o.nameZh}` : ""}
          </option>
        ))}
      </select>
    </label>
  );
}

/** A plain GET form: every filter lands in the URL, so it works without JavaScript and can be shared. */
export function TimelineFilterForm({ filters, options }: { filters: TimelineFilters; options: Options }) {
  return (
    <form action="/timeline" method="get" className="space-y-3 rounded-lg border border-slate-200 bg-white p-3" data-testid="timeline-filters" aria-label="Filter the timeline">
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <MultiSelect name="country" label="Countries (any of)" options={options.countries} selected={filters.countries} testId="filter-country" />
        <MultiSelect name="organisation" label="Organisations (any of)" options={options.organisations} selected={filters.organisations} testId="filter-organisation" />
        <MultiSelect name="initiative" label="Initiatives (any of)" options={options.initiatives} selected={filters.initiatives} testId="filter-initiative" />
        <MultiSelect name="resolution" label="Resolutions (any of)" options={options.resolutions} selected={filters.resolutions} testId="filter-resolution" />
      </div>
      <div className="flex flex-wrap items-end gap-3">
        <fieldset className="text-sm">
          <legend className="text-slate-600">Kind</legend>
          <div className="flex flex-wrap gap-x-3">
            {TIMELINE_KINDS.map((k) => (
              <label key={k} className="inline-flex items-center gap-1">
                <input type="checkbox" name="kind" value={k} defaultChecked={filters.kinds.includes(k)} data-testid={`filter-kind-${k}`} />
                {describeTimelineKind({ kind: k }).en}
              </label>
            ))}
          </div>
        </fieldset>
        <label className="text-sm">
          <span className="block text-slate-600">From</span>
          <input name="from" defaultValue={filters.from ?? ""} placeholder="2024 or 2024-12" pattern="\d{4}(-\d{2}(-\d{2})?)?" className={`${field} w-36`} data-testid="filter-from" />
        </label>
        <label className="text-sm">
          <span className="block text-slate-600">To</span>
          <input name="to" defaultValue={filters.to ?? ""} placeholder="2025-05-06" pattern="\d{4}(-\d{2}(-\d{2})?)?" className={`${field} w-36`} data-testid="filter-to" />
        </label>
        <label className="min-w-48 flex-1 text-sm">
          <span className="block text-slate-600">Text</span>
          <input name="q" type="search" defaultValue={filters.q ?? ""} placeholder="name, alias, place …" className={field} data-testid="filter-q" />
        </label>
        <button type="submit" className="rounded-md bg-brand-600 px-4 py-1.5 text-sm text-white hover:bg-brand-700" data-testid="filter-submit">
          Apply filters
        </button>
      </div>
    </form>
  );
}
