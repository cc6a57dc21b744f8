import type { Metadata } from "next";
import Link from "@/app/_components/locale-link";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { parseCountriesParams, selectionParam } from "@/lib/countries/country-params";
import { loadParticipationMatrix } from "@/lib/countries/load-matrix";
import { limitMatrixColumns, matrixColumnLabels } from "@/lib/countries/participation-matrix";
import { roleLabel } from "@/lib/countries/participation-roles";
import { formatPartialDate, isPartialDate } from "@/lib/dates/partial-date";
import { entityPath } from "@/lib/entities/entity-url";

export const metadata: Metadata = { title: "Participation matrix" };

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
  return (
    <div className="space-y-4">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold">Participation matrix</h1>
        <p className="text-slate-600">
          {selected ? (
            <>
              Countries ×{" "}
              <Link href={entityPath(selected)} className="text-brand-700 hover:underline">
                {selected.nameEn}
              </Link>{" "}
              and its meetings or parts.
            </>
          ) : (
            "Countries × initiatives, resolutions, organisations and events."
          )}{" "}
          Each cell is the country&apos;s role.
        </p>
        <p className="flex flex-wrap gap-x-4 text-sm">
          <a href={`/countries/matrix.csv${query}`} className="text-brand-700 hover:underline" data-testid="matrix-csv-link" download>
            Download CSV ({full.rows.length} countries × {full.totalColumns} columns)
          </a>
          <Link href={`/countries${query}`} className="text-brand-700 hover:underline">
            Back to the map
          </Link>
        </p>
        {matrix.columns.length < matrix.totalColumns ? (
          <p className="text-sm text-amber-800" data-testid="matrix-limited">
            Showing the {matrix.columns.length} most attended of {matrix.totalColumns} columns; the CSV has them all.
          </p>
        ) : null}
      </header>
      {matrix.rows.length ? (
        <div className="max-h-[75vh] overflow-auto rounded-lg border border-slate-200 bg-white">
          <table className="text-xs [&_td]:px-2 [&_td]:py-1" data-testid="matrix-table">
            <thead className="sticky top-0 z-10 bg-slate-100 text-left align-bottom text-slate-600">
              <tr>
                <th scope="col" className="sticky left-0 z-20 bg-slate-100 px-2 py-2">
                  Country
                </th>
                {matrix.columns.map((c, i) => (
                  <th key={c.id} scope="col" className="min-w-28 max-w-40 px-2 py-2 font-medium">
                    <Link href={entityPath(c)} className="line-clamp-3 hover:underline" title={c.nameEn}>
                      {labels[i]}
                    </Link>
                    {c.date && isPartialDate(c.date) ? <span className="block font-normal text-slate-500">{formatPartialDate({ date: c.date })}</span> : null}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {matrix.rows.map((r) => (
                <tr key={r.country.id} className="border-t border-slate-100" data-testid="matrix-row" data-iso3={r.country.iso3}>
                  <th scope="row" className="sticky left-0 bg-white px-2 py-1 text-left font-normal whitespace-nowrap">
                    <Link href={`/countries/${r.country.iso3}`} className="text-brand-700 hover:underline">
                      {r.country.nameEn}
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
        <p className="text-slate-500">No participation recorded yet.</p>
      )}
    </div>
  );
}
