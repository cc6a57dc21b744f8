import { NextResponse } from "next/server";
import { getDb } from "@/db";
import { listReviewQueue } from "@/db/queries/review";
import { authFailureResponse } from "@/lib/auth/auth-responses";
import { requireRole } from "@/lib/auth/require-role";
import { readJsonBody } from "@/lib/http/read-json-body";
import { applyReviewRequest } from "@/lib/curation/apply-review-request";
import { reviewRequestSchema } from "@/lib/curation/review-schema";
import { runWrite, writeErrorResponse } from "@/lib/curation/run-write";

/** GET: the review queue (editor: it shows unconfirmed guesses that the public never sees). */
export async function GET(request: Request) {
  const auth = await requireRole({ request, role: "editor" });
  if (!auth.ok) return authFailureResponse(auth);
  return NextResponse.json(listReviewQueue({ db: getDb() }));
}

/** POST: accept / reject / correct one item, or bulk-accept high-confidence suggestions (editor). */
export async function POST(request: Request) {
  const auth = await requireRole({ request, role: "editor" });
  if (!auth.ok) return authFailureResponse(auth);
  const body = await readJsonBody({ request, schema: reviewRequestSchema, maxBytes: 8 * 1024 });
  if (!body.ok) return body.response;
  try {
    const db = getDb();
    const result = runWrite({ db, write: (tx) => applyReviewRequest({ db, tx, request: body.data, userId: auth.user.id }) });
    return NextResponse.json({ ok: true, ...result });
  } catch (error) {
    return writeErrorResponse(error);
  }
}
