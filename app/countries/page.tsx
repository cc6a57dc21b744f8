import type { Metadata } from "next";
import Link from "@/app/_components/locale-link";
import { getDb } from "@/db";
import { listCountryParticipationCounts, listSelectableEntities } from "@/db/queries/countries";
import { parseCountriesParams, selectionParam } from "@/lib/countries/country-params";
import { buildCountriesView } from "@/lib/countries/countries-view";
import { resolveSelection } from "@/lib/countries/resolve-selection";
import { entityPath, KIND_LABELS } from "@/lib/entities/entity-url";
import { CountryTable } from "./_components/country-table";
import { SelectionForm } from "./_components/selection-form";
import { WorldMap } from "./_components/world-map";

export const metadata: Metadata = { title: "Countries" };

export default async function CountriesPage(props: PageProps<"/countries">) {
  const params = parseCountriesParams(await props.searchParams);
  const db = getDb();
  const { selected, scope } = resolveSelection({ db, selection: params.selection });
  const rows = listCountryParticipationCounts({ db, scope });
  const selectedName = selected ? (selected.kind === "resolution" && selected.symbol ? selected.symbol : selected.nameEn) : null;
  const view = buildCountriesView({ rows, selected: selectedName ? { name: selectedName } : null, sort: params.sort, dir: params.dir });
  const selParam = selected ? selectionParam(params.selection) : "";
  const query = selParam ? `?selection=${encodeURIComponent(selParam)}` : "";
  const notFoundSelection = params.selection && !selected;

  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold">
          Countries <span lang="zh" className="text-lg font-normal text-slate-500">国家</span>
        </h1>
        <p className="max-w-3xl text-slate-600">
          Who founds, chairs, hosts, sponsors, joins or attends what in AI governance.
          {selected ? "" : ` ${view.participating} countries have recorded participation.`} Pick an initiative, resolution, organisation or event to see who is in it.
        </p>
      </header>
      <SelectionForm options={listSelectableEntities({ db })} value={selParam} />
      {params.selectionError ? (
        <p className="rounded-md bg-amber-50 p-3 text-sm text-amber-800" role="alert" data-testid="selection-error">
          {params.selectionError}. Showing everything.
        </p>
      ) : null}
      {notFoundSelection ? (
        <p className="rounded-md bg-amber-50 p-3 text-sm text-amber-800" role="alert" data-testid="selection-error">
          Nothing is recorded under “{selectionParam(params.selection)}”. Showing everything.
        </p>
      ) : null}
      {selected ? (
        <p className="text-sm text-slate-700" data-testid="selection-summary">
          {KIND_LABELS[selected.kind].en}:{" "}
          <Link href={entityPath(selected)} className="font-medium text-brand-700 hover:underline">
            {selected.nameEn}
          </Link>
          {selected.nameZh ? <span lang="zh" className="ml-1.5 text-slate-500">{selected.nameZh}</span> : null} —{" "}
          {view.tableRows.length} {view.tableRows.length === 1 ? "country" : "countries"}, including those at its meetings or parts.{" "}
          <Link href="/countries" className="text-brand-700 hover:underline">Clear</Link>
        </p>
      ) : null}
      <WorldMap
        countries={view.map}
        legend={view.legend}
        legendTitle={view.legendTitle}
        caption={selected ? `World map of the countries taking part in ${selectedName}` : "World map of countries coloured by how many things they take part in"}
      />
      <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <Link href={`/countries/matrix${query}`} className="text-brand-700 hover:underline" data-testid="matrix-link">
          Participation matrix (countries × {selected ? "its parts" : "initiatives, resolutions, events"})
        </Link>
        <a href={`/countries/matrix.csv${query}`} className="text-brand-700 hover:underline" data-testid="matrix-csv-link" download>
          Download matrix as CSV
        </a>
        <a href={`/api/countries${query}`} className="text-slate-500 hover:underline">JSON</a>
      </p>
      <CountryTable rows={view.tableRows} roles={view.roles} sort={params.sort} dir={params.dir} selectionParam={selParam} selectionName={selectedName} />
    </div>
  );
}
