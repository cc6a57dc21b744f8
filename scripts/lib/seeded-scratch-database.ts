import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { migrateDatabase, openDatabase, type AtlasDatabase } from "@/db/open";
import { applySeedPlan } from "@/lib/seed/apply-seed-plan";
import { buildSeedPlan } from "@/lib/seed/build-seed-plan";
import { parseContentSources } from "@/lib/seed/content-sources";

/**
 * For benchmarks and the linking evaluation: a throw-away SQLite file in a temp folder, migrated and holding
 * the seed plan's entities, aliases and relations (no articles), written by the product's own seeding. The plan
 * includes content-sources.json as `npm run seed` does: the entities it adds (the New Delhi Declaration, REAIM
 * 2026, national AI laws …) are in the product's gazetteer, so they must be in the evaluation's too.
 */
export function makeSeededScratchDatabase(): { db: AtlasDatabase; file: string; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "atlas-scratch-db-"));
  const file = path.join(dir, "atlas.sqlite");
  const db = openDatabase({ file });
  migrateDatabase({ db });
  const contentSources = parseContentSources(fs.readFileSync(path.join(process.cwd(), "db", "seed", "data", "content-sources.json"), "utf8"));
  applySeedPlan({ db, plan: buildSeedPlan({ contentSources }) });
  return {
    db,
    file,
    cleanup: () => {
      db.$client.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
