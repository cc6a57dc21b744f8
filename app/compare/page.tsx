import type { Metadata } from "next";
import Link from "@/app/_components/locale-link";
import { BilingualName } from "@/app/_components/bilingual-name";
import { PartialDateLabel } from "@/app/_components/partial-date-label";
import { getDb } from "@/db";
import type { CompareRow } from "@/lib/countries/compare-countries";
import { compareCountriesSchema } from "@/lib/countries/country-params";
import { loadComparison } from "@/lib/countries/load-comparison";
import { roleLabel } from "@/lib/countries/participation-roles";
import { entityPath, KIND_LABELS } from "@/lib/entities/entity-url";

export const metadata: Metadata = { title: "Compare countries" };

function entityLabel(e: CompareRow["entity"]) {
  return e.kind === "resolution" && e.symbol ? `${e.symbol} ${e.nameEn}` : e.nameEn;
}

function CompareTable({ rows, countries, testId }: { rows: CompareRow[]; countries: string[]; testId: string }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-sm" data-testid={testId}>
        <thead className="bg-slate-100 text-left text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">Initiative, resolution, organisation or event</th>
            {countries.map((c) => (
              <th key={c} scope="col" className="px-3 py-2 font-medium">{c}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.entity.id} className="border-t border-slate-100 align-top" data-testid="compare-row">
              <th scope="row" className="px-3 py-2 text-left font-normal">
                <Link href={entityPath(r.entity)} className="text-brand-700 hover:underline">
                  <BilingualName nameEn={entityLabel(r.entity)} nameZh={r.entity.nameZh} />
                </Link>
                <span className="ml-2 text-xs text-slate-500">
                  {KIND_LABELS[r.entity.kind].en} <PartialDateLabel date={r.entity.date} />
                </span>
              </th>
              {countries.map((c) => (
                <td key={c} className="px-3 py-2 text-slate-700">
                  {r.roles[c].length ? r.roles[c].map(roleLabel).join(", ") : <span className="text-slate-300">—</span>}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export default async function ComparePage(props: PageProps<"/compare">) {
  const raw = (await props.searchParams).countries;
  // Accept both ?countries=CHN,ZMB and the table's checkboxes (?countries=CHN&countries=ZMB).
  const joined = Array.isArray(raw) ? raw.join(",") : (raw ?? "");
  const parsed = joined ? compareCountriesSchema.safeParse(joined) : null;
  const result = parsed?.success ? loadComparison({ db: getDb(), codes: parsed.data }) : null;
  const codes = result?.countries.map((c) => c.iso3) ?? [];

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold">
          Compare countries <span lang="zh" className="text-lg font-normal text-slate-500">国家比较</span>
        </h1>
        <form method="get" action="/compare" className="flex max-w-xl flex-wrap gap-2">
          <label htmlFor="compare-countries" className="sr-only">ISO codes of the countries to compare</label>
          <input
            id="compare-countries"
            name="countries"
            defaultValue={parsed?.success ? parsed.data.join(",") : joined}
            placeholder="CHN,ZMB,FRA"
            className="min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-3 py-2 uppercase"
            data-testid="compare-input"
          />
          <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 text-white hover:bg-brand-700">Compare</button>
        </form>
        <p className="text-sm text-slate-500">Up to six ISO 3166-1 alpha-3 codes, separated by commas.</p>
      </header>
      {parsed && !parsed.success ? (
        <p className="rounded-md bg-amber-50 p-3 text-sm text-amber-800" role="alert" data-testid="compare-error">
          {parsed.error.issues[0]?.message}
        </p>
      ) : null}
      {result?.unknown.length ? (
        <p className="rounded-md bg-amber-50 p-3 text-sm text-amber-800" role="alert" data-testid="compare-error">
          No country with the code {result.unknown.join(", ")}.
        </p>
      ) : null}
      {result && result.countries.length ? (
        <>
          <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3" data-testid="compare-countries">
            {result.countries.map((c) => (
              <li key={c.iso3} className="rounded-lg border border-slate-200 bg-white p-3" data-testid="compare-country" data-iso3={c.iso3}>
                <Link href={`/countries/${c.iso3}`} className="font-medium text-brand-700 hover:underline">
                  <BilingualName nameEn={c.nameEn} nameZh={c.nameZh} />
                </Link>
                <p className="text-sm text-slate-600">
                  {result.totals[c.iso3]} in total · {result.comparison.only[c.iso3].length} only {c.iso3}
                </p>
              </li>
            ))}
          </ul>
          {codes.length > 1 ? (
            <section className="space-y-2">
              <h2 className="text-lg font-semibold">
                Shared by all {codes.length} <span className="text-base font-normal text-slate-500">{result.comparison.shared.length}</span>
              </h2>
              {result.comparison.shared.length ? (
                <CompareTable rows={result.comparison.shared} countries={codes} testId="compare-shared" />
              ) : (
                <p className="text-sm text-slate-500" data-testid="compare-shared-empty">Nothing recorded that all of them take part in.</p>
              )}
            </section>
          ) : null}
          {result.comparison.some.length ? (
            <section className="space-y-2">
              <h2 className="text-lg font-semibold">
                Shared by some <span className="text-base font-normal text-slate-500">{result.comparison.some.length}</span>
              </h2>
              <CompareTable rows={result.comparison.some} countries={codes} testId="compare-some" />
            </section>
          ) : null}
          <section className="space-y-2">
            <h2 className="text-lg font-semibold">Only one of them</h2>
            <div className="grid gap-3 md:grid-cols-2 lg:grid-cols-3">
              {result.countries.map((c) => (
                <section key={c.iso3} className="rounded-lg border border-slate-200 bg-white p-3" data-testid={`compare-only-${c.iso3}`}>
                  <h3 className="mb-1 font-medium">
                    Only {c.nameEn} <span className="text-sm font-normal text-slate-500">{result.comparison.only[c.iso3].length}</span>
                  </h3>
                  {result.comparison.only[c.iso3].length ? (
                    <ul className="space-y-1 text-sm">
                      {result.comparison.only[c.iso3].map((r) => (
                        <li key={r.entity.id}>
                          <Link href={entityPath(r.entity)} className="text-brand-700 hover:underline">
                            <BilingualName nameEn={entityLabel(r.entity)} nameZh={r.entity.nameZh} />
                          </Link>
                          <span className="ml-1.5 text-xs text-slate-500">
                            {r.roles[c.iso3].map(roleLabel).join(", ")} · <PartialDateLabel date={r.entity.date} />
                          </span>
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <p className="text-sm text-slate-500">Nothing of its own.</p>
                  )}
                </section>
              ))}
            </div>
          </section>
        </>
      ) : null}
      {!parsed ? (
        <p className="text-sm text-slate-600">
          For example: <Link href="/compare?countries=CHN,ZMB,FRA" className="text-brand-700 hover:underline">China, Zambia and France</Link>.
        </p>
      ) : null}
    </div>
  );
}
