import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import type { AtlasDatabase } from "@/db/open";
import * as schema from "@/db/schema";
import { loadGazetteer } from "@/lib/linking/load-gazetteer";
import { extractArticle, extractFromText, type ArticleFormat, type ArticleHints, type ExtractedArticle } from "./extract-article";
import { linkWithinLimits, type FoundLinks } from "./link-within-limits";

/** What an upload or API call gives: a file's bytes (encoding detected) or text already decoded. */
export type ArticleSource =
  { kind: "bytes"; bytes: Uint8Array; fileName: string; hints: ArticleHints } | { kind: "text"; text: string; hints: ArticleHints; format?: ArticleFormat };

export type PreparedArticle = { article: ExtractedArticle; links: FoundLinks };

/**
 * Extraction and linking of one article: pure computation over the input and the gazetteer (read from the
 * database file on a read-only connection of its own). This is what runs in a worker thread; storing stays with
 * the caller. Throws IngestError when the input is refused.
 */
export function prepareArticle({ source, databaseFile }: { source: ArticleSource; databaseFile: string }): PreparedArticle {
  const article =
    source.kind === "bytes"
      ? extractArticle({ bytes: source.bytes, fileName: source.fileName, hints: source.hints })
      : extractFromText({ text: source.text, hints: source.hints, format: source.format });
  const client = new Database(databaseFile, { readonly: true, fileMustExist: true });
  try {
    const db = drizzle({ client, schema }) as AtlasDatabase;
    return { article, links: linkWithinLimits({ article, gazetteer: loadGazetteer({ db }) }) };
  } finally {
    client.close();
  }
}
