import fs from "node:fs";
import path from "node:path";
import type { AtlasDatabase } from "@/db/open";
import { loadGazetteer } from "@/lib/linking/load-gazetteer";
import type { Gazetteer } from "@/lib/linking/gazetteer";
import { MAX_BYTES, tooLargeMessage } from "./ingest-limits";
import { ingestArticles, INGEST_BATCH } from "./ingest-article";
import { LINK_AHEAD_MIN, startLinkAhead } from "./link-ahead";

export type FileResult =
  { file: string; ok: true; slug: string; mentions: number; events: number; duplicate: boolean; updated: boolean } | { file: string; ok: false; error: string };

const SKIP_DIRS = new Set(["node_modules", ".git", ".next"]);

/** Files under the given paths (folders recursively, sorted), skipping hidden files and labels.json. */
export function listFiles(paths: string[]): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  const walk = (p: string) => {
    let st: fs.Stats;
    try {
      st = fs.statSync(p);
    } catch {
      missing.push(p);
      return;
    }
    if (st.isDirectory()) {
      for (const name of fs.readdirSync(p).sort()) {
        if (name.startsWith(".") || SKIP_DIRS.has(name)) continue;
        walk(path.join(p, name));
      }
    } else if (st.isFile()) {
      if (path.basename(p) === "labels.json") return;
      files.push(p);
    }
  };
  for (const p of paths) walk(p);
  return { files, missing };
}

/**
 * Ingests many files: one result per file, in order, never aborting the batch. Files are stored INGEST_BATCH to a
 * transaction (ingestArticles: a batch in which one fails is stored again with a savepoint per file), so a bad
 * file leaves nothing half-written. The gazetteer is loaded once and grows with proposed entities.
 */
export function ingestPaths({ db, paths, gazetteer, onResult }: { db: AtlasDatabase; paths: string[]; gazetteer?: Gazetteer; onResult?: (r: FileResult) => void }): FileResult[] {
  const gz = gazetteer ?? loadGazetteer({ db });
  const { files, missing } = listFiles(paths);
  const results: FileResult[] = [];
  const emit = (r: FileResult) => {
    results.push(r);
    onResult?.(r);
  };
  for (const m of missing) emit({ file: m, ok: false, error: "no such file or folder" });
  // one worker linking ahead for the whole folder (ingestArticles would start one per call)
  const ahead = files.length >= LINK_AHEAD_MIN ? startLinkAhead({ gazetteer: gz }) : false;
  try {
    for (let i = 0; i < files.length; i += INGEST_BATCH) {
      const batch = files.slice(i, i + INGEST_BATCH).map((file) => ({ file, ...readArticleFile(file) }));
      const readable = batch.flatMap((b) => (b.bytes ? [{ bytes: b.bytes, fileName: path.basename(b.file) }] : []));
      const outcomes = ingestArticles({ db, items: readable, gazetteer: gz, linkAhead: ahead });
      let next = 0;
      for (const { file, bytes, error } of batch) {
        if (!bytes) {
          emit({ file, ok: false, error });
          continue;
        }
        const r = outcomes[next++];
        emit(r.ok ? { file, ok: true, slug: r.slug, mentions: r.mentions, events: r.events, duplicate: r.duplicate, updated: !!r.updated } : { file, ok: false, error: r.error });
      }
    }
  } finally {
    if (ahead) ahead.stop();
  }
  return results;
}

function readArticleFile(file: string): { bytes: Buffer; error?: undefined } | { bytes?: undefined; error: string } {
  try {
    const size = fs.statSync(file).size;
    if (size > MAX_BYTES) return { error: tooLargeMessage(size) };
    return { bytes: fs.readFileSync(file) };
  } catch (error) {
    return { error: `could not be read: ${(error as Error).message}` };
  }
}
