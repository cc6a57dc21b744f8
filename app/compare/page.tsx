import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { MultiCombobox } from "@/app/_components/multi-combobox";
import { listSelectedOptions } from "@/lib/options/list-selected-options";
import { isLocale, localizeHref } from "@/lib/i18n/locales";
import { pickNames, withNameZhForLocale } from "@/lib/i18n/content-language";
import { listNamedCountries, readComparedCountries } from "@/lib/countries/read-compared-countries";
import Link from "@/app/_components/locale-link";
import { BilingualName } from "@/app/_components/bilingual-name";
import { getDb } from "@/db";
import { useFormatter, useTranslations } from "next-intl";
import { loadComparison } from "@/lib/countries/load-comparison";
import { getParticipationByEntity } from "@/db/queries/content";
import { listsWorthNoting } from "@/lib/participation/completeness";
import { CompareTable, OnlyList } from "./_components/compare-lists";
import type { CompareRow } from "@/lib/countries/compare-countries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("compare.title") };
}

/** Rows shown per list at first, and how many more each "show more" adds: big actors share thousands of events. */
const FIRST_ROWS = 25;
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
  const incompleteIds = [...new Set([...byEntity.entries()].filter(([, ps]) => listsWorthNoting(ps).some((p) => !p.complete)).map(([id]) => id))];
  // the lists are client components: their Chinese names go in the page's script, converted here
  const shownRows = (rows: CompareRow[]) => rows.slice(0, rowLimit).map((r) => ({ ...r, entity: withNameZhForLocale({ row: r.entity, locale }) }));
  const nameOf = (c: { nameEn: string; nameZh: string | null }) => pickNames({ nameEn: c.nameEn, nameZh: c.nameZh, locale }).primary.text;

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold">{t("compare.title")}</h1>
        <form method="get" action={localizeHref({ href: "/compare", locale })} className="grid max-w-2xl gap-2 sm:grid-cols-[1fr_1fr_auto] sm:items-end" data-testid="compare-form">
          <MultiCombobox
            name="countries"
            label={t("compare.picker")}
            kind="country"
            selected={listSelectedOptions({ db, kind: "country", keys: codes, locale })}
            testId="compare-picker"
          />
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
                  <CompareTable rows={shownRows(result.comparison.shared)} countries={codes} testId="compare-shared" incomplete={incompleteIds} />
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
              <CompareTable rows={shownRows(result.comparison.some)} countries={codes} testId="compare-some" incomplete={incompleteIds} />
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
                    <OnlyList rows={shownRows(result.comparison.only[c.iso3])} iso3={c.iso3} incomplete={incompleteIds} />
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
