import { NextResponse } from "next/server";
import { getDb } from "@/db";
import { listReviewQueue } from "@/db/queries/review";
import { apiWrite } from "@/app/_lib/api-write";
import { authFailureResponse } from "@/app/_lib/auth-responses";
import { requireRole } from "@/lib/auth/require-role";
import { applyReviewRequest } from "@/lib/curation/apply-review-request";
import { reviewRequestSchema } from "@/lib/curation/review-schema";
import { runCommand } from "@/lib/write/run-command";

/** GET: the review queue (editor: it shows unconfirmed guesses that the public never sees). */
export async function GET(request: Request) {
  const auth = await requireRole({ request, role: "editor" });
  if (!auth.ok) return authFailureResponse(auth);
  return NextResponse.json(listReviewQueue({ db: getDb() }));
}

/** POST: accept / reject / correct one item, or bulk-accept high-confidence suggestions (editor). */
export const POST = apiWrite({
  maxBytes: 8 * 1024,
  handle: async ({ db, actor, body }) => {
    const result = await runCommand({
      db,
      actor,
      role: "editor",
      schema: reviewRequestSchema,
      input: body,
      command: ({ tx, input, userId }) => applyReviewRequest({ db, tx, request: input, userId }),
    });
    return NextResponse.json({ ok: true, ...result });
  },
});
