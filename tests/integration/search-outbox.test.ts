import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { entities } from "@/db/schema";
import { saveEntity } from "@/lib/seed/save-entity";
import { getSearchClient } from "@/lib/search/client";
import { findFreePort, startMeili, type MeiliServer } from "@/lib/search/meili-process";
import { searchAtlas } from "@/lib/search/search-atlas";
import { parseSearchParams } from "@/lib/search/search-params";
import { countPendingOutbox, drainSearchOutbox, reindexAll } from "@/lib/search/sync-index";
import { createTestDatabase } from "../helpers/test-database";

const query = (q: string) => {
  const parsed = parseSearchParams({ q });
  if (!parsed.success) throw parsed.error;
  return parsed.data;
};

describe("search outbox with a Meilisearch that goes down and comes back", () => {
  const database = createTestDatabase();
  const { db } = database;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "atlas-outbox-meili-"));
  let port: number;
  let server: MeiliServer;

  beforeAll(async () => {
    port = await findFreePort();
    server = await startMeili({ dataDir, port, log: () => {} });
    process.env.MEILI_URL = server.url;
    process.env.MEILI_MASTER_KEY = server.masterKey;
    process.env.MEILI_INDEX = "outbox_test";
    db.transaction((tx) =>
      saveEntity({
        tx,
        input: {
          kind: "organisation",
          slug: "itu",
          nameEn: "International Telecommunication Union",
          nameZh: "国际电信联盟",
          aliases: [{ alias: "ITU", language: null, aliasType: "abbreviation" }],
          sources: [{ url: "https://www.itu.int" }],
        },
      }),
    );
    await reindexAll({ db, client: getSearchClient()! });
  });

  afterAll(async () => {
    await server?.stop();
    database.remove();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it("keeps a change while the engine is down and delivers it after restart", async () => {
    await server.stop();
    // Writing while the engine is down: the entity and its outbox row commit together.
    const { id } = db.transaction((tx) =>
      saveEntity({
        tx,
        input: { kind: "initiative", slug: "zeta-ai-compact", nameEn: "Zeta AI Compact", nameZh: "泽塔人工智能契约", aliases: [], sources: [{ url: "https://example.org/zeta" }] },
      }),
    );
    expect(
      db
        .select()
        .from(entities)
        .all()
        .some((e) => e.id === id),
    ).toBe(true);
    const failed = await drainSearchOutbox({ db, client: getSearchClient()! });
    expect(failed.error).toBeTruthy();
    expect(countPendingOutbox({ db })).toBeGreaterThan(0);
    // Search keeps answering, from SQLite.
    const degraded = await searchAtlas({ db, query: query("Zeta") });
    expect(degraded.engine).toBe("sqlite");
    expect(degraded.hits[0]?.slug).toBe("zeta-ai-compact");

    server = await startMeili({ dataDir, port, log: () => {} });
    const drained = await drainSearchOutbox({ db, client: getSearchClient()! });
    expect(drained.error).toBeUndefined();
    expect(countPendingOutbox({ db })).toBe(0);
    const found = await searchAtlas({ db, query: query("Zeta AI") });
    expect(found.engine).toBe("meilisearch");
    expect(found.hits[0]).toMatchObject({ kind: "initiative", slug: "zeta-ai-compact", nameZh: "泽塔人工智能契约" });
    const old = await searchAtlas({ db, query: query("ITU") });
    expect(old.hits[0]?.slug).toBe("itu");
  });

  it("rolls back the outbox row with the write", () => {
    const before = countPendingOutbox({ db });
    expect(() =>
      db.transaction((tx) => {
        saveEntity({ tx, input: { kind: "initiative", slug: "doomed", nameEn: "Doomed", nameZh: null, aliases: [], sources: [] } });
        throw new Error("editor cancelled");
      }),
    ).toThrow("editor cancelled");
    expect(countPendingOutbox({ db })).toBe(before);
    expect(
      db
        .select()
        .from(entities)
        .all()
        .some((e) => e.slug === "doomed"),
    ).toBe(false);
  });
});
