/**
 * Headers every response carries (next.config.ts applies them to Next's responses; the app server's
 * search fast path sets the same ones itself). Pages also get a nonce-based Content-Security-Policy from
 * proxy.ts; JSON and static files get the fixed, closed policy below.
 */
export const SECURITY_HEADERS: { key: string; value: string }[] = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/** JSON and files are never documents to run script in. */
export const CLOSED_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";
