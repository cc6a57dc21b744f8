import { describe, expect, it } from "vitest";
import { Meilisearch } from "meilisearch";
import { createTestDatabase } from "@/tests/helpers/test-database";
import { deliverSearchChanges, flushSearchChanges } from "./deliver-search-changes";

describe("the search deliverer", () => {
  it("never rejects, even when the engine is unreachable and the connection is closed meanwhile", async () => {
    const { db, remove } = createTestDatabase();
    // nothing listens on port 9: the drain fails, and the database is gone before it does
    const client = new Meilisearch({ host: "http://127.0.0.1:9", timeout: 200 });
    const rejections: unknown[] = [];
    const onRejection = (reason: unknown) => rejections.push(reason);
    process.on("unhandledRejection", onRejection);
    try {
      deliverSearchChanges({ db, client });
      remove();
      const report = await flushSearchChanges({ db, client });
      expect(report.error).toBeTruthy();
      await new Promise((r) => setTimeout(r, 50));
      expect(rejections).toEqual([]);
    } finally {
      process.off("unhandledRejection", onRejection);
    }
  });

  it("without an engine, reports what stays queued", async () => {
    const { db, remove } = createTestDatabase();
    try {
      expect(await flushSearchChanges({ db, client: null })).toEqual({ delivered: 0, pending: 0, engine: false });
    } finally {
      remove();
    }
  });
});
