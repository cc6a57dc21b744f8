import { NextResponse } from "next/server";
import { getDb } from "@/db";
import { listWatchedSources } from "@/db/queries/sources";
import { apiWrite } from "@/app/_lib/api-write";
import { authFailureResponse } from "@/app/_lib/auth-responses";
import { jsonError } from "@/app/_lib/json-responses";
import { requireRole } from "@/lib/auth/require-role";
import { zodMessage } from "@/lib/http/zod-message";
import { addWatchedSource, serializeSource, sourceInputSchema, SourceRequestError } from "@/lib/sources/manage-sources";

/** GET /api/sources (editor): every watched source with its health and item counts. */
export async function GET(request: Request) {
  const auth = await requireRole({ request, role: "editor" });
  if (!auth.ok) return authFailureResponse(auth);
  return NextResponse.json({ sources: listWatchedSources({ db: getDb() }).map(({ counts, ...source }) => serializeSource({ source, counts })) });
}

/** POST /api/sources (editor; allowPrivate: admin) { url, kind?, language?, intervalMinutes?, linkPattern?, allowPrivate? } */
export const POST = apiWrite({
  handle: async ({ db, actor, body }) => {
    const input = sourceInputSchema.safeParse(body);
    if (!input.success) return jsonError({ status: 400, message: zodMessage(input.error) });
    try {
      const user = actor.userId === null ? null : { id: actor.userId, role: actor.role as Exclude<typeof actor.role, "operator"> };
      const source = await addWatchedSource({ db, input: input.data, user });
      return NextResponse.json(serializeSource({ source }), { status: 201 });
    } catch (error) {
      if (error instanceof SourceRequestError) return jsonError({ status: error.status, message: error.message });
      throw error;
    }
  },
});
