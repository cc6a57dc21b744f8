import { useTranslations } from "next-intl";
import Link from "@/app/_components/locale-link";
import { buildTimelineQuery, type TimelineFilters } from "@/lib/timeline/timeline-filters";

/** Previous/next and nearby page numbers, as links that keep the filters. */
export function TimelinePagination({ filters, page, pages }: { filters: TimelineFilters; page: number; pages: number }) {
  const t = useTranslations();
  if (pages <= 1) return null;
  const href = (p: number) => `/timeline${buildTimelineQuery({ filters, page: p })}`;
  const nearby = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pages])].filter((p) => p >= 1 && p <= pages).sort((a, b) => a - b);
  const link = "rounded border border-slate-200 bg-white px-2 py-0.5 hover:border-brand-600";
  return (
    <nav aria-label={t("timeline.pages")} className="flex flex-wrap items-center gap-2 text-sm" data-testid="timeline-pagination">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev" className={link} data-testid="page-prev">
          {filters.order === "newest" ? t("timeline.previous") : t("timeline.earlier")}
        </Link>
      ) : null}
      {nearby.map((p, i) => (
        <span key={p} className="contents">
          {i > 0 && p - nearby[i - 1] > 1 ? <span className="text-slate-500">…</span> : null}
          {p === page ? (
            <span aria-current="page" className="rounded bg-brand-600 px-2 py-0.5 text-white">
              {p}
            </span>
          ) : (
            <Link href={href(p)} className={link}>
              {p}
            </Link>
          )}
        </span>
      ))}
      {page < pages ? (
        <Link href={href(page + 1)} rel="next" className={link} data-testid="page-next">
          {filters.order === "newest" ? t("timeline.next") : t("timeline.later")}
        </Link>
      ) : null}
    </nav>
  );
}
