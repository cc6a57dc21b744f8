import Link from "next/link";
import { getDb } from "@/db";
import { BilingualName } from "@/app/_components/bilingual-name";
import { HighlightedText } from "@/app/_components/highlighted-text";
import { PartialDateLabel } from "@/app/_components/partial-date-label";
import { SearchBox } from "@/app/_components/search-box";
import { KIND_LABELS } from "@/lib/entities/entity-url";
import { searchAtlas, type SearchHit } from "@/lib/search/search-atlas";
import { parseSearchParams, SEARCH_KINDS } from "@/lib/search/search-params";

export const metadata = { title: "Search" };

export default async function SearchPage(props: PageProps<"/search">) {
  const parsed = parseSearchParams(await props.searchParams);
  if (!parsed.success) return <p className="text-red-700">Invalid search: {parsed.error.issues[0]?.message}</p>;
  const query = parsed.data;
  const result = query.q || query.kind.length ? await searchAtlas({ db: getDb(), query: { ...query, limit: 50 } }) : null;
  const groups = new Map<string, SearchHit[]>();
  for (const h of result?.hits ?? []) (groups.get(h.kind) ?? groups.set(h.kind, []).get(h.kind)!).push(h);
  return (
    <div className="space-y-6">
      <SearchBox defaultValue={query.q} />
      {result?.degraded ? (
        <p className="rounded bg-amber-50 p-2 text-sm text-amber-800" data-testid="search-degraded">
          Search engine unavailable: showing name matches from the database.
        </p>
      ) : null}
      {result && result.hits.length === 0 ? <p data-testid="no-results">No results for “{query.q}”.</p> : null}
      {SEARCH_KINDS.filter((k) => groups.has(k)).map((k) => (
        <section key={k}>
          <h2 className="mb-2 text-lg font-semibold">{KIND_LABELS[k].plural}</h2>
          <ul className="space-y-2">
            {groups.get(k)!.map((h) => (
              <li key={h.url} className="rounded-lg border border-slate-200 bg-white p-3" data-testid="search-result">
                <Link href={h.url} className="font-medium text-brand-700 hover:underline">
                  {h.highlight?.name ? <HighlightedText text={h.highlight.name} /> : <BilingualName nameEn={h.name} nameZh={null} />}
                  {h.nameZh ? <span lang="zh" className="ml-2 text-slate-500">{h.highlight?.nameZh ? <HighlightedText text={h.highlight.nameZh} /> : h.nameZh}</span> : null}
                </Link>
                <span className="ml-2 text-sm text-slate-500"><PartialDateLabel date={h.date} /></span>
                {h.highlight?.snippet ? <p className="mt-1 text-sm text-slate-600"><HighlightedText text={h.highlight.snippet} /></p> : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
