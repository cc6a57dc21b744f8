import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { findFreePort } from "@/lib/search/meili-process";

/**
 * The real `npm start` (scripts/start.ts, run as npm runs it) on a temporary data directory and a loopback port,
 * with its output collected so tests can wait for what it logs. Everything here is bounded in time.
 */
export type AtlasProcess = {
  base: string;
  dataDir: string;
  child: ChildProcess;
  output: () => string;
  waitForLog: (pattern: RegExp, timeoutMs?: number) => Promise<RegExpMatchArray>;
  stop: () => Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
};

const nodeArgs = ["--conditions=react-server", "--import", "tsx"];

/** An editor account and API token made with `npm run user:create` (the password goes through stdin). */
export function createEditorToken({ dataDir, email }: { dataDir: string; email: string }): string {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir };
  delete env.DATABASE_PATH;
  const result = spawnSync(process.execPath, [...nodeArgs, path.join("scripts", "user-create.ts"), "--email", email, "--role", "editor", "--token"], {
    input: "a long password for the fault suite\n",
    env,
    encoding: "utf8",
    timeout: 60_000,
  });
  const token = /^token: (\S+)$/m.exec(result.stdout)?.[1];
  if (!token) throw new Error(`user:create failed: ${result.stderr || result.stdout}`);
  return token;
}

export async function startAtlas({ env = {} }: { env?: Record<string, string> } = {}): Promise<AtlasProcess> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "atlas-faults-"));
  const port = Number(process.env.FAULTS_PORT) || (await findFreePort());
  const environment: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    PORT: String(port),
    NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? ".next-test",
    // global-setup built it; a stale check per start would only cost time
    SKIP_BUILD: "1",
    ...env,
  };
  for (const name of ["MEILI_URL", "MEILI_MASTER_KEY", "MEILI_PORT", "MEILI_INDEX", "DATABASE_PATH"]) delete environment[name];
  let out = "";
  const child = spawn(process.execPath, [...nodeArgs, path.join("scripts", "start.ts")], { env: environment, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout!.on("data", (chunk: Buffer) => (out += chunk.toString("utf8")));
  child.stderr!.on("data", (chunk: Buffer) => (out += chunk.toString("utf8")));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));

  const waitForLog = async (pattern: RegExp, timeoutMs = 60_000): Promise<RegExpMatchArray> => {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const match = pattern.exec(out);
      if (match) return match;
      if (child.exitCode !== null || child.signalCode !== null) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`no log line ${pattern} within ${timeoutMs / 1000} s; output:\n${out.slice(-4000)}`);
  };

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 20_000);
    const result = await exited;
    clearTimeout(timer);
    return result;
  };

  try {
    await waitForLog(/\[atlas\] ready: /, 240_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { base: `http://127.0.0.1:${port}`, dataDir, child, output: () => out, waitForLog, stop };
}

/** Polls `check` every `intervalMs` until it returns a value other than undefined, or fails after `timeoutMs`. */
export async function eventually<T>({
  check,
  timeoutMs,
  intervalMs = 250,
  what,
}: {
  check: () => Promise<T | undefined>;
  timeoutMs: number;
  intervalMs?: number;
  what: string;
}): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
  throw new Error(`${what}: not within ${timeoutMs / 1000} s${last ? ` (last error: ${String(last)})` : ""}`);
}

export type Health = { ok: boolean; engine: string; search: string; pendingIndexChanges: number | null };

export async function readHealth({ base }: { base: string }): Promise<Health> {
  const response = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(5000) });
  return (await response.json()) as Health;
}
