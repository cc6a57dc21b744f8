import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { parse as parseCsv } from "csv-parse/sync";
import { unzipSync, strFromU8 } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateDatabase, openDatabase, type AtlasDatabase } from "@/db/open";
import { seedDatabase } from "@/lib/seed/seed-database";
import { saveEntity } from "@/lib/seed/save-entity";
import { backupDatabase, BackupError, checkDatabaseFile } from "@/lib/backup/backup-database";
import { backupBeforeMigration, pendingMigrations } from "@/lib/backup/backup-before-migration";
import { restoreDatabase } from "@/lib/backup/restore-database";
import { claimServerPidFile } from "@/lib/backup/server-lock";
import { buildDumpFiles } from "@/lib/dump/build-dump-files";
import { getSearchClient } from "@/lib/search/client";
import { searchAtlas } from "@/lib/search/search-atlas";
import { parseSearchParams } from "@/lib/search/search-params";
import { reindexAll } from "@/lib/search/sync-index";
import { GET as dumpJsonRoute } from "@/app/dump/atlas.json.gz/route";
import { GET as dumpZipRoute } from "@/app/dump/atlas-csv.zip/route";
import { POST as createEntityRoute } from "@/app/api/entities/route";
import { useTestSearchIndex } from "../helpers/test-database";
import { apiRequest, createUser, useDatabaseForRoutes } from "./auth-helpers";

const work = fs.mkdtempSync(path.join(os.tmpdir(), "atlas-backup-"));
const dataDir = path.join(work, "data");
const liveFile = path.join(dataDir, "atlas.sqlite");
let db: AtlasDatabase;

const search = async (q: string) => {
  const parsed = parseSearchParams({ q });
  if (!parsed.success) throw parsed.error;
  return searchAtlas({ db, query: parsed.data });
};
const addInitiative = (target: AtlasDatabase, slug: string, nameEn: string) =>
  target.transaction((tx) => saveEntity({ tx, input: { kind: "initiative", slug, nameEn, nameZh: null, aliases: [], sources: [] } }));

beforeAll(async () => {
  useTestSearchIndex("backup");
  process.env.DATA_DIR = dataDir; // the dump routes cache their files under DATA_DIR/dump
  db = openDatabase({ file: liveFile });
  migrateDatabase({ db });
  seedDatabase({ db, log: () => {} });
  await reindexAll({ db, client: getSearchClient()! });
});
afterAll(() => {
  db.$client.close();
  fs.rmSync(work, { recursive: true, force: true });
});

describe("backup and restore", () => {
  const backupFile = path.join(work, "backups", "atlas-backup.sqlite");

  it("backs up online while another connection keeps writing, into a verified 0600 copy", async () => {
    // A second connection writing as the served app would, every few milliseconds, during the whole backup.
    const writer = openDatabase({ file: liveFile });
    let writes = 0;
    const timer = setInterval(() => {
      addInitiative(writer, `during-backup-${writes}`, `Written during backup ${writes}`);
      writes++;
    }, 2);
    try {
      await new Promise((resolve) => setTimeout(resolve, 20));
      await backupDatabase({ source: liveFile, target: backupFile });
    } finally {
      clearInterval(timer);
      writer.$client.close();
    }
    expect(writes).toBeGreaterThan(0);
    expect(fs.statSync(backupFile).mode & 0o777).toBe(0o600);
    expect(checkDatabaseFile({ file: backupFile })).toEqual({ ok: true });
    const copy = openDatabase({ file: backupFile });
    const copied = copy.$client.prepare("SELECT count(*) AS n FROM entities WHERE slug = 'global-ai-governance-initiative'").get();
    copy.$client.close();
    expect(copied).toEqual({ n: 1 });
  });

  it("refuses to restore while npm start serves the data directory", () => {
    const release = claimServerPidFile({ dataDir });
    try {
      expect(() => restoreDatabase({ source: backupFile, target: liveFile, dataDir })).toThrow(/running .*pid/);
    } finally {
      release();
    }
  });

  it("refuses a corrupt or foreign file and leaves the database untouched", () => {
    const corrupt = path.join(work, "corrupt.sqlite");
    const bytes = fs.readFileSync(backupFile);
    bytes.fill(0x5a, 4096, Math.min(bytes.length, 4096 * 6)); // pages 2–6 overwritten
    fs.writeFileSync(corrupt, bytes);
    expect(checkDatabaseFile({ file: corrupt }).ok).toBe(false);
    expect(() => restoreDatabase({ source: corrupt, target: liveFile, dataDir })).toThrow(BackupError);
    const foreign = path.join(work, "notes.txt");
    fs.writeFileSync(foreign, "not a database at all");
    expect(() => restoreDatabase({ source: foreign, target: liveFile, dataDir })).toThrow(/cannot be restored/);
    expect(checkDatabaseFile({ file: liveFile })).toEqual({ ok: true });
  });

  it("round-trips: what was written after the backup is gone after restore, in SQLite and in Meilisearch", async () => {
    addInitiative(db, "after-backup-compact", "Quokkaville Compact after backup");
    await reindexAll({ db, client: getSearchClient()! });
    expect((await search("Quokkaville")).hits[0]?.slug).toBe("after-backup-compact");
    db.$client.close(); // the server stops
    restoreDatabase({ source: backupFile, target: liveFile, dataDir });
    expect(fs.statSync(liveFile).mode & 0o777).toBe(0o600);
    db = openDatabase({ file: liveFile });
    migrateDatabase({ db });
    await reindexAll({ db, client: getSearchClient()! });
    expect(db.$client.prepare("SELECT count(*) AS n FROM entities WHERE slug = 'after-backup-compact'").get()).toEqual({ n: 0 });
    const result = await search("Quokkaville");
    expect(result.engine).toBe("meilisearch");
    expect(result.hits.map((h) => h.slug)).not.toContain("after-backup-compact");
    expect((await search("Global AI Governance Initiative")).hits[0]?.slug).toBe("global-ai-governance-initiative");
  });

  it("npm start's pre-migration backup: only when a migration is pending, keeping the newest few", async () => {
    expect(pendingMigrations({ file: liveFile })).toEqual([]);
    expect(await backupBeforeMigration({ file: liveFile, dataDir, log: () => {} })).toBeNull();
    // The database as it was before the last migration in the journal.
    const older = path.join(work, "older", "atlas.sqlite");
    await backupDatabase({ source: liveFile, target: older });
    const client = openDatabase({ file: older });
    client.$client.prepare("DELETE FROM __drizzle_migrations WHERE created_at = (SELECT max(created_at) FROM __drizzle_migrations)").run();
    client.$client.close();
    expect(pendingMigrations({ file: older })).toHaveLength(1);
    const olderData = path.dirname(older);
    const made: string[] = [];
    for (let i = 0; i < 7; i++) made.push((await backupBeforeMigration({ file: older, dataDir: olderData, keep: 5, log: () => {} }))!);
    const kept = fs.readdirSync(path.join(olderData, "backups")).sort();
    expect(kept).toHaveLength(5);
    expect(kept.map((name) => path.join(olderData, "backups", name))).toEqual(made.slice(2).sort());
    expect(checkDatabaseFile({ file: made[6] })).toEqual({ ok: true });
  });
});

describe("open-data dump", () => {
  const hostile = '=HYPERLINK("http://evil.example","click")';
  let editorToken: string;

  beforeAll(async () => {
    useDatabaseForRoutes(db);
    editorToken = (await createUser({ db, email: "dump-editor@atlas.test", role: "editor", password: "dump editor passphrase" })).token;
    addInitiative(db, "hostile-formula", hostile);
    db.transaction((tx) => saveEntity({ tx, input: { kind: "initiative", slug: "proposed-only", nameEn: "Proposed by ingestion only", nameZh: null, aliases: [], sources: [] } }));
    db.$client.prepare("UPDATE entities SET status = 'proposed' WHERE slug = 'proposed-only'").run();
  });

  it("has entities, aliases, sources, relations, articles and mentions, and no accounts or proposed data", () => {
    const files = buildDumpFiles({ db });
    const doc = JSON.parse(zlib.gunzipSync(files.json).toString("utf8")) as Record<string, Record<string, unknown>[]>;
    for (const table of ["entities", "aliases", "sources", "relations", "articles", "mentions", "article_events"]) expect(doc[table]?.length, table).toBeGreaterThan(0);
    const gaigi = doc.entities.find((e) => e.slug === "global-ai-governance-initiative")!;
    expect(doc.aliases.some((a) => a.entity_id === gaigi.id && a.alias === "GAIGI")).toBe(true);
    expect(doc.relations.every((r) => typeof r.role === "string" && (r.status === "confirmed" || r.status === "suggested"))).toBe(true);
    expect(doc.relations.some((r) => r.source_url || r.source_article_slug)).toBe(true);
    expect(doc.articles[0]).not.toHaveProperty("body");
    expect(doc.entities.map((e) => e.slug)).not.toContain("proposed-only");
    const everything =
      zlib.gunzipSync(files.json).toString("utf8") +
      Object.values(unzipSync(files.zip))
        .map((b) => strFromU8(b))
        .join("\n");
    for (const secret of ["dump-editor@atlas.test", "scrypt$", "password", "atlas_session", "login_attempts"]) expect(everything, secret).not.toContain(secret);
  });

  it("the zip's CSVs parse back, with formulas escaped", () => {
    const entries = unzipSync(buildDumpFiles({ db }).zip);
    expect(Object.keys(entries).sort()).toEqual(["aliases.csv", "article_events.csv", "articles.csv", "entities.csv", "mentions.csv", "relations.csv", "sources.csv"]);
    const rows = parseCsv(strFromU8(entries["entities.csv"]), { columns: true, bom: true }) as Record<string, string>[];
    expect(rows.find((r) => r.slug === "hostile-formula")!.name_en).toBe(`'${hostile}`);
    expect(rows.find((r) => r.slug === "global-ai-governance-initiative")!.name_zh).toBe("全球人工智能治理倡议");
    const mentions = parseCsv(strFromU8(entries["mentions.csv"]), { columns: true, bom: true }) as Record<string, string>[];
    expect(Object.keys(mentions[0])).toEqual(["article_id", "entity_id", "surface", "start", "end", "evidence", "status"]);
  });

  it("is served with ETag and Content-Disposition, and is fresh right after a write", async () => {
    const first = await dumpJsonRoute(new Request("http://atlas.test/dump/atlas.json.gz"));
    expect(first.status).toBe(200);
    expect(first.headers.get("content-disposition")).toBe('attachment; filename="atlas.json.gz"');
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^".+"$/);
    expect((await dumpJsonRoute(new Request("http://atlas.test/dump/atlas.json.gz", { headers: { "if-none-match": etag } }))).status).toBe(304);
    const zip = await dumpZipRoute(new Request("http://atlas.test/dump/atlas-csv.zip"));
    expect(zip.headers.get("content-type")).toBe("application/zip");
    expect(zip.headers.get("content-disposition")).toBe('attachment; filename="atlas-csv.zip"');

    const created = await createEntityRoute(
      apiRequest({
        method: "POST",
        path: "/api/entities",
        body: { kind: "initiative", slug: "fresh-after-write", nameEn: "Fresh after write" },
        who: { token: editorToken, bearer: true },
      }),
    );
    expect(created.status).toBe(201);
    const second = await dumpJsonRoute(new Request("http://atlas.test/dump/atlas.json.gz", { headers: { "if-none-match": etag } }));
    expect(second.status).toBe(200);
    expect(second.headers.get("etag")).not.toBe(etag);
    const doc = JSON.parse(zlib.gunzipSync(Buffer.from(await second.arrayBuffer())).toString("utf8")) as { entities: { slug: string }[] };
    expect(doc.entities.map((e) => e.slug)).toContain("fresh-after-write");
    const csv = unzipSync(new Uint8Array(await (await dumpZipRoute(new Request("http://atlas.test/dump/atlas-csv.zip"))).arrayBuffer()));
    expect(strFromU8(csv["entities.csv"])).toContain("fresh-after-write");
  });
});
