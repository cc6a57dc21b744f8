import fs from "node:fs";
import path from "node:path";
import { BackupError, checkDatabaseFile } from "./backup-database";
import { findRunningServer } from "./server-lock";

/**
 * Replaces the database at `target` with the backup `source`: the backup must pass `PRAGMA integrity_check`
 * and be an atlas database; a running `npm start` on the data directory (its pid file) makes it refuse. The
 * copy is made 0600 next to the target and renamed over it (atomic); the old file's WAL and shared-memory files
 * are removed first, or SQLite would replay the old database's last writes onto the restored one. The caller
 * migrates and reindexes search afterwards (scripts/db-restore.ts).
 */
export function restoreDatabase({ source, target, dataDir }: { source: string; target: string; dataDir: string }): { file: string } {
  const running = findRunningServer({ dataDir });
  if (running) throw new BackupError(`the app is running on ${dataDir} (pid ${running}): stop it (Ctrl-C on npm start) before restoring`);
  const check = checkDatabaseFile({ file: source });
  if (!check.ok) throw new BackupError(`${source} cannot be restored: ${check.problem}`);
  const file = path.resolve(target);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.restoring`;
  fs.copyFileSync(source, temporary);
  fs.chmodSync(temporary, 0o600);
  for (const suffix of ["-wal", "-shm"]) fs.rmSync(`${file}${suffix}`, { force: true });
  fs.renameSync(temporary, file);
  return { file };
}
