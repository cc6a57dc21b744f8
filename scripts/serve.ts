/**
 * The production web server (what `npm start` runs after preparing data and the build): Next.js for pages,
 * route handlers and server actions, with `GET /api/search` answered directly (lib/runtime/create-app-server.ts).
 * Listens on PORT (default 3000) on all interfaces, like `next start`; serves the build in NEXT_DIST_DIR (default .next).
 * Run it through `npm start`, which also migrates, seeds, starts Meilisearch and builds when stale.
 */
// Before anything loads Next: it reads NODE_ENV when its modules are evaluated (hence the imports below).
Object.assign(process.env, { NODE_ENV: "production" });
process.env.NEXT_TELEMETRY_DISABLED ??= "1";
const port = Number(process.env.PORT ?? 3000);

const { default: next } = await import("next");
const app = next({ dev: false, dir: process.cwd(), port });
// Prepared first: it sets up the runtime (e.g. AsyncLocalStorage) that Next's modules expect when loaded.
await app.prepare();
const { getDb } = await import("@/db");
const { createAppServer } = await import("@/lib/runtime/create-app-server");
const server = createAppServer({ handleWithNext: app.getRequestHandler(), getDatabase: getDb, cache: process.env.PAGE_CACHE_MB === "0" ? null : undefined });

const stopServer = () => {
  server.close();
  server.closeAllConnections();
  void app.close().finally(() => process.exit(0));
};
process.once("SIGTERM", stopServer);
process.once("SIGINT", stopServer);

server.on("error", (error) => {
  console.error(`[atlas] the web server could not listen on port ${port}: ${error.message}`);
  process.exit(1);
});
server.listen(port, () => console.log(`[atlas] serving on port ${port}`));

export {}; // a module, for top-level await
