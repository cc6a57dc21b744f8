// Any origin of our own will do: only "is it still this origin?" matters, not which one.
const OWN_ORIGIN = "http://atlas.invalid";

/**
 * Only local paths may be a post-sign-in destination (no open redirect to another site). The candidate is
 * resolved the way a browser would (dot segments, %2e, backslashes as slashes) and kept only when it stays on
 * our origin; what is returned is the resolved path, which must not itself start with "//" (a router that
 * resolves it again would read that as another host), so "/.//evil.example" cannot become "//evil.example".
 */
export function safeNextPath(next: string | null | undefined): string {
  if (!next || !next.startsWith("/") || /[\s\u0000-\u001f\u007f]/.test(next)) return "/";
  let resolved: URL;
  try {
    resolved = new URL(next, OWN_ORIGIN);
  } catch {
    return "/";
  }
  if (resolved.origin !== OWN_ORIGIN) return "/";
  const path = `${resolved.pathname}${resolved.search}${resolved.hash}`;
  return /^\/(?![/\\])/.test(path) ? path : "/";
}
