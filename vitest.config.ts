import path from "node:path";
import { configDefaults, defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": import.meta.dirname,
      // Modules marked server-only are plain Node modules under test.
      "server-only": path.resolve(import.meta.dirname, "node_modules/server-only/empty.js"),
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "db/**/*.test.ts", "tests/**/*.test.ts", "scripts/**/*.test.ts"],
    // The fault suite runs the whole app and kills parts of it: its own config (vitest.faults.config.ts).
    exclude: [...configDefaults.exclude, "tests/faults/**"],
    environment: "node",
    // A real Meilisearch on a free port with a throw-away data directory, for the whole run.
    globalSetup: ["tests/helpers/global-meilisearch.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores: keep parallelism modest so Meilisearch indexing is not starved.
    maxWorkers: 2,
  },
});
