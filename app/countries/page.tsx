import type { Metadata } from "next";
import Link from "@/app/_components/locale-link";
import { getLocale, getTranslations } from "next-intl/server";
import { withExportLang } from "@/lib/i18n/locales";
import { BilingualName } from "@/app/_components/bilingual-name";
import { getDb } from "@/db";
import { listCountryParticipationCounts, listSelectableEntities } from "@/db/queries/countries";
import { parseCountriesParams, selectionParam } from "@/lib/countries/country-params";
import { buildCountriesView } from "@/lib/countries/countries-view";
import { resolveSelection } from "@/lib/countries/resolve-selection";
import { entityPath } from "@/lib/urls/entity-url";
import { getParticipation } from "@/db/queries/content";
import { listsWorthNoting } from "@/lib/participation/completeness";
import { CompletenessBanner } from "./_components/completeness-banner";
import { CountryTable } from "./_components/country-table";
import { SelectionForm } from "./_components/selection-form";
import { WorldMap } from "./_components/world-map";
import { PageLinks } from "@/app/_components/page-links";
import { clampPage, readPageNumber } from "@/lib/http/page-number";
import { loadCountriesViewText } from "./_components/countries-view-text";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("countries.title") };
}

/** Table rows per page (the map shows every country): the full table was most of the page's weight. */
const ROWS_PER_PAGE = 30;

export default async function CountriesPage(props: PageProps<"/countries">) {
  const searchParams = await props.searchParams;
  const params = parseCountriesParams(searchParams);
  const db = getDb();
  const t = await getTranslations();
  const locale = await getLocale();
  const { selected, scope } = resolveSelection({ db, selection: params.selection });
  const rows = listCountryParticipationCounts({ db, scope });
  const selectedName = selected ? (selected.kind === "resolution" && selected.symbol ? selected.symbol : selected.nameEn) : null;
  const view = buildCountriesView({ rows, selected: selectedName ? { name: selectedName } : null, sort: params.sort, dir: params.dir, text: await loadCountriesViewText() });
  const selParam = selected ? selectionParam(params.selection) : "";
  const query = selParam ? `?selection=${encodeURIComponent(selParam)}` : "";
  const notFoundSelection = params.selection && !selected;
  const tablePage = clampPage({ page: readPageNumber(searchParams), total: view.tableRows.length, perPage: ROWS_PER_PAGE });
  const tablePageHref = (p: number) => {
    const q = new URLSearchParams({ ...(selParam ? { selection: selParam } : {}), sort: params.sort, dir: params.dir, page: String(p) });
    return `/countries?${q}#table`;
  };
  const participation = selected ? listsWorthNoting(getParticipation({ db, entityId: selected.id })) : [];

  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold">{t("countries.title")}</h1>
        <p className="max-w-3xl text-slate-600">
          {t("countries.intro")}
          {selected ? "" : ` ${t("countries.participating", { count: view.participating })}`} {t("countries.pick")}
        </p>
      </header>
      <SelectionForm options={listSelectableEntities({ db, perKindLimit: 25, include: selected })} value={selParam} />
      {params.selectionError ? (
        <p className="rounded-md bg-amber-50 p-3 text-sm text-amber-800" role="alert" data-testid="selection-error">
          {t("countries.showingEverything", { message: params.selectionError })}
        </p>
      ) : null}
      {notFoundSelection ? (
        <p className="rounded-md bg-amber-50 p-3 text-sm text-amber-800" role="alert" data-testid="selection-error">
          {t("countries.notRecorded", { selection: selectionParam(params.selection) })}
        </p>
      ) : null}
      {selected ? (
        <p className="text-sm text-slate-700" data-testid="selection-summary">
          {t(`kinds.${selected.kind}.one`)}:{" "}
          <Link href={entityPath(selected)} className="font-medium text-brand-700 hover:underline">
            <BilingualName nameEn={selected.nameEn} nameZh={selected.nameZh} />
          </Link>{" "}
          — {t("countries.selectionSummary", { count: view.tableRows.length })}{" "}
          <Link href="/countries" className="text-brand-700 hover:underline">
            {t("common.clear")}
          </Link>
        </p>
      ) : null}
      {selected && selectedName ? <CompletenessBanner participation={participation} name={selectedName} /> : null}
      <WorldMap
        countries={view.map}
        legend={view.legend}
        legendTitle={view.legendTitle}
        caption={selected ? t("countries.mapCaptionSelected", { name: selectedName ?? "" }) : t("countries.mapCaption")}
      />
      <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <Link href={`/countries/matrix${query}`} className="text-brand-700 hover:underline" data-testid="matrix-link">
          {selected ? t("countries.matrixParts") : t("countries.matrix")}
        </Link>
        <a href={withExportLang({ href: `/countries/matrix.csv${query}`, locale })} className="text-brand-700 hover:underline" data-testid="matrix-csv-link" download>
          {t("countries.matrixCsv")}
        </a>
        <a href={`/api/countries${query}`} className="text-slate-500 hover:underline">
          JSON
        </a>
      </p>
      <CountryTable
        rows={view.tableRows.slice(tablePage.offset, tablePage.offset + ROWS_PER_PAGE)}
        total={view.tableRows.length}
        roles={view.roles}
        sort={params.sort}
        dir={params.dir}
        selectionParam={selParam}
        selectionName={selectedName}
      />
      <PageLinks page={tablePage.page} pages={tablePage.pages} label={t("countries.tablePages")} hrefFor={tablePageHref} testId="country-table-pages" />
    </div>
  );
}
