import Database from "better-sqlite3";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as ingestRoute } from "@/app/api/articles/route";
import { entities, searchOutbox } from "@/db/schema";
import { readWriteVersion } from "@/db/write-version";
import { entityInputSchema } from "@/lib/entities/entity-form-schema";
import { createEntity } from "@/lib/entities/update-entity";
import { getSearchClient, searchIndexUid } from "@/lib/search/client";
import { flushSearchChanges } from "@/lib/search/deliver-search-changes";
import { reindexAll } from "@/lib/search/sync-index";
import { MAX_WRITE_ATTEMPTS, NO_INPUT, OPERATOR, runCommand } from "@/lib/write/run-command";
import { WriteRefusal } from "@/lib/errors/write-refusal";
import { createTestDatabase, useTestSearchIndex } from "../helpers/test-database";
import { apiRequest, createUser, useDatabaseForRoutes } from "./auth-helpers";

/** The one write path (lib/write/run-command.ts) on a real SQLite file and the run's real Meilisearch. */
const database = createTestDatabase();
const { db, file } = database;
// deliveries started by the writes finish before the file goes
afterAll(async () => {
  await flushSearchChanges({ db });
  database.remove();
});
let editor: Awaited<ReturnType<typeof createUser>>;

beforeAll(async () => {
  useTestSearchIndex("write_path");
  useDatabaseForRoutes(db);
  editor = await createUser({ db, email: "editor@atlas.test", role: "editor" });
  await reindexAll({ db, client: getSearchClient()! });
});

const entityInput = (slug: string) => ({ kind: "initiative", slug, nameEn: `Initiative ${slug}`, nameZh: null, aliases: [], sources: [] });
const create = (slug: string, actor: Parameters<typeof runCommand>[0]["actor"] = OPERATOR, role: "editor" | "admin" = "editor") =>
  runCommand({ db, actor, role, schema: entityInputSchema, input: entityInput(slug), command: ({ tx, input, userId }) => createEntity({ tx, input, userId }) });
const refusalOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error,
  );

describe("runCommand: role, parse, transaction, refusals", () => {
  it("refuses a missing writer (401) and a too-low role (403) before touching the database", async () => {
    expect(await refusalOf(create("anonymous", null))).toMatchObject({ status: 401 });
    expect(await refusalOf(create("editor-as-admin", { userId: editor.id, role: "editor" }, "admin"))).toMatchObject({ status: 403 });
    expect(db.select().from(entities).where(eq(entities.slug, "anonymous")).get()).toBeUndefined();
  });

  it("refuses invalid input with a message per field (400) and a duplicate with 409; nothing is half-written", async () => {
    const invalid = await refusalOf(
      runCommand({ db, actor: OPERATOR, role: "editor", schema: entityInputSchema, input: { ...entityInput("x"), date: "2023-02-30" }, command: () => "never" }),
    );
    expect(invalid).toBeInstanceOf(WriteRefusal);
    expect(invalid).toMatchObject({ status: 400, invalidInput: true, fieldErrors: { date: expect.any(String) } });
    await create("only-once");
    const outboxBefore = db
      .select({ n: sql<number>`count(*)` })
      .from(searchOutbox)
      .get()!.n;
    expect(await refusalOf(create("only-once"))).toMatchObject({ status: 409 });
    expect(
      db
        .select({ n: sql<number>`count(*)` })
        .from(searchOutbox)
        .get()!.n,
    ).toBe(outboxBefore);
  });

  it("bumps the write version after each commit", async () => {
    const before = readWriteVersion({ db });
    await create("bumps-version");
    expect(readWriteVersion({ db })).not.toBe(before);
  });

  it("retries a write whose lock another connection holds past busy_timeout, and answers 503 when it never frees", async () => {
    const other = new Database(file);
    db.$client.pragma("busy_timeout = 50");
    try {
      other.prepare("BEGIN IMMEDIATE").run();
      setTimeout(() => other.prepare("COMMIT").run(), 120);
      const { id } = await create("after-the-lock");
      expect(db.select().from(entities).where(eq(entities.id, id)).get()?.slug).toBe("after-the-lock");

      other.prepare("BEGIN IMMEDIATE").run();
      let attempts = 0;
      const refusal = await refusalOf(runCommand({ db, actor: OPERATOR, role: "editor", schema: NO_INPUT, input: undefined, command: () => attempts++ }));
      other.prepare("ROLLBACK").run();
      expect(refusal).toMatchObject({ status: 503 });
      expect(attempts).toBe(0); // the lock is taken before the command runs: it never ran half-way
    } finally {
      db.$client.pragma("busy_timeout = 5000");
      other.close();
    }
    expect(MAX_WRITE_ATTEMPTS).toBeGreaterThan(1);
  });
});

describe("ingested articles reach search at once (no timer, no drain call)", () => {
  // Waits (polling, up to a minute on a loaded machine) for the delivery the write started; nothing drains.
  it("an article posted to the API is found in Meilisearch without anyone draining the outbox", { timeout: 120_000 }, async () => {
    const body =
      "Quokka Accord on AI governance\n\nPublished: 2025-04-02T10:00:00Z\n\n" +
      "Delegations met to discuss the Quokka Accord on artificial intelligence governance and capacity building. " +
      "Officials said the accord would help developing countries close the digital divide and share computing resources.\n";
    const response = await ingestRoute(apiRequest({ method: "POST", path: "/api/articles", body: { body }, who: { token: editor.token, bearer: true } }));
    expect(response.status).toBe(201);
    const { id } = await response.json();
    const index = getSearchClient()!.index(searchIndexUid());
    let found = false;
    for (let i = 0; i < 600 && !found; i++) {
      found = await index.getDocument(`a${id}`).then(
        () => true,
        () => false,
      );
      if (!found) await new Promise((r) => setTimeout(r, 100));
    }
    expect(found).toBe(true);
  });
});
