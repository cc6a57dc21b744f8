import { spawn, spawnSync, type ChildProcess, type StdioOptions } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const nextBin = path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");

/** The newest source file that goes into the build, to tell whether a production build is stale. */
function newestSourceMtime(): number {
  let newest = 0;
  const walk = (dir: string) => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(tsx?|css|json|mjs)$/.test(entry.name)) newest = Math.max(newest, fs.statSync(full).mtimeMs);
    }
  };
  for (const dir of ["app", "lib", "db", "components"]) walk(dir);
  for (const file of ["next.config.ts", "proxy.ts", "package.json", "postcss.config.mjs"]) if (fs.existsSync(file)) newest = Math.max(newest, fs.statSync(file).mtimeMs);
  return newest;
}

/**
 * `next build` into distDir unless a build newer than every source file is there (SKIP_BUILD=1 trusts any
 * existing build). A build into another dir than .next rewrites tsconfig.json and next-env.d.ts, which are
 * shared by everyone, so both are put back.
 */
export function buildAppIfStale({ distDir, env = {}, log }: { distDir: string; env?: Record<string, string | undefined>; log: (line: string) => void }) {
  const buildId = path.join(distDir, "BUILD_ID");
  const fresh = fs.existsSync(buildId) && (process.env.SKIP_BUILD === "1" || fs.statSync(buildId).mtimeMs >= newestSourceMtime());
  if (fresh) return;
  log(`building the app (${distDir}) …`);
  const shared = ["tsconfig.json", "next-env.d.ts"].filter((f) => fs.existsSync(f)).map((f) => [f, fs.readFileSync(f)] as const);
  const build = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env: { ...process.env, ...env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" } });
  for (const [file, content] of shared) if (!fs.readFileSync(file).equals(content)) fs.writeFileSync(file, content);
  if (build.status !== 0) throw new Error("next build failed (see above)");
}

/**
 * Starts the production server (scripts/serve.ts) as a child process. Our modules import `server-only`,
 * so it runs, like every script, under the react-server condition.
 */
export function spawnAppServer({
  port,
  distDir,
  env = {},
  nodeArgs = [],
  stdio = "inherit",
  detached = false,
}: {
  port: number | string;
  distDir: string;
  env?: Record<string, string | undefined>;
  nodeArgs?: string[];
  stdio?: StdioOptions;
  detached?: boolean;
}): ChildProcess {
  // V8 grows the heap lazily under a high allocation rate: without a cap the server passed 1 GB of RSS in
  // bench:pages while its live data is far smaller; 512 MB kept it near 630 MB at the same throughput ratio.
  // APP_HEAP_MB (or a --max-old-space-size in NODE_OPTIONS) overrides it.
  const heapCap = /--max-old-space-size/.test(process.env.NODE_OPTIONS ?? "") ? [] : [`--max-old-space-size=${Number(process.env.APP_HEAP_MB) || 512}`];
  return spawn(process.execPath, [...heapCap, ...nodeArgs, "--conditions=react-server", "--import", "tsx", path.join("scripts", "serve.ts")], {
    stdio,
    detached,
    env: { ...process.env, ...env, PORT: String(port), NEXT_DIST_DIR: distDir, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
  });
}

/** Next's development server (hot reload), for `npm run dev`; it answers /api/search through the Next route. */
export function spawnDevServer({ port, env = {} }: { port: number | string; env?: Record<string, string | undefined> }): ChildProcess {
  return spawn(process.execPath, [nextBin, "dev", "-p", String(port)], { stdio: "inherit", env: { ...process.env, ...env, NEXT_TELEMETRY_DISABLED: "1" } });
}

/** Polls `url` until it answers 2xx; throws after `timeoutMs`, or as soon as `child` (the server) has exited. */
export async function waitForUrl({ url, timeoutMs, intervalMs = 250, child }: { url: string; timeoutMs: number; intervalMs?: number; child?: ChildProcess }): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`the app server exited with ${child.exitCode}`);
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, intervalMs));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

/** SIGTERM to a child that is still running, resolved when it has exited. */
export async function stopChildProcess({ child }: { child: ChildProcess }): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill("SIGTERM");
  await new Promise((r) => child.once("exit", r));
}
