/**
 * The benchmark site shared by bench:pages and bench:weights: a throw-away database at benchmark scale (the real
 * seed, generated events with participants and evidence articles, generated entities: about 15,000 search
 * documents), indexed into a Meilisearch of its own and served by the production server (scripts/serve.ts).
 */
import type { ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { migrateDatabase, openDatabase } from "@/db/open";
import { seedDatabase } from "@/lib/seed/seed-database";
import { getSearchClient } from "@/lib/search/client";
import { startMeili } from "@/lib/search/meili-process";
import { reindexAll } from "@/lib/search/sync-index";
import { spawnAppServer, stopChildProcess, waitForUrl } from "./app-server-process";
import { generateCorpus, generateEvents } from "./generate-bench-data";

export type BenchSite = {
  base: string;
  dir: string;
  server: ChildProcess;
  documents: number;
  /** A seeded article and event, so the mix names pages that exist. */
  slugs: { article: string; event: string };
  stop: () => Promise<void>;
};

export async function startBenchSite({
  port,
  meiliPort,
  events,
  distDir,
  label,
}: {
  port: number;
  meiliPort: number;
  events: number;
  distDir: string;
  label: string;
}): Promise<BenchSite> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `atlas-${label}-`));
  const file = path.join(dir, "atlas.sqlite");
  const stops: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const s of stops.reverse()) await s().catch(() => {});
    if (process.env.BENCH_KEEP !== "1") fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    const db = openDatabase({ file });
    migrateDatabase({ db });
    seedDatabase({ db, log: () => {} });
    generateEvents({ db, count: events });
    generateCorpus({ db, entities: 2_500, articles: 0, slugPrefix: "corpus" });
    const slugs = db.$client
      .prepare(
        `SELECT (SELECT slug FROM articles WHERE slug NOT LIKE 'bench-%' ORDER BY id LIMIT 1) AS article,
                (SELECT slug FROM entities WHERE kind = 'event' AND slug NOT LIKE 'bench-%' ORDER BY id LIMIT 1) AS event`,
      )
      .get() as { article: string; event: string };
    const meili = await startMeili({ dataDir: dir, port: meiliPort, log: () => {} });
    stops.push(meili.stop);
    const index = `bench_${label.replace(/\W/g, "_")}`;
    Object.assign(process.env, { MEILI_URL: meili.url, MEILI_MASTER_KEY: meili.masterKey, MEILI_INDEX: index });
    const { documents } = await reindexAll({ db, client: getSearchClient()! });
    db.$client.pragma("wal_checkpoint(TRUNCATE)");
    db.$client.close();
    const server = spawnAppServer({
      port,
      distDir,
      stdio: ["ignore", "ignore", "inherit"],
      env: { DATA_DIR: dir, DATABASE_PATH: file, MEILI_URL: meili.url, MEILI_MASTER_KEY: meili.masterKey, MEILI_INDEX: index },
    });
    stops.push(() => stopChildProcess({ child: server }));
    const base = `http://127.0.0.1:${port}`;
    await waitForUrl({ url: `${base}/api/health`, timeoutMs: 90_000, child: server });
    return { base, dir, server, documents, slugs, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The main public pages of the benchmark mix (pages only; the APIs are added by bench:pages). */
export function listBenchPages({ slugs }: { slugs: BenchSite["slugs"] }): string[] {
  return [
    "/",
    "/timeline",
    "/timeline?country=ZMB",
    "/timeline?country=CHN&kind=event&from=2010&to=2019",
    "/countries",
    "/countries?selection=initiative:global-ai-governance-initiative",
    "/countries/ZMB",
    "/compare?countries=CHN,ZMB,USA",
    `/articles/${slugs.article}`,
    "/initiatives/global-ai-governance-initiative",
    `/events/${slugs.event}`,
    "/search?q=governance",
  ];
}
