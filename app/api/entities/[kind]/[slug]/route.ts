import { NextResponse } from "next/server";
import { z } from "zod";
import { getDb } from "@/db";
import { findEntityByKey, getEntityDetail } from "@/db/queries/entities";
import { ENTITY_KINDS } from "@/db/schema";
import { serializeEntity } from "@/lib/entities/serialize-entity";
import { jsonError } from "@/lib/http/json-responses";

const paramsSchema = z.object({ kind: z.enum(ENTITY_KINDS), slug: z.string().min(1).max(200) });

export async function GET(_request: Request, ctx: RouteContext<"/api/entities/[kind]/[slug]">) {
  const parsed = paramsSchema.safeParse(await ctx.params);
  if (!parsed.success) return jsonError({ status: 400, message: `kind must be one of ${ENTITY_KINDS.join(", ")}` });
  const db = getDb();
  const entity = findEntityByKey({ db, kind: parsed.data.kind, key: decodeURIComponent(parsed.data.slug) });
  if (!entity || entity.status === "rejected") return jsonError({ status: 404, message: `no ${parsed.data.kind} "${parsed.data.slug}"` });
  return NextResponse.json(serializeEntity({ detail: getEntityDetail({ db, id: entity.id })! }));
}
