/**
 * Test helper for ingestion/linking tests, the eval and the bench: a temporary SQLite file with the seed plan
 * (lib/seed/build-seed-plan.ts) inserted directly into entities / aliases / relations.
 */
import type { AtlasDatabase } from "@/db/open";
import { aliases, entities, relations } from "@/db/schema";
import { buildSeedPlan } from "@/lib/seed/build-seed-plan";
import type { SeedPlan } from "@/lib/seed/types";
import { createTestDatabase } from "../helpers/test-database";

/** Inserts a plan with plain inserts (tests only: the product path is db/seed). */
function insertPlan(db: AtlasDatabase, plan: SeedPlan): Map<string, number> {
  const ids = new Map<string, number>();
  db.transaction((tx) => {
    for (const e of plan.entities) {
      const id = tx
        .insert(entities)
        .values({
          kind: e.kind,
          slug: e.slug,
          nameEn: e.nameEn,
          nameZh: e.nameZh,
          subtype: e.subtype ?? null,
          date: e.date ?? null,
          endDate: e.endDate ?? null,
          iso2: e.iso2 ?? null,
          iso3: e.iso3 ?? null,
          symbol: e.symbol ?? null,
          session: e.session ?? null,
        })
        .returning({ id: entities.id })
        .get().id;
      ids.set(`${e.kind}:${e.slug}`, id);
      for (const a of e.aliases) {
        tx.insert(aliases)
          .values({ entityId: id, alias: a.alias, language: a.language, aliasType: a.aliasType, linkable: a.linkable ?? true })
          .onConflictDoNothing()
          .run();
      }
    }
    for (const r of plan.relations) {
      const s = ids.get(`${r.subject.kind}:${r.subject.slug}`);
      const o = ids.get(`${r.object.kind}:${r.object.slug}`);
      if (s === undefined || o === undefined || s === o) continue;
      tx.insert(relations)
        .values({ subjectId: s, objectId: o, role: r.role, date: r.date ?? null })
        .onConflictDoNothing()
        .run();
    }
  });
  return ids;
}

export async function makeSeededDb(): Promise<{ db: AtlasDatabase; file: string; cleanup: () => void }> {
  const { db, file, remove } = createTestDatabase();
  insertPlan(db, buildSeedPlan());
  return { db, file, cleanup: remove };
}
