import { FollowLinks } from "@/app/_components/follow-links";
import { getDb } from "@/db";
import { KIND_LABELS } from "@/lib/entities/entity-url";
import { searchAtlas } from "@/lib/search/search-atlas";
import { parseSearchParams, SEARCH_KINDS } from "@/lib/search/search-params";
import { hasFilters } from "@/lib/search/search-url";
import { SearchView } from "./search-view";

export const metadata = { title: "Search" };

export default async function SearchPage(props: PageProps<"/search">) {
  const parsed = parseSearchParams(await props.searchParams);
  if (!parsed.success) {
    return (
      <div className="space-y-2" data-testid="search-invalid">
        <h1 className="text-xl font-semibold">This search could not be read</h1>
        <p className="text-slate-700">{parsed.error.issues[0]?.message}.</p>
        <a href="/search" className="text-brand-700 underline">Start a new search</a>
      </div>
    );
  }
  const query = parsed.data;
  const result = query.q.trim() || hasFilters(query) ? await searchAtlas({ db: getDb(), query: { ...query, limit: 30 } }) : null;
  const kinds = SEARCH_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k].plural, singular: KIND_LABELS[k].en, labelZh: KIND_LABELS[k].zh }));
  // Follow this search: the timeline with the same words and filters (kinds and language have no timeline filter)
  const follow = new URLSearchParams();
  if (query.q.trim()) follow.set("q", query.q.trim());
  if (query.country.length) follow.set("country", query.country.join(","));
  if (query.organisation.length) follow.set("organisation", query.organisation.join(","));
  if (query.yearFrom) follow.set("from", String(query.yearFrom));
  if (query.yearTo) follow.set("to", String(query.yearTo));
  return (
    <>
      <SearchView
        state={{ q: query.q, kind: query.kind, country: query.country, organisation: query.organisation, language: query.language, yearFrom: query.yearFrom, yearTo: query.yearTo }}
        result={result}
        kinds={kinds}
      />
      {result && follow.size ? <div className="mt-4"><FollowLinks query={follow.toString()} label="this search" /></div> : null}
    </>
  );
}
