import { NextResponse } from "next/server";
import { z } from "zod";
import { getDb } from "@/db";
import { findEntityForHistory } from "@/db/queries/history";
import { ENTITY_KINDS } from "@/db/schema";
import { authFailureResponse } from "@/lib/auth/auth-responses";
import { requireRole } from "@/lib/auth/require-role";
import { runWrite, writeErrorResponse } from "@/lib/curation/run-write";
import { restoreDeletedEntity } from "@/lib/entities/delete-entity";
import { jsonError } from "@/lib/http/json-responses";

const paramsSchema = z.object({ kind: z.enum(ENTITY_KINDS), slug: z.string().min(1).max(200) });

/** POST: undelete a soft-deleted entity (editor: undoing a deletion is as safe as making it). */
export async function POST(request: Request, ctx: RouteContext<"/api/entities/[kind]/[slug]/restore">) {
  const auth = await requireRole({ request, role: "editor" });
  if (!auth.ok) return authFailureResponse(auth);
  const params = paramsSchema.safeParse(await ctx.params);
  if (!params.success) return jsonError({ status: 400, message: `kind must be one of ${ENTITY_KINDS.join(", ")}` });
  const db = getDb();
  const entity = findEntityForHistory({ db, kind: params.data.kind, key: decodeURIComponent(params.data.slug) });
  if (!entity) return jsonError({ status: 404, message: `no ${params.data.kind} "${params.data.slug}"` });
  try {
    runWrite({ db, write: (tx) => restoreDeletedEntity({ tx, id: entity.id, userId: auth.user.id }) });
    return NextResponse.json({ restored: true });
  } catch (error) {
    return writeErrorResponse(error);
  }
}
