import { spawnSync } from "node:child_process";
import path from "node:path";

/**
 * Accounts for the e2e run, created in the run's own data directory with the project's real command
 * (`npm run user:create`, password on stdin). Playwright starts the webServer before global setup, so the
 * database is already migrated and seeded here.
 */
export const E2E_EDITOR = { email: "editor@e2e.test", password: "e2e editor passphrase", role: "editor" } as const;
export const E2E_ADMIN = { email: "admin@e2e.test", password: "e2e admin passphrase", role: "admin" } as const;

export default function globalSetup() {
  const dataDir = process.env.ATLAS_E2E_DATA_DIR;
  if (!dataDir) throw new Error("ATLAS_E2E_DATA_DIR is not set (playwright.config.ts sets it)");
  for (const user of [E2E_EDITOR, E2E_ADMIN]) {
    const result = spawnSync(path.join("node_modules", ".bin", "tsx"), ["--conditions=react-server", "scripts/user-create.ts", "--email", user.email, "--role", user.role], {
      input: `${user.password}\n`,
      encoding: "utf8",
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_PATH: path.join(dataDir, "atlas.sqlite") },
    });
    if (result.status !== 0) throw new Error(`creating ${user.email} failed: ${result.stderr || result.stdout}`);
  }
}
