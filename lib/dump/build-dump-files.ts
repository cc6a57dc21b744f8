import crypto from "node:crypto";
import zlib from "node:zlib";
import { strToU8, zipSync, type Zippable } from "fflate";
import type { AtlasDatabase } from "@/db/open";
import { readDumpTables, type DumpTableName } from "@/db/queries/dump";
import { stringifyCsv } from "@/lib/csv/stringify-csv";

export const DUMP_SCHEMA_VERSION = 1;
export const DUMP_FILES = { json: "atlas.json.gz", zip: "atlas-csv.zip" } as const;

export type DumpFiles = { json: Buffer; zip: Buffer; etags: { json: string; zip: string }; counts: Record<DumpTableName, number> };

const etagOf = (bytes: Uint8Array) => `"${crypto.createHash("sha256").update(bytes).digest("base64url").slice(0, 27)}"`;

/**
 * The open-data dump (schema: README "Open-data dump"): one gzip'd JSON document with every table as an array
 * of objects, and a zip of one CSV per table (the shared formula-escaping CSV writer, UTF-8 with BOM).
 */
export function buildDumpFiles({ db, now = new Date() }: { db: AtlasDatabase; now?: Date }): DumpFiles {
  const tables = readDumpTables({ db });
  const document = {
    schemaVersion: DUMP_SCHEMA_VERSION,
    generatedAt: now.toISOString(),
    about:
      "Policy Atlas open data: entities, aliases, sources, relations, articles' metadata, mentions and article-reported events. Every fact carries its sources; article texts belong to their publishers and are not included.",
    ...Object.fromEntries(Object.entries(tables).map(([name, t]) => [name, t.rows])),
  };
  const json = zlib.gzipSync(Buffer.from(JSON.stringify(document)), { level: 9 });
  const mtime = now;
  const zipEntries: Zippable = {};
  for (const [name, t] of Object.entries(tables)) {
    zipEntries[`${name}.csv`] = [strToU8(stringifyCsv({ header: t.columns, rows: t.rows.map((row) => t.columns.map((c) => row[c])) })), { mtime }];
  }
  const zip = Buffer.from(zipSync(zipEntries, { level: 9 }));
  const counts = Object.fromEntries(Object.entries(tables).map(([name, t]) => [name, t.rows.length])) as Record<DumpTableName, number>;
  return { json, zip, etags: { json: etagOf(json), zip: etagOf(zip) }, counts };
}
