import type { AtlasDatabase } from "./open";

/**
 * The data version that caches key on. SQLite's `PRAGMA data_version` changes when another connection (an
 * `npm run ingest` process, say) commits; it does not change for this connection's own commits, so the one
 * write path bumps a process-local counter after each commit it makes. Together they change whenever any
 * committed write could change what a reader sees.
 */
let localWrites = 0;

export function bumpWriteVersion(): void {
  localWrites += 1;
}

export function readWriteVersion({ db }: { db: AtlasDatabase }): string {
  const external = db.$client.pragma("data_version", { simple: true }) as number;
  return `${external}.${localWrites}`;
}
