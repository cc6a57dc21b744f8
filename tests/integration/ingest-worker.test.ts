import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../helpers/test-database";
import { seedDatabase } from "@/lib/seed/seed-database";
import { IngestError } from "@/lib/errors/ingest-error";
import { prepareArticleInWorker } from "@/lib/ingest/prepare-in-worker";

let database: ReturnType<typeof createTestDatabase>;
beforeAll(() => {
  database = createTestDatabase();
  seedDatabase({ db: database.db, log: () => {} });
});
afterAll(() => database.remove());

const refusalOf = async (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error,
  );

describe("prepareArticleInWorker", () => {
  it("extracts and links in a worker thread", async () => {
    const bytes = fs.readFileSync("db/seed/data/articles/" + fs.readdirSync("db/seed/data/articles").find((f) => f.endsWith(".txt"))!);
    const { article, links } = await prepareArticleInWorker({ source: { kind: "bytes", bytes, fileName: "a.txt", hints: {} }, databaseFile: database.file });
    expect(article.body.length).toBeGreaterThan(100);
    expect(links.mentions.length).toBeGreaterThan(5);
    // A second job on the kept worker gives the same result.
    const again = await prepareArticleInWorker({ source: { kind: "bytes", bytes, fileName: "a.txt", hints: {} }, databaseFile: database.file });
    expect(again.links.mentions.length).toBe(links.mentions.length);
  });

  it("refuses 2,000 nested divs (78 s in Readability) quickly with a clear reason", async () => {
    const html = `<html><body>${"<div>".repeat(2000)}<p>${"The Global AI Governance Initiative. ".repeat(20)}</p>${"</div>".repeat(2000)}</body></html>`;
    const error = await refusalOf(prepareArticleInWorker({ source: { kind: "text", text: html, hints: {}, format: "html" }, databaseFile: database.file }));
    expect(error).toBeInstanceOf(IngestError);
    expect((error as IngestError).code).toBe("too-complex");
  });

  it("stops a job over its time limit and says so", async () => {
    const text = "China and France signed the Paris declaration on artificial intelligence. ".repeat(2000);
    const error = await refusalOf(prepareArticleInWorker({ source: { kind: "text", text, hints: {} }, databaseFile: database.file, timeLimitMs: 1 }));
    expect(error).toBeInstanceOf(IngestError);
    expect((error as IngestError).code).toBe("timeout");
    expect((error as IngestError).message).toContain("could not be processed in time");
  });
});
