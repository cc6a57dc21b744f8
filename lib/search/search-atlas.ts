import "server-only";
import type { AtlasDatabase } from "@/db/open";
import { searchDocumentsInSqlite, type FallbackRow } from "@/db/queries/search-fallback";
import { getFacetLabels, getSearchHitRows, type FacetLabel, type SearchHitArticleRow } from "@/db/queries/search-hits";
import { precisionOf, type DatePrecision } from "@/lib/dates/partial-date";
import { entityPath, entityUrlKey } from "@/lib/urls/entity-url";
import { readSearchConnection, searchIndexUid, type SearchConnection } from "./client";
import { memoizeBounded } from "./bounded-memo";
import { buildSnippet, leadSnippet, markMatches, snippetTerms, termsPattern } from "./build-snippet";
import { HIGHLIGHT_END, HIGHLIGHT_START } from "./highlight-marks";
import { SEARCH_SETTINGS } from "@/lib/search-settings/index-settings";
import { postMeiliJson } from "./meili-http";
import { exactNameKey, normalizeSearchText, searchTextVariants, stripInvisibleCharacters } from "./normalize-search-text";
import { buildMeiliFilter, FACET_ATTRIBUTE, FACET_GROUPS, withoutFilter, type SearchKind, type SearchQuery } from "./search-params";
import { hasFilters } from "./search-url";

export type SearchHit = {
  kind: SearchKind;
  slug: string;
  name: string;
  nameZh: string | null;
  date?: string;
  datePrecision?: DatePrecision;
  url: string;
  symbol?: string;
  iso3?: string;
  /** Articles: their language and publisher. */
  language?: "zh" | "en";
  publisher?: string | null;
  /** Highlighted name / alias / snippet, with HIGHLIGHT_START/END around matches. */
  highlight?: { name?: string; nameZh?: string; alias?: string; snippet?: string };
};

export type FacetCounts = Record<string, number>;

export type SearchResult = {
  query: string;
  engine: "meilisearch" | "sqlite";
  total: number;
  hits: SearchHit[];
  /** Counts per value; a group's counts ignore that group's own filter, so other values stay choosable. */
  facets: { kind: FacetCounts; country: FacetCounts; organisation: FacetCounts; language: FacetCounts; year: FacetCounts };
  /** Names for the country (ISO3) and organisation (slug) facet values. */
  facetLabels: { country: Record<string, FacetLabel>; organisation: Record<string, FacetLabel> };
  /** Set when the engine could not be reached and results come from SQLite. */
  degraded?: string;
  /** Only when nothing matched: how many match without the filters, and the closest partial matches. */
  suggestions?: { withoutFilters: number | null; hits: SearchHit[] };
};

type MeiliHit = { id: string; _formatted?: Record<string, unknown> };
type MeiliAnswer = { hits: MeiliHit[]; estimatedTotalHits?: number; totalHits?: number; facetDistribution?: Record<string, FacetCounts> };

const emptyFacets = (): SearchResult["facets"] => ({ kind: {}, country: {}, organisation: {}, language: {}, year: {} });

function datePart(date: string | null | undefined): Pick<SearchHit, "date" | "datePrecision"> {
  if (!date) return {};
  const d = date.length > 10 ? date.slice(0, 10) : date;
  return { date: d, datePrecision: precisionOf(d) };
}

const str = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);
const marked = (v: string | undefined): string | undefined => (v && v.includes(HIGHLIGHT_START) ? v : undefined);

/** The first alias the engine highlighted, shown when the match was not in the displayed names. */
function highlightedAlias(value: unknown): string | undefined {
  return Array.isArray(value) ? value.map(str).find((a) => marked(a)) : undefined;
}

const markAll = (text: string) => `${HIGHLIGHT_START}${text}${HIGHLIGHT_END}`;

/** The query's snippet pattern, built once per query text (segmenting, opencc variants, regex compilation). */
const snippetPattern = memoizeBounded({ compute: (q) => termsPattern(snippetTerms({ q, synonyms: SEARCH_SETTINGS.synonyms ?? {} })), max: 1000 });

/** What a hit is built from: an entity row, or an article (title as its name) with the row for its language, publisher and body. */
type HitSource = Pick<FallbackRow, "slug" | "nameEn" | "nameZh" | "date" | "iso3" | "symbol"> & { kind: SearchKind; article?: SearchHitArticleRow };

/** One hit, the same whichever engine found it: content from SQLite, highlights from the caller. */
function buildHit({ source: s, highlight }: { source: HitSource; highlight: SearchHit["highlight"] }): SearchHit {
  return {
    kind: s.kind,
    slug: entityUrlKey(s),
    name: s.nameEn,
    nameZh: s.nameZh,
    ...datePart(s.date),
    url: entityPath(s),
    ...(s.symbol ? { symbol: s.symbol } : {}),
    ...(s.iso3 ? { iso3: s.iso3 } : {}),
    ...(s.article ? { language: s.article.language, publisher: s.article.publisher } : {}),
    highlight,
  };
}

const articleSource = (a: SearchHitArticleRow): HitSource => ({
  kind: "article",
  slug: a.slug,
  nameEn: a.title,
  nameZh: null,
  date: a.publishedAt,
  iso3: null,
  symbol: null,
  article: a,
});

/** The query's words in context, or the article's opening when they are not in the body (title match, typo). */
const articleSnippet = ({ article, pattern }: { article: SearchHitArticleRow; pattern: RegExp | null }) =>
  buildSnippet({ text: article.body, pattern, language: article.language }) ?? leadSnippet({ text: article.body });

/**
 * Resolves engine ids to content from SQLite (the source of truth), keeping the engine's order.
 * `exactKey` marks hits pinned by exact name (fetched without highlighting): the equal name is marked whole.
 */
function hydrateHits({ db, hits, q, exactKey }: { db: AtlasDatabase; hits: MeiliHit[]; q: string; exactKey?: string }): SearchHit[] {
  const entityIds = hits.filter((h) => h.id.startsWith("e")).map((h) => Number(h.id.slice(1)));
  const articleIds = hits.filter((h) => h.id.startsWith("a")).map((h) => Number(h.id.slice(1)));
  const { entities: entityMap, articles: articleMap } = getSearchHitRows({ db, entityIds, articleIds });
  const pattern = articleMap.size ? snippetPattern(q) : null;
  return hits.flatMap((h): SearchHit[] => {
    const id = Number(h.id.slice(1));
    const f = h._formatted ?? {};
    if (h.id.startsWith("e")) {
      const e = entityMap.get(id);
      if (!e) return [];
      const exactEn = !h._formatted && exactKey !== undefined && exactNameKey({ text: e.nameEn }) === exactKey;
      const exactZh = !h._formatted && exactKey !== undefined && !!e.nameZh && exactNameKey({ text: e.nameZh }) === exactKey;
      const name = exactEn ? markAll(e.nameEn) : marked(str(f.nameEn));
      const nameZh = exactZh && e.nameZh ? markAll(e.nameZh) : marked(str(f.nameZh));
      return [buildHit({ source: e, highlight: { name, nameZh, alias: name || nameZh ? undefined : highlightedAlias(f.aliases) } })];
    }
    const a = articleMap.get(id);
    if (!a) return [];
    return [buildHit({ source: articleSource(a), highlight: { name: marked(str(f.nameEn)), snippet: articleSnippet({ article: a, pattern }) } })];
  });
}

function meiliQuery({ query, q, filter, extra }: { query: SearchQuery; q: string; filter: string[]; extra?: Record<string, unknown> }) {
  return {
    indexUid: searchIndexUid(),
    q,
    filter,
    limit: query.limit,
    offset: query.offset,
    // Ids and highlights only: content comes from SQLite, and small answers travel fast.
    attributesToRetrieve: ["id"],
    // Names only (articles' titles are their nameEn); article snippets are cut in Node (build-snippet.ts).
    attributesToHighlight: ["nameEn", "nameZh", "aliases"],
    highlightPreTag: HIGHLIGHT_START,
    highlightPostTag: HIGHLIGHT_END,
    // No text: newest first, so browsing a kind or a country reads like a timeline.
    ...(q ? {} : { sort: ["date:desc"] }),
    ...extra,
  };
}

const countOnly = { limit: 0, offset: 0, attributesToHighlight: [] };

/**
 * The one multi-search request behind a query: the page with its facets; per active facet filter, the counts
 * without that filter; and, on the first page, the documents whose name/alias/symbol equals the query.
 * Exported for the benchmark, which sends exactly this to Meilisearch directly.
 */
export function buildMeiliSearchRequest({ query }: { query: SearchQuery }) {
  const q = normalizeSearchText({ text: query.q });
  const facetAttributes = [...FACET_GROUPS.map((g) => FACET_ATTRIBUTE[g]), "year"];
  const filter = buildMeiliFilter(query);
  const disjunctive = FACET_GROUPS.filter((g) => buildMeiliFilter(withoutFilter(query, g)).length !== filter.length);
  const pin = !!q && query.offset === 0;
  const key = exactNameKey({ text: q });
  const queries = [
    meiliQuery({ query, q, filter, extra: { facets: facetAttributes } }),
    ...disjunctive.map((g) => meiliQuery({ query, q, filter: buildMeiliFilter(withoutFilter(query, g)), extra: { ...countOnly, facets: [FACET_ATTRIBUTE[g]] } })),
    // Placeholder search (no text): the filter alone finds them, no ranking or highlighting to pay for.
    ...(pin
      ? [
          meiliQuery({
            query,
            q: "",
            filter: [...filter, `nameKeys = "${key.replace(/["\\]/g, "\\$&")}"`],
            extra: { limit: 3, offset: 0, attributesToHighlight: [], sort: undefined },
          }),
        ]
      : []),
  ];
  return { q, key, disjunctive, pin, body: { queries } };
}

async function searchWithMeilisearch({ db, query, connection }: { db: AtlasDatabase; query: SearchQuery; connection: SearchConnection }): Promise<SearchResult> {
  const { q, key, disjunctive, pin, body } = buildMeiliSearchRequest({ query });
  const { results } = await postMeiliJson<{ results: MeiliAnswer[] }>({ connection, path: "multi-search", body });
  const [main, ...rest] = results;
  const others = rest.slice(0, disjunctive.length);
  // A pinned hit that the main query also returned keeps the main query's highlights.
  const mainById = new Map(main.hits.map((h) => [h.id, h]));
  const pinned = (pin ? (rest[disjunctive.length]?.hits ?? []) : []).map((h) => mainById.get(h.id) ?? { id: h.id });
  const pinnedIds = new Set(pinned.map((h) => h.id));
  const ordered = [...pinned, ...main.hits.filter((h) => !pinnedIds.has(h.id))].slice(0, query.limit);
  const distribution = main.facetDistribution ?? {};
  const facets = emptyFacets();
  for (const g of FACET_GROUPS) facets[g] = distribution[FACET_ATTRIBUTE[g]] ?? {};
  facets.year = distribution.year ?? {};
  disjunctive.forEach((g, i) => (facets[g] = others[i]?.facetDistribution?.[FACET_ATTRIBUTE[g]] ?? {}));
  const total = main.estimatedTotalHits ?? main.totalHits ?? main.hits.length;
  const result: SearchResult = {
    query: query.q,
    engine: "meilisearch",
    total,
    hits: hydrateHits({ db, hits: ordered, q, exactKey: key }),
    facets,
    facetLabels: labelsFor({ db, facets, query }),
  };
  if (total === 0 && q) result.suggestions = await suggestWithMeilisearch({ db, query, q, connection });
  return result;
}

/** For an empty result: the count without filters, and partial matches (rarest words kept) without filters. */
async function suggestWithMeilisearch({
  db,
  query,
  q,
  connection,
}: {
  db: AtlasDatabase;
  query: SearchQuery;
  q: string;
  connection: SearchConnection;
}): Promise<SearchResult["suggestions"]> {
  const bare = withoutFilter({ ...query, limit: 5, offset: 0 }, "all");
  const queries = [
    ...(hasFilters(query) ? [meiliQuery({ query: bare, q, filter: [], extra: countOnly })] : []),
    meiliQuery({ query: bare, q, filter: [], extra: { matchingStrategy: "frequency" } }),
  ];
  const { results } = await postMeiliJson<{ results: MeiliAnswer[] }>({ connection, path: "multi-search", body: { queries } });
  const partial = results[results.length - 1];
  return {
    withoutFilters: hasFilters(query) ? (results[0].estimatedTotalHits ?? 0) : null,
    hits: hydrateHits({ db, hits: partial.hits, q }),
  };
}

function labelsFor({ db, facets, query }: { db: AtlasDatabase; facets: SearchResult["facets"]; query: SearchQuery }) {
  return getFacetLabels({
    db,
    countries: [...new Set([...Object.keys(facets.country), ...query.country])],
    organisations: [...new Set([...Object.keys(facets.organisation), ...query.organisation])],
  });
}

/** Query words, each with its spellings; the whole query's spellings for exact-name ranking. */
function fallbackTerms({ q }: { q: string }): { phrase: string[]; terms: { variants: string[] }[] } {
  const trimmed = stripInvisibleCharacters({ text: q.normalize("NFKC") })
    .replace(/\s+/g, " ")
    .trim();
  if (!trimmed) return { phrase: [], terms: [] };
  return {
    phrase: searchTextVariants({ text: trimmed }),
    terms: trimmed.split(" ").map((word) => ({ variants: searchTextVariants({ text: word }) })),
  };
}

function searchWithSqlite({ db, query, reason }: { db: AtlasDatabase; query: SearchQuery; reason: string }): SearchResult {
  const { phrase, terms } = fallbackTerms({ q: query.q });
  const filters = { kind: query.kind, country: query.country, organisation: query.organisation, language: query.language, yearFrom: query.yearFrom, yearTo: query.yearTo };
  const { rows, total, kindCounts } = searchDocumentsInSqlite({ db, phrase, terms, filters, limit: query.limit, offset: query.offset });
  const facets = { ...emptyFacets(), kind: kindCounts };
  // Highlights and snippets as the engine would give them, found by substring (no typos here).
  const pattern = snippetPattern(query.q);
  const { articles: articleMap } = getSearchHitRows({ db, entityIds: [], articleIds: rows.filter((r) => r.docKind === "article").map((r) => r.id) });
  return {
    query: query.q,
    engine: "sqlite",
    total,
    hits: rows.map((r) => {
      const article = r.docKind === "article" ? articleMap.get(r.id) : undefined;
      return buildHit({
        source: { ...r, kind: r.docKind as SearchKind, article },
        highlight: {
          name: markMatches({ text: r.nameEn, pattern }),
          nameZh: r.nameZh ? markMatches({ text: r.nameZh, pattern }) : undefined,
          snippet: article ? articleSnippet({ article, pattern }) : undefined,
        },
      });
    }),
    facets,
    facetLabels: labelsFor({ db, facets, query }),
    degraded: reason,
  };
}

/** One search over every kind. Meilisearch when reachable; SQLite otherwise, never an error page. */
export async function searchAtlas({ db, query }: { db: AtlasDatabase; query: SearchQuery }): Promise<SearchResult> {
  const connection = readSearchConnection();
  if (!connection) return searchWithSqlite({ db, query, reason: "search engine not configured" });
  try {
    return await searchWithMeilisearch({ db, query, connection });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return searchWithSqlite({ db, query, reason: `search engine unavailable (${reason.slice(0, 120)})` });
  }
}
