import { NextResponse } from "next/server";
import { z } from "zod";
import { getDb } from "@/db";
import { findEntityForHistory } from "@/db/queries/history";
import { authFailureResponse } from "@/lib/auth/auth-responses";
import { requireRole } from "@/lib/auth/require-role";
import { findRouteEntity, readEntityParams } from "@/lib/curation/entity-route";
import { runWrite, writeErrorResponse } from "@/lib/curation/run-write";
import { restoreRevision } from "@/lib/entities/restore-revision";
import { readJsonBody } from "@/lib/http/read-json-body";

const bodySchema = z.object({ revisionId: z.number().int().positive() }).strict();

/** POST {revisionId}: bring the entity (or one of its relations) back to that revision's state (admin). */
export async function POST(request: Request, ctx: RouteContext<"/api/entities/[kind]/[slug]/history/restore">) {
  const auth = await requireRole({ request, role: "admin" });
  if (!auth.ok) return authFailureResponse(auth);
  const params = await readEntityParams(ctx.params);
  if (!params.ok) return params.response;
  const body = await readJsonBody({ request, schema: bodySchema });
  if (!body.ok) return body.response;
  const db = getDb();
  const found = findRouteEntity({ db, ...params.data, find: findEntityForHistory });
  if (!found.ok) return found.response;
  try {
    const result = runWrite({ db, write: (tx) => restoreRevision({ tx, revisionId: body.data.revisionId, entityId: found.entity.id, userId: auth.user.id }) });
    return NextResponse.json(result);
  } catch (error) {
    return writeErrorResponse(error);
  }
}
