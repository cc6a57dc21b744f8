import { useTranslations } from "next-intl";
import Link, { useCurrentLocale, useLocalizeHref } from "@/app/_components/locale-link";
import { chineseForLocale } from "@/lib/i18n/content-language";
import type { CountryCountsRow } from "@/db/queries/countries";
import { KIND_COLUMNS } from "./country-table-columns";
import { CountryTableRows } from "./country-table-rows";

type SortState = { sort: string; dir: "asc" | "desc"; selectionParam: string };

function sortHref({ sort, dir, selectionParam, col }: SortState & { col: string }): string {
  const params = new URLSearchParams();
  if (selectionParam) params.set("selection", selectionParam);
  params.set("sort", col);
  // Text columns start A→Z, number columns start with the largest.
  const textCol = col === "name" || col === "iso3";
  params.set("dir", sort === col ? (dir === "asc" ? "desc" : "asc") : textCol ? "asc" : "desc");
  return `/countries?${params}#table`;
}

function SortHeader({ col, children, className = "", ...state }: SortState & { col: string; children: React.ReactNode; className?: string }) {
  const { sort, dir } = state;
  return (
    <th scope="col" className={`px-2 py-2 font-medium ${className}`} aria-sort={sort === col ? (dir === "asc" ? "ascending" : "descending") : undefined}>
      <Link href={sortHref({ ...state, col })} className="hover:underline" data-testid={`sort-${col}`}>
        {children}
        {sort === col ? (dir === "asc" ? " ↑" : " ↓") : ""}
      </Link>
    </th>
  );
}

/**
 * The sortable table under the map. Sorting is by URL (?sort=…&dir=…), so it works without JS; the
 * checkboxes submit to /compare. Zero counts are left blank so the numbers that exist stand out (and
 * the 249-row table stays light).
 */
export function CountryTable({
  rows,
  roles,
  sort,
  dir,
  selectionParam,
  selectionName,
  total,
}: {
  rows: (CountryCountsRow & { roleNote: string | null })[];
  /** All rows of the table across its pages (rows holds one page). */
  total: number;
  roles: string[];
  sort: string;
  dir: "asc" | "desc";
  selectionParam: string;
  selectionName: string | null;
}) {
  const th = { sort, dir, selectionParam };
  const t = useTranslations();
  const localize = useLocalizeHref();
  const locale = useCurrentLocale();
  const roleLabel = (role: string) => (t.has(`roles.plain.${role}`) ? t(`roles.plain.${role}`) : role);
  return (
    <form action={localize("/compare")} method="get" className="space-y-2" id="table">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 className="text-lg font-semibold">
          {selectionName ? `Countries in ${selectionName}` : "All countries"} <span className="text-base font-normal text-slate-500">{total}</span>
          {selectionName ? t("table.countriesIn", { name: selectionName }) : t("table.allCountries")} <span className="text-base font-normal text-slate-500">{rows.length}</span>
        </h2>
        <button type="submit" className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm hover:border-brand-600" data-testid="compare-submit">
          {t("table.compareTicked")}
        </button>
      </div>
      <div className="max-h-[70vh] overflow-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-sm tabular-nums [&_td]:px-2 [&_td]:py-1.5" data-testid="country-table">
          <thead className="sticky top-0 z-10 bg-slate-100 text-left text-slate-600">
            <tr>
              <th scope="col" className="w-8 px-2 py-2">
                <span className="sr-only">{t("table.compare")}</span>
              </th>
              <SortHeader {...th} col="name" className="sticky left-0 bg-slate-100">
                {t("table.country")}
              </SortHeader>
              {selectionName ? (
                <th scope="col" className="px-2 py-2 font-medium">
                  {t("table.role")}
                </th>
              ) : null}
              <SortHeader {...th} col="total">
                {t("table.total")}
              </SortHeader>
              {KIND_COLUMNS.map((k) => (
                <SortHeader {...th} key={k} col={`kind:${k}`}>
                  {t(`kinds.${k}.other`)}
                </SortHeader>
              ))}
              {roles.map((r) => (
                <SortHeader {...th} key={r} col={`role:${r}`}>
                  {roleLabel(r)}
                </SortHeader>
              ))}
              <SortHeader {...th} col="articles">
                {t("table.articles")}
              </SortHeader>
            </tr>
          </thead>
          <CountryTableRows
            rows={rows.map((r) => ({
              id: r.id,
              iso3: r.iso3,
              nameEn: r.nameEn,
              nameZh: chineseForLocale({ text: r.nameZh, locale }),
              roleNote: r.roleNote,
              total: r.total,
              byKind: r.byKind,
              byRole: Object.fromEntries(roles.flatMap((role) => (r.byRole[role] ? [[role, r.byRole[role]]] : []))),
              articles: r.articles,
            }))}
            roles={roles}
            showRole={Boolean(selectionName)}
          />
        </table>
        {rows.length === 0 ? <p className="p-4 text-slate-500">{t("table.empty")}</p> : null}
      </div>
    </form>
  );
}
