import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

// A fresh data directory (SQLite + Meilisearch) per run, never the user's .data/. Created once, in the runner
// process (workers inherit it through the environment), and removed when the runner exits, after it has
// stopped the web server; E2E_KEEP_DATA=1 keeps it for a post-mortem.
if (!process.env.ATLAS_E2E_DATA_DIR) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "atlas-e2e-"));
  process.env.ATLAS_E2E_DATA_DIR = dataDir;
  if (process.env.E2E_KEEP_DATA !== "1") process.once("exit", () => fs.rmSync(dataDir, { recursive: true, force: true }));
}
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: "e2e",
  // Creates the e2e editor and admin accounts in the fresh data directory.
  globalSetup: "./e2e/global-setup.ts",
  outputDir: "test-results",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"], ["html", { open: "never" }]] : "list",
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 800 } } }],
  webServer: {
    // The real start path (migrate, seed, Meilisearch, production server) on its own data and build dir.
    command: "node_modules/.bin/tsx --conditions=react-server scripts/start.ts",
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 300_000,
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    stdout: "pipe",
    env: {
      PORT: String(port),
      DATA_DIR: process.env.ATLAS_E2E_DATA_DIR,
      DATABASE_PATH: path.join(process.env.ATLAS_E2E_DATA_DIR!, "atlas.sqlite"),
      NEXT_DIST_DIR: process.env.E2E_DIST_DIR ?? ".next-test",
      MEILI_URL: "",
      MEILI_MASTER_KEY: "",
    },
  },
});
