/**
 * CSRF defence for JSON API writes authenticated by the session cookie. SameSite=Lax already keeps the
 * cookie off cross-site POSTs; on top of that a browser request must prove it came from our own pages:
 *  - Sec-Fetch-Site (sent by every current browser) must be "same-origin" (or "none": typed/bookmarked);
 *  - else Origin, when present, must equal this server's origin.
 * A request with neither header did not come from a browser page (curl, scripts, tests), so it cannot be a
 * forged cross-site request; it still needs a valid session or bearer token.
 * Bearer-token requests skip this check: browsers never attach that header on their own.
 */
export function isSameOriginRequest({ headers, url }: { headers: Headers; url: string }): boolean {
  const site = headers.get("sec-fetch-site");
  if (site) return site === "same-origin" || site === "none";
  const origin = headers.get("origin");
  if (!origin) return true;
  if (origin === "null") return false;
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return false;
  }
  if (host) return originHost === host;
  try {
    return originHost === new URL(url).host;
  } catch {
    return false;
  }
}
