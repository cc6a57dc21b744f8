import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { inject } from "vitest";
import { migrateDatabase, openDatabase, type AtlasDatabase } from "@/db/open";

/** A real SQLite file in a temp folder, migrated; remove() closes and deletes it. */
export function createTestDatabase(): { db: AtlasDatabase; file: string; remove: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "atlas-test-db-"));
  const file = path.join(dir, "atlas.sqlite");
  const db = openDatabase({ file });
  migrateDatabase({ db });
  return {
    db,
    file,
    remove: () => {
      db.$client.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Points this test file at the run's Meilisearch with an index of its own (test files run in parallel),
 * and returns the settings for the lib/search client.
 */
export function useTestSearchIndex(name: string): { url: string; masterKey: string; indexUid: string } {
  const url = inject("meiliUrl");
  const masterKey = inject("meiliMasterKey");
  const indexUid = `test_${name}_${process.pid}_${Date.now()}`;
  process.env.MEILI_URL = url;
  process.env.MEILI_MASTER_KEY = masterKey;
  process.env.MEILI_INDEX = indexUid;
  return { url, masterKey, indexUid };
}
