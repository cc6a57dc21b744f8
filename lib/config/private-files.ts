import fs from "node:fs";

/**
 * The data directory holds password hashes (SQLite) and the search engine's master key: only its owner may
 * read it. Used by db/open.ts and the Meilisearch starter; a leaf helper with no domain imports.
 */

/** Creates `dir` (and missing parents) as 0700; a directory that exists is tightened only when we own it. */
export function ensurePrivateDir({ dir }: { dir: string }): void {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  tightenIfOwned({ file: dir, mode: 0o700 });
}

/** Creates `file` empty as 0600 when it is missing, and tightens it to 0600 when it exists and is ours. */
export function ensurePrivateFile({ file }: { file: string }): void {
  try {
    fs.closeSync(fs.openSync(file, fs.constants.O_CREAT | fs.constants.O_EXCL | fs.constants.O_WRONLY, 0o600));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  tightenIfOwned({ file, mode: 0o600 });
}

/** chmod to `mode` when the file exists, belongs to this user and is more open than that (never someone else's /tmp). */
export function tightenIfOwned({ file, mode }: { file: string; mode: number }): void {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    return;
  }
  const ownedByUs = typeof process.getuid !== "function" || stat.uid === process.getuid();
  if (ownedByUs && (stat.mode & 0o777 & ~mode) !== 0) fs.chmodSync(file, mode);
}
