import { NextResponse } from "next/server";
import { z } from "zod";
import { getDb } from "@/db";
import { findEntityByKey } from "@/db/queries/entities";
import { apiWrite } from "@/app/_lib/api-write";
import { jsonError } from "@/app/_lib/json-responses";
import { relationInputFor } from "@/lib/curation/entity-commands";
import { addRelation, removeRelation, updateRelationDetails } from "@/lib/entities/edit-relation";
import { entityParamsSchema } from "@/lib/entities/entity-params";
import { relationDetailsSchema, relationRequestSchema } from "@/lib/entities/entity-form-schema";
import { NO_INPUT, runCommand } from "@/lib/write/run-command";

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
export const POST = apiWrite<Ctx>({
  handle: async ({ ctx, db, actor, body }) => {
    const entity = await self(ctx);
    if (!entity) return jsonError({ status: 404, message: "no such entity" });
    const { id } = await runCommand({
      db,
      actor,
      role: "editor",
      schema: relationRequestSchema,
      input: body,
      command: ({ tx, input, userId }) => addRelation({ tx, input: relationInputFor({ db, selfId: entity.id, request: input }), userId }),
    });
    return NextResponse.json({ id }, { status: 201 });
  },
});

/** PATCH ?id=N {date, sourceUrl, note, confirm?}: edit one of this entity's relations in place (editor). */
export const PATCH = apiWrite<Ctx>({
  handle: async ({ request, ctx, db, actor, body }) => {
    const target = await selfAndRelationId(request, ctx);
    if (!target.ok) return target.response;
    await runCommand({
      db,
      actor,
      role: "editor",
      schema: relationDetailsSchema,
      input: body,
      command: ({ tx, input, userId }) => updateRelationDetails({ tx, id: target.id, entityId: target.entity.id, details: input, userId }),
    });
    return NextResponse.json({ id: target.id, updated: true });
  },
});

/** DELETE ?id=N: remove (soft) one of this entity's relations (editor). */
export const DELETE = apiWrite<Ctx>({
  body: "none",
  handle: async ({ request, ctx, db, actor }) => {
    const target = await selfAndRelationId(request, ctx);
    if (!target.ok) return target.response;
    await runCommand({
      db,
      actor,
      role: "editor",
      schema: NO_INPUT,
      input: undefined,
      command: ({ tx, userId }) => removeRelation({ tx, id: target.id, entityId: target.entity.id, userId }),
    });
    return NextResponse.json({ deleted: true });
  },
});
