import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { CLOSED_CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from "./lib/http/security-headers";

const nextConfig: NextConfig = {
  // Native addon and Node-only libraries stay outside the server bundle.
  serverExternalPackages: ["better-sqlite3", "jsdom", "@mozilla/readability"],
  poweredByHeader: false,
  // `npm test` type-checks as its own step (tsc); the build need not do it a second time.
  typescript: { ignoreBuildErrors: true },
  // A separate build directory lets the e2e production build live beside a developer's `next dev`.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // The article upload form is a server action; articles may be up to 5 MB (ingest's own limit).
  experimental: { serverActions: { bodySizeLimit: "6mb" } },
  async headers() {
    return [
      { source: "/:path*", headers: SECURITY_HEADERS },
      // JSON and files are never documents to run script in; prefetches skip proxy.ts, so they get one too
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: CLOSED_CONTENT_SECURITY_POLICY }] },
      { source: "/_next/static/:path*", headers: [{ key: "Content-Security-Policy", value: CLOSED_CONTENT_SECURITY_POLICY }] },
      // the Atom feed may load only its own stylesheet (browsers treat XSLT as script) and its inline styles
      { source: "/feed.xml", headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'none'" }] },
      { source: "/feed.xsl", headers: [{ key: "Content-Security-Policy", value: CLOSED_CONTENT_SECURITY_POLICY }] },
    ];
  },
};

// Interface languages: next-intl reads the locale set by proxy.ts (i18n/request.ts).
export default createNextIntlPlugin("./i18n/request.ts")(nextConfig);
