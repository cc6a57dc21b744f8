import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Native addon and Node-only libraries stay outside the server bundle.
  serverExternalPackages: ["better-sqlite3", "jsdom", "@mozilla/readability"],
  poweredByHeader: false,
  // A separate build directory lets the e2e production build live beside a developer's `next dev`.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
};

export default nextConfig;
