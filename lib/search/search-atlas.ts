import "server-only";
import type { AtlasDatabase } from "@/db/open";
import type { EntityKind } from "@/db/schema";
import { getArticleSummariesByIds } from "@/db/queries/articles";
import { getEntitySummariesByIds, searchEntitiesInSqlite } from "@/db/queries/entities";
import { precisionOf, type DatePrecision } from "@/lib/dates/partial-date";
import { entityPath } from "@/lib/entities/entity-url";
import { getSearchClient, searchIndexUid } from "./client";
import { HIGHLIGHT_END, HIGHLIGHT_START } from "./highlight-marks";
import { buildMeiliFilter, type SearchKind, type SearchQuery } from "./search-params";


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
  /** Highlighted name / snippet, with HIGHLIGHT_START/END around matches. */
  highlight?: { name?: string; nameZh?: string; snippet?: string };
};

export type SearchResult = {
  query: string;
  engine: "meilisearch" | "sqlite";
  total: number;
  hits: SearchHit[];
  facets: { kind: Record<string, number> };
  /** Set when the engine could not be reached and results come from SQLite. */
  degraded?: string;
};

type MeiliHit = { id: string; _formatted?: Record<string, unknown> };

function datePart(date: string | null | undefined): Pick<SearchHit, "date" | "datePrecision"> {
  if (!date) return {};
  const d = date.length > 10 ? date.slice(0, 10) : date;
  return { date: d, datePrecision: precisionOf(d) };
}

function str(v: unknown): string | undefined {
  return typeof v === "string" ? v : undefined;
}

/** Resolves Meilisearch ids to content from SQLite, keeping the engine's order. */
function hydrateHits({ db, hits }: { db: AtlasDatabase; hits: MeiliHit[] }): SearchHit[] {
  const entityIds = hits.filter((h) => h.id.startsWith("e")).map((h) => Number(h.id.slice(1)));
  const articleIds = hits.filter((h) => h.id.startsWith("a")).map((h) => Number(h.id.slice(1)));
  const entityMap = getEntitySummariesByIds({ db, ids: entityIds });
  const articleMap = getArticleSummariesByIds({ db, ids: articleIds });
  return hits.flatMap((h): SearchHit[] => {
    const id = Number(h.id.slice(1));
    const f = h._formatted ?? {};
    if (h.id.startsWith("e")) {
      const e = entityMap.get(id);
      if (!e) return [];
      return [
        {
          kind: e.kind,
          slug: e.kind === "country" && e.iso3 ? e.iso3 : e.slug,
          name: e.nameEn,
          nameZh: e.nameZh,
          ...datePart(e.date),
          url: entityPath(e),
          ...(e.symbol ? { symbol: e.symbol } : {}),
          ...(e.iso3 ? { iso3: e.iso3 } : {}),
          highlight: { name: str(f.nameEn), nameZh: str(f.nameZh), snippet: str(f.description) },
        },
      ];
    }
    const a = articleMap.get(id);
    if (!a) return [];
    return [
      {
        kind: "article",
        slug: a.slug,
        name: a.title,
        nameZh: null,
        ...datePart(a.publishedAt),
        url: entityPath({ kind: "article", slug: a.slug }),
        highlight: { name: str(f.title), snippet: str(f.body) },
      },
    ];
  });
}

async function searchWithMeilisearch({ db, query }: { db: AtlasDatabase; query: SearchQuery }): Promise<SearchResult | null> {
  const client = getSearchClient();
  if (!client) return null;
  const response = await client.index(searchIndexUid()).search<MeiliHit>(query.q, {
    filter: buildMeiliFilter(query),
    limit: query.limit,
    offset: query.offset,
    // Ids and highlights only: content comes from SQLite (whole documents are slow to ship through fetch).
    attributesToRetrieve: ["id"],
    attributesToHighlight: ["nameEn", "nameZh", "title"],
    attributesToCrop: ["body:18", "description:24"],
    highlightPreTag: HIGHLIGHT_START,
    highlightPostTag: HIGHLIGHT_END,
    facets: ["kind"],
  });
  return {
    query: query.q,
    engine: "meilisearch",
    total: response.estimatedTotalHits ?? response.hits.length,
    hits: hydrateHits({ db, hits: response.hits }),
    facets: { kind: response.facetDistribution?.kind ?? {} },
  };
}

function searchWithSqlite({ db, query, reason }: { db: AtlasDatabase; query: SearchQuery; reason: string }): SearchResult {
  const kinds = query.kind.filter((k): k is EntityKind => k !== "article");
  const { rows, total } = searchEntitiesInSqlite({ db, q: query.q.trim(), kinds, limit: query.limit, offset: query.offset });
  return {
    query: query.q,
    engine: "sqlite",
    total,
    hits: rows.map((e) => ({
      kind: e.kind,
      slug: e.kind === "country" && e.iso3 ? e.iso3 : e.slug,
      name: e.nameEn,
      nameZh: e.nameZh,
      ...datePart(e.date),
      url: entityPath(e),
      ...(e.symbol ? { symbol: e.symbol } : {}),
      ...(e.iso3 ? { iso3: e.iso3 } : {}),
    })),
    facets: { kind: {} },
    degraded: reason,
  };
}

/** One search over every kind. Meilisearch when reachable; SQLite otherwise, never an error page. */
export async function searchAtlas({ db, query }: { db: AtlasDatabase; query: SearchQuery }): Promise<SearchResult> {
  try {
    const result = await searchWithMeilisearch({ db, query });
    if (result) return result;
    return searchWithSqlite({ db, query, reason: "search engine not configured" });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return searchWithSqlite({ db, query, reason: `search engine unavailable (${reason.slice(0, 120)})` });
  }
}
