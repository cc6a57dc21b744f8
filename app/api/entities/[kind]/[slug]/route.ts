import { NextResponse } from "next/server";
import { getDb } from "@/db";
import { findEntityByKey, getEntityDetail } from "@/db/queries/entities";
import { apiWrite } from "@/app/_lib/api-write";
import { entityETag, versionOfIfMatch } from "@/app/_lib/entity-etag";
import { findRouteEntity, readEntityParams } from "@/app/_lib/entity-route";
import { jsonError } from "@/app/_lib/json-responses";
import { requireRole } from "@/lib/auth/require-role";
import { entityPatchSchema, patchEntity } from "@/lib/curation/entity-commands";
import { softDeleteEntity } from "@/lib/entities/delete-entity";
import { readEntityVersion } from "@/lib/entities/entity-version";
import { loadEntityContent } from "@/lib/entities/load-entity-content";
import { serializeEntity } from "@/lib/entities/serialize-entity";
import { NO_INPUT, runCommand } from "@/lib/write/run-command";

type Ctx = RouteContext<"/api/entities/[kind]/[slug]">;

/** Reads see live entities except guesses from ingestion that an editor rejected. */
const findPublicEntity: typeof findEntityByKey = (args) => {
  const entity = findEntityByKey(args);
  return entity?.status === "rejected" ? undefined : entity;
};

/** GET: the entity, with its version as `ETag` (send it back as `If-Match` on PATCH to avoid overwriting someone else's edit). */
export async function GET(request: Request, ctx: Ctx) {
  const params = await readEntityParams(ctx.params);
  if (!params.ok) return params.response;
  const db = getDb();
  const found = findRouteEntity({ db, ...params.data, find: findPublicEntity });
  if (!found.ok) return found.response;
  // a guess from ingestion is visible to editors only, until one accepts it
  if (found.entity.status === "proposed" && !(await requireRole({ request, role: "editor", db })).ok) {
    return jsonError({ status: 404, message: `no ${params.data.kind} "${params.data.slug}"` });
  }
  const detail = getEntityDetail({ db, id: found.entity.id })!;
  return NextResponse.json(serializeEntity({ detail, content: loadEntityContent({ db, detail }) }), {
    headers: { ETag: entityETag(readEntityVersion({ db, id: found.entity.id })) },
  });
}

async function target(ctx: Ctx) {
  const params = await readEntityParams(ctx.params);
  return params.ok ? findRouteEntity({ db: getDb(), ...params.data }) : params;
}

/**
 * PATCH: change fields, aliases or sources (editor); fields left out keep their value. With `If-Match: "vN"`
 * the change applies only if the entity is still at version N, else 409 with the current values.
 */
export const PATCH = apiWrite<Ctx>({
  handle: async ({ request, ctx, db, actor, body }) => {
    const found = await target(ctx);
    if (!found.ok) return found.response;
    const expectedVersion = versionOfIfMatch(request.headers.get("if-match"));
    if (expectedVersion === "invalid") return jsonError({ status: 400, message: 'If-Match must be an ETag of this API, e.g. "v42"' });
    const id = found.entity.id;
    const { changed } = await runCommand({
      db,
      actor,
      role: "editor",
      schema: entityPatchSchema,
      input: body,
      command: ({ tx, input, userId }) => patchEntity({ tx, id, patch: input, expectedVersion, userId }),
    });
    const detail = getEntityDetail({ db, id })!;
    return NextResponse.json(
      { changed, entity: serializeEntity({ detail, content: loadEntityContent({ db, detail }) }) },
      { headers: { ETag: entityETag(readEntityVersion({ db, id })) } },
    );
  },
});

/** DELETE: soft delete (editor); restorable via POST …/restore. */
export const DELETE = apiWrite<Ctx>({
  body: "none",
  handle: async ({ ctx, db, actor }) => {
    const found = await target(ctx);
    if (!found.ok) return found.response;
    await runCommand({ db, actor, role: "editor", schema: NO_INPUT, input: undefined, command: ({ tx, userId }) => softDeleteEntity({ tx, id: found.entity.id, userId }) });
    return NextResponse.json({ deleted: true });
  },
});
