import { NextResponse } from "next/server";
import { getDb } from "@/db";
import { findEntityForHistory } from "@/db/queries/history";
import { authFailureResponse } from "@/lib/auth/auth-responses";
import { requireRole } from "@/lib/auth/require-role";
import { findRouteEntity, readEntityParams } from "@/lib/curation/entity-route";
import { runWrite, writeErrorResponse } from "@/lib/curation/run-write";
import { restoreDeletedEntity } from "@/lib/entities/delete-entity";

/** POST: undelete a soft-deleted entity (editor: undoing a deletion is as safe as making it). */
export async function POST(request: Request, ctx: RouteContext<"/api/entities/[kind]/[slug]/restore">) {
  const auth = await requireRole({ request, role: "editor" });
  if (!auth.ok) return authFailureResponse(auth);
  const params = await readEntityParams(ctx.params);
  if (!params.ok) return params.response;
  const db = getDb();
  const found = findRouteEntity({ db, ...params.data, find: findEntityForHistory });
  if (!found.ok) return found.response;
  try {
    runWrite({ db, write: (tx) => restoreDeletedEntity({ tx, id: found.entity.id, userId: auth.user.id }) });
    return NextResponse.json({ restored: true });
  } catch (error) {
    return writeErrorResponse(error);
  }
}
