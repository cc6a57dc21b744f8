import { NextResponse } from "next/server";
import { getDb } from "@/db";
import { authFailureResponse } from "@/app/_lib/auth-responses";
import { requireRole } from "@/lib/auth/require-role";
import { jsonError } from "@/app/_lib/json-responses";
import { readSourceDetail } from "@/lib/sources/manage-sources";
import { parseSourceId } from "@/lib/sources/source-id";

/** GET /api/sources/{id} (editor): the source's health and its items with what became of each. */
export async function GET(request: Request, ctx: RouteContext<"/api/sources/[id]">) {
  const auth = await requireRole({ request, role: "editor" });
  if (!auth.ok) return authFailureResponse(auth);
  const id = parseSourceId((await ctx.params).id);
  if (id === null) return jsonError({ status: 400, message: "the source id is a positive whole number" });
  const detail = readSourceDetail({ db: getDb(), id });
  if (!detail) return jsonError({ status: 404, message: `no source ${id}` });
  return NextResponse.json(detail);
}
