import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Native addon and Node-only libraries stay outside the server bundle.
  serverExternalPackages: ["better-sqlite3", "jsdom", "@mozilla/readability"],
  poweredByHeader: false,
  // `npm test` type-checks as its own step (tsc); the build need not do it a second time.
  typescript: { ignoreBuildErrors: true },
  // A separate build directory lets the e2e production build live beside a developer's `next dev`.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
};

export default nextConfig;
