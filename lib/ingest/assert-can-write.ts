/**
 * Who may write articles. For now: loopback callers only (a later issue swaps this for editor sessions; keep the
 * check in this one function). Returns null when allowed, or the refusal to send.
 */
export type WriteRefusal = { status: 403; error: string };

const LOOPBACK = /^(?:127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+|localhost)$/i;

/**
 * Every address the request claims to come through. Next.js does not expose the socket on Request; its server
 * fills x-forwarded-for with the socket address when the header is absent. All hops must be loopback.
 * (A reverse proxy in front must overwrite X-Forwarded-For; sessions replace this check later.)
 */
export function clientAddresses(request: Request): string[] {
  const out: string[] = [];
  const fwd = request.headers.get("x-forwarded-for");
  if (fwd) out.push(...fwd.split(",").map((s) => s.trim()).filter(Boolean));
  const real = request.headers.get("x-real-ip");
  if (real) out.push(real.trim());
  return out;
}

export function assertCanWrite(request: Request): WriteRefusal | null {
  const addrs = clientAddresses(request);
  if (addrs.length && addrs.every((a) => LOOPBACK.test(a))) return null;
  if (!addrs.length) {
    // No address information: only trust a request addressed to the loopback host itself.
    const host = new URL(request.url).hostname;
    if (LOOPBACK.test(host) || host === "[::1]") return null;
  }
  return { status: 403, error: "writing articles is only allowed from this machine (loopback) until editor accounts exist" };
}
