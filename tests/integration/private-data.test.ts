import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { migrateDatabase, openDatabase } from "@/db/open";
import { startMeili } from "@/lib/search/meili-process";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "atlas-private-"));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
const modeOf = (file: string) => fs.statSync(file).mode & 0o777;

describe("the search engine's master key", () => {
  it("is not on Meilisearch's command line (ps shows it to every user) but in its environment", async () => {
    const dataDir = path.join(root, "data-meili");
    const server = await startMeili({ dataDir, log: () => {} });
    try {
      expect(server.pid).toBeGreaterThan(0);
      const cmdline = fs.readFileSync(`/proc/${server.pid}/cmdline`, "utf8").split("\0");
      expect(cmdline.join(" ")).not.toContain(server.masterKey);
      expect(cmdline.some((arg) => arg.startsWith("--master-key"))).toBe(false);
      const environ = fs.readFileSync(`/proc/${server.pid}/environ`, "utf8").split("\0");
      expect(environ).toContain(`MEILI_MASTER_KEY=${server.masterKey}`);
      // …and the engine really is protected by it.
      expect((await fetch(`${server.url}/keys`)).status).toBe(401);
      expect((await fetch(`${server.url}/keys`, { headers: { authorization: `Bearer ${server.masterKey}` } })).status).toBe(200);
      expect(modeOf(dataDir)).toBe(0o700);
      expect(modeOf(path.join(dataDir, "meili-master-key"))).toBe(0o600);
    } finally {
      await server.stop();
    }
  });

  it("tightens a key file and data directory left readable by an older version", async () => {
    const dataDir = path.join(root, "data-old");
    fs.mkdirSync(dataDir, { mode: 0o755 });
    fs.chmodSync(dataDir, 0o755);
    fs.writeFileSync(path.join(dataDir, "meili-master-key"), "an-old-key-that-was-readable-by-all-0123456789\n");
    fs.chmodSync(path.join(dataDir, "meili-master-key"), 0o644);
    const server = await startMeili({ dataDir, log: () => {} });
    await server.stop();
    expect(modeOf(dataDir)).toBe(0o700);
    expect(modeOf(path.join(dataDir, "meili-master-key"))).toBe(0o600);
  });
});

describe("the SQLite files (they hold password hashes)", () => {
  it("are created 0600 in a data directory created 0700, WAL and shared-memory files included", () => {
    const dataDir = path.join(root, "data-db");
    const file = path.join(dataDir, "atlas.sqlite");
    const db = openDatabase({ file });
    try {
      migrateDatabase({ db });
      db.run(sql`create table probe (x)`);
      db.run(sql`insert into probe values (1)`);
      expect(fs.existsSync(`${file}-wal`)).toBe(true);
      expect(fs.existsSync(`${file}-shm`)).toBe(true);
      expect(modeOf(dataDir)).toBe(0o700);
      for (const f of [file, `${file}-wal`, `${file}-shm`]) expect({ f, mode: modeOf(f).toString(8) }).toEqual({ f, mode: "600" });
    } finally {
      db.$client.close();
    }
  });

  it("are tightened when an existing database was readable by all", () => {
    const dataDir = path.join(root, "data-db-old");
    fs.mkdirSync(dataDir);
    const file = path.join(dataDir, "atlas.sqlite");
    fs.writeFileSync(file, "");
    fs.chmodSync(file, 0o644);
    const db = openDatabase({ file });
    db.$client.close();
    expect(modeOf(file)).toBe(0o600);
  });
});
