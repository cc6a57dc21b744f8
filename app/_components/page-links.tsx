import { useFormatter, useTranslations } from "next-intl";
import Link from "@/app/_components/locale-link";

/**
 * Previous/next and nearby page numbers for any paginated list, as plain links (works without JS) that keep
 * the page's language. `label` (the navigation's accessible name) defaults to "Pages", `prevLabel`/`nextLabel` to
 * "Previous"/"Next", all in the page's language; page numbers are formatted for the locale.
 */
export function PageLinks({
  page,
  pages,
  hrefFor,
  label,
  testId = "pagination",
  prevLabel,
  nextLabel,
}: {
  page: number;
  pages: number;
  hrefFor: (page: number) => string;
  label?: string;
  testId?: string;
  prevLabel?: string;
  nextLabel?: string;
}) {
  const t = useTranslations();
  const format = useFormatter();
  if (pages <= 1) return null;
  const nearby = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pages])].filter((p) => p >= 1 && p <= pages).sort((a, b) => a - b);
  const link = "rounded border border-slate-200 bg-white px-2 py-0.5 hover:border-brand-600";
  return (
    <nav aria-label={label ?? t("common.pages")} className="flex flex-wrap items-center gap-2 text-sm" data-testid={testId}>
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} rel="prev" className={link} data-testid="page-prev">
          {prevLabel ?? t("timeline.previous")}
        </Link>
      ) : null}
      {nearby.map((p, i) => (
        <span key={p} className="contents">
          {i > 0 && p - nearby[i - 1] > 1 ? <span className="text-slate-500">…</span> : null}
          {p === page ? (
            <span aria-current="page" className="rounded bg-brand-600 px-2 py-0.5 text-white">
              {format.number(p)}
            </span>
          ) : (
            <Link href={hrefFor(p)} className={link} aria-label={t("common.pageNumber", { page: p })}>
              {format.number(p)}
            </Link>
          )}
        </span>
      ))}
      {page < pages ? (
        <Link href={hrefFor(page + 1)} rel="next" className={link} data-testid="page-next">
          {nextLabel ?? t("timeline.next")}
        </Link>
      ) : null}
    </nav>
  );
}
