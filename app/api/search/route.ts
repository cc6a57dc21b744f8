import { NextResponse, type NextRequest } from "next/server";
import { getDb } from "@/db";
import { jsonError, zodMessage } from "@/lib/http/json-responses";
import { searchAtlas } from "@/lib/search/search-atlas";
import { parseSearchParams } from "@/lib/search/search-params";

/** GET /api/search?q=&kind=&country=&organisation=&language=&yearFrom=&yearTo=&limit=&offset= */
export async function GET(request: NextRequest) {
  const url = request.nextUrl.searchParams;
  // Repeated keys (kind=a&kind=b) and comma lists (kind=a,b) both work, as on the page.
  const input: Record<string, string[]> = {};
  for (const key of new Set(url.keys())) input[key] = url.getAll(key);
  const parsed = parseSearchParams(input);
  if (!parsed.success) return jsonError({ status: 400, message: zodMessage(parsed.error) });
  try {
    return NextResponse.json(await searchAtlas({ db: getDb(), query: parsed.data }));
  } catch (error) {
    // searchAtlas already falls back to SQLite when the engine fails; this is the database itself failing.
    console.error("search failed", error);
    return jsonError({ status: 503, message: "Search is temporarily unavailable. Please try again." });
  }
}
