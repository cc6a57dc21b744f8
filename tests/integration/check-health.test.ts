import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "@/db/open";
import { checkHealth } from "@/lib/runtime/check-health";
import { createTestDatabase, useTestSearchIndex } from "../helpers/test-database";

const database = createTestDatabase();
const bareDir = fs.mkdtempSync(path.join(os.tmpdir(), "atlas-health-"));
const bare = openDatabase({ file: path.join(bareDir, "unmigrated.sqlite") });
afterAll(() => {
  database.remove();
  bare.$client.close();
  fs.rmSync(bareDir, { recursive: true, force: true });
});

describe("checkHealth", () => {
  it("is ok with a migrated database and a reachable Meilisearch", async () => {
    useTestSearchIndex("health");
    expect(await checkHealth({ db: database.db })).toEqual({ ok: true, db: "ok", search: "ok", engine: "meilisearch", pendingIndexChanges: 0 });
  });

  it("stays ok, degraded to SQLite, when Meilisearch cannot be reached", async () => {
    const saved = process.env.MEILI_URL;
    process.env.MEILI_URL = "http://127.0.0.1:9"; // discard port: nothing listens
    try {
      expect(await checkHealth({ db: database.db })).toMatchObject({ ok: true, engine: "sqlite", search: expect.stringMatching(/^degraded: Meilisearch unreachable/) });
    } finally {
      process.env.MEILI_URL = saved;
    }
  });

  it("is not ok, without throwing, when the database has no schema", async () => {
    expect(await checkHealth({ db: bare })).toMatchObject({ ok: false, db: "error", pendingIndexChanges: null });
  });
});
