import { NextResponse } from "next/server";
import { getDb } from "@/db";
import { authFailureResponse } from "@/lib/auth/auth-responses";
import { requireRole } from "@/lib/auth/require-role";
import { mergeRequestSchema, resolveRef } from "@/lib/curation/entity-commands";
import { findRouteEntity, readEntityParams } from "@/lib/curation/entity-route";
import { runWrite, writeErrorResponse } from "@/lib/curation/run-write";
import { entityPath } from "@/lib/entities/entity-url";
import { mergeEntities } from "@/lib/entities/merge-entities";
import { readJsonBody } from "@/lib/http/read-json-body";

/** POST /api/entities/{kind}/{slug}/merge {into:{kind,key}}: this entity is a duplicate of `into` (editor). */
export async function POST(request: Request, ctx: RouteContext<"/api/entities/[kind]/[slug]/merge">) {
  const auth = await requireRole({ request, role: "editor" });
  if (!auth.ok) return authFailureResponse(auth);
  const params = await readEntityParams(ctx.params);
  if (!params.ok) return params.response;
  const body = await readJsonBody({ request, schema: mergeRequestSchema });
  if (!body.ok) return body.response;
  try {
    const db = getDb();
    const duplicate = findRouteEntity({ db, ...params.data });
    if (!duplicate.ok) return duplicate.response;
    const survivor = resolveRef({ db, ref: body.data.into, field: "into" });
    const result = runWrite({ db, write: (tx) => mergeEntities({ tx, survivorId: survivor.id, duplicateId: duplicate.entity.id, userId: auth.user.id }) });
    return NextResponse.json({ ...result, url: entityPath(survivor) });
  } catch (error) {
    return writeErrorResponse(error);
  }
}
