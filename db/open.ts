import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { resolveDatabasePath } from "@/lib/config/paths";
import { ensurePrivateFile, tightenIfOwned } from "@/lib/config/private-files";
import * as schema from "./schema";

export type AtlasDatabase = BetterSQLite3Database<typeof schema> & { $client: Database.Database };
/** What reads and writes need: the database itself or an open transaction on it. */
export type DbOrTx = Pick<AtlasDatabase, "insert" | "select" | "update" | "delete">;

const MIGRATIONS_FOLDER = path.join(process.cwd(), "db", "migrations");

/**
 * Opens (creating if needed) the SQLite file with the pragmas every connection needs.
 * Scripts and tests import this directly; the Next app goes through db/index.ts (server-only, cached).
 */
export function openDatabase({ file = resolveDatabasePath() }: { file?: string } = {}): AtlasDatabase {
  // A new folder is private (0700); an existing one (e.g. a temp dir) is left as it is.
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  // The file holds password hashes: 0600. SQLite gives its -wal and -shm files the database file's mode.
  if (file !== ":memory:") {
    ensurePrivateFile({ file });
    for (const suffix of ["-wal", "-shm"]) tightenIfOwned({ file: file + suffix, mode: 0o600 });
  }
  const client = new Database(file);
  client.pragma("journal_mode = WAL");
  client.pragma("foreign_keys = ON");
  client.pragma("synchronous = NORMAL");
  client.pragma("busy_timeout = 5000");
  // Savepoint journals (one per article in a batch ingest) kept in memory: on disk each spilled to a temp file
  // and cost a write per page the article touched (measured: half of ingest's system time)
  client.pragma("temp_store = MEMORY");
  return drizzle({ client, schema }) as AtlasDatabase;
}

export function migrateDatabase({ db }: { db: AtlasDatabase }): void {
  migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
}
