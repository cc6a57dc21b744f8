import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

export class BackupError extends Error {}

/** `PRAGMA integrity_check` on a file, read-only: "ok" or the first problems SQLite reports. */
export function checkDatabaseFile({ file }: { file: string }): { ok: true } | { ok: false; problem: string } {
  if (!fs.existsSync(file)) return { ok: false, problem: `${file} does not exist` };
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const rows = db.pragma("integrity_check(5)") as { integrity_check: string }[];
    if (rows.length !== 1 || rows[0].integrity_check !== "ok") return { ok: false, problem: rows.map((r) => r.integrity_check).join("; ") };
    const hasSchema = db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name IN ('entities', '__drizzle_migrations')").get() as { n: number };
    if (hasSchema.n !== 2) return { ok: false, problem: "not a Policy Atlas database (no entities or migrations table)" };
    return { ok: true };
  } catch (error) {
    return { ok: false, problem: error instanceof Error ? error.message : String(error) };
  } finally {
    db?.close();
  }
}

/**
 * Online backup of the live database into `target`: SQLite's backup API copies pages in steps while the app
 * keeps serving and writing (a write during the copy restarts it from the changed page, so the copy is one
 * consistent state). The copy goes to a temporary file created 0600 (it holds password hashes), is verified
 * with `PRAGMA integrity_check`, and only then renamed to `target`.
 */
export async function backupDatabase({ source, target }: { source: string; target: string }): Promise<{ file: string; bytes: number }> {
  if (!fs.existsSync(source)) throw new BackupError(`no database at ${source}`);
  const file = path.resolve(target);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.partial`;
  fs.rmSync(temporary, { force: true });
  fs.closeSync(fs.openSync(temporary, "wx", 0o600));
  const db = new Database(source, { fileMustExist: true });
  try {
    db.pragma("busy_timeout = 5000");
    await db.backup(temporary);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw new BackupError(`backup of ${source} failed: ${error instanceof Error ? error.message : error}`);
  } finally {
    db.close();
  }
  fs.chmodSync(temporary, 0o600);
  // One self-contained file: in WAL mode every later open (even the check below) would leave -wal/-shm beside it.
  const copy = new Database(temporary);
  copy.pragma("journal_mode = DELETE");
  copy.close();
  const check = checkDatabaseFile({ file: temporary });
  if (!check.ok) {
    fs.rmSync(temporary, { force: true });
    throw new BackupError(`the copy failed its integrity check: ${check.problem}`);
  }
  fs.renameSync(temporary, file);
  return { file, bytes: fs.statSync(file).size };
}
