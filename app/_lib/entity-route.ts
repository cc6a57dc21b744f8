import "server-only";
import { z } from "zod";
import type { AtlasDatabase } from "@/db/open";
import { findEntityByKey } from "@/db/queries/entities";
import { ENTITY_KINDS, type Entity, type EntityKind } from "@/db/schema";
import { entityParamsSchema } from "@/lib/entities/entity-params";
import { jsonError } from "@/app/_lib/json-responses";

type EntityParams = z.output<typeof entityParamsSchema>;
type EntityFinder = (args: { db: AtlasDatabase; kind: EntityKind; key: string }) => Entity | undefined;

/** For `/api/entities/{kind}/{slug}/…` handlers: the route's kind and slug, or a ready 400 naming the kinds. */
export async function readEntityParams(params: Promise<unknown>): Promise<{ ok: true; data: EntityParams } | { ok: false; response: Response }> {
  const parsed = entityParamsSchema.safeParse(await params);
  if (!parsed.success) {
    const kindWrong = parsed.error.issues.some((issue) => issue.path[0] === "kind");
    const message = kindWrong ? `kind must be one of ${ENTITY_KINDS.join(", ")}` : "slug must be 1 to 200 characters";
    return { ok: false, response: jsonError({ status: 400, message }) };
  }
  return { ok: true, data: parsed.data };
}

/**
 * The entity the route names, or a ready 404. `find` is the lookup: live entities following redirects by
 * default; history and undelete pass one that also reaches deleted and merged entities.
 */
export function findRouteEntity({
  db,
  kind,
  slug,
  find = findEntityByKey,
}: EntityParams & { db: AtlasDatabase; find?: EntityFinder }): { ok: true; entity: Entity } | { ok: false; response: Response } {
  // Next has already decoded the path segment once; decoding again would turn %2525 into "%" (and throw).
  const entity = find({ db, kind, key: slug });
  if (!entity) return { ok: false, response: jsonError({ status: 404, message: `no ${kind} "${slug}"` }) };
  return { ok: true, entity };
}
