import { NextResponse } from "next/server";
import { z } from "zod";
import { findEntityForHistory } from "@/db/queries/history";
import { apiWrite } from "@/app/_lib/api-write";
import { findRouteEntity, readEntityParams } from "@/app/_lib/entity-route";
import { restoreRevision } from "@/lib/entities/restore-revision";
import { runCommand } from "@/lib/write/run-command";

const bodySchema = z.object({ revisionId: z.number().int().positive() }).strict();
type Ctx = RouteContext<"/api/entities/[kind]/[slug]/history/restore">;

/** POST {revisionId}: bring the entity (or one of its relations) back to that revision's state (admin). */
export const POST = apiWrite<Ctx>({
  role: "admin",
  handle: async ({ ctx, db, actor, body }) => {
    const params = await readEntityParams(ctx.params);
    if (!params.ok) return params.response;
    const found = findRouteEntity({ db, ...params.data, find: findEntityForHistory });
    if (!found.ok) return found.response;
    const result = await runCommand({
      db,
      actor,
      role: "admin",
      schema: bodySchema,
      input: body,
      command: ({ tx, input, userId }) => restoreRevision({ tx, revisionId: input.revisionId, entityId: found.entity.id, userId }),
    });
    return NextResponse.json(result);
  },
});
