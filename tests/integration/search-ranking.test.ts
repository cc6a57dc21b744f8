import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDatabase } from "@/lib/seed/seed-database";
import { HIGHLIGHT_START } from "@/lib/search/highlight-marks";
import { getSearchClient } from "@/lib/search/client";
import { searchAtlas } from "@/lib/search/search-atlas";
import { parseSearchParams } from "@/lib/search/search-params";
import { reindexAll } from "@/lib/search/sync-index";
import { createTestDatabase, useTestSearchIndex } from "../helpers/test-database";

const database = createTestDatabase();
const { db } = database;

function query(params: Record<string, string>) {
  const parsed = parseSearchParams(params);
  if (!parsed.success) throw parsed.error;
  return parsed.data;
}
const search = (params: Record<string, string>) => searchAtlas({ db, query: query(params) });

beforeAll(async () => {
  seedDatabase({ db, log: () => {} });
  useTestSearchIndex("ranking");
  await reindexAll({ db, client: getSearchClient()! });
});
afterAll(() => database.remove());

describe("ranking on the real seed (Meilisearch)", () => {
  const GAIGI = { kind: "initiative", slug: "global-ai-governance-initiative" };
  const FRIENDS = { slug: "group-of-friends-ai-capacity-building" };
  const RES = { kind: "resolution", slug: "unga-res-78-311" };
  const ZAMBIA = { kind: "country", slug: "ZMB", url: "/countries/ZMB" };
  const cases: [string, Record<string, string>][] = [
    ["Global AI Governance Initiative", GAIGI],
    ["global ai govrnance initiative", GAIGI],
    ["GAIGI", GAIGI],
    ["全球人工智能治理倡议", GAIGI],
    ["人工智能治理倡议", GAIGI],
    ["全球治理倡议 人工智能", GAIGI],
    // Traditional Chinese, with Taiwan phrasing (人工智慧), finds the simplified names.
    ["全球人工智慧治理倡議", GAIGI],
    ["之友小组", FRIENDS],
    ["之友小組", FRIENDS],
    ["Friends Group", FRIENDS],
    ["group of friends AI capacity", FRIENDS],
    ["A/RES/78/311", RES],
    ["78/311", RES],
    ["赞比亚", ZAMBIA],
    ["Zambia", ZAMBIA],
    // landmarks by their usual Chinese names
    ["首尔宣言", { slug: "seoul-declaration-2024" }],
    ["布莱奇利宣言", { slug: "bletchley-declaration" }],
    ["全球人工智能合作伙伴关系", { slug: "gpai" }],
    ["经合组织人工智能原则", { slug: "oecd-ai-principles-2019" }],
    ["巴黎人工智能行动峰会", { slug: "paris-ai-action-summit-2025" }],
    ["人工智能框架公约", { slug: "coe-framework-convention-ai" }],
    ["广岛人工智能进程", { slug: "g7-hiroshima-ai-process" }],
    ["人工智能伦理问题建议书", { slug: "unesco-recommendation-ethics-ai" }],
    ["人工智能安全研究所国际网络", { slug: "international-network-ai-safety-institutes" }],
  ];
  it.each(cases)("%s → first hit", async (q, expected) => {
    const result = await search({ q });
    expect(result.engine).toBe("meilisearch");
    expect(result.hits[0]).toMatchObject(expected);
  });

  it("puts both Friends groups first for the bare word (capacity-building and the Hiroshima AI Process)", async () => {
    const result = await search({ q: "Friends" });
    expect(
      result.hits
        .slice(0, 2)
        .map((h) => h.slug)
        .sort(),
    ).toEqual(["group-of-friends-ai-capacity-building", "hiroshima-ai-process-friends-group"]);
  });

  it("ranks the initiative above the article that mentions it", async () => {
    const result = await search({ q: "全球人工智能治理倡议" });
    const kinds = result.hits.map((h) => h.kind);
    expect(kinds[0]).toBe("initiative");
    if (kinds.includes("article")) expect(kinds.indexOf("article")).toBeGreaterThan(0);
  });

  it("treats AI, artificial intelligence and 人工智能 as synonyms", async () => {
    const [short, long] = await Promise.all([search({ q: "AI capacity-building action plan" }), search({ q: "artificial intelligence capacity-building action plan" })]);
    expect(long.total).toBe(short.total);
    expect(short.hits[0]?.slug).toBe("ai-capacity-building-action-plan");
    expect(long.hits.slice(0, 3).map((h) => h.slug)).toContain("ai-capacity-building-action-plan");
    const zh = await search({ q: "AI 能力建设" });
    expect(zh.hits.some((h) => h.nameZh?.includes("人工智能能力建设"))).toBe(true);
  });

  it("highlights the matched name, shows dates at their precision, links countries by ISO3", async () => {
    const gaigi = (await search({ q: "GAIGI" })).hits[0];
    expect(gaigi.highlight?.alias).toContain(HIGHLIGHT_START);
    expect(gaigi).toMatchObject({ date: "2023-10-18", datePrecision: "day", url: "/initiatives/global-ai-governance-initiative" });
    const zmb = (await search({ q: "Zambia" })).hits[0];
    expect(zmb.highlight?.name).toBe(`${HIGHLIGHT_START}Zambia\uE001`);
  });

  it("gives an article a cropped, highlighted snippet", async () => {
    const result = await search({ q: "之友小组", kind: "article" });
    expect(result.hits.length).toBeGreaterThan(0);
    const snippet = result.hits[0].highlight?.snippet ?? "";
    expect(snippet).toContain(HIGHLIGHT_START);
    expect(snippet.length).toBeLessThan(200);
  });
});

describe("filters and facet counts", () => {
  it("filters by kind while the kind facet still counts the other kinds", async () => {
    const all = await search({ q: "Group of Friends" });
    const events = await search({ q: "Group of Friends", kind: "event" });
    expect(events.hits.length).toBeGreaterThan(0);
    expect(events.hits.every((h) => h.kind === "event")).toBe(true);
    expect(events.total).toBe(all.facets.kind.event);
    expect(events.facets.kind).toEqual(all.facets.kind);
    expect(all.facets.kind.organisation).toBeGreaterThanOrEqual(1);
  });

  it("filters by country (itself and everything linked to it) and labels the facet values", async () => {
    const result = await search({ q: "", country: "ZMB", limit: "100" });
    const slugs = result.hits.map((h) => h.slug);
    expect(slugs).toEqual(expect.arrayContaining(["ZMB", "group-of-friends-ai-capacity-building", "group-of-friends-thematic-meeting-2025-05"]));
    expect(result.facetLabels.country.ZMB).toMatchObject({ nameEn: "Zambia", nameZh: "赞比亚" });
    const friends = await search({ q: "Group of Friends" });
    expect(friends.facets.country.ZMB).toBeGreaterThanOrEqual(2);
    expect(friends.facets.country.CHN).toBeGreaterThanOrEqual(2);
  });

  it("filters by organisation and by year range", async () => {
    const withItu = await search({ q: "Group of Friends", organisation: "itu" });
    expect(withItu.hits.map((h) => h.slug)).toContain("group-of-friends-thematic-meeting-2025-05");
    expect(withItu.hits.map((h) => h.slug)).not.toContain("group-of-friends-first-meeting-2024");
    const in2025 = await search({ q: "Group of Friends", kind: "event", yearFrom: "2025", yearTo: "2025" });
    expect(in2025.hits[0]?.slug).toBe("group-of-friends-thematic-meeting-2025-05");
    expect(in2025.hits.every((h) => h.date?.startsWith("2025"))).toBe(true);
    expect(in2025.hits.map((h) => h.slug)).not.toContain("group-of-friends-first-meeting-2024");
    expect(Object.keys(in2025.facets.year)).toEqual(["2025"]);
  });

  it("filters articles by language", async () => {
    const zh = await search({ q: "人工智能", language: "zh" });
    expect(zh.hits.length).toBeGreaterThan(0);
    expect(zh.hits.every((h) => h.kind === "article" && h.language === "zh")).toBe(true);
    const en = await search({ q: "人工智能", language: "en", kind: "article" });
    expect(en.facets.language.zh).toBeGreaterThan(0);
  });

  it("suggests dropping the filters, and close names, when nothing matches", async () => {
    const filtered = await search({ q: "Zambia", kind: "resolution", yearTo: "1990" });
    expect(filtered.total).toBe(0);
    expect(filtered.suggestions?.withoutFilters).toBeGreaterThan(0);
    expect(filtered.suggestions?.hits[0]?.slug).toBe("ZMB");
    const nonsense = await search({ q: "qqqxxzz" });
    expect(nonsense.total).toBe(0);
    expect(nonsense.suggestions).toMatchObject({ withoutFilters: null });
  });
});
