/**
 * `npm start`: migrate, seed if empty, start Meilisearch (unless MEILI_URL), sync the index, build if
 * needed, serve on PORT (default 3000), and keep draining the search outbox. Ctrl-C stops all of it.
 * `npm run dev` (--dev): the same, with Next's development server (hot reload) instead of a build.
 *
 * Supervision: Meilisearch and the web server run as child processes; when one dies on its own it is
 * restarted with a growing delay and the reason is logged. Meilisearch comes back on the same address (the
 * web server keeps its MEILI_URL) and what was written meanwhile is delivered from the outbox.
 */
import { backupBeforeMigration } from "@/lib/backup/backup-before-migration";
import { claimServerPidFile } from "@/lib/backup/server-lock";
import { spawn } from "node:child_process";
import path from "node:path";
import { resolveDatabasePath, resolveDataDir } from "@/lib/config/paths";
import { ensurePrivateDir } from "@/lib/config/private-files";
import { prepareDatabase } from "@/lib/runtime/prepare-database";
import { superviseChild, type ChildExit, type RunningChild, type Supervisor } from "@/lib/runtime/supervise-child";
import { syncSearchOnStart } from "@/lib/runtime/sync-search-on-start";
import { getSearchClient } from "@/lib/search/client";
import { MeiliStartError, startMeili, startOrConnectMeili, type MeiliServer } from "@/lib/search/meili-process";
import { forgetRunningMeili, recordRunningMeili } from "@/lib/search/running-meili";
import { flushSearchChanges } from "@/lib/search/deliver-search-changes";
import { buildAppIfStale, spawnAppServer, spawnDevServer, stopChildProcess, waitForUrl } from "./lib/app-server-process";

const port = process.env.PORT ?? "3000";
const distDir = process.env.NEXT_DIST_DIR ?? ".next";
const dev = process.argv.includes("--dev");
const log = (line: string) => console.log(`[atlas] ${line}`);
const startedAt = performance.now();
const dataDir = resolveDataDir();
const DUMP_WARM_INTERVAL_MS = 10 * 60 * 1000;

let meiliSupervisor: Supervisor | null = null;
let borrowedMeili: MeiliServer | null = null;
let webSupervisor: Supervisor | null = null;
let drainTimer: NodeJS.Timeout | null = null;
let pollerSupervisor: Supervisor | null = null;
let stopping = false;

/**
 * The source poller runs in its own process so that a crash or a hang there never takes the web server down.
 * It is supervised like the others, but never given up on: a feed that crashes it today may be fixed tomorrow.
 */
async function superviseSourcePoller(env: Record<string, string>) {
  pollerSupervisor = await superviseChild({
    name: "the source poller",
    start: async () => {
      const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", path.join("scripts", "poll-sources.ts")], {
        stdio: "inherit",
        env: { ...process.env, ...env },
      });
      const exited = new Promise<ChildExit>((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
      return { exited, stop: () => stopChildProcess({ child }) };
    },
    onGiveUp: () => {},
    log,
    initialDelayMs: 1000,
    maxDelayMs: 60_000,
    healthyAfterMs: 60_000,
    maxQuickFailures: Number.POSITIVE_INFINITY,
  });
}

async function stopAll(code: number) {
  if (stopping) return;
  stopping = true;
  if (drainTimer) clearInterval(drainTimer);
  // Both at once: a Meilisearch that got the terminal's Ctrl-C too must not be restarted while the web server stops.
  await Promise.all([webSupervisor?.stop(), meiliSupervisor?.stop(), borrowedMeili?.stop(), pollerSupervisor?.stop()]);
  forgetRunningMeili({ dataDir });
  process.exit(code);
}
process.on("SIGINT", () => void stopAll(0));
process.on("SIGTERM", () => void stopAll(0));

/** MEILI_URL's server as is; otherwise our own, supervised, always on the port of its first start. */
async function startSearch({ db }: { db: ReturnType<typeof prepareDatabase> }) {
  const first = await startOrConnectMeili({ dataDir, port: process.env.MEILI_PORT ? Number(process.env.MEILI_PORT) : undefined, log });
  process.env.MEILI_URL = first.url;
  process.env.MEILI_MASTER_KEY = first.masterKey;
  if (first.pid === null) {
    borrowedMeili = first;
  } else {
    const fixedPort = Number(new URL(first.url).port);
    const asChild = (server: MeiliServer): RunningChild => {
      recordRunningMeili({ dataDir, url: server.url, pid: server.pid! });
      log(`Meilisearch running (pid ${server.pid})`);
      return { exited: server.exited, stop: server.stop };
    };
    let firstRun: MeiliServer | null = first;
    meiliSupervisor = await superviseChild({
      name: "Meilisearch",
      start: async () => {
        const server = firstRun ?? (await startMeili({ dataDir, port: fixedPort, log }));
        firstRun = null;
        return asChild(server);
      },
      // A fresh engine is rebuilt from SQLite; otherwise what waited in the outbox is delivered now.
      onRestarted: () => syncSearchOnStart({ db, client: getSearchClient()!, log }),
      onGiveUp: (reason) => console.error(`[atlas] ${reason}; search answers from SQLite until npm start is restarted`),
      log,
    });
  }
  await syncSearchOnStart({ db, client: getSearchClient()!, log });
}

/** One run of the web server, resolved once it answers /api/health (rejected if it exits first). */
async function startWebServer(): Promise<RunningChild> {
  const env = { DATA_DIR: dataDir, DATABASE_PATH: resolveDatabasePath() };
  const child = dev ? spawnDevServer({ port, env }) : spawnAppServer({ port, distDir, env });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
  const stop = () => stopChildProcess({ child });
  try {
    // Not ready in two minutes: something is wrong (its own output says what).
    await waitForUrl({ url: `http://localhost:${port}/api/health`, timeoutMs: 120_000, intervalMs: 200, child });
  } catch (error) {
    await stop();
    throw error;
  }
  log(`web server running (pid ${child.pid})`);
  return { exited, stop };
}

async function main() {
  ensurePrivateDir({ dir: dataDir });
  log(`data: ${dataDir}; database: ${resolveDatabasePath()}`);
  // db:restore refuses to replace the database while this pid lives.
  claimServerPidFile({ dataDir });
  await backupBeforeMigration({ file: resolveDatabasePath(), dataDir, log });
  const db = prepareDatabase({ log });
  try {
    await startSearch({ db });
  } catch (error) {
    if (!(error instanceof MeiliStartError)) throw error;
    // Search still answers from SQLite; the health route reports the degraded state.
    console.error(`[atlas] ${error.message}`);
  }
  if (!dev) buildAppIfStale({ distDir, log });
  webSupervisor = await superviseChild({
    name: "the web server",
    start: startWebServer,
    onGiveUp: (reason) => {
      console.error(`[atlas] ${reason}`);
      void stopAll(1);
    },
    log,
  });
  // Writes are delivered by the write path right away; this retry catches anything left (e.g. the engine was
  // down, or a script ran with --no-drain), through the same deliverer.
  drainTimer = setInterval(() => void flushSearchChanges({ db }), 2000);
  // The watched-sources poller runs beside the web server; its crashes never take the site down.
  await superviseSourcePoller({ DATA_DIR: dataDir, DATABASE_PATH: resolveDatabasePath() });
  const url = `http://localhost:${port}`;
  log(`ready: ${url} (${((performance.now() - startedAt) / 1000).toFixed(1)} s after ${dev ? "npm run dev" : "npm start"})`);
  // The open-data dump is rebuilt by the server when the data changed; asking for it on a schedule keeps it
  // warm, so a download rarely waits for a build.
  const warmDump = () =>
    void fetch(`${url}/dump/atlas.json.gz`)
      .then(
        (r) => r.arrayBuffer(),
        () => undefined,
      )
      .catch(() => undefined);
  warmDump();
  setInterval(warmDump, DUMP_WARM_INTERVAL_MS).unref();
}

main().catch(async (error) => {
  console.error(`[atlas] could not start: ${error instanceof Error ? error.message : error}`);
  await stopAll(1);
});
