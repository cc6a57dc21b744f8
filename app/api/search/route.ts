import { NextResponse, type NextRequest } from "next/server";
import { getDb } from "@/db";
import { jsonError, zodMessage } from "@/lib/http/json-responses";
import { searchAtlas } from "@/lib/search/search-atlas";
import { parseSearchParams } from "@/lib/search/search-params";

export async function GET(request: NextRequest) {
  const parsed = parseSearchParams(Object.fromEntries(request.nextUrl.searchParams));
  if (!parsed.success) return jsonError({ status: 400, message: zodMessage(parsed.error) });
  const result = await searchAtlas({ db: getDb(), query: parsed.data });
  return NextResponse.json(result);
}
