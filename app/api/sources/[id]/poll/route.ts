import { NextResponse } from "next/server";
import { getDb } from "@/db";
import { findWatchedSource } from "@/db/queries/sources";
import { authFailureResponse } from "@/app/_lib/auth-responses";
import { requireRole } from "@/lib/auth/require-role";
import { jsonError } from "@/app/_lib/json-responses";
import { pollSourceNow } from "@/lib/sources/poll-now";
import { parseSourceId } from "@/lib/sources/source-id";

/** POST /api/sources/{id}/poll (editor): fetch the source now; up to 50 new items are ingested in this request, the rest by the scheduler. */
export async function POST(request: Request, ctx: RouteContext<"/api/sources/[id]/poll">) {
  const auth = await requireRole({ request, role: "editor" });
  if (!auth.ok) return authFailureResponse(auth);
  const id = parseSourceId((await ctx.params).id);
  if (id === null) return jsonError({ status: 400, message: "the source id is a positive whole number" });
  const db = getDb();
  if (!findWatchedSource({ db, id })) return jsonError({ status: 404, message: `no source ${id}` });
  const summary = await pollSourceNow({ db, id });
  return NextResponse.json(summary);
}
