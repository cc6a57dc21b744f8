import path from "node:path";

/** Where runtime data lives (SQLite file, Meilisearch data, generated keys). Never committed. */
export function resolveDataDir(): string {
  return path.resolve(process.env.DATA_DIR ?? ".data");
}

export function resolveDatabasePath(): string {
  return path.resolve(process.env.DATABASE_PATH ?? path.join(resolveDataDir(), "atlas.sqlite"));
}
