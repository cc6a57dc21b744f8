import { NextResponse } from "next/server";
import { z } from "zod";
import { getDb } from "@/db";
import { findEntityByKey, getEntityDetail } from "@/db/queries/entities";
import { ENTITY_KINDS } from "@/db/schema";
import { authFailureResponse } from "@/lib/auth/auth-responses";
import { requireRole } from "@/lib/auth/require-role";
import { entityPatchSchema, parseEntityPatch } from "@/lib/curation/entity-commands";
import { readJsonBody } from "@/lib/curation/read-json-body";
import { runWrite, writeErrorResponse } from "@/lib/curation/run-write";
import { softDeleteEntity } from "@/lib/entities/delete-entity";
import { serializeEntity } from "@/lib/entities/serialize-entity";
import { updateEntity } from "@/lib/entities/update-entity";
import { jsonError } from "@/lib/http/json-responses";
import { zodMessage } from "@/lib/http/zod-message";

const paramsSchema = z.object({ kind: z.enum(ENTITY_KINDS), slug: z.string().min(1).max(200) });

export async function GET(_request: Request, ctx: RouteContext<"/api/entities/[kind]/[slug]">) {
  const parsed = paramsSchema.safeParse(await ctx.params);
  if (!parsed.success) return jsonError({ status: 400, message: `kind must be one of ${ENTITY_KINDS.join(", ")}` });
  const db = getDb();
  const entity = findEntityByKey({ db, kind: parsed.data.kind, key: decodeURIComponent(parsed.data.slug) });
  if (!entity || entity.status === "rejected") return jsonError({ status: 404, message: `no ${parsed.data.kind} "${parsed.data.slug}"` });
  return NextResponse.json(serializeEntity({ detail: getEntityDetail({ db, id: entity.id })! }));
}

async function target(ctx: RouteContext<"/api/entities/[kind]/[slug]">) {
  const parsed = paramsSchema.safeParse(await ctx.params);
  if (!parsed.success) return { response: jsonError({ status: 400, message: `kind must be one of ${ENTITY_KINDS.join(", ")}` }) };
  const entity = findEntityByKey({ db: getDb(), kind: parsed.data.kind, key: decodeURIComponent(parsed.data.slug) });
  if (!entity) return { response: jsonError({ status: 404, message: `no ${parsed.data.kind} "${parsed.data.slug}"` }) };
  return { entity };
}

/** PATCH: change fields, aliases or sources (editor); fields left out keep their value. */
export async function PATCH(request: Request, ctx: RouteContext<"/api/entities/[kind]/[slug]">) {
  const auth = await requireRole({ request, role: "editor" });
  if (!auth.ok) return authFailureResponse(auth);
  const found = await target(ctx);
  if (!found.entity) return found.response;
  const body = await readJsonBody({ request, schema: entityPatchSchema });
  if (!body.ok) return body.response;
  try {
    const db = getDb();
    const input = parseEntityPatch({ db, id: found.entity.id, patch: body.data });
    if (!input.success) return jsonError({ status: 400, message: zodMessage(input.error) });
    const { changed } = runWrite({ db, write: (tx) => updateEntity({ tx, id: found.entity.id, input: input.data, userId: auth.user.id }) });
    return NextResponse.json({ changed, entity: serializeEntity({ detail: getEntityDetail({ db, id: found.entity.id })! }) });
  } catch (error) {
    return writeErrorResponse(error);
  }
}

/** DELETE: soft delete (editor); restorable via POST …/restore. */
export async function DELETE(request: Request, ctx: RouteContext<"/api/entities/[kind]/[slug]">) {
  const auth = await requireRole({ request, role: "editor" });
  if (!auth.ok) return authFailureResponse(auth);
  const found = await target(ctx);
  if (!found.entity) return found.response;
  try {
    runWrite({ db: getDb(), write: (tx) => softDeleteEntity({ tx, id: found.entity.id, userId: auth.user.id }) });
    return NextResponse.json({ deleted: true });
  } catch (error) {
    return writeErrorResponse(error);
  }
}
