import { NextResponse } from "next/server";
import { getDb } from "@/db";
import { findEntityByKey, getEntityDetail } from "@/db/queries/entities";
import { authFailureResponse } from "@/lib/auth/auth-responses";
import { requireRole } from "@/lib/auth/require-role";
import { entityPatchSchema, parseEntityPatch } from "@/lib/curation/entity-commands";
import { findRouteEntity, readEntityParams } from "@/lib/curation/entity-route";
import { runWrite, writeErrorResponse } from "@/lib/curation/run-write";
import { softDeleteEntity } from "@/lib/entities/delete-entity";
import { serializeEntity } from "@/lib/entities/serialize-entity";
import { updateEntity } from "@/lib/entities/update-entity";
import { jsonError } from "@/lib/http/json-responses";
import { readJsonBody } from "@/lib/http/read-json-body";
import { zodMessage } from "@/lib/http/zod-message";

type Ctx = RouteContext<"/api/entities/[kind]/[slug]">;

/** Reads see live entities except guesses from ingestion that an editor rejected. */
const findPublicEntity: typeof findEntityByKey = (args) => {
  const entity = findEntityByKey(args);
  return entity?.status === "rejected" ? undefined : entity;
};

export async function GET(request: Request, ctx: Ctx) {
  const params = await readEntityParams(ctx.params);
  if (!params.ok) return params.response;
  const db = getDb();
  const found = findRouteEntity({ db, ...params.data, find: findPublicEntity });
  if (!found.ok) return found.response;
  // a guess from ingestion is visible to editors only, until one accepts it
  if (found.entity.status === "proposed" && !(await requireRole({ request, role: "editor", db })).ok) {
    return jsonError({ status: 404, message: `no ${params.data.kind} "${params.data.slug}"` });
  }
  return NextResponse.json(serializeEntity({ detail: getEntityDetail({ db, id: found.entity.id })! }));
}

async function target(ctx: Ctx) {
  const params = await readEntityParams(ctx.params);
  return params.ok ? findRouteEntity({ db: getDb(), ...params.data }) : params;
}

/** PATCH: change fields, aliases or sources (editor); fields left out keep their value. */
export async function PATCH(request: Request, ctx: Ctx) {
  const auth = await requireRole({ request, role: "editor" });
  if (!auth.ok) return authFailureResponse(auth);
  const found = await target(ctx);
  if (!found.ok) return found.response;
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
export async function DELETE(request: Request, ctx: Ctx) {
  const auth = await requireRole({ request, role: "editor" });
  if (!auth.ok) return authFailureResponse(auth);
  const found = await target(ctx);
  if (!found.ok) return found.response;
  try {
    runWrite({ db: getDb(), write: (tx) => softDeleteEntity({ tx, id: found.entity.id, userId: auth.user.id }) });
    return NextResponse.json({ deleted: true });
  } catch (error) {
    return writeErrorResponse(error);
  }
}
