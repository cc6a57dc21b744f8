import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getAtlasCoverage } from "@/db/queries/coverage";
import { entities, relations } from "@/db/schema";
import { seedDatabase } from "@/lib/seed/seed-database";
import { createTestDatabase } from "../helpers/test-database";

const database = createTestDatabase();
const { db } = database;
beforeAll(() => seedDatabase({ db, log: () => {} }));
afterAll(() => database.remove());

describe("getAtlasCoverage on the real seed", () => {
  it("counts live entities per kind, all of them sourced", () => {
    const byKind = Object.fromEntries(getAtlasCoverage({ db }).entities.map((e) => [e.kind, e]));
    expect(byKind.country).toMatchObject({ confirmed: 249, sourced: 249 });
    for (const kind of ["initiative", "resolution", "event", "organisation"]) {
      expect(byKind[kind].confirmed, kind).toBeGreaterThan(0);
      expect(byKind[kind].sourced, kind).toBe(byKind[kind].confirmed);
    }
  });

  it("counts relations, their sources and partial lists, and the seed article's mentions", () => {
    const { relations: r, articles, mentions } = getAtlasCoverage({ db });
    expect(r.confirmed).toBeGreaterThan(400);
    expect(r.sourced).toBe(r.confirmed);
    expect(r.partialLists).toBeGreaterThan(0);
    expect(articles).toEqual({ zh: 1, en: 0 });
    expect(mentions.confirmed + mentions.suggested).toBeGreaterThan(0);
  });

  it("leaves out what was deleted", () => {
    const before = getAtlasCoverage({ db });
    const gaigi = db.select({ id: entities.id }).from(entities).where(eq(entities.slug, "global-ai-governance-initiative")).get()!;
    const gaigiRelations = db.select({ id: relations.id }).from(relations).where(eq(relations.objectId, gaigi.id)).all().length;
    db.update(entities).set({ deletedAt: "2026-01-01T00:00:00Z" }).where(eq(entities.id, gaigi.id)).run();
    db.update(relations).set({ deletedAt: "2026-01-01T00:00:00Z" }).where(eq(relations.objectId, gaigi.id)).run();
    const after = getAtlasCoverage({ db });
    const initiatives = (c: typeof before) => c.entities.find((e) => e.kind === "initiative")!.confirmed;
    expect(initiatives(after)).toBe(initiatives(before) - 1);
    expect(after.relations.confirmed + after.relations.suggested).toBe(before.relations.confirmed + before.relations.suggested - gaigiRelations);
  });
});
