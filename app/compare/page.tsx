import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { MultiCombobox } from "@/app/_components/multi-combobox";
import { buildComboboxOptions } from "@/lib/i18n/build-combobox-options";
import { isLocale, localizeHref } from "@/lib/i18n/locales";
import { pickNames } from "@/lib/i18n/content-language";
import { listNamedCountries, readComparedCountries } from "@/lib/countries/read-compared-countries";
import Link from "@/app/_components/locale-link";
import { BilingualName } from "@/app/_components/bilingual-name";
import { PartialDateLabel } from "@/app/_components/partial-date-label";
import { getDb } from "@/db";
import type { CompareRow } from "@/lib/countries/compare-countries";
import { loadComparison } from "@/lib/countries/load-comparison";
import { getParticipationByEntity } from "@/db/queries/content";
import { entityPath } from "@/lib/entities/entity-url";
import { listsWorthNoting } from "@/lib/participation/completeness";
import { useFormatter, useTranslations } from "next-intl";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("compare.title") };
}

/** Rows shown per list at first, and how many more each "show more" adds: big actors share thousands of events. */
const FIRST_ROWS = 30;
const MORE_ROWS = 100;
const MAX_ROWS = 2000;

function readRowLimit(raw: string | string[] | undefined): number {
  const n = Number(Array.isArray(raw) ? raw[0] : raw);
  return Number.isInteger(n) && n >= FIRST_ROWS ? Math.min(n, MAX_ROWS) : FIRST_ROWS;
}

/** "Showing 30 of 3,012" under a cut list, with a link that shows more of every list. */
function MoreRows({ shown, total, moreHref }: { shown: number; total: number; moreHref: string }) {
  const t = useTranslations();
  const format = useFormatter();
  if (shown >= total) return null;
  return (
    <p className="text-sm text-slate-600" data-testid="compare-more">
      {t("compare.showing", { shown: format.number(shown), total: format.number(total) })}{" "}
      {shown < MAX_ROWS ? (
        <Link href={moreHref} className="text-brand-700 hover:underline" scroll={false}>
          {t("compare.showMore")}
        </Link>
      ) : null}
    </p>
  );
}

function entityLabel(e: CompareRow["entity"]) {
  return e.kind === "resolution" && e.symbol ? `${e.symbol} ${e.nameEn}` : e.nameEn;
}

/** Beside an entity whose list is incomplete: a blank cell may be a participant the atlas does not know of. */
function IncompleteListMark({ entityId, incomplete }: { entityId: number; incomplete: Set<number> }) {
  const t = useTranslations();
  if (!incomplete.has(entityId)) return null;
  return (
    <span className="ml-2 rounded bg-amber-50 px-1 text-xs text-amber-800" title={t("compare.incompleteTitle")} data-testid="compare-partial">
      {t("compare.incomplete")}
    </span>
  );
}

function CompareTable({ rows, countries, testId, incomplete }: { rows: CompareRow[]; countries: string[]; testId: string; incomplete: Set<number> }) {
  const t = useTranslations();
  const roleLabel = (role: string) => (t.has(`roles.plain.${role}`) ? t(`roles.plain.${role}`) : role);
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-sm" data-testid={testId}>
        <thead className="bg-slate-100 text-left text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">
              {t("compare.entityColumn")}
            </th>
            {countries.map((c) => (
              <th key={c} scope="col" className="px-3 py-2 font-medium">
                {c}
              </th>
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
                  {t(`kinds.${r.entity.kind}.one`)} <PartialDateLabel date={r.entity.date} />
                </span>
                <IncompleteListMark entityId={r.entity.id} incomplete={incomplete} />
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
  const searchParams = await props.searchParams;
  const raw = searchParams.countries;
  const rowLimit = readRowLimit(searchParams.rows);
  // Accept both ?countries=CHN,ZMB and the table's checkboxes (?countries=CHN&countries=ZMB).
  // Countries may be named by code, English or Chinese name, or alias (?countries=China,UK,赞比亚).
  const joined = Array.isArray(raw) ? raw.join(",") : (raw ?? "");
  const t = await getTranslations();
  const rawLocale = await getLocale();
  const locale = isLocale(rawLocale) ? rawLocale : "en";
  const db = getDb();
  const named = listNamedCountries({ db });
  const read = joined.trim() ? readComparedCountries({ countries: named, input: joined }) : null;
  const result = read?.codes.length ? loadComparison({ db, codes: read.codes }) : null;
  const codes = result?.countries.map((c) => c.iso3) ?? [];
  const moreHref = `/compare?countries=${codes.join(",")}&rows=${rowLimit + MORE_ROWS}`;
  const compared = result ? [...result.comparison.shared, ...result.comparison.some, ...Object.values(result.comparison.only).flat()] : [];
  const byEntity = getParticipationByEntity({ db: getDb(), entityIds: compared.map((r) => r.entity.id) });
  const incomplete = new Set([...byEntity.entries()].filter(([, ps]) => listsWorthNoting(ps).some((p) => !p.complete)).map(([id]) => id));
  const roleLabel = (role: string) => (t.has(`roles.plain.${role}`) ? t(`roles.plain.${role}`) : role);
  const nameOf = (c: { nameEn: string; nameZh: string | null }) => pickNames({ nameEn: c.nameEn, nameZh: c.nameZh, locale }).primary.text;
  const pickerOptions = buildComboboxOptions({ options: named.map((c) => ({ key: c.iso3, nameEn: c.nameEn, nameZh: c.nameZh })), locale, codes: "key" });

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold">{t("compare.title")}</h1>
        <form method="get" action={localizeHref({ href: "/compare", locale })} className="grid max-w-2xl gap-2 sm:grid-cols-[1fr_1fr_auto] sm:items-end" data-testid="compare-form">
          <MultiCombobox name="countries" label={t("compare.picker")} options={pickerOptions} selected={codes} testId="compare-picker" />
          <label className="block text-sm">
            <span className="block text-slate-600">{t("compare.typeNames")}</span>
            <input
              id="compare-countries"
              name="countries"
              defaultValue={result ? "" : joined}
              placeholder="China, UK, 赞比亚, FRA"
              aria-describedby="compare-hint"
              className="w-full min-w-0 rounded-md border border-slate-300 bg-white px-2 py-1.5"
              data-testid="compare-input"
            />
          </label>
          <button type="submit" className="rounded-md bg-brand-600 px-4 py-1.5 text-white hover:bg-brand-700" data-testid="compare-submit">
            {t("compare.submit")}
          </button>
        </form>
        <p id="compare-hint" className="text-sm text-slate-500">
          {t("compare.hint")}
        </p>
      </header>
      {read && (read.unknown.length || read.ambiguous.length || read.tooMany) ? (
        <div className="rounded-md bg-amber-50 p-3 text-sm text-amber-800" role="alert" data-testid="compare-error">
          {read.unknown.length ? <p>{t("compare.unknown", { names: read.unknown.join(", ") })}</p> : null}
          {read.ambiguous.map((a) => (
            <p key={a.term}>{t("compare.ambiguous", { name: a.term, options: a.codes.join(", ") })}</p>
          ))}
          {read.tooMany ? <p>{t("compare.tooMany")}</p> : null}
        </div>
      ) : null}
      {result && result.countries.length ? (
        <>
          <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3" data-testid="compare-countries">
            {result.countries.map((c) => (
              <li key={c.iso3} className="rounded-lg border border-slate-200 bg-white p-3" data-testid="compare-country" data-iso3={c.iso3}>
                <Link href={`/countries/${c.iso3}`} className="font-medium text-brand-700 hover:underline">
                  <BilingualName nameEn={c.nameEn} nameZh={c.nameZh} />
                </Link>
                <p className="text-sm text-slate-600">{t("compare.totals", { total: result.totals[c.iso3], only: result.comparison.only[c.iso3].length, code: c.iso3 })}</p>
              </li>
            ))}
          </ul>
          {codes.length > 1 ? (
            <section className="space-y-2">
              <h2 className="text-lg font-semibold">
                {t("compare.sharedByAll", { count: codes.length })} <span className="text-base font-normal text-slate-500">{result.comparison.shared.length}</span>
              </h2>
              {result.comparison.shared.length ? (
                <>
                  <CompareTable rows={result.comparison.shared.slice(0, rowLimit)} countries={codes} testId="compare-shared" incomplete={incomplete} />
                  <MoreRows shown={Math.min(rowLimit, result.comparison.shared.length)} total={result.comparison.shared.length} moreHref={moreHref} />
                </>
              ) : (
                <p className="text-sm text-slate-500" data-testid="compare-shared-empty">
                  {t("compare.sharedEmpty")}
                </p>
              )}
            </section>
          ) : null}
          {result.comparison.some.length ? (
            <section className="space-y-2">
              <h2 className="text-lg font-semibold">
                {t("compare.sharedBySome")} <span className="text-base font-normal text-slate-500">{result.comparison.some.length}</span>
              </h2>
              <CompareTable rows={result.comparison.some.slice(0, rowLimit)} countries={codes} testId="compare-some" incomplete={incomplete} />
              <MoreRows shown={Math.min(rowLimit, result.comparison.some.length)} total={result.comparison.some.length} moreHref={moreHref} />
            </section>
          ) : null}
          <section className="space-y-2">
            <h2 className="text-lg font-semibold">{t("compare.onlyOne")}</h2>
            <div className="grid gap-3 md:grid-cols-2 lg:grid-cols-3">
              {result.countries.map((c) => (
                <section key={c.iso3} className="rounded-lg border border-slate-200 bg-white p-3" data-testid={`compare-only-${c.iso3}`}>
                  <h3 className="mb-1 font-medium">
                    {t("compare.onlyCountry", { name: nameOf(c) })} <span className="text-sm font-normal text-slate-500">{result.comparison.only[c.iso3].length}</span>
                  </h3>
                  {result.comparison.only[c.iso3].length ? (
                    <ul className="space-y-1 text-sm">
                      {result.comparison.only[c.iso3].slice(0, rowLimit).map((r) => (
                        <li key={r.entity.id}>
                          <Link href={entityPath(r.entity)} className="text-brand-700 hover:underline">
                            <BilingualName nameEn={entityLabel(r.entity)} nameZh={r.entity.nameZh} />
                          </Link>
                          <span className="ml-1.5 text-xs text-slate-500">
                            {r.roles[c.iso3].map(roleLabel).join(", ")} · <PartialDateLabel date={r.entity.date} />
                          </span>
                          <IncompleteListMark entityId={r.entity.id} incomplete={incomplete} />
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <p className="text-sm text-slate-500">{t("compare.nothingOwn")}</p>
                  )}
                  {result.comparison.only[c.iso3].length > rowLimit ? <MoreRows shown={rowLimit} total={result.comparison.only[c.iso3].length} moreHref={moreHref} /> : null}
                </section>
              ))}
            </div>
          </section>
        </>
      ) : null}
      {!read ? (
        <p className="text-sm text-slate-600">
          {t("compare.example")}{" "}
          <Link href="/compare?countries=CHN,ZMB,FRA" className="text-brand-700 hover:underline">
            {t("compare.exampleLink")}
          </Link>
        </p>
      ) : null}
    </div>
  );
}
