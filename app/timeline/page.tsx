import { FollowLinks } from "@/app/_components/follow-links";
import Link from "next/link";
import { getDb } from "@/db";
import { countTimelineByPeriod, listTimelineFilterOptions, listTimelineItems } from "@/db/queries/timeline";
import { groupTimelineByPeriod } from "@/lib/timeline/group-timeline";
import { buildMonthDensity, totalsByYear } from "@/lib/timeline/month-density";
import { readTimelineRequest } from "@/lib/timeline/read-timeline-request";
import { buildTimelineQuery, NO_FILTERS, parseTimelinePage, TIMELINE_PAGE_SIZE } from "@/lib/timeline/timeline-filters";
import { ActiveFilters } from "./_components/active-filters";
import { TimelineDensityStrip } from "./_components/timeline-density-strip";
import { attachParticipation } from "@/lib/timeline/attach-participation";
import { TimelineEntry } from "./_components/timeline-entry";
import { TimelineFilterForm } from "./_components/timeline-filter-form";
import { TimelinePagination } from "./_components/timeline-pagination";

export const metadata = {
  title: "Timeline",
  alternates: { types: { "application/atom+xml": "/feed.xml" } },
};

function Heading() {
  return (
    <header className="space-y-1">
      <h1 className="text-2xl font-semibold">
        Timeline <span lang="zh" className="text-lg font-normal text-slate-500">时间线</span>
      </h1>
      <p className="max-w-3xl text-sm text-slate-600">Events held, initiatives launched, resolutions adopted and organisations founded, in time order, with who took part.</p>
    </header>
  );
}

function Legend() {
  return (
    <details className="text-xs text-slate-500" data-testid="timeline-legend">
      <summary className="cursor-pointer">How dates are shown and ordered</summary>
      <p className="mt-1 max-w-3xl">
        Each date is shown at the precision we know it: “6 May 2025” (a day), “Dec 2024” (a month), “2019” (a year). Items run oldest first.
        A date known only to its month comes first in that month, before the days of that month; a date known only to its year comes
        first in that year, under the year heading. A date range filter keeps every item whose period overlaps the range, so “from Dec
        2024” still shows an item dated only “2024”.
      </p>
    </details>
  );
}

export default async function TimelinePage(props: PageProps<"/timeline">) {
  const params = await props.searchParams;
  const db = getDb();
  const read = readTimelineRequest({ db, params });
  const page = parseTimelinePage({ params });
  if (!read.ok || !page.ok) {
    return (
      <div className="space-y-4">
        <Heading />
        <p role="alert" className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900" data-testid="timeline-error">
          These filters can’t be used: {!read.ok ? read.message : !page.ok ? page.message : ""}.{" "}
          <Link href="/timeline" className="underline">Show the whole timeline</Link>
        </p>
        <TimelineFilterForm filters={NO_FILTERS} options={listTimelineFilterOptions({ db })} />
      </div>
    );
  }
  const { filters } = read.value;
  const listed = listTimelineItems({ db, filters, limit: TIMELINE_PAGE_SIZE, offset: (page.value - 1) * TIMELINE_PAGE_SIZE });
  const { total } = listed;
  const items = attachParticipation({ db, items: listed.items });
  const pages = Math.max(1, Math.ceil(total / TIMELINE_PAGE_SIZE));
  const counts = countTimelineByPeriod({ db, filters });
  const query = buildTimelineQuery({ filters });
  const withoutRange = buildTimelineQuery({ filters: { ...filters, from: undefined, to: undefined } }).slice(1);
  const years = groupTimelineByPeriod({ items });
  const highlight = [...filters.countries, ...filters.organisations, ...filters.initiatives, ...filters.resolutions];
  const exportLink = "rounded border border-slate-200 bg-white px-2 py-0.5 hover:border-brand-600";

  return (
    <div className="space-y-4">
      <Heading />
      <TimelineFilterForm filters={filters} options={listTimelineFilterOptions({ db, selected: [...filters.organisations, ...filters.initiatives, ...filters.resolutions] })} />
      <ActiveFilters filters={filters} />
      <TimelineDensityStrip series={buildMonthDensity({ counts })} from={filters.from} to={filters.to} baseQuery={withoutRange} />
      <nav aria-label="Years" className="flex flex-wrap gap-x-3 gap-y-1 text-sm" data-testid="timeline-years">
        {totalsByYear({ counts }).map((y) => (
          <Link key={y.year} href={`/timeline${buildTimelineQuery({ filters: { ...filters, from: y.year, to: y.year } })}`} className="text-brand-700 hover:underline">
            {y.year} <span className="text-slate-500">({y.n})</span>
          </Link>
        ))}
      </nav>
      <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
        <p className="text-slate-600" data-testid="timeline-count" aria-live="polite">
          {total === 1 ? "1 item" : `${total} items`}
          {pages > 1 ? `, page ${page.value} of ${pages}` : ""}
        </p>
        <p className="flex flex-wrap items-center gap-2" data-testid="timeline-exports">
          <span className="text-slate-500">Export this view:</span>
          <a href={`/timeline.ics${query}`} className={exportLink} data-testid="export-ics">Calendar (.ics)</a>
          <a href={`/timeline.csv${query}`} className={exportLink} data-testid="export-csv">CSV</a>
          <a href={`/feed.xml${query}`} className={exportLink} data-testid="export-atom">Atom feed</a>
          <a href={`/api/timeline${query}`} className={exportLink} data-testid="export-json">JSON</a>
        </p>
      </div>
      <FollowLinks query={query.replace(/^\?/, "")} label="this view" />
      <Legend />
      {items.length === 0 ? (
        <p className="rounded-lg border border-slate-200 bg-white p-4 text-slate-500" data-testid="timeline-empty">
          {total === 0 ? "Nothing on the timeline matches these filters." : "This page is past the end of the timeline."}{" "}
          <Link href="/timeline" className="text-brand-700 hover:underline">Show everything</Link>
        </p>
      ) : (
        <div className="space-y-6" data-testid="timeline-list">
          {years.map((y) => (
            <section key={y.year} aria-labelledby={`year-${y.year}`} className="space-y-3">
              <h2 id={`year-${y.year}`} className="sticky top-0 z-10 bg-slate-50/95 py-1 text-xl font-semibold text-brand-900">{y.year}</h2>
              {y.yearItems.length ? (
                <section aria-labelledby={`year-${y.year}-whole`} className="space-y-2">
                  <h3 id={`year-${y.year}-whole`} className="text-sm font-medium uppercase tracking-wide text-slate-500">During {y.year}</h3>
                  <ol className="space-y-2">
                    {y.yearItems.map((item) => <TimelineEntry key={item.id} item={item} highlight={highlight} />)}
                  </ol>
                </section>
              ) : null}
              {y.months.map((m) => (
                <section key={m.key} aria-labelledby={`month-${m.key}`} className="space-y-2">
                  <h3 id={`month-${m.key}`} className="text-sm font-medium uppercase tracking-wide text-slate-500">{m.label}</h3>
                  <ol className="space-y-2">
                    {m.items.map((item) => <TimelineEntry key={item.id} item={item} highlight={highlight} />)}
                  </ol>
                </section>
              ))}
            </section>
          ))}
        </div>
      )}
      <TimelinePagination filters={filters} page={page.value} pages={pages} />
    </div>
  );
}
