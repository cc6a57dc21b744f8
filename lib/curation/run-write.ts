import "server-only";
import type { AtlasDatabase } from "@/db/open";
import { EntityWriteError, type Tx } from "@/lib/entities/record-revision";
import { jsonError } from "@/app/_lib/json-responses";
import { getSearchClient } from "@/lib/search/client";
import { drainSearchOutbox } from "@/lib/search/sync-index";
import { bumpWriteVersion } from "@/db/write-version";

let draining: Promise<unknown> | null = null;
let again = false;

/** Delivers queued search changes now (one drain at a time; a request during a drain triggers one more). */
export function deliverSearchChanges({ db }: { db: AtlasDatabase }): void {
  const client = getSearchClient();
  if (!client) return;
  if (draining) {
    again = true;
    return;
  }
  draining = drainSearchOutbox({ db, client })
    .catch(() => undefined) // rows stay queued; npm start's timer retries
    .finally(() => {
      draining = null;
      if (again) {
        again = false;
        deliverSearchChanges({ db });
      }
    });
}

/**
 * Every editorial write: one transaction (the change, its revision and its search outbox rows commit
 * together), then an immediate, non-blocking delivery to Meilisearch. A unique-key clash becomes a 409.
 */
export function runWrite<T>({ db, write }: { db: AtlasDatabase; write: (tx: Tx) => T }): T {
  let result: T;
  try {
    result = db.transaction(write);
  } catch (error) {
    if (error instanceof Error && "code" in error && String(error.code).startsWith("SQLITE_CONSTRAINT")) {
      throw new EntityWriteError(String(error.code) === "SQLITE_CONSTRAINT_UNIQUE" ? "that would duplicate an existing record" : "that change breaks a data rule", 409);
    }
    throw error;
  }
  bumpWriteVersion();
  deliverSearchChanges({ db });
  return result;
}

/** For route handlers: an expected refusal → its status and message; anything else → 500 without details. */
export function writeErrorResponse(error: unknown) {
  if (error instanceof EntityWriteError) return jsonError({ status: error.status, message: error.message });
  console.error("[atlas] write failed:", error);
  return jsonError({ status: 500, message: "the change could not be saved" });
}
