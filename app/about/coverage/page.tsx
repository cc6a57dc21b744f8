import type { Metadata } from "next";
import Link from "@/app/_components/locale-link";
import { getFormatter, getTranslations } from "next-intl/server";
import { BilingualName } from "@/app/_components/bilingual-name";
import { PartialDateLabel } from "@/app/_components/partial-date-label";
import { connection } from "next/server";
import { SourceQualityLabel } from "@/app/_components/source-quality-label";
import { getDb } from "@/db";
import { getContentCoverage } from "@/db/queries/content-coverage";
import { SOURCE_QUALITIES } from "@/db/schema";
import { entityPath } from "@/lib/urls/entity-url";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t("coverage.title"), description: t("coverage.description") };
}

/** The atlas's own review: what is complete, what is partial, how good the sources are, what still lacks Chinese. */
export default async function CoveragePage() {
  await connection(); // per request: editors work from the current figures
  const c = getContentCoverage({ db: getDb() });
  const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
  const t = await getTranslations();
  const format = await getFormatter();
  const n = (v: number) => format.number(v);
  const pct = (v: number) => format.number(v, { style: "percent", maximumFractionDigits: 0 });
  const roleList = (role: string) => (t.has(`participation.nouns.${role}`) ? t(`participation.nouns.${role}`, { count: 2 }) : role);
  return (
    <article className="max-w-4xl space-y-6 text-slate-800 [&_h2]:mt-2 [&_h2]:text-lg [&_h2]:font-semibold" data-testid="coverage-page">
      <header className="space-y-2">
        <p className="text-sm">
          <Link href="/about" className="text-brand-700 hover:underline">
            {t("about.title")}
          </Link>
        </p>
        <h1 className="text-2xl font-semibold">{t("coverage.title")}</h1>
        <p>
          {t("coverage.intro")}{" "}
          <a className="text-brand-700 underline" href="/api/coverage">
            /api/coverage
          </a>
          .
        </p>
      </header>

      <section aria-labelledby="entities" className="space-y-2">
        <h2 id="entities">{t("coverage.entitiesTitle")}</h2>
        <table className="w-full text-sm" data-testid="coverage-entities">
          <thead>
            <tr className="border-b border-slate-200 text-left text-slate-500">
              <th className="py-1 font-medium">{t("about.kind")}</th>
              <th className="py-1 text-right font-medium">{t("coverage.entities")}</th>
              <th className="py-1 text-right font-medium">{t("coverage.chineseName")}</th>
              <th className="py-1 text-right font-medium">{t("coverage.chineseDescription")}</th>
            </tr>
          </thead>
          <tbody>
            {c.entities.map((e) => (
              <tr key={e.kind} className="border-b border-slate-100" data-kind={e.kind}>
                <td className="py-1">{t(`kinds.${e.kind}.other`)}</td>
                <td className="py-1 text-right tabular-nums">{n(e.total)}</td>
                <td className="py-1 text-right tabular-nums">
                  {n(e.nameZh)} ({n(e.nameZhOfficial)} / {n(e.nameZhTranslated)})
                </td>
                <td className="py-1 text-right tabular-nums">{t("coverage.of", { part: n(e.descriptionZh), whole: n(e.withDescription) })}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="text-sm" data-testid="coverage-missing-chinese">
          {t("coverage.missingChinese", { names: n(c.chinese.missingName.length), descriptions: n(c.chinese.missingDescription.length) })}
        </p>
        {c.chinese.missingName.length + c.chinese.missingDescription.length ? (
          <ul className="list-disc pl-5 text-sm">
            {[...c.chinese.missingName.map((e) => ({ ...e, what: "name" })), ...c.chinese.missingDescription.map((e) => ({ ...e, what: "description" }))].map((e) => (
              <li key={`${e.kind}:${e.slug}:${e.what}`}>
                <Link href={entityPath(e)} className="text-brand-700 hover:underline">
                  {e.nameEn}
                </Link>
                {e.what === "name" ? t("coverage.noChineseName") : t("coverage.noChineseDescription")}
              </li>
            ))}
          </ul>
        ) : null}
      </section>

      <section aria-labelledby="lists" className="space-y-2">
        <h2 id="lists">{t("coverage.listsTitle")}</h2>
        <p className="text-sm" data-testid="coverage-lists">
          {t("coverage.lists", { total: n(c.lists.total), complete: n(c.lists.complete), partial: n(c.lists.partial), unknown: n(c.lists.totalUnknown) })}
        </p>
        <table className="w-full text-sm" data-testid="coverage-list-table">
          <thead>
            <tr className="border-b border-slate-200 text-left text-slate-500">
              <th className="py-1 font-medium">{t("coverage.list")}</th>
              <th className="py-1 text-right font-medium">{t("coverage.known")}</th>
              <th className="py-1 text-right font-medium">{t("coverage.total")}</th>
              <th className="py-1 font-medium">{t("coverage.asOf")}</th>
              <th className="py-1 font-medium">{t("coverage.state")}</th>
            </tr>
          </thead>
          <tbody>
            {c.lists.items.map((l) => (
              <tr key={`${l.kind}:${l.slug}:${l.role}`} className="border-b border-slate-100" data-testid="coverage-list" data-complete={l.complete ? "true" : "false"}>
                <td className="py-1">
                  <Link href={entityPath(l)} className="text-brand-700 hover:underline">
                    {l.name}
                  </Link>
                  {t("coverage.listOf", { what: roleList(l.role) })}
                </td>
                <td className="py-1 text-right tabular-nums">{n(l.known)}</td>
                <td className="py-1 text-right tabular-nums">{l.expectedTotal === null ? t("coverage.notRecorded") : n(l.expectedTotal)}</td>
                <td className="py-1">
                  <PartialDateLabel date={l.asOf} />
                </td>
                <td className="py-1">{l.complete ? t("coverage.complete") : l.expectedTotal === null ? t("coverage.totalUnknown") : t("coverage.partial")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="sources" className="space-y-2">
        <h2 id="sources">{t("coverage.sourcesTitle")}</h2>
        <table className="w-full text-sm" data-testid="coverage-sources">
          <thead>
            <tr className="border-b border-slate-200 text-left text-slate-500">
              <th className="py-1 font-medium">{t("coverage.quality")}</th>
              <th className="py-1 text-right font-medium">{t("coverage.sourcesCited")}</th>
              <th className="py-1 text-right font-medium">{t("coverage.relationsBacked")}</th>
            </tr>
          </thead>
          <tbody>
            {SOURCE_QUALITIES.map((q) => (
              <tr key={q} className="border-b border-slate-100" data-quality={q}>
                <td className="py-1">
                  <SourceQualityLabel quality={q} />
                </td>
                <td className="py-1 text-right tabular-nums">
                  {n(c.sources.byQuality[q])} ({pct(c.sources.total ? c.sources.byQuality[q] / c.sources.total : 0)})
                </td>
                <td className="py-1 text-right tabular-nums">
                  {n(c.relations.byQuality[q])} ({pct(sum(c.relations.byQuality) ? c.relations.byQuality[q] / sum(c.relations.byQuality) : 0)})
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="text-sm" data-testid="coverage-authoritative">
          {t("coverage.authoritative", { share: pct(c.relations.authoritativeShare) })}
        </p>
        <p className="text-sm" data-testid="coverage-stale">
          {t("coverage.stale", { sources: n(c.sources.notVerifiedWithinYear), relations: n(c.relations.notVerifiedWithinYear) })}
        </p>
      </section>

      <section aria-labelledby="countries" className="space-y-2">
        <h2 id="countries">{t("coverage.countriesTitle")}</h2>
        <p className="text-sm" data-testid="coverage-countries">
          {t("coverage.countries", {
            with: n(c.countries.unMembersWithParticipation),
            members: n(c.countries.unMembers),
            without: n(c.countries.unMembersWithoutParticipation.length),
          })}
        </p>
        {c.countries.unMembersWithoutParticipation.length ? (
          <p className="text-sm leading-relaxed">
            {c.countries.unMembersWithoutParticipation.map((m, i) => (
              <span key={m.iso3}>
                {i ? ", " : ""}
                <Link href={`/countries/${m.iso3}`} className="text-brand-700 hover:underline">
                  <BilingualName nameEn={m.nameEn} nameZh={m.nameZh} />
                </Link>
              </span>
            ))}
          </p>
        ) : null}
      </section>
    </article>
  );
}
