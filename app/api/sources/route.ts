import { NextResponse } from "next/server";
import { getDb } from "@/db";
import { listWatchedSources } from "@/db/queries/sources";
import { authFailureResponse } from "@/lib/auth/auth-responses";
import { requireRole } from "@/lib/auth/require-role";
import { jsonError } from "@/lib/http/json-responses";
import { readJsonBody } from "@/lib/http/read-json-body";
import { addWatchedSource, serializeSource, sourceInputSchema, SourceRequestError } from "@/lib/sources/manage-sources";

/** GET /api/sources (editor): every watched source with its health and item counts. */
export async function GET(request: Request) {
  const auth = await requireRole({ request, role: "editor" });
  if (!auth.ok) return authFailureResponse(auth);
  return NextResponse.json({ sources: listWatchedSources({ db: getDb() }).map(({ counts, ...source }) => serializeSource({ source, counts })) });
}

/** POST /api/sources (editor; allowPrivate: admin) { url, kind?, language?, intervalMinutes?, linkPattern?, allowPrivate? } */
export async function POST(request: Request) {
  const auth = await requireRole({ request, role: "editor" });
  if (!auth.ok) return authFailureResponse(auth);
  const body = await readJsonBody({ request, schema: sourceInputSchema });
  if (!body.ok) return body.response;
  try {
    const source = await addWatchedSource({ db: getDb(), input: body.data, user: auth.user });
    return NextResponse.json(serializeSource({ source }), { status: 201 });
  } catch (error) {
    if (error instanceof SourceRequestError) return jsonError({ status: error.status, message: error.message });
    console.error("[atlas] adding a source failed:", error);
    return jsonError({ status: 500, message: "the source could not be saved" });
  }
}
