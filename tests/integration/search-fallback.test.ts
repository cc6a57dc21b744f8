import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDatabase } from "@/lib/seed/seed-database";
import { saveEntity } from "@/lib/seed/save-entity";
import { getSearchClient } from "@/lib/search/client";
import { startMeili, type MeiliServer } from "@/lib/search/meili-process";
import { searchAtlas } from "@/lib/search/search-atlas";
import { parseSearchParams } from "@/lib/search/search-params";
import { reindexAll } from "@/lib/search/sync-index";
import { createTestDatabase } from "../helpers/test-database";

const database = createTestDatabase();
const { db } = database;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "atlas-fallback-meili-"));
let server: MeiliServer | undefined;

function search(params: Record<string, string>) {
  const parsed = parseSearchParams(params);
  if (!parsed.success) throw parsed.error;
  return searchAtlas({ db, query: parsed.data });
}

beforeAll(async () => {
  seedDatabase({ db, log: () => {} });
  // A Meilisearch of this file's own, so stopping it does not disturb other test files.
  server = await startMeili({ dataDir, log: () => {} });
  process.env.MEILI_URL = server.url;
  process.env.MEILI_MASTER_KEY = server.masterKey;
  process.env.MEILI_INDEX = "fallback_test";
  await reindexAll({ db, client: getSearchClient()! });
});

afterAll(async () => {
  await server?.stop();
  database.remove();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe("search with Meilisearch stopped", () => {
  it("finds names through zero-width and direction marks typed inside words (engine running)", async () => {
    for (const q of ["Zam\u200bbia", "\u200fZambia\u200e", "赞\u200d比亚", "Zambia\u0000"]) {
      const result = await search({ q });
      expect(result.engine, JSON.stringify(q)).toBe("meilisearch");
      expect(result.hits[0], JSON.stringify(q)).toMatchObject({ kind: "country", slug: "ZMB" });
    }
  });
  it("answers from the engine while it runs, then from SQLite once it is stopped", async () => {
    expect((await search({ q: "Zambia" })).engine).toBe("meilisearch");
    await server!.stop();
    const result = await search({ q: "Zambia" });
    expect(result.engine).toBe("sqlite");
    expect(result.degraded).toMatch(/unavailable/);
    expect(result.hits[0]).toMatchObject({ kind: "country", slug: "ZMB", url: "/countries/ZMB", nameZh: "赞比亚" });
  });

  const cases: [string, Record<string, string>][] = [
    ["Global AI Governance Initiative", { slug: "global-ai-governance-initiative" }],
    ["GAIGI", { slug: "global-ai-governance-initiative" }],
    ["全球人工智能治理倡议", { slug: "global-ai-governance-initiative" }],
    ["人工智能治理倡议", { slug: "global-ai-governance-initiative" }],
    ["全球人工智慧治理倡議", { slug: "global-ai-governance-initiative" }],
    ["之友小组", { slug: "group-of-friends-ai-capacity-building" }],
    ["之友小組", { slug: "group-of-friends-ai-capacity-building" }],
    ["Group of Friends", { slug: "group-of-friends-ai-capacity-building" }],
    ["A/RES/78/311", { slug: "unga-res-78-311" }],
    ["78/311", { slug: "unga-res-78-311" }],
    ["赞比亚", { slug: "ZMB" }],
  ];
  it.each(cases)("%s → first hit from SQLite", async (q, expected) => {
    const result = await search({ q });
    expect(result.engine).toBe("sqlite");
    expect(result.hits[0]).toMatchObject(expected);
  });

  it("applies filters and counts kinds", async () => {
    const events = await search({ q: "Group of Friends", kind: "event" });
    expect(events.hits.length).toBeGreaterThan(0);
    expect(events.hits.every((h) => h.kind === "event")).toBe(true);
    expect(events.facets.kind.organisation).toBeGreaterThanOrEqual(1);
    const itu = await search({ q: "Group of Friends", organisation: "itu" });
    expect(itu.hits.map((h) => h.slug)).toEqual(["group-of-friends-thematic-meeting-2025-05"]);
    const zmb = await search({ q: "", country: "ZMB", kind: "organisation" });
    expect(zmb.hits.map((h) => h.slug)).toContain("group-of-friends-ai-capacity-building");
    const years = await search({ q: "Group of Friends", yearFrom: "2025" });
    expect(years.hits.every((h) => (h.date ?? "").startsWith("2025"))).toBe(true);
    const zh = await search({ q: "之友小组", language: "zh" });
    expect(zh.hits.length).toBeGreaterThan(0);
    expect(zh.hits.every((h) => h.kind === "article")).toBe(true);
  });

  it("finds what was written while the engine was down (the FTS table follows every write)", async () => {
    db.transaction((tx) =>
      saveEntity({
        tx,
        input: {
          kind: "initiative",
          slug: "zeta-compact",
          nameEn: "Zeta Compact on AI",
          nameZh: "泽塔人工智能契约",
          aliases: [{ alias: "ZCAI", language: null, aliasType: "abbreviation" }],
          sources: [],
        },
      }),
    );
    expect((await search({ q: "ZCAI" })).hits[0]?.slug).toBe("zeta-compact");
    expect((await search({ q: "泽塔" })).hits[0]?.slug).toBe("zeta-compact");
  });

  it("answers queries carrying NUL and format characters from SQLite (no 503)", async () => {
    for (const q of ["Zam\u0000bia", "Zambia\u0000", "Zam\u200bbia", "\u202eZambia", "\ufeffZam\u00adbia", "赞\u200d比亚"]) {
      const result = await search({ q });
      expect(result.engine, JSON.stringify(q)).toBe("sqlite");
      expect(result.hits[0], JSON.stringify(q)).toMatchObject({ kind: "country", slug: "ZMB" });
    }
    expect((await search({ q: "\u0000" })).engine).toBe("sqlite");
  });

  it("treats LIKE and FTS syntax in the query as text", async () => {
    for (const q of ['"', "%", "_", "a AND OR NOT", "NEAR(x y)", "'; DROP TABLE entities; --", "*"]) {
      const result = await search({ q });
      expect(result.engine).toBe("sqlite");
    }
  });
});

describe("highlights from SQLite", () => {
  it("marks the matched names and cuts a marked snippet for articles", async () => {
    const result = await search({ q: "之友小組" });
    expect(result.engine).toBe("sqlite");
    expect(result.hits[0].highlight?.nameZh).toContain("\uE000之友小组\uE001");
    const article = result.hits.find((h) => h.kind === "article");
    expect(article?.highlight?.snippet).toContain("\uE000之友小组\uE001");
  });
});
