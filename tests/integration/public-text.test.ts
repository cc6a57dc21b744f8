import fs from "node:fs";
import path from "node:path";
import { NextRequest } from "next/server";
import { and, eq, isNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { articles, entities } from "@/db/schema";
import { seedDatabase } from "@/lib/seed/seed-database";
import { findInternalText } from "@/lib/content/reader-text";
import { entityUrlKey } from "@/lib/urls/entity-url";
import { getSearchClient } from "@/lib/search/client";
import { reindexAll } from "@/lib/search/sync-index";
import { importVotes } from "@/lib/votes/import-votes";
import { createTestDatabase, useTestSearchIndex } from "../helpers/test-database";

// Walks every public answer of the real seed (plus a recorded vote) through the routes Next serves, over a
// real SQLite file and a real Meilisearch, and fails on any text meant for editors: file names, checklist
// references, seed placeholders, "countries = …" or "Partial list:" remarks.
const globalForDb = globalThis as unknown as { atlasDb?: { $client: { close: () => void } } };
const database = createTestDatabase();
const { db } = database;
type Handler = (request: never, ctx?: never) => Promise<Response>;
const answers: { path: string; text: string }[] = [];

async function call(route: Promise<{ GET: unknown }>, url: string, params?: Record<string, string>) {
  const { GET } = (await route) as { GET: Handler };
  const request = new NextRequest(new URL(url, "http://atlas.test"));
  const res = await GET(request as never, (params ? { params: Promise.resolve(params) } : undefined) as never);
  const text = await res.text();
  answers.push({ path: url, text });
  return { status: res.status, text };
}

beforeAll(async () => {
  seedDatabase({ db, log: () => {} });
  importVotes({ db, text: fs.readFileSync(path.join(import.meta.dirname, "..", "fixtures", "votes", "good.csv"), "utf8") });
  useTestSearchIndex("public_text");
  await reindexAll({ db, client: getSearchClient()! });
  process.env.DATABASE_PATH = database.file;
  globalForDb.atlasDb = undefined;

  const live = and(eq(entities.status, "confirmed"), isNull(entities.deletedAt), isNull(entities.mergedIntoId));
  const all = db.select().from(entities).where(live).all();
  const entityRoute = import("@/app/api/entities/[kind]/[slug]/route");
  for (const e of all) {
    const slug = entityUrlKey(e);
    await call(entityRoute, `/api/entities/${e.kind}/${slug}`, { kind: e.kind, slug });
  }
  const countries = import("@/app/api/countries/route");
  await call(countries, "/api/countries");
  for (const e of all.filter((x) => x.kind !== "country")) await call(countries, `/api/countries?selection=${e.kind}:${encodeURIComponent(e.slug)}`);
  const country = import("@/app/api/countries/[iso3]/route");
  for (const c of all.filter((x) => x.kind === "country")) await call(country, `/api/countries/${c.iso3}`, { iso3: c.iso3! });
  const article = import("@/app/api/articles/[slug]/route");
  for (const a of db.select({ slug: articles.slug }).from(articles).where(isNull(articles.deletedAt)).all()) await call(article, `/api/articles/${a.slug}`, { slug: a.slug });
  await call(import("@/app/api/timeline/route"), "/api/timeline?limit=1000");
  await call(import("@/app/timeline.csv/route"), "/timeline.csv");
  await call(import("@/app/timeline.ics/route"), "/timeline.ics");
  await call(import("@/app/feed.xml/route"), "/feed.xml");
  await call(import("@/app/countries/matrix.csv/route"), "/countries/matrix.csv");
  await call(import("@/app/api/coverage/route"), "/api/coverage");
  const search = import("@/app/api/search/route");
  for (const q of ["", "AI", "artificial intelligence", "人工智能", "宣言", "resolution", "summit", "Partial", "VERIFICATION", "seed"]) {
    await call(search, `/api/search?q=${encodeURIComponent(q)}&limit=100`);
  }
  await call(search, "/api/search?q=&kind=country&limit=100");
});
afterAll(() => {
  globalForDb.atlasDb?.$client.close();
  globalForDb.atlasDb = undefined;
  database.remove();
});

describe("public answers", () => {
  it("cover every entity, country, article, the timeline and its exports, search and coverage", () => {
    expect(answers.length).toBeGreaterThan(249 + 100);
    expect(answers.some((a) => a.path.startsWith("/api/articles/"))).toBe(true);
    expect(answers.find((a) => a.path === "/api/entities/resolution/unga-res-78-241-laws")?.text).toContain('"abstain"');
  });

  it("contain no file names, checklists, placeholders or notes meant for editors", () => {
    const found = answers.flatMap((a) => {
      const hits = findInternalText(a.text);
      return hits.length ? [`${a.path}: ${hits.join(", ")}`] : [];
    });
    expect(found).toEqual([]);
  });

  it("name each article's publisher cleanly", () => {
    for (const a of answers.filter((x) => x.path.startsWith("/api/articles/"))) {
      const { publisher } = JSON.parse(a.text) as { publisher: string | null };
      if (publisher) expect(publisher, a.path).toMatch(/^[^\d:：()（）]{2,40}$/u);
    }
  });
});
