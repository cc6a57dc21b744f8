import { NextResponse } from "next/server";
import { z } from "zod";
import { getDb } from "@/db";
import { findEntityByKey } from "@/db/queries/entities";
import { authFailureResponse } from "@/lib/auth/auth-responses";
import { requireRole } from "@/lib/auth/require-role";
import { relationInputFor, relationRequestSchema } from "@/lib/curation/entity-commands";
import { runWrite, writeErrorResponse } from "@/lib/curation/run-write";
import { addRelation, removeRelation, updateRelationDetails } from "@/lib/entities/edit-relation";
import { entityParamsSchema } from "@/lib/entities/entity-params";
import { relationDetailsSchema } from "@/lib/entities/entity-form-schema";
import { jsonError } from "@/lib/http/json-responses";
import { readJsonBody } from "@/lib/http/read-json-body";

type Ctx = RouteContext<"/api/entities/[kind]/[slug]/relations">;

async function self(ctx: Ctx) {
  const params = entityParamsSchema.safeParse(await ctx.params);
  if (!params.success) return null;
  return findEntityByKey({ db: getDb(), kind: params.data.kind, key: params.data.slug }) ?? null;
}

/** The entity named by the URL and the relation named by `?id=N`, or a ready 404/400 (PATCH and DELETE). */
async function selfAndRelationId(request: Request, ctx: Ctx) {
  const entity = await self(ctx);
  if (!entity) return { ok: false as const, response: jsonError({ status: 404, message: "no such entity" }) };
  const id = z.coerce.number().int().positive().safeParse(new URL(request.url).searchParams.get("id"));
  if (!id.success) return { ok: false as const, response: jsonError({ status: 400, message: "id: a relation id is required" }) };
  return { ok: true as const, entity, id: id.data };
}

/** POST: add a relation with a role, this entity as subject (outgoing) or object (incoming) (editor). */
export async function POST(request: Request, ctx: Ctx) {
  const auth = await requireRole({ request, role: "editor" });
  if (!auth.ok) return authFailureResponse(auth);
  const entity = await self(ctx);
  if (!entity) return jsonError({ status: 404, message: "no such entity" });
  const body = await readJsonBody({ request, schema: relationRequestSchema });
  if (!body.ok) return body.response;
  try {
    const db = getDb();
    const input = relationInputFor({ db, selfId: entity.id, request: body.data });
    const { id } = runWrite({ db, write: (tx) => addRelation({ tx, input, userId: auth.user.id }) });
    return NextResponse.json({ id }, { status: 201 });
  } catch (error) {
    return writeErrorResponse(error);
  }
}

/** PATCH ?id=N {date, sourceUrl, note, confirm?}: edit one of this entity's relations in place (editor). */
export async function PATCH(request: Request, ctx: Ctx) {
  const auth = await requireRole({ request, role: "editor" });
  if (!auth.ok) return authFailureResponse(auth);
  const target = await selfAndRelationId(request, ctx);
  if (!target.ok) return target.response;
  const body = await readJsonBody({ request, schema: relationDetailsSchema });
  if (!body.ok) return body.response;
  try {
    runWrite({ db: getDb(), write: (tx) => updateRelationDetails({ tx, id: target.id, entityId: target.entity.id, details: body.data, userId: auth.user.id }) });
    return NextResponse.json({ id: target.id, updated: true });
  } catch (error) {
    return writeErrorResponse(error);
  }
}

/** DELETE ?id=N: remove (soft) one of this entity's relations (editor). */
export async function DELETE(request: Request, ctx: Ctx) {
  const auth = await requireRole({ request, role: "editor" });
  if (!auth.ok) return authFailureResponse(auth);
  const target = await selfAndRelationId(request, ctx);
  if (!target.ok) return target.response;
  try {
    runWrite({ db: getDb(), write: (tx) => removeRelation({ tx, id: target.id, entityId: target.entity.id, userId: auth.user.id }) });
    return NextResponse.json({ deleted: true });
  } catch (error) {
    return writeErrorResponse(error);
  }
}
