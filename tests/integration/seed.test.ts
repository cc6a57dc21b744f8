import { and, eq, like, sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { entities, relations, sources } from "@/db/schema";
import { seedDatabase } from "@/lib/seed/seed-database";
import { createTestDatabase } from "../helpers/test-database";

describe("seeding a fresh database", () => {
  const database = createTestDatabase();
  const { db } = database;
  afterAll(() => database.remove());

  it("seeds countries, reference entities and the article, and cites the article itself (no invented URL)", () => {
    const first = seedDatabase({ db, log: () => {} });
    expect(first.failedArticles).toBe(0);
    const countries = db
      .select({ n: sql<number>`count(*)` })
      .from(entities)
      .where(eq(entities.kind, "country"))
      .get()!.n;
    expect(countries).toBe(249);
    const placeholders = () =>
      db
        .select({ n: sql<number>`count(*)` })
        .from(sources)
        .where(like(sources.url, "seed-article:%"))
        .get()!.n +
      db
        .select({ n: sql<number>`count(*)` })
        .from(relations)
        .where(like(relations.sourceUrl, "seed-article:%"))
        .get()!.n;
    expect(placeholders()).toBe(0);
    const odet = db
      .select()
      .from(entities)
      .where(and(eq(entities.kind, "organisation"), eq(entities.slug, "un-odet")))
      .get();
    const odetId = odet?.id ?? db.select().from(entities).where(like(entities.nameEn, "%Digital and Emerging Technologies%")).get()!.id;
    const articleSources = () =>
      db
        .select()
        .from(sources)
        .where(and(eq(sources.entityId, odetId), sql`${sources.articleId} IS NOT NULL`))
        .all();
    expect(articleSources()).toHaveLength(1);

    // Seeding again changes nothing and leaves one article source, not two.
    const again = seedDatabase({ db, log: () => {} });
    expect(again.entitiesChanged).toBe(0);
    expect(again.relationsAdded).toBe(0);
    expect(placeholders()).toBe(0);
    expect(articleSources()).toHaveLength(1);
  });
});
