import type { AtlasDatabase } from "./open";

/**
 * The data version that caches key on. SQLite's `PRAGMA data_version` changes when another connection (an
 * `npm run ingest` process, say) commits; it does not change for this connection's own commits, so the one
 * write path bumps a process-local counter after each commit it makes. Together they change whenever any
 * committed write could change what a reader sees.
 * The counter lives on globalThis: Next's server bundle and the app server (scripts/serve.ts) load their own
 * copies of this module, and both must see the same count.
 */
const shared = globalThis as unknown as { atlasLocalWrites?: number };
// Prepared once per connection: it is read on every cached request.
const statements = new WeakMap<object, { get: () => unknown }>();

export function bumpWriteVersion(): void {
  shared.atlasLocalWrites = (shared.atlasLocalWrites ?? 0) + 1;
}

export function readWriteVersion({ db }: { db: AtlasDatabase }): string {
  let statement = statements.get(db.$client);
  if (!statement) statements.set(db.$client, (statement = db.$client.prepare("PRAGMA data_version").pluck()));
  const external = statement.get() as number;
  return `${external}.${shared.atlasLocalWrites ?? 0}`;
}
