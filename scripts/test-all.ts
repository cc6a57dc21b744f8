/**
 * `npm test`: typecheck, lint, unit + integration (vitest, real SQLite files and a real Meilisearch),
 * production build into .next-test, the fault suite (npm start with children killed), then Playwright e2e. Stops at the first failing step.
 */
import { spawnSync } from "node:child_process";

const steps: [string, string[], Record<string, string>?][] = [
  ["typecheck", ["npm", "run", "--silent", "typecheck"]],
  ["lint", ["npm", "run", "--silent", "lint"]],
  ["unit + integration", ["npx", "vitest", "run"]],
  ["build", ["npx", "next", "build"], { NEXT_DIST_DIR: ".next-test", NEXT_TELEMETRY_DISABLED: "1" }],
  // After the build: it serves that build through the real npm start path, and kills Meilisearch and the web server.
  ["faults", ["npx", "vitest", "run", "--config", "vitest.faults.config.ts"], { NEXT_DIST_DIR: ".next-test", SKIP_BUILD: "1" }],
  ["e2e", ["npx", "playwright", "test"], { SKIP_BUILD: "1" }],
];

const timings: string[] = [];
for (const [name, [cmd, ...args], env] of steps) {
  console.log(`\n=== ${name}: ${[cmd, ...args].join(" ")}`);
  const started = performance.now();
  const result = spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, ...env } });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  timings.push(`${name} ${seconds} s`);
  if (result.status !== 0) {
    console.error(`\n✗ ${name} failed (exit ${result.status ?? result.signal}) after ${seconds} s`);
    process.exit(result.status ?? 1);
  }
}
console.log(`\n✓ all steps passed: ${timings.join(", ")}`);
