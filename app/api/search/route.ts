import { getDb } from "@/db";
import { answerSearchRequest } from "@/lib/search/answer-search-request";

/**
 * GET /api/search. In production the app server answers this path itself, before Next's request pipeline
 * (lib/runtime/create-app-server.ts, same function); this route serves `next dev` and any other Next host.
 */
export async function GET(request: Request) {
  const { status, body } = await answerSearchRequest({ db: getDb(), searchParams: new URL(request.url).searchParams });
  return Response.json(body, { status });
}
