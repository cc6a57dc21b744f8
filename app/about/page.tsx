import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { withExportLang } from "@/lib/i18n/locales";
import Link from "@/app/_components/locale-link";
import { getDb } from "@/db";
import { getAtlasCoverage } from "@/db/queries/coverage";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t("about.title"), description: t("about.description") };
}

/** Provenance and coverage, for readers who need to know how far to trust and how to cite what they find. */
export default async function AboutPage() {
  const coverage = getAtlasCoverage({ db: getDb() });
  const { relations, articles, mentions } = coverage;
  const t = await getTranslations();
  const locale = await getLocale();
  // export links carry the page's language (?lang=zh): headers and titles in Chinese on a Chinese page
  const exportHref = (href: string) => withExportLang({ href, locale });
  return (
    <article className="max-w-3xl space-y-6 text-slate-800 [&_a]:text-brand-700 [&_a]:underline [&_a]:underline-offset-2 [&_h2]:mt-2 [&_h2]:text-lg [&_h2]:font-semibold">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold">{t("about.title")}</h1>
        <p>{t("about.intro")}</p>
      </header>

      <section aria-labelledby="coverage" className="space-y-2">
        <h2 id="coverage">{t("about.holdsToday")}</h2>
        <table className="w-full text-sm" data-testid="coverage-table">
          <thead>
            <tr className="border-b border-slate-200 text-left text-slate-600">
              <th className="py-1.5 font-medium">{t("about.kind")}</th>
              <th className="py-1.5 text-right font-medium">{t("about.confirmed")}</th>
              <th className="py-1.5 text-right font-medium">{t("about.sourced")}</th>
              <th className="py-1.5 text-right font-medium">{t("about.proposed")}</th>
            </tr>
          </thead>
          <tbody>
            {coverage.entities.map((e) => (
              <tr key={e.kind} className="border-b border-slate-100" data-testid="coverage-row" data-kind={e.kind}>
                <td className="py-1.5">{t.has(`about.kinds.${e.kind}`) ? t(`about.kinds.${e.kind}`) : e.kind}</td>
                <td className="py-1.5 text-right tabular-nums">{t("about.number", { n: e.confirmed })}</td>
                <td className="py-1.5 text-right tabular-nums">{t("about.number", { n: e.sourced })}</td>
                <td className="py-1.5 text-right tabular-nums">{t("about.number", { n: e.proposed })}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="text-sm" data-testid="coverage-relations">
          {t.rich("about.relations", {
            confirmed: relations.confirmed,
            sourced: relations.sourced,
            partial: relations.partialLists,
            link: (chunks) => (
              <Link href="/about/coverage" data-testid="coverage-link">
                {chunks}
              </Link>
            ),
          })}{" "}
          {t("about.suggested", { count: relations.suggested })}{" "}
          {t("about.articles", { count: articles.zh + articles.en, zh: articles.zh, en: articles.en, confirmed: mentions.confirmed, suggested: mentions.suggested })}
        </p>
      </section>

      <section aria-labelledby="provenance" className="space-y-2">
        <h2 id="provenance">{t("about.provenanceTitle")}</h2>
        <ul className="list-disc space-y-1 pl-5 text-sm">
          <li>{t("about.provenanceCurated")}</li>
          <li>{t("about.provenanceCountries")}</li>
          <li>{t("about.provenanceArticles")}</li>
          <li>{t("about.provenanceHistory")}</li>
        </ul>
      </section>

      <section aria-labelledby="linking" className="space-y-2">
        <h2 id="linking">{t("about.linkingTitle")}</h2>
        <p className="text-sm">{t("about.linking")}</p>
      </section>

      <section aria-labelledby="reuse" className="space-y-2">
        <h2 id="reuse">{t("about.reuseTitle")}</h2>
        <ul className="list-disc space-y-1 pl-5 text-sm">
          <li>
            JSON: <code>/api/search</code>, <code>/api/entities/&#123;kind&#125;/&#123;slug&#125;</code>, <code>/api/articles/&#123;slug&#125;</code>, <code>/api/timeline</code>,{" "}
            <code>/api/countries</code>
            {t("about.reuseJson")}
          </li>
          <li>
            {t("about.reuseTimeline")} <Link href={exportHref("/timeline.csv")}>CSV</Link>, <Link href={exportHref("/timeline.ics")}>iCalendar</Link>,{" "}
            <Link href={exportHref("/feed.xml")}>{t("timeline.exportAtom")}</Link>
            {t("about.reuseMatrix")} <Link href={exportHref("/countries/matrix.csv")}>CSV</Link>
            {t("participation.end")}
          </li>
          <li>{t("about.cite")}</li>
        </ul>
      </section>
    </article>
  );
}
