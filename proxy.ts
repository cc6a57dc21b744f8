import { NextResponse, type NextRequest } from "next/server";
import { LOCALE_HEADER, PATH_HEADER, splitLocalePath } from "@/lib/i18n/locales";

/**
 * Content Security Policy with a fresh nonce per request. Next reads the nonce from the request's CSP header
 * and puts it on its own scripts, so no inline script runs without it ('strict-dynamic' lets those scripts
 * load their chunks). Every page renders per request (the header's account menu reads the session cookie),
 * which nonces require.
 * Styles keep 'unsafe-inline': React style attributes and Next's injected styles need it, and injected CSS
 * cannot run script. The other security headers (nosniff, referrer policy …) come from next.config.ts.
 *
 * Languages: /zh/… and /zh-hant/… are rewritten to the unprefixed page with the locale in a request header
 * (i18n/request.ts reads it), so the page files are shared by all three languages. The header is always set
 * here, so a client cannot choose the locale of an English URL by sending it.
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
  const { locale, path } = splitLocalePath(request.nextUrl.pathname);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", csp);
  requestHeaders.set(LOCALE_HEADER, locale);
  requestHeaders.set(PATH_HEADER, `${path}${request.nextUrl.search}`);
  let response: NextResponse;
  if (locale === "en") {
    response = NextResponse.next({ request: { headers: requestHeaders } });
  } else {
    const url = request.nextUrl.clone();
    url.pathname = path;
    response = NextResponse.rewrite(url, { request: { headers: requestHeaders } });
  }
  response.headers.set("content-security-policy", csp);
  // the home page suggests the Chinese interface to browsers that prefer Chinese
  if (request.nextUrl.pathname === "/") response.headers.set("vary", "Accept-Language");
  return response;
}

export const config = {
  matcher: [
    {
      // pages only: API routes, static files and the Atom feed get a fixed policy from next.config.ts. Prefetches
      // come through too, since /zh/… prefetches must be rewritten like the pages they fetch.
      source: "/((?!api/|_next/static|_next/image|favicon.ico|icon.svg|feed\\.xml|feed\\.xsl).*)",
    },
  ],
};
