import type { Metadata } from "next";
import Link from "@/app/_components/locale-link";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { parseCountriesParams, selectionParam } from "@/lib/countries/country-params";
import { loadParticipationMatrix } from "@/lib/countries/load-matrix";
import { limitMatrixColumns, matrixColumnLabels } from "@/lib/countries/participation-matrix";
import { isPartialDate } from "@/lib/dates/partial-date";
import { entityPath } from "@/lib/urls/entity-url";
import { getLocale, getTranslations } from "next-intl/server";
import { isLocale, withExportLang } from "@/lib/i18n/locales";
import { pickNames } from "@/lib/i18n/content-language";
import { BilingualName } from "@/app/_components/bilingual-name";
import { PartialDateLabel } from "@/app/_components/partial-date-label";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("matrix.title") };
}

/** On screen the widest matrices keep their most attended columns; the CSV always has all of them. */
const SCREEN_COLUMNS = 40;

export default async function MatrixPage(props: PageProps<"/countries/matrix">) {
  const params = parseCountriesParams(await props.searchParams);
  const { selected, matrix: full } = loadParticipationMatrix({ db: getDb(), selection: params.selection });
  if (!full) notFound();
  const matrix = limitMatrixColumns({ matrix: full, limit: SCREEN_COLUMNS });
  const labels = matrixColumnLabels({ columns: matrix.columns });
  const sel = selected ? selectionParam(params.selection) : "";
  const query = sel ? `?selection=${encodeURIComponent(sel)}` : "";
  const t = await getTranslations();
  const rawLocale = await getLocale();
  const locale = isLocale(rawLocale) ? rawLocale : "en";
  const roleLabel = (role: string) => (t.has(`roles.plain.${role}`) ? t(`roles.plain.${role}`) : role);
  // a column's label in the page's language: resolution symbols stay, names follow the page (the CSV keeps English)
  const columnLabel = (c: (typeof matrix.columns)[number], i: number) =>
    c.kind === "resolution" && c.symbol ? labels[i] : labels[i] === c.nameEn ? pickNames({ nameEn: c.nameEn, nameZh: c.nameZh ?? null, locale }).primary.text : labels[i];
  return (
    <div className="space-y-4">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold">{t("matrix.title")}</h1>
        <p className="text-slate-600">
          {selected ? (
            <>
              {t("matrix.countriesBy")}{" "}
              <Link href={entityPath(selected)} className="text-brand-700 hover:underline">
                <BilingualName nameEn={selected.nameEn} nameZh={selected.nameZh ?? null} />
              </Link>{" "}
              {t("matrix.andParts")}
            </>
          ) : (
            t("matrix.everything")
          )}{" "}
          {t("matrix.cell")}
        </p>
        <p className="flex flex-wrap gap-x-4 text-sm">
          <a href={withExportLang({ href: `/countries/matrix.csv${query}`, locale })} className="text-brand-700 hover:underline" data-testid="matrix-csv-link" download>
            {t("matrix.download", { rows: full.rows.length, columns: full.totalColumns })}
          </a>
          <Link href={`/countries${query}`} className="text-brand-700 hover:underline">
            {t("matrix.back")}
          </Link>
        </p>
        {matrix.columns.length < matrix.totalColumns ? (
          <p className="text-sm text-amber-800" data-testid="matrix-limited">
            {t("matrix.limited", { shown: matrix.columns.length, total: matrix.totalColumns })}
          </p>
        ) : null}
      </header>
      {matrix.rows.length ? (
        <div className="max-h-[75vh] overflow-auto rounded-lg border border-slate-200 bg-white">
          <table className="text-xs [&_td]:px-2 [&_td]:py-1" data-testid="matrix-table">
            <thead className="sticky top-0 z-10 bg-slate-100 text-left align-bottom text-slate-600">
              <tr>
                <th scope="col" className="sticky left-0 z-20 bg-slate-100 px-2 py-2">
                  {t("kinds.country.one")}
                </th>
                {matrix.columns.map((c, i) => (
                  <th key={c.id} scope="col" className="min-w-28 max-w-40 px-2 py-2 font-medium">
                    <Link href={entityPath(c)} className="line-clamp-3 hover:underline" title={c.nameEn}>
                      {columnLabel(c, i)}
                    </Link>
                    {c.date && isPartialDate(c.date) ? (
                      <span className="block font-normal text-slate-500">
                        <PartialDateLabel date={c.date} />
                      </span>
                    ) : null}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {matrix.rows.map((r) => (
                <tr key={r.country.id} className="border-t border-slate-100" data-testid="matrix-row" data-iso3={r.country.iso3}>
                  <th scope="row" className="sticky left-0 bg-white px-2 py-1 text-left font-normal whitespace-nowrap">
                    <Link href={`/countries/${r.country.iso3}`} className="text-brand-700 hover:underline">
                      <BilingualName nameEn={r.country.nameEn} nameZh={r.country.nameZh ?? null} />
                    </Link>
                  </th>
                  {r.cells.map((roles, i) =>
                    roles.length ? (
                      <td key={matrix.columns[i].id} className="bg-brand-50 text-slate-800">
                        {roles.map(roleLabel).join(", ")}
                      </td>
                    ) : (
                      <td key={matrix.columns[i].id} />
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="text-slate-500">{t("matrix.empty")}</p>
      )}
    </div>
  );
}
