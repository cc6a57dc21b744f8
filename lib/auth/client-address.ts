/**
 * The client's address for rate limiting. `next start` fills X-Forwarded-For with the socket address when
 * the client did not send one; behind a reverse proxy the proxy must overwrite it. A spoofed value can only
 * dodge the per-address limit: the per-e-mail limit still holds.
 */
export function clientAddressOf({ headers }: { headers: Headers }): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return (forwarded || headers.get("x-real-ip") || "unknown").slice(0, 64);
}
