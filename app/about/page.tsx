import type { Metadata } from "next";
import Link from "@/app/_components/locale-link";
import { getDb } from "@/db";
import { getAtlasCoverage } from "@/db/queries/coverage";

export const metadata: Metadata = {
  title: "About the data",
  description: "What Policy Atlas holds, where its facts come from, how articles are linked, and how to reuse the data.",
};

const KIND_LABELS: Record<string, string> = {
  initiative: "Initiatives 倡议",
  resolution: "UN resolutions 决议",
  event: "Events 事件",
  organisation: "Organisations 组织",
  country: "Countries and territories 国家和地区",
};

const n = (v: number) => v.toLocaleString("en");
const count = (v: number, one: string, many: string) => `${n(v)} ${v === 1 ? one : many}`;

/** Provenance and coverage, for readers who need to know how far to trust and how to cite what they find. */
export default function AboutPage() {
  const coverage = getAtlasCoverage({ db: getDb() });
  const { relations, articles, mentions } = coverage;
  return (
    <article className="max-w-3xl space-y-6 text-slate-800 [&_a]:text-brand-700 [&_a]:underline [&_a]:underline-offset-2 [&_h2]:mt-2 [&_h2]:text-lg [&_h2]:font-semibold">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold">About the data</h1>
        <p>
          Policy Atlas is an open knowledge base of global AI-governance policy in English and Chinese. It links news articles and official statements to the initiatives, UN
          resolutions, countries, organisations and dated events they mention, each link with the sentence that proves it.
        </p>
      </header>

      <section aria-labelledby="coverage" className="space-y-2">
        <h2 id="coverage">What it holds today</h2>
        <table className="w-full text-sm" data-testid="coverage-table">
          <thead>
            <tr className="border-b border-slate-200 text-left text-slate-600">
              <th className="py-1.5 font-medium">Kind</th>
              <th className="py-1.5 text-right font-medium">Confirmed</th>
              <th className="py-1.5 text-right font-medium">with a source</th>
              <th className="py-1.5 text-right font-medium">proposed, awaiting review</th>
            </tr>
          </thead>
          <tbody>
            {coverage.entities.map((e) => (
              <tr key={e.kind} className="border-b border-slate-100" data-testid="coverage-row" data-kind={e.kind}>
                <td className="py-1.5">{KIND_LABELS[e.kind] ?? e.kind}</td>
                <td className="py-1.5 text-right tabular-nums">{n(e.confirmed)}</td>
                <td className="py-1.5 text-right tabular-nums">{n(e.sourced)}</td>
                <td className="py-1.5 text-right tabular-nums">{n(e.proposed)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="text-sm" data-testid="coverage-relations">
          {count(relations.confirmed, "confirmed relation", "confirmed relations")} between them (who hosted, co-chaired, sponsored, joined or attended what),{" "}
          {n(relations.sourced)} of them with a source URL or the article that states them; {n(relations.partialLists)} participation lists are not known to be complete, and their
          pages and maps say so (
          <Link href="/about/coverage" data-testid="coverage-link">
            coverage and completeness
          </Link>
          ). {count(relations.suggested, "more was", "more were")} suggested by ingestion and wait for an editor. {count(articles.zh + articles.en, "article", "articles")} (
          {n(articles.zh)} in Chinese, {n(articles.en)} in English) {articles.zh + articles.en === 1 ? "carries" : "carry"} {n(mentions.confirmed)} confirmed and{" "}
          {n(mentions.suggested)} suggested mentions.
        </p>
      </section>

      <section aria-labelledby="provenance" className="space-y-2">
        <h2 id="provenance">Where the facts come from</h2>
        <ul className="list-disc space-y-1 pl-5 text-sm">
          <li>
            A curated set of sourced facts about AI-governance events (initiatives, declarations, resolutions, meetings and who took part), each with the URLs it was taken from;
            corrections and additions to it are sourced the same way.
          </li>
          <li>Country names in English and Chinese from ISO 3166 (via i18n-iso-countries), with the everyday Chinese names and short forms used in the press.</li>
          <li>
            Articles as ingested: publisher, date and language are read from the page; where a fact rests on an article (for example the People&apos;s Daily commentary of 7 May
            2025), the article itself is the source and its page shows the sentence.
          </li>
          <li>Every change by an editor is recorded with who, when and what changed; entity pages link to their history.</li>
        </ul>
      </section>

      <section aria-labelledby="linking" className="space-y-2">
        <h2 id="linking">How articles are linked</h2>
        <p className="text-sm">
          Ingestion finds names, abbreviations and UN document symbols in Chinese and English text (simplified and traditional characters alike), resolves dates at the precision
          the text gives (a month stays a month), and keeps the sentence of every match as evidence. New names it cannot place and events it reads about are proposed: marked
          &ldquo;proposed, awaiting review&rdquo; and kept out of search until an editor confirms, corrects or rejects them in the review queue; suggested links wait there too.
        </p>
      </section>

      <section aria-labelledby="reuse" className="space-y-2">
        <h2 id="reuse">Reuse</h2>
        <ul className="list-disc space-y-1 pl-5 text-sm">
          <li>
            JSON: <code>/api/search</code>, <code>/api/entities/&#123;kind&#125;/&#123;slug&#125;</code>, <code>/api/articles/&#123;slug&#125;</code>, <code>/api/timeline</code>,{" "}
            <code>/api/countries</code>; reads need no account.
          </li>
          <li>
            Timeline exports for any filter: <Link href="/timeline.csv">CSV</Link>, <Link href="/timeline.ics">iCalendar</Link>, <Link href="/feed.xml">Atom feed</Link>; the
            country participation matrix as <Link href="/countries/matrix.csv">CSV</Link>.
          </li>
          <li>When citing a fact, cite its source (shown next to it), not only the atlas.</li>
        </ul>
      </section>
    </article>
  );
}
