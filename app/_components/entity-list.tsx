import { useTranslations } from "next-intl";
import Link, { useCurrentLocale } from "@/app/_components/locale-link";
import type { EntitySummary } from "@/db/queries/entities";
import { entityPath } from "@/lib/urls/entity-url";
import { BilingualName, EnglishOnlyMark } from "./bilingual-name";
import { PartialDateLabel } from "./partial-date-label";

type Row = EntitySummary & { description?: string | null };

/** Sortable table of entities; sorting is by URL (?sort=name|date&dir=asc|desc) so it works without JS. */
export function EntityList({ rows, basePath, sort, dir }: { rows: Row[]; basePath: string; sort: "name" | "date"; dir: "asc" | "desc" }) {
  const t = useTranslations();
  const locale = useCurrentLocale();
  const link = (col: "name" | "date") => `${basePath}?sort=${col}&dir=${sort === col && dir === "asc" ? "desc" : "asc"}`;
  const arrow = (col: "name" | "date") => (sort === col ? (dir === "asc" ? " ↑" : " ↓") : "");
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-sm">
        <thead className="bg-slate-100 text-left text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-2" aria-sort={sort === "name" ? (dir === "asc" ? "ascending" : "descending") : undefined}>
              <Link href={link("name")} data-testid="sort-name">
                {t("list.name")}
                {arrow("name")}
              </Link>
            </th>
            <th scope="col" className="px-3 py-2" aria-sort={sort === "date" ? (dir === "asc" ? "ascending" : "descending") : undefined}>
              <Link href={link("date")} data-testid="sort-date">
                {t("list.date")}
                {arrow("date")}
              </Link>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className="border-t border-slate-100 align-top">
              <td className="px-3 py-2">
                <Link href={entityPath(r)} className="font-medium text-brand-700 hover:underline" data-testid="entity-link">
                  <BilingualName nameEn={r.nameEn} nameZh={r.nameZh} />
                </Link>
                {r.symbol ? <span className="ml-2 rounded bg-slate-100 px-1.5 text-xs text-slate-600">{r.symbol}</span> : null}
                {r.description ? (
                  <p lang={locale === "en" ? undefined : "en"} className="mt-1 line-clamp-2 text-slate-600">
                    {r.description}
                    {locale === "en" ? null : <EnglishOnlyMark label={t("content.englishOnly")} />}
                  </p>
                ) : null}
              </td>
              <td className="px-3 py-2 text-slate-600">
                <PartialDateLabel date={r.date} endDate={r.endDate} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length === 0 ? <p className="p-4 text-slate-500">{t("list.empty")}</p> : null}
    </div>
  );
}
