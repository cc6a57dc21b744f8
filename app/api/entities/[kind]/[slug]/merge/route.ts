import { NextResponse } from "next/server";
import { z } from "zod";
import { getDb } from "@/db";
import { findEntityByKey } from "@/db/queries/entities";
import { ENTITY_KINDS } from "@/db/schema";
import { authFailureResponse } from "@/lib/auth/auth-responses";
import { requireRole } from "@/lib/auth/require-role";
import { mergeRequestSchema, resolveRef } from "@/lib/curation/entity-commands";
import { readJsonBody } from "@/lib/curation/read-json-body";
import { runWrite, writeErrorResponse } from "@/lib/curation/run-write";
import { entityPath } from "@/lib/entities/entity-url";
import { mergeEntities } from "@/lib/entities/merge-entities";
import { jsonError } from "@/lib/http/json-responses";

const paramsSchema = z.object({ kind: z.enum(ENTITY_KINDS), slug: z.string().min(1).max(200) });

/** POST /api/entities/{kind}/{slug}/merge {into:{kind,key}}: this entity is a duplicate of `into` (editor). */
export async function POST(request: Request, ctx: RouteContext<"/api/entities/[kind]/[slug]/merge">) {
  const auth = await requireRole({ request, role: "editor" });
  if (!auth.ok) return authFailureResponse(auth);
  const params = paramsSchema.safeParse(await ctx.params);
  if (!params.success) return jsonError({ status: 400, message: `kind must be one of ${ENTITY_KINDS.join(", ")}` });
  const body = await readJsonBody({ request, schema: mergeRequestSchema });
  if (!body.ok) return body.response;
  try {
    const db = getDb();
    const duplicate = findEntityByKey({ db, kind: params.data.kind, key: decodeURIComponent(params.data.slug) });
    if (!duplicate) return jsonError({ status: 404, message: `no ${params.data.kind} "${params.data.slug}"` });
    const survivor = resolveRef({ db, ref: body.data.into, field: "into" });
    const result = runWrite({ db, write: (tx) => mergeEntities({ tx, survivorId: survivor.id, duplicateId: duplicate.id, userId: auth.user.id }) });
    return NextResponse.json({ ...result, url: entityPath(survivor) });
  } catch (error) {
    return writeErrorResponse(error);
  }
}
