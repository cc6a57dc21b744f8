/**
 * `npm start`: migrate, seed if empty, start Meilisearch (unless MEILI_URL), sync the index, build if
 * needed, serve on PORT (default 3000), and keep draining the search outbox. Ctrl-C stops all of it.
 * `npm run dev` (--dev): the same, with Next's development server (hot reload) instead of a build.
 */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { resolveDatabasePath, resolveDataDir } from "@/lib/config/paths";
import { prepareDatabase } from "@/lib/runtime/prepare-database";
import { syncSearchOnStart } from "@/lib/runtime/sync-search-on-start";
import { getSearchClient } from "@/lib/search/client";
import { MeiliStartError, startOrConnectMeili, type MeiliServer } from "@/lib/search/meili-process";
import { drainSearchOutbox } from "@/lib/search/sync-index";
import { buildAppIfStale, spawnAppServer, spawnDevServer, stopChildProcess, waitForUrl } from "./lib/app-server-process";

const port = process.env.PORT ?? "3000";
const distDir = process.env.NEXT_DIST_DIR ?? ".next";
const dev = process.argv.includes("--dev");
const log = (line: string) => console.log(`[atlas] ${line}`);
const startedAt = performance.now();

let meili: MeiliServer | null = null;
let appServer: ChildProcess | null = null;
let drainTimer: NodeJS.Timeout | null = null;
let poller: ChildProcess | null = null;
let stopping = false;

/**
 * The source poller runs in its own process so that a crash or a hang there never takes the web server down;
 * when it exits it is started again after 1 s, 2 s, 4 s … (at most a minute; reset after a minute of uptime).
 */
function superviseSourcePoller(env: Record<string, string>) {
  let failures = 0;
  const startPoller = () => {
    if (stopping) return;
    const started = Date.now();
    poller = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", path.join("scripts", "poll-sources.ts")], { stdio: "inherit", env: { ...process.env, ...env } });
    poller.once("exit", (code, signal) => {
      poller = null;
      if (stopping) return;
      failures = Date.now() - started > 60_000 ? 1 : failures + 1;
      const delay = Math.min(1000 * 2 ** (failures - 1), 60_000);
      console.error(`[atlas] source poller exited (${signal ?? code}); restarting in ${delay / 1000} s`);
      setTimeout(startPoller, delay);
    });
  };
  startPoller();
}

async function stopAll(code: number) {
  if (stopping) return;
  stopping = true;
  if (drainTimer) clearInterval(drainTimer);
  if (poller) await stopChildProcess({ child: poller });
  if (appServer) await stopChildProcess({ child: appServer });
  await meili?.stop();
  process.exit(code);
}
process.on("SIGINT", () => void stopAll(0));
process.on("SIGTERM", () => void stopAll(0));

async function main() {
  const dataDir = resolveDataDir();
  log(`data: ${dataDir}; database: ${resolveDatabasePath()}`);
  const db = prepareDatabase({ log });
  try {
    meili = await startOrConnectMeili({ dataDir, port: process.env.MEILI_PORT ? Number(process.env.MEILI_PORT) : undefined, log });
    process.env.MEILI_URL = meili.url;
    process.env.MEILI_MASTER_KEY = meili.masterKey;
    await syncSearchOnStart({ db, client: getSearchClient()!, log });
  } catch (error) {
    if (!(error instanceof MeiliStartError)) throw error;
    // Search still answers from SQLite; the health route reports the degraded state.
    console.error(`[atlas] ${error.message}`);
  }
  const env = { DATA_DIR: dataDir, DATABASE_PATH: resolveDatabasePath() };
  if (dev) {
    appServer = spawnDevServer({ port, env });
  } else {
    buildAppIfStale({ distDir, log });
    appServer = spawnAppServer({ port, distDir, env });
  }
  appServer.once("exit", (code) => void stopAll(code ?? 1));
  superviseSourcePoller(env);
  // Writes made by the app are drained by the app right away; this catches anything left (e.g. engine was down).
  let draining = false;
  drainTimer = setInterval(async () => {
    const client = getSearchClient();
    if (draining || !client) return;
    draining = true;
    await drainSearchOutbox({ db, client }).finally(() => (draining = false));
  }, 2000);
  const url = `http://localhost:${port}`;
  // Not ready in two minutes: no line, and the server keeps starting (its own output says why).
  const ready = await waitForUrl({ url: `${url}/api/health`, timeoutMs: 120_000, intervalMs: 200 }).then(() => true, () => false);
  if (ready) log(`ready: ${url} (${((performance.now() - startedAt) / 1000).toFixed(1)} s after ${dev ? "npm run dev" : "npm start"})`);
}

main().catch(async (error) => {
  console.error(`[atlas] could not start: ${error instanceof Error ? error.message : error}`);
  await stopAll(1);
});
