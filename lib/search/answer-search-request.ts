import "server-only";
import type { AtlasDatabase } from "@/db/open";
import { zodMessage } from "@/lib/http/zod-message";
import { searchAtlas, type SearchResult } from "./search-atlas";
import { parseSearchParams } from "./search-params";

export type SearchAnswer = { status: 200; body: SearchResult } | { status: 400 | 503; body: { error: string } };

/**
 * GET /api/search?q=&kind=&country=&organisation=&language=&yearFrom=&yearTo=&limit=&offset=, transport-free:
 * both the Next route (app/api/search/route.ts, used by `next dev`) and the production server's fast path
 * (lib/runtime/create-app-server.ts) answer with this, so the two cannot drift apart.
 */
export async function answerSearchRequest({ db, searchParams }: { db: AtlasDatabase; searchParams: URLSearchParams }): Promise<SearchAnswer> {
  // Repeated keys (kind=a&kind=b) and comma lists (kind=a,b) both work, as on the page.
  const input: Record<string, string[]> = {};
  for (const key of new Set(searchParams.keys())) input[key] = searchParams.getAll(key);
  const parsed = parseSearchParams(input);
  if (!parsed.success) return { status: 400, body: { error: zodMessage(parsed.error) } };
  try {
    return { status: 200, body: await searchAtlas({ db, query: parsed.data }) };
  } catch (error) {
    // searchAtlas already falls back to SQLite when the engine fails; this is the database itself failing.
    console.error("search failed", error);
    return { status: 503, body: { error: "Search is temporarily unavailable. Please try again." } };
  }
}
