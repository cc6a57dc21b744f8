import type { Settings } from "meilisearch";

/**
 * Index settings, declared in code and applied idempotently (PATCH of the whole set) by reindex and by the
 * drainer on first contact. Attribute order matters: a match in a name outranks one in a body.
 */
export const SEARCH_SETTINGS: Settings = {
  searchableAttributes: ["nameEn", "nameZh", "aliases", "symbol", "title", "description", "body"],
  filterableAttributes: ["docType", "nameKeys", "kind", "countries", "organisations", "initiatives", "resolutions", "year", "language"],
  sortableAttributes: ["date", "year"],
  // kindRank breaks ties after textual relevance: an initiative named by the query beats an article about it.
  rankingRules: ["words", "typo", "attribute", "proximity", "exactness", "sort", "kindRank:desc"],
  synonyms: {
    ai: ["artificial intelligence", "人工智能"],
    "artificial intelligence": ["ai", "人工智能"],
    人工智能: ["ai", "artificial intelligence"],
    un: ["united nations", "联合国"],
    "united nations": ["un", "联合国"],
    联合国: ["un", "united nations"],
  },
  typoTolerance: { disableOnAttributes: ["symbol"], minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
  pagination: { maxTotalHits: 20000 },
  // The 30 most frequent values per facet: what the filter lists show. All 249 countries on every keystroke
  // would triple the answer's size and the work to label it.
  faceting: { maxValuesPerFacet: 30, sortFacetValuesBy: { "*": "count" } },
};

/** Higher ranks first on equal relevance. */
export const KIND_RANK: Record<string, number> = {
  initiative: 6,
  resolution: 5,
  organisation: 4,
  event: 3,
  country: 2,
  article: 1,
};
