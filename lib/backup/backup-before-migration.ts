import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { backupDatabase } from "./backup-database";

const JOURNAL = path.join(process.cwd(), "db", "migrations", "meta", "_journal.json");
export const KEPT_MIGRATION_BACKUPS = 5;

/** Migrations in the drizzle journal that the database has not applied (drizzle applies those newer than its last). */
export function pendingMigrations({ file, journalFile = JOURNAL }: { file: string; journalFile?: string }): string[] {
  if (!fs.existsSync(file)) return [];
  const journal = JSON.parse(fs.readFileSync(journalFile, "utf8")) as { entries: { when: number; tag: string }[] };
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'").get();
    if (!table) return []; // a new, empty database: nothing to lose
    const last = (db.prepare("SELECT max(created_at) AS at FROM __drizzle_migrations").get() as { at: number | null }).at ?? 0;
    return journal.entries.filter((e) => e.when > Number(last)).map((e) => e.tag);
  } finally {
    db.close();
  }
}

/**
 * Before `npm start` applies a new migration: a verified backup into DATA_DIR/backups/, keeping the newest
 * few. Returns the backup's path, or null when nothing is pending.
 */
export async function backupBeforeMigration({
  file,
  dataDir,
  keep = KEPT_MIGRATION_BACKUPS,
  log = console.log,
}: {
  file: string;
  dataDir: string;
  keep?: number;
  log?: (line: string) => void;
}): Promise<string | null> {
  const pending = pendingMigrations({ file });
  if (pending.length === 0) return null;
  const dir = path.join(dataDir, "backups");
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const { file: backup } = await backupDatabase({ source: file, target: path.join(dir, `before-migration-${stamp}.sqlite`) });
  log(`backed up the database to ${backup} before applying ${pending.join(", ")}`);
  const old = fs
    .readdirSync(dir)
    .filter((name) => /^before-migration-.*\.sqlite$/.test(name))
    .sort()
    .reverse()
    .slice(keep);
  for (const name of old) fs.rmSync(path.join(dir, name), { force: true });
  return backup;
}
