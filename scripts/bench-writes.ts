/**
 * npm run bench:writes [-- --rounds 10 --concurrency 50 --ingesters 3 --files 40 --port 3111]
 * Write bursts against a real running app and a real SQLite file, printed as errors / lost / throughput:
 * 1. `--concurrency` concurrent editor PATCHes on /api/entities/…, `--rounds` times, against the production
 *    server (scripts/serve.ts) on a fresh seeded database;
 * 2. `--ingesters` concurrent `npm run ingest` processes on the same database, `--files` distinct articles each
 *    (alone, then again while a PATCH burst runs);
 *    "lost" counts files that did not end up as an article.
 * Seeding, the editor account and ingestion go through the product's own commands (npm run db:seed,
 * user:create, ingest). Nothing is asserted: this is a measurement (tests/integration/concurrent-writes.test.ts
 * asserts the zero-error, zero-loss contract).
 */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { buildAppIfStale, spawnAppServer, stopChildProcess, waitForUrl } from "./lib/app-server-process";

const { values: args } = parseArgs({
  options: {
    rounds: { type: "string", default: "10" },
    concurrency: { type: "string", default: "50" },
    ingesters: { type: "string", default: "3" },
    files: { type: "string", default: "40" },
    port: { type: "string", default: process.env.BENCH_PORT ?? "3111" },
  },
});
const rounds = Number(args.rounds);
const concurrency = Number(args.concurrency);
const ingesters = Number(args.ingesters);
const filesPerIngester = Number(args.files);
const port = Number(args.port);
const distDir = process.env.NEXT_DIST_DIR ?? ".next-test";
const tsxCli = path.join(process.cwd(), "node_modules", "tsx", "dist", "cli.mjs");

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "atlas-bench-writes-"));
const databasePath = path.join(dataDir, "atlas.sqlite");
// No MEILI_URL: the bench measures SQLite writes; search changes wait in the outbox.
const childEnv: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, DATABASE_PATH: databasePath };
delete childEnv.MEILI_URL;
delete childEnv.MEILI_MASTER_KEY;

function runScript({ script, argv = [], input }: { script: string; argv?: string[]; input?: string }) {
  const r = spawnSync(process.execPath, [tsxCli, "--conditions=react-server", path.join("scripts", script), ...argv], { env: childEnv, input, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`${script} failed (${r.status}): ${r.stderr.slice(-800)}`);
  return r.stdout;
}

async function prepareEditor(): Promise<{ token: string; targets: { kind: string; slug: string }[] }> {
  runScript({ script: "db-seed.ts" });
  const token = runScript({ script: "user-create.ts", argv: ["--email", "bench@example.org", "--role", "editor", "--token"], input: "a long bench password\n" }).match(
    /token: (\S+)/,
  )?.[1];
  if (!token) throw new Error("user:create printed no token");
  const sqlite = new Database(databasePath, { readonly: true });
  const targets = sqlite.prepare("SELECT kind, slug FROM entities WHERE kind != 'country' AND status = 'confirmed' AND deleted_at IS NULL ORDER BY id LIMIT 10").all() as {
    kind: string;
    slug: string;
  }[];
  sqlite.close();
  return { token, targets };
}

async function benchPatches({ label, token, targets }: { label: string; token: string; targets: { kind: string; slug: string }[] }): Promise<void> {
  {
    const statuses = new Map<number, number>();
    const samples: string[] = [];
    const started = performance.now();
    for (let round = 0; round < rounds; round++) {
      await Promise.all(
        Array.from({ length: concurrency }, async (_, i) => {
          const target = targets[i % targets.length];
          const response = await fetch(`http://127.0.0.1:${port}/api/entities/${target.kind}/${encodeURIComponent(target.slug)}`, {
            method: "PATCH",
            headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
            body: JSON.stringify({ description: `Bench edit ${round}.${i} of ${target.slug}.` }),
          }).catch(() => null);
          const status = response?.status ?? 0;
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
          if (response && status >= 300) samples.push(`${status} ${await response.text()}`);
        }),
      );
    }
    const seconds = (performance.now() - started) / 1000;
    const total = rounds * concurrency;
    const errors = total - (statuses.get(200) ?? 0);
    console.log(`${label}: ${concurrency} concurrent × ${rounds} rounds = ${total} requests: ${errors} errors, ${(total / seconds).toFixed(1)} writes/s (${seconds.toFixed(1)} s)`);
    console.log(`  statuses: ${[...statuses].map(([s, n]) => `${s || "no answer"}×${n}`).join(", ")}`);
    for (const sample of samples.slice(0, 3)) console.log(`  e.g. ${sample.slice(0, 200)}`);
  }
}

function writeArticles({ dir, ingester }: { dir: string; ingester: number }): void {
  fs.mkdirSync(dir, { recursive: true });
  for (let i = 0; i < filesPerIngester; i++) {
    const day = String(1 + (i % 27)).padStart(2, "0");
    const text =
      `Bench article ${ingester}-${i} on AI governance\n\nPublished: 2025-03-${day}T10:00:00Z\n\n` +
      `On 3 March 2025, China and Zambia met at the United Nations to discuss the Global AI Governance Initiative (run ${ingester}, file ${i}). ` +
      `Delegates from Brazil, Kenya and France attended, and the International Telecommunication Union welcomed capacity building.\n\n` +
      `Officials said the talks would help developing countries close the digital divide (${ingester}.${i}.${Date.now()}).\n`;
    fs.writeFileSync(path.join(dir, `bench-${ingester}-${i}.txt`), text);
  }
}

async function benchIngest({ label, round }: { label: string; round: number }): Promise<void> {
  const countArticles = () => {
    const sqlite = new Database(databasePath, { readonly: true });
    const n = (sqlite.prepare("SELECT count(*) AS n FROM articles").get() as { n: number }).n;
    sqlite.close();
    return n;
  };
  const before = countArticles();
  const dirs = Array.from({ length: ingesters }, (_, k) => path.join(dataDir, `ingest-${round}-${k}`));
  dirs.forEach((dir, k) => writeArticles({ dir, ingester: round * 100 + k }));
  const started = performance.now();
  const failures = await Promise.all(
    dirs.map(
      (dir) =>
        new Promise<number>((resolve) => {
          const child = spawn(process.execPath, [tsxCli, "--conditions=react-server", path.join("scripts", "ingest.ts"), dir, "--json", "--no-drain"], {
            env: childEnv,
            stdio: ["ignore", "pipe", "ignore"],
          });
          let out = "";
          child.stdout.on("data", (chunk) => (out += chunk));
          child.on("exit", () => resolve(out.split("\n").filter((line) => line.includes('"ok":false')).length));
        }),
    ),
  );
  const seconds = (performance.now() - started) / 1000;
  const expected = ingesters * filesPerIngester;
  const stored = countArticles() - before;
  const failed = failures.reduce((a, b) => a + b, 0);
  console.log(
    `${label}: ${ingesters} processes × ${filesPerIngester} files = ${expected}: ${expected - stored} lost (${(((expected - stored) / expected) * 100).toFixed(0)} %), ${failed} reported failed, ${(stored / seconds).toFixed(1)} articles/s (${seconds.toFixed(1)} s)`,
  );
}

try {
  const editor = await prepareEditor();
  buildAppIfStale({ distDir, log: console.log });
  const server = spawnAppServer({ port, distDir, env: childEnv, stdio: ["ignore", "ignore", "inherit"] });
  try {
    await waitForUrl({ url: `http://127.0.0.1:${port}/api/health`, timeoutMs: 90_000, child: server });
    await benchPatches({ label: "PATCH burst", ...editor });
    await benchIngest({ label: "concurrent ingest", round: 1 });
    // the realistic mix: editors saving while ingest processes write to the same file
    await Promise.all([benchPatches({ label: "PATCH burst during ingest", ...editor }), benchIngest({ label: "concurrent ingest during PATCH burst", round: 2 })]);
  } finally {
    await stopChildProcess({ child: server });
  }
} finally {
  fs.rmSync(dataDir, { recursive: true, force: true });
}
