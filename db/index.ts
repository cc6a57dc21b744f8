import "server-only";
import { openDatabase, type AtlasDatabase } from "./open";

export type { AtlasDatabase } from "./open";

// One connection per process. Next's dev server re-evaluates modules on every change, so the handle is
// cached on globalThis rather than reopened (and leaking file handles) on each reload.
const globalForDb = globalThis as unknown as { atlasDb?: AtlasDatabase };

export function getDb(): AtlasDatabase {
  globalForDb.atlasDb ??= openDatabase();
  return globalForDb.atlasDb;
}
