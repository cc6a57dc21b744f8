import { sql } from "drizzle-orm";
import type { AtlasDatabase } from "./open";

/**
 * The data version that caches of rendered pages and the open-data dump key on: the `write_counter` row, which
 * the write path raises inside each write's own transaction. Every process that writes (the web server, an
 * `npm run ingest`, the sources poller) goes through it, so the next read after any commit sees a new version.
 * Why not SQLite's `PRAGMA data_version`: it moves on every commit by another connection, and the search
 * outbox is delivered (its rows deleted) by other connections moments after each write; a page read during
 * that delivery was rendered at a version that changed under it, and readers got needless misses.
 */

/** Inside a write transaction (any object with drizzle's `run`): counts the write. */
export function bumpWriteVersion({ tx }: { tx: Pick<AtlasDatabase, "run"> }): void {
  tx.run(sql`UPDATE write_counter SET version = version + 1 WHERE id = 1`);
}

// Prepared once per connection: it is read on every cached request.
const statements = new WeakMap<object, { get: () => unknown }>();

export function readWriteVersion({ db }: { db: AtlasDatabase }): string {
  let statement = statements.get(db.$client);
  if (!statement) statements.set(db.$client, (statement = db.$client.prepare("SELECT version FROM write_counter WHERE id = 1").pluck()));
  return String(statement.get() ?? 0);
}
