import { NextResponse, type NextRequest } from "next/server";

/**
 * Content Security Policy with a fresh nonce per request. Next reads the nonce from the request's CSP header
 * and puts it on its own scripts, so no inline script runs without it ('strict-dynamic' lets those scripts
 * load their chunks). Every page renders per request (the header's account menu reads the session cookie),
 * which nonces require.
 * Styles keep 'unsafe-inline': React style attributes and Next's injected styles need it, and injected CSS
 * cannot run script. The other security headers (nosniff, referrer policy …) come from next.config.ts.
 */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const dev = process.env.NODE_ENV === "development";
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", csp);
  return response;
}

export const config = {
  matcher: [
    {
      // pages only: API routes, static files and the Atom feed get a fixed policy from next.config.ts
      source: "/((?!api/|_next/static|_next/image|favicon.ico|feed\\.xml|feed\\.xsl).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
