import { NextResponse } from "next/server";
import { getDb } from "@/db";
import { authFailureResponse } from "@/lib/auth/auth-responses";
import { requireRole } from "@/lib/auth/require-role";
import { readJsonBody } from "@/lib/http/read-json-body";
import { runWrite, writeErrorResponse } from "@/lib/curation/run-write";
import { entityInputSchema } from "@/lib/entities/entity-form-schema";
import { entityPath } from "@/lib/entities/entity-url";
import { createEntity } from "@/lib/entities/update-entity";

/** POST /api/entities: create an entity of any kind (editor). */
export async function POST(request: Request) {
  const auth = await requireRole({ request, role: "editor" });
  if (!auth.ok) return authFailureResponse(auth);
  const body = await readJsonBody({ request, schema: entityInputSchema });
  if (!body.ok) return body.response;
  try {
    const db = getDb();
    const { id } = runWrite({ db, write: (tx) => createEntity({ tx, input: body.data, userId: auth.user.id }) });
    const url = entityPath(body.data);
    return NextResponse.json({ id, kind: body.data.kind, slug: body.data.slug, url }, { status: 201, headers: { Location: url } });
  } catch (error) {
    return writeErrorResponse(error);
  }
}
