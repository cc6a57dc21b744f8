/**
 * The absolute origin links in feeds and calendars are built from: PUBLIC_URL when set (the address readers
 * use, e.g. behind a proxy), else the Host the request came in on (so a reader who reached the site by name
 * never gets `localhost` links), else the request URL's own origin.
 */
export function publicOrigin({
  publicUrl = process.env.PUBLIC_URL,
  requestUrl,
  host,
  forwardedProto,
}: {
  publicUrl?: string;
  requestUrl: string;
  host?: string | null;
  forwardedProto?: string | null;
}): string {
  if (publicUrl) {
    try {
      const u = new URL(publicUrl);
      if (u.protocol === "http:" || u.protocol === "https:") return u.origin;
    } catch {
      // an unusable PUBLIC_URL falls back to the request
    }
  }
  const url = new URL(requestUrl);
  const proto = forwardedProto?.split(",")[0].trim() === "https" ? "https:" : url.protocol;
  if (host && /^[a-z0-9.\-\[\]:]+$/i.test(host)) return `${proto}//${host}`;
  return url.origin;
}

/** webcal:// form of an http(s) URL (calendar apps subscribe to it instead of downloading once). */
export function webcalUrl(url: string): string {
  return url.replace(/^https?:\/\//, "webcal://");
}
