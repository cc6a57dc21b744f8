import { NextResponse } from "next/server";
import { findEntityForHistory } from "@/db/queries/history";
import { apiWrite } from "@/app/_lib/api-write";
import { findRouteEntity, readEntityParams } from "@/app/_lib/entity-route";
import { restoreDeletedEntity } from "@/lib/entities/delete-entity";
import { NO_INPUT, runCommand } from "@/lib/write/run-command";

type Ctx = RouteContext<"/api/entities/[kind]/[slug]/restore">;

/** POST: undelete a soft-deleted entity (editor: undoing a deletion is as safe as making it). */
export const POST = apiWrite<Ctx>({
  body: "none",
  handle: async ({ ctx, db, actor }) => {
    const params = await readEntityParams(ctx.params);
    if (!params.ok) return params.response;
    const found = findRouteEntity({ db, ...params.data, find: findEntityForHistory });
    if (!found.ok) return found.response;
    await runCommand({ db, actor, role: "editor", schema: NO_INPUT, input: undefined, command: ({ tx, userId }) => restoreDeletedEntity({ tx, id: found.entity.id, userId }) });
    return NextResponse.json({ restored: true });
  },
});
