import { NextResponse } from "next/server";
import { apiWrite } from "@/app/_lib/api-write";
import { entityInputSchema } from "@/lib/entities/entity-form-schema";
import { entityPath } from "@/lib/urls/entity-url";
import { createEntity } from "@/lib/entities/update-entity";
import { runCommand } from "@/lib/write/run-command";

/** POST /api/entities: create an entity of any kind (editor). */
export const POST = apiWrite({
  handle: async ({ db, actor, body }) => {
    const { id, input } = await runCommand({
      db,
      actor,
      role: "editor",
      schema: entityInputSchema,
      input: body,
      command: ({ tx, input, userId }) => ({ ...createEntity({ tx, input, userId }), input }),
    });
    const url = entityPath(input);
    return NextResponse.json({ id, kind: input.kind, slug: input.slug, url }, { status: 201, headers: { Location: url } });
  },
});
