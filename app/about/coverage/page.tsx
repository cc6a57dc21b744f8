import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { SourceQualityLabel } from "@/app/_components/source-quality-label";
import { getDb } from "@/db";
import { getContentCoverage } from "@/db/queries/content-coverage";
import { SOURCE_QUALITIES } from "@/db/schema";
import { formatPartialDate } from "@/lib/dates/partial-date";
import { entityPath, KIND_LABELS } from "@/lib/entities/entity-url";
import { pluralOfRole } from "@/lib/participation/completeness";

export const metadata: Metadata = {
  title: "Coverage and completeness",
  description: "How complete, well-sourced and bilingual Policy Atlas is: participation lists, source quality, Chinese names and descriptions.",
};

const n = (v: number) => v.toLocaleString("en");
const pct = (v: number) => `${Math.round(v * 100)} %`;

/** The atlas's own review: what is complete, what is partial, how good the sources are, what still lacks Chinese. */
export default async function CoveragePage() {
  await connection(); // per request: editors work from the current figures
  const c = getContentCoverage({ db: getDb() });
  const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
  return (
    <article className="max-w-4xl space-y-6 text-slate-800 [&_h2]:mt-2 [&_h2]:text-lg [&_h2]:font-semibold" data-testid="coverage-page">
      <header className="space-y-2">
        <p className="text-sm">
          <Link href="/about" className="text-brand-700 hover:underline">
            About the data
          </Link>
        </p>
        <h1 className="text-2xl font-semibold">
          Coverage and completeness{" "}
          <span lang="zh" className="text-lg font-normal text-slate-500">
            覆盖范围与完整性
          </span>
        </h1>
        <p>
          How much of each list the atlas knows, how good its sources are, and what still lacks a Chinese name or description. Also as JSON:{" "}
          <a className="text-brand-700 underline" href="/api/coverage">
            /api/coverage
          </a>
          .
        </p>
      </header>

      <section aria-labelledby="entities" className="space-y-2">
        <h2 id="entities">Entities and Chinese text</h2>
        <table className="w-full text-sm" data-testid="coverage-entities">
          <thead>
            <tr className="border-b border-slate-200 text-left text-slate-500">
              <th className="py-1 font-medium">Kind</th>
              <th className="py-1 text-right font-medium">Entities</th>
              <th className="py-1 text-right font-medium">Chinese name (official / translated)</th>
              <th className="py-1 text-right font-medium">Chinese description</th>
            </tr>
          </thead>
          <tbody>
            {c.entities.map((e) => (
              <tr key={e.kind} className="border-b border-slate-100" data-kind={e.kind}>
                <td className="py-1">{KIND_LABELS[e.kind].plural}</td>
                <td className="py-1 text-right tabular-nums">{n(e.total)}</td>
                <td className="py-1 text-right tabular-nums">
                  {n(e.nameZh)} ({n(e.nameZhOfficial)} / {n(e.nameZhTranslated)})
                </td>
                <td className="py-1 text-right tabular-nums">
                  {n(e.descriptionZh)} of {n(e.withDescription)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="text-sm" data-testid="coverage-missing-chinese">
          {n(c.chinese.missingName.length)} entities lack a Chinese name and {n(c.chinese.missingDescription.length)} a Chinese description.
        </p>
        {c.chinese.missingName.length + c.chinese.missingDescription.length ? (
          <ul className="list-disc pl-5 text-sm">
            {[...c.chinese.missingName.map((e) => ({ ...e, what: "name" })), ...c.chinese.missingDescription.map((e) => ({ ...e, what: "description" }))].map((e) => (
              <li key={`${e.kind}:${e.slug}:${e.what}`}>
                <Link href={entityPath(e)} className="text-brand-700 hover:underline">
                  {e.nameEn}
                </Link>
                : no Chinese {e.what}
              </li>
            ))}
          </ul>
        ) : null}
      </section>

      <section aria-labelledby="lists" className="space-y-2">
        <h2 id="lists">Participation lists</h2>
        <p className="text-sm" data-testid="coverage-lists">
          {n(c.lists.total)} lists: {n(c.lists.complete)} complete, {n(c.lists.partial)} partial (fewer known than the stated total), {n(c.lists.totalUnknown)} without a recorded
          total.
        </p>
        <table className="w-full text-sm" data-testid="coverage-list-table">
          <thead>
            <tr className="border-b border-slate-200 text-left text-slate-500">
              <th className="py-1 font-medium">List</th>
              <th className="py-1 text-right font-medium">Known</th>
              <th className="py-1 text-right font-medium">Total</th>
              <th className="py-1 font-medium">As of</th>
              <th className="py-1 font-medium">State</th>
            </tr>
          </thead>
          <tbody>
            {c.lists.items.map((l) => (
              <tr key={`${l.kind}:${l.slug}:${l.role}`} className="border-b border-slate-100" data-testid="coverage-list" data-complete={l.complete ? "true" : "false"}>
                <td className="py-1">
                  <Link href={entityPath(l)} className="text-brand-700 hover:underline">
                    {l.name}
                  </Link>
                  : {pluralOfRole(l.role)}
                </td>
                <td className="py-1 text-right tabular-nums">{n(l.known)}</td>
                <td className="py-1 text-right tabular-nums">{l.expectedTotal === null ? "not recorded" : n(l.expectedTotal)}</td>
                <td className="py-1">{l.asOf ? formatPartialDate({ date: l.asOf }) : ""}</td>
                <td className="py-1">{l.complete ? "complete" : l.expectedTotal === null ? "total unknown" : "partial"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="sources" className="space-y-2">
        <h2 id="sources">Sources by quality</h2>
        <table className="w-full text-sm" data-testid="coverage-sources">
          <thead>
            <tr className="border-b border-slate-200 text-left text-slate-500">
              <th className="py-1 font-medium">Quality</th>
              <th className="py-1 text-right font-medium">Sources cited by entities</th>
              <th className="py-1 text-right font-medium">Relations backed</th>
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
          {pct(c.relations.authoritativeShare)} of sourced relations rest on a primary or official source. Primary: the instrument itself or its official host; official: a
          government or intergovernmental statement; news: the press; secondary: analyses, aggregators and other sites.
        </p>
        <p className="text-sm" data-testid="coverage-stale">
          Not re-verified within a year: {n(c.sources.notVerifiedWithinYear)} of the sources cited by entities and {n(c.relations.notVerifiedWithinYear)} relations.
        </p>
      </section>

      <section aria-labelledby="countries" className="space-y-2">
        <h2 id="countries">UN members without recorded participation</h2>
        <p className="text-sm" data-testid="coverage-countries">
          {n(c.countries.unMembersWithParticipation)} of {n(c.countries.unMembers)} UN Member States have recorded participation or votes;{" "}
          {n(c.countries.unMembersWithoutParticipation.length)} have none yet.
        </p>
        {c.countries.unMembersWithoutParticipation.length ? (
          <p className="text-sm leading-relaxed">
            {c.countries.unMembersWithoutParticipation.map((m, i) => (
              <span key={m.iso3}>
                {i ? ", " : ""}
                <Link href={`/countries/${m.iso3}`} className="text-brand-700 hover:underline">
                  {m.nameEn}
                </Link>
              </span>
            ))}
          </p>
        ) : null}
      </section>
    </article>
  );
}
