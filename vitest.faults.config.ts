import path from "node:path";
import { defineConfig } from "vitest/config";

/**
 * `npm run test:faults`: the fault suite. It starts the real `npm start` path (scripts/start.ts: its own
 * Meilisearch, the production web server) on a temporary data directory and a free port, then kills its
 * children while it works. Slow by nature, so apart from the unit and integration run; `npm test` runs it after
 * the build step.
 */
export default defineConfig({
  resolve: {
    alias: {
      "@": import.meta.dirname,
      "server-only": path.resolve(import.meta.dirname, "node_modules/server-only/empty.js"),
    },
  },
  test: {
    include: ["tests/faults/**/*.test.ts"],
    environment: "node",
    globalSetup: ["tests/faults/build-once.ts"],
    testTimeout: 120_000,
    // The first start may build the app (minutes on two cores).
    hookTimeout: 600_000,
    fileParallelism: false,
  },
});
