import { NextResponse } from "next/server";
import { apiWrite } from "@/app/_lib/api-write";
import { findRouteEntity, readEntityParams } from "@/app/_lib/entity-route";
import { mergeRequestSchema, resolveRef } from "@/lib/curation/entity-commands";
import { entityPath } from "@/lib/urls/entity-url";
import { mergeEntities } from "@/lib/entities/merge-entities";
import { runCommand } from "@/lib/write/run-command";

type Ctx = RouteContext<"/api/entities/[kind]/[slug]/merge">;

/** POST /api/entities/{kind}/{slug}/merge {into:{kind,key}}: this entity is a duplicate of `into` (editor). */
export const POST = apiWrite<Ctx>({
  handle: async ({ ctx, db, actor, body }) => {
    const params = await readEntityParams(ctx.params);
    if (!params.ok) return params.response;
    const duplicate = findRouteEntity({ db, ...params.data });
    if (!duplicate.ok) return duplicate.response;
    const { result, survivor } = await runCommand({
      db,
      actor,
      role: "editor",
      schema: mergeRequestSchema,
      input: body,
      command: ({ tx, input, userId }) => {
        const survivor = resolveRef({ db, ref: input.into, field: "into" });
        return { result: mergeEntities({ tx, survivorId: survivor.id, duplicateId: duplicate.entity.id, userId }), survivor };
      },
    });
    return NextResponse.json({ ...result, url: entityPath(survivor) });
  },
});
