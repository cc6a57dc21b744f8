import { FollowLinks } from "@/app/_components/follow-links";
import Link from "@/app/_components/locale-link";
import { getLocale, getTranslations } from "next-intl/server";
import { isLocale, withExportLang } from "@/lib/i18n/locales";
import { getDb } from "@/db";
import { formatPartialDate } from "@/lib/dates/partial-date";
import { planYearJumps } from "@/lib/timeline/plan-year-jumps";
import { countTimelineByPeriod, listTimelineItems } from "@/db/queries/timeline";
import { groupTimelineByPeriod } from "@/lib/timeline/group-timeline";
import { buildMonthDensity, packMonthDensity, totalsByYear } from "@/lib/timeline-query/month-density";
import { readTimelineRequest } from "@/lib/timeline/read-timeline-request";
import { buildTimelineQuery, NO_FILTERS, parseTimelinePage, TIMELINE_PAGE_SIZE } from "@/lib/timeline-query/timeline-filters";
import { ActiveFilters } from "./_components/active-filters";
import { TimelineDensityStrip } from "./_components/timeline-density-strip";
import { attachParticipation } from "@/lib/timeline/attach-participation";
import { TimelineEntry } from "./_components/timeline-entry";
import { slimTimelineItem } from "@/lib/timeline/slim-timeline-item";
import { TimelineFilterForm } from "./_components/timeline-filter-form";
import { TimelinePagination } from "./_components/timeline-pagination";

export async function generateMetadata() {
  const t = await getTranslations();
  return { title: t("timeline.title"), alternates: { types: { "application/atom+xml": "/feed.xml" } } };
}

async function Heading() {
  const t = await getTranslations();
  return (
    <header className="space-y-1">
      <h1 className="text-2xl font-semibold">{t("timeline.title")}</h1>
      <p className="max-w-3xl text-sm text-slate-600">{t("timeline.intro")}</p>
    </header>
  );
}

async function Legend() {
  const t = await getTranslations();
  return (
    <details className="text-xs text-slate-500" data-testid="timeline-legend">
      <summary className="cursor-pointer">{t("timeline.legendSummary")}</summary>
      <p className="mt-1 max-w-3xl">{t("timeline.legend")}</p>
    </details>
  );
}

export default async function TimelinePage(props: PageProps<"/timeline">) {
  const params = await props.searchParams;
  const db = getDb();
  const t = await getTranslations();
  const dateLocaleRaw = await getLocale();
  const dateLocale = dateLocaleRaw === "en" ? "en" : "zh";
  const contentLocale = isLocale(dateLocaleRaw) ? dateLocaleRaw : "en";
  const read = readTimelineRequest({ db, params });
  const page = parseTimelinePage({ params });
  if (!read.ok || !page.ok) {
    return (
      <div className="space-y-4">
        <Heading />
        <p role="alert" className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900" data-testid="timeline-error">
          {t("timeline.filterError", { message: !read.ok ? read.message : !page.ok ? page.message : "" })}{" "}
          <Link href="/timeline" className="underline">
            {t("timeline.showWhole")}
          </Link>
        </p>
        <TimelineFilterForm filters={NO_FILTERS} />
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
  const order = filters.order ?? "oldest";
  const withOrder = (o: "newest" | "oldest") => `/timeline${buildTimelineQuery({ filters: { ...filters, order: o === "newest" ? "newest" : undefined } })}`;
  // a jump keeps the filters and goes to the page holding the year (the counts ignore a date range, so with
  // one set the jump filters to the year instead)
  const jumps = planYearJumps({ totals: totalsByYear({ counts }), order, pageSize: TIMELINE_PAGE_SIZE });
  const jumpHref = (j: { year: string; page: number }) =>
    filters.from || filters.to
      ? `/timeline${buildTimelineQuery({ filters: { ...filters, from: j.year, to: j.year } })}`
      : `/timeline${buildTimelineQuery({ filters, page: j.page })}#year-${j.year}`;

  return (
    <div className="space-y-4">
      <Heading />
      <TimelineFilterForm filters={filters} />
      <ActiveFilters filters={filters} />
      <TimelineDensityStrip packed={packMonthDensity({ series: buildMonthDensity({ counts }) })} from={filters.from} to={filters.to} baseQuery={withoutRange} />
      <div className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
        <p className="flex items-center gap-2" data-testid="timeline-order">
          <span className="text-slate-500">{t("timeline.order")}:</span>
          {(["newest", "oldest"] as const).map((o) =>
            o === order ? (
              <span key={o} aria-current="true" className="rounded bg-brand-600 px-2 py-0.5 text-white">
                {t(`timeline.${o}`)}
              </span>
            ) : (
              <Link key={o} href={withOrder(o)} className="rounded border border-slate-200 bg-white px-2 py-0.5 text-brand-700 hover:border-brand-600" data-testid={`order-${o}`}>
                {t(`timeline.${o}`)}
              </Link>
            ),
          )}
        </p>
        <nav aria-label={t("timeline.jumpToYear")} className="flex flex-wrap items-center gap-x-2" data-testid="timeline-jump">
          <span className="text-slate-500">{t("timeline.jumpToYear")}:</span>
          {jumps.map((j) => (
            <a key={j.year} href={jumpHref(j)} className="text-brand-700 underline underline-offset-2">
              {j.year}
            </a>
          ))}
        </nav>
      </div>
      <nav aria-label={t("timeline.years")} className="flex flex-wrap gap-x-3 gap-y-1 text-sm" data-testid="timeline-years">
        {totalsByYear({ counts }).map((y) => (
          <Link key={y.year} href={`/timeline${buildTimelineQuery({ filters: { ...filters, from: y.year, to: y.year } })}`} className="text-brand-700 hover:underline">
            {y.year} <span className="text-slate-500">({y.n})</span>
          </Link>
        ))}
      </nav>
      <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
        <p className="text-slate-600" data-testid="timeline-count" aria-live="polite">
          {t("common.itemCount", { count: total })}
          {pages > 1 ? t("timeline.page", { page: page.value, pages }) : ""}
        </p>
        <p className="flex flex-wrap items-center gap-2" data-testid="timeline-exports">
          <span className="text-slate-500">{t("timeline.exportThis")}</span>
          <a href={withExportLang({ href: `/timeline.ics${query}`, locale: dateLocaleRaw })} className={exportLink} data-testid="export-ics">
            {t("timeline.exportIcs")}
          </a>
          <a href={withExportLang({ href: `/timeline.csv${query}`, locale: dateLocaleRaw })} className={exportLink} data-testid="export-csv">
            {t("timeline.exportCsv")}
          </a>
          <a href={withExportLang({ href: `/feed.xml${query}`, locale: dateLocaleRaw })} className={exportLink} data-testid="export-atom">
            {t("timeline.exportAtom")}
          </a>
          <a href={`/api/timeline${query}`} className={exportLink} data-testid="export-json">
            {t("timeline.exportJson")}
          </a>
        </p>
      </div>
      <FollowLinks query={query.replace(/^\?/, "")} />
      <Legend />
      {items.length === 0 ? (
        <p className="rounded-lg border border-slate-200 bg-white p-4 text-slate-500" data-testid="timeline-empty">
          {total === 0 ? t("timeline.emptyFiltered") : t("timeline.pastEnd")}{" "}
          <Link href="/timeline" className="text-brand-700 hover:underline">
            {t("timeline.showEverything")}
          </Link>
        </p>
      ) : (
        <div className="space-y-6" data-testid="timeline-list">
          {years.map((y) => (
            <section key={y.year} aria-labelledby={`year-${y.year}`} className="space-y-3">
              <h2 id={`year-${y.year}`} className="sticky top-0 z-10 bg-slate-50/95 py-1 text-xl font-semibold text-brand-900">
                {y.year}
              </h2>
              {y.yearItems.length ? (
                <section aria-labelledby={`year-${y.year}-whole`} className="space-y-2">
                  <h3 id={`year-${y.year}-whole`} className="text-sm font-medium uppercase tracking-wide text-slate-500">
                    {t("timeline.during", { year: y.year })}
                  </h3>
                  <ol className="space-y-2">
                    {y.yearItems.map((item) => (
                      <TimelineEntry key={item.id} item={slimTimelineItem({ item, locale: contentLocale })} highlight={highlight} />
                    ))}
                  </ol>
                </section>
              ) : null}
              {y.months.map((m) => (
                <section key={m.key} aria-labelledby={`month-${m.key}`} className="space-y-2">
                  <h3 id={`month-${m.key}`} className="text-sm font-medium uppercase tracking-wide text-slate-500">
                    {formatPartialDate({ date: m.key, locale: dateLocale })}
                  </h3>
                  <ol className="space-y-2">
                    {m.items.map((item) => (
                      <TimelineEntry key={item.id} item={slimTimelineItem({ item, locale: contentLocale })} highlight={highlight} />
                    ))}
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
