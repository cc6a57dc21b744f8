import type { Meilisearch } from "meilisearch";
import type { AtlasDatabase } from "@/db/open";
import { getSearchClient } from "./client";
import { countPendingOutbox, drainSearchOutbox } from "./sync-index";

/**
 * THE search deliverer: every write path, every script and `npm start`'s periodic retry send the outbox to
 * Meilisearch through this module, so at most one drain runs per process and a request for delivery that
 * arrives during a drain is never lost (one more drain follows it).
 */
export type DeliveryReport = { delivered: number; pending: number; error?: string; engine: boolean };

let draining: Promise<DeliveryReport> | null = null;
let again = false;

function pendingOrUnknown({ db }: { db: AtlasDatabase }): number {
  try {
    return countPendingOutbox({ db });
  } catch {
    return Number.NaN;
  }
}

function drainOnce({ db, client }: { db: AtlasDatabase; client: Meilisearch }): Promise<DeliveryReport> {
  draining = drainSearchOutbox({ db, client })
    .then((r) => ({ ...r, engine: true }))
    // the rows stay queued on any failure; the next write or npm start's retry delivers them. Never rejects:
    // nobody awaits a delivery started by a write (and the connection may be closed by then).
    .catch((error: unknown) => ({ delivered: 0, pending: pendingOrUnknown({ db }), error: error instanceof Error ? error.message : String(error), engine: true }))
    .finally(() => {
      draining = null;
      if (again) {
        again = false;
        deliverSearchChanges({ db, client });
      }
    });
  return draining;
}

/** Delivers queued search changes now, without waiting (after a write has committed). No engine: they stay queued. */
export function deliverSearchChanges({ db, client = getSearchClient() }: { db: AtlasDatabase; client?: Meilisearch | null }): void {
  if (!client) return;
  if (draining) {
    again = true;
    return;
  }
  void drainOnce({ db, client });
}

/**
 * Delivers everything queued and waits for it (scripts before they exit, npm start's periodic retry,
 * `npm run search:drain`): waits for a drain in flight, then drains once more so rows queued meanwhile go too.
 */
export async function flushSearchChanges({ db, client = getSearchClient() }: { db: AtlasDatabase; client?: Meilisearch | null }): Promise<DeliveryReport> {
  if (!client) return { delivered: 0, pending: countPendingOutbox({ db }), engine: false };
  while (draining) await draining;
  return drainOnce({ db, client });
}

/** One line for a script's log: what was delivered, or why changes wait in the outbox. */
export function describeDelivery(report: DeliveryReport): string {
  if (!report.engine) return `search: ${report.pending} changes queued (delivered when Meilisearch runs: npm start)`;
  return `search: ${report.delivered} changes delivered${report.error ? `, ${report.pending} pending: ${report.error}` : ""}`;
}
