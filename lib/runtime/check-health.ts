import "server-only";
import { sql } from "drizzle-orm";
import type { AtlasDatabase } from "@/db/open";
import { readSearchConnection } from "@/lib/search/client";
import { isMeiliHealthy } from "@/lib/search/meili-process";
import { countPendingOutbox } from "@/lib/search/sync-index";

/** `ok` means the app can serve (SQLite answers); search may be degraded to the SQLite fallback. */
export async function checkHealth({ db }: { db: AtlasDatabase }) {
  // Reading the outbox also proves the schema is there (an unmigrated or foreign file is not "ok").
  let dbOk = false;
  let pendingIndexChanges: number | null = null;
  try {
    dbOk = db.get<{ ok: number }>(sql`select 1 as ok`)?.ok === 1;
    pendingIndexChanges = countPendingOutbox({ db });
  } catch {
    dbOk = false;
  }
  const connection = readSearchConnection();
  const searchUp = connection ? await isMeiliHealthy({ url: connection.url }) : false;
  return {
    ok: dbOk,
    db: dbOk ? "ok" : "error",
    search: connection ? (searchUp ? "ok" : "degraded: Meilisearch unreachable, answering from SQLite") : "degraded: no search engine configured",
    engine: searchUp ? "meilisearch" : "sqlite",
    pendingIndexChanges,
  };
}
