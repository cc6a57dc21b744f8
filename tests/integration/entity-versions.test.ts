import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getEntityRoute, PATCH as patchEntityRoute } from "@/app/api/entities/[kind]/[slug]/route";
import { snapshotEntity } from "@/db/queries/history";
import { assertEntityVersion, readEntityVersion } from "@/lib/entities/entity-version";
import { entityInputSchema } from "@/lib/entities/entity-form-schema";
import { createEntity, updateEntity } from "@/lib/entities/update-entity";
import { OPERATOR, runCommand, runCommandSync } from "@/lib/write/run-command";
import { WriteRefusal } from "@/lib/errors/write-refusal";
import { createTestDatabase } from "../helpers/test-database";
import { apiRequest, createUser, ctx, useDatabaseForRoutes } from "./auth-helpers";

/** Item 14 of issue 11: two editors editing the same entity must not overwrite each other silently. */
const database = createTestDatabase();
const { db } = database;
afterAll(() => database.remove());
let editor: Awaited<ReturnType<typeof createUser>>;
let id: number;
const params = ctx({ kind: "initiative", slug: "versioned" });

beforeAll(async () => {
  useDatabaseForRoutes(db);
  editor = await createUser({ db, email: "editor@atlas.test", role: "editor" });
  const input = { kind: "initiative", slug: "versioned", nameEn: "Versioned Initiative", nameZh: null, description: "original", aliases: [], sources: [] };
  id = runCommandSync({ db, actor: OPERATOR, role: "editor", schema: entityInputSchema, input, command: ({ tx, input, userId }) => createEntity({ tx, input, userId }) }).id;
});

const who = () => ({ token: editor.token, bearer: true });
const patch = (body: unknown, ifMatch?: string) => {
  const request = apiRequest({ method: "PATCH", path: "/api/entities/initiative/versioned", body, who: who() });
  if (ifMatch !== undefined) request.headers.set("if-match", ifMatch);
  return patchEntityRoute(request, params);
};

describe("entity versions: ETag and If-Match on the API", () => {
  it("GET sends the version as ETag; a PATCH with the current ETag applies and answers the new one", async () => {
    const read = await getEntityRoute(apiRequest({ method: "GET", path: "/api/entities/initiative/versioned" }), params);
    const etag = read.headers.get("etag");
    expect(etag).toBe(`"v${readEntityVersion({ db, id })}"`);
    const saved = await patch({ description: "first editor" }, etag!);
    expect(saved.status).toBe(200);
    expect(saved.headers.get("etag")).not.toBe(etag);
    expect(saved.headers.get("etag")).toBe(`"v${readEntityVersion({ db, id })}"`);
    expect(snapshotEntity({ db, id })!.description).toBe("first editor");
  });

  it("a PATCH with a stale ETag is refused with 409 and the current values; nothing is overwritten", async () => {
    const stale = (await getEntityRoute(apiRequest({ method: "GET", path: "/api/entities/initiative/versioned" }), params)).headers.get("etag")!;
    expect((await patch({ description: "editor A" }, stale)).status).toBe(200);
    const conflict = await patch({ description: "editor B, from the old page" }, stale);
    expect(conflict.status).toBe(409);
    const body = await conflict.json();
    expect(body.error).toMatch(/changed this entity/);
    expect(body.current.description).toBe("editor A");
    expect(body.version).toBe(readEntityVersion({ db, id }));
    expect(snapshotEntity({ db, id })!.description).toBe("editor A");
  });

  it("without If-Match a PATCH applies as before; a malformed If-Match is a 400", async () => {
    expect((await patch({ description: "no precondition" })).status).toBe(200);
    expect((await patch({ description: "bad header" }, "v1")).status).toBe(400);
    expect(snapshotEntity({ db, id })!.description).toBe("no precondition");
  });
});

describe("entity versions: the edit form's hidden version (the command the server action runs)", () => {
  const save = (expected: number, description: string) =>
    runCommand({
      db,
      actor: { userId: editor.id, role: "editor" },
      role: "editor",
      schema: entityInputSchema,
      input: { kind: "initiative", slug: "versioned", nameEn: "Versioned Initiative", nameZh: null, description, aliases: [], sources: [] },
      command: ({ tx, input, userId }) => {
        assertEntityVersion({ tx, id, expected });
        return updateEntity({ tx, id, input, userId });
      },
    });

  it("a form rendered at the current version saves; a second form rendered at the same version is refused with the current values", async () => {
    const rendered = readEntityVersion({ db, id });
    await save(rendered, "saved from form one");
    const refusal = await save(rendered, "saved from form two").catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(WriteRefusal);
    expect(refusal).toMatchObject({ status: 409, details: { version: readEntityVersion({ db, id }), current: { description: "saved from form one" } } });
    expect(snapshotEntity({ db, id })!.description).toBe("saved from form one");
  });
});
