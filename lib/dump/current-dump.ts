import fs from "node:fs";
import path from "node:path";
import type { AtlasDatabase } from "@/db/open";
import { readWriteVersion } from "@/db/write-version";
import { buildDumpFiles, DUMP_FILES, type DumpFiles } from "./build-dump-files";

let cached: { version: string; files: DumpFiles } | null = null;

/**
 * The dump for the data as it is now: built on first request and again only after a write (keyed by the
 * write version, which every write raises, this process's or another's), so a download right after an
 * edit has it. Each build is also written to DATA_DIR/dump/ (atomically) for operators and mirrors.
 */
export function currentDump({ db, dataDir }: { db: AtlasDatabase; dataDir?: string }): DumpFiles {
  const version = readWriteVersion({ db });
  if (cached?.version === version) return cached.files;
  const files = buildDumpFiles({ db });
  cached = { version, files };
  if (dataDir) writeDumpFiles({ dir: path.join(dataDir, "dump"), files });
  return files;
}

/** Writes both files into `dir`, each through a temporary name and a rename (readers never see half a file). */
export function writeDumpFiles({ dir, files }: { dir: string; files: DumpFiles }): string[] {
  fs.mkdirSync(dir, { recursive: true });
  return (["json", "zip"] as const).map((which) => {
    const target = path.join(dir, DUMP_FILES[which]);
    const temporary = `${target}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, files[which]);
    fs.renameSync(temporary, target);
    return target;
  });
}
