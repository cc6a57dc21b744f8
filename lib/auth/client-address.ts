/**
 * The header the production server (lib/runtime/create-app-server.ts) sets on every request with the client's
 * address, overwriting whatever the client sent: the socket's address, or, when TRUST_PROXY is configured, the
 * address the trusted proxy appended to X-Forwarded-For.
 */
export const CLIENT_ADDRESS_HEADER = "x-atlas-client-address";

/**
 * The client's address for rate limiting, as the server resolved it. Never a client-sent X-Forwarded-For:
 * that would let anyone pick a fresh address per guess. Without the production server (next dev, tests that
 * call routes directly) every client is "unknown", which only makes the per-address limit shared.
 */
export function clientAddressOf({ headers }: { headers: Headers }): string {
  return (headers.get(CLIENT_ADDRESS_HEADER) || "unknown").slice(0, 64);
}

/**
 * The address to rate-limit by. `trustProxy` is the number of reverse proxies in front of the app (TRUST_PROXY:
 * "1"/"true" = one): each appends the address it saw to X-Forwarded-For, so the entry that many places from the
 * right is the one the outermost trusted proxy saw; entries further left are client-supplied and ignored.
 */
export function resolveClientAddress({
  socketAddress,
  forwardedFor,
  trustProxy,
}: {
  socketAddress: string | undefined;
  forwardedFor: string | undefined;
  trustProxy: number;
}): string {
  if (trustProxy > 0 && forwardedFor) {
    const hops = forwardedFor
      .split(",")
      .map((part) => part.trim())
      .filter(Boolean);
    const trusted = hops[Math.max(0, hops.length - trustProxy)];
    if (trusted) return trusted.slice(0, 64);
  }
  return (socketAddress ?? "unknown").replace(/^::ffff:/, "").slice(0, 64);
}

/** TRUST_PROXY: unset/"0"/"false" = no proxy; "true" = one; a number = that many. */
export function trustedProxyCount({ value }: { value: string | undefined }): number {
  if (!value || value === "false" || value === "0") return 0;
  if (value === "true") return 1;
  const n = Number.parseInt(value, 10);
  return Number.isFinite(n) && n > 0 ? n : 1;
}
