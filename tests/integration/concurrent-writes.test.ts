import { spawn } from "node:child_process";
import path from "node:path";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { articles, revisions } from "@/db/schema";
import { createEntity } from "@/lib/entities/update-entity";
import { OPERATOR, runCommandSync } from "@/lib/write/run-command";
import { entityInputSchema } from "@/lib/entities/entity-form-schema";
import { createTestDatabase } from "../helpers/test-database";

/**
 * Item 7 of issue 11: separate processes (separate SQLite connections, like the web server and two
 * `npm run ingest` runs) write to one real SQLite file at the same time. Deferred transactions that read
 * then write failed with SQLITE_BUSY at once and lost articles; the write path's IMMEDIATE transactions,
 * busy_timeout and bounded retries must lose nothing.
 */
const database = createTestDatabase();
const { db, file } = database;
afterAll(() => database.remove());

const WRITERS = 4;
const WRITES = 20;
const entityIds: number[] = [];

beforeAll(() => {
  for (const [slug, nameEn] of [
    ["test-initiative", "Test Initiative"],
    ["second-initiative", "Second Initiative"],
  ]) {
    const input = { kind: "initiative", slug, nameEn, nameZh: null, description: "start", aliases: [], sources: [] };
    entityIds.push(
      runCommandSync({ db, actor: OPERATOR, role: "editor", schema: entityInputSchema, input, command: ({ tx, input, userId }) => createEntity({ tx, input, userId }) }).id,
    );
  }
});

function runWriter(writer: number): Promise<{ ingested: number; edited: number; errors: string[] }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", path.join("tests", "helpers", "concurrent-writer.ts")], {
      env: { ...process.env, DATABASE_PATH: file, WRITER_ID: String(writer), WRITES: String(WRITES), ENTITY_IDS: entityIds.join(",") },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (chunk) => (out += chunk));
    child.stderr.on("data", (chunk) => (err += chunk));
    child.on("exit", (code) => {
      const line = out.trim().split("\n").pop() ?? "";
      try {
        resolve(JSON.parse(line));
      } catch {
        reject(new Error(`writer ${writer} exited ${code}: ${err.slice(-500)}`));
      }
    });
  });
}

describe("concurrent writers on one SQLite file (separate processes)", () => {
  it("lose no ingest and fail no edit", { timeout: 120_000 }, async () => {
    const results = await Promise.all(Array.from({ length: WRITERS }, (_, w) => runWriter(w)));
    const errors = results.flatMap((r) => r.errors);
    expect(errors).toEqual([]);
    expect(results.reduce((n, r) => n + r.ingested, 0)).toBe(WRITERS * WRITES);
    expect(results.reduce((n, r) => n + r.edited, 0)).toBe(WRITERS * WRITES);
    expect(
      db
        .select({ n: sql<number>`count(*)` })
        .from(articles)
        .get()!.n,
    ).toBe(WRITERS * WRITES);
    // every edit recorded its revision: none was half-written or lost
    const edits = entityIds.map(
      (id) =>
        db
          .select({ n: sql<number>`count(*)` })
          .from(revisions)
          .where(and(eq(revisions.targetType, "entity"), eq(revisions.targetId, id), eq(revisions.action, "update")))
          .get()!.n,
    );
    expect(edits.reduce((a, b) => a + b, 0)).toBe(WRITERS * WRITES);
  });
});
