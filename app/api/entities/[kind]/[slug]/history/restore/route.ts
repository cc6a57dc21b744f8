import { NextResponse } from "next/server";
import { z } from "zod";
import { getDb } from "@/db";
import { findEntityForHistory, listEntityHistory } from "@/db/queries/history";
import { ENTITY_KINDS } from "@/db/schema";
import { authFailureResponse } from "@/lib/auth/auth-responses";
import { requireRole } from "@/lib/auth/require-role";
import { readJsonBody } from "@/lib/curation/read-json-body";
import { runWrite, writeErrorResponse } from "@/lib/curation/run-write";
import { restoreRevision } from "@/lib/entities/restore-revision";
import { jsonError } from "@/lib/http/json-responses";

const paramsSchema = z.object({ kind: z.enum(ENTITY_KINDS), slug: z.string().min(1).max(200) });
const bodySchema = z.object({ revisionId: z.number().int().positive() }).strict();

/** POST {revisionId}: bring the entity (or one of its relations) back to that revision's state (admin). */
export async function POST(request: Request, ctx: RouteContext<"/api/entities/[kind]/[slug]/history/restore">) {
  const auth = await requireRole({ request, role: "admin" });
  if (!auth.ok) return authFailureResponse(auth);
  const params = paramsSchema.safeParse(await ctx.params);
  if (!params.success) return jsonError({ status: 400, message: `kind must be one of ${ENTITY_KINDS.join(", ")}` });
  const body = await readJsonBody({ request, schema: bodySchema });
  if (!body.ok) return body.response;
  const db = getDb();
  const entity = findEntityForHistory({ db, kind: params.data.kind, key: decodeURIComponent(params.data.slug) });
  if (!entity) return jsonError({ status: 404, message: `no ${params.data.kind} "${params.data.slug}"` });
  // only revisions that belong to this entity's history can be restored through its URL
  if (!listEntityHistory({ db, entityId: entity.id }).some((r) => r.id === body.data.revisionId)) {
    return jsonError({ status: 404, message: "no such revision in this entity's history" });
  }
  try {
    const result = runWrite({ db, write: (tx) => restoreRevision({ tx, revisionId: body.data.revisionId, userId: auth.user.id }) });
    return NextResponse.json(result);
  } catch (error) {
    return writeErrorResponse(error);
  }
}
