import dns from "node:dns";
import http from "node:http";
import https from "node:https";
import net from "node:net";

/**
 * One outbound GET for the poller, defended: only http(s); every address a host resolves to is checked against
 * private, loopback, link-local and other special ranges (unless `allowPrivate`) and the connection is pinned
 * to the checked address (no DNS rebinding between check and connect); at most MAX_REDIRECTS redirects, each
 * checked again; a deadline for the whole exchange; the body cut off at `maxBytes`. Failures are FetchErrors
 * with a message an editor can act on.
 */

export const MAX_REDIRECTS = 5;
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
export const DEFAULT_TIMEOUT_MS = 20_000;
export const USER_AGENT = "PolicyAtlasBot/1.0 (+https://github.com/policy-atlas; watched sources)";

export class FetchError extends Error {
  constructor(
    message: string,
    readonly code: "blocked" | "bad-url" | "timeout" | "too-large" | "too-many-redirects" | "network" | "http",
    readonly status?: number,
  ) {
    super(message);
    this.name = "FetchError";
  }
}

const blocked = new net.BlockList();
for (const [addr, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const)
  blocked.addSubnet(addr, prefix, "ipv4");
for (const [addr, prefix] of [
  ["::", 128],
  ["::1", 128],
  ["fc00::", 7],
  ["fe80::", 10],
  ["ff00::", 8],
  ["64:ff9b::", 96],
] as const)
  blocked.addSubnet(addr, prefix, "ipv6");

/** Whether an IP address is private, loopback, link-local or otherwise not a public internet host. */
export function isPrivateAddress(address: string): boolean {
  const mapped = address.match(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i)?.[1];
  if (mapped) return isPrivateAddress(mapped);
  const family = net.isIPv4(address) ? "ipv4" : net.isIPv6(address) ? "ipv6" : null;
  if (!family) return true;
  return blocked.check(address, family);
}

async function resolveChecked(host: string, allowPrivate: boolean): Promise<{ address: string; family: number }> {
  const bare = host.replace(/^\[|\]$/g, "");
  let found: { address: string; family: number }[];
  if (net.isIP(bare)) found = [{ address: bare, family: net.isIP(bare) }];
  else {
    try {
      found = await dns.promises.lookup(bare, { all: true, verbatim: true });
    } catch {
      throw new FetchError(`${host}: the name does not resolve`, "network");
    }
  }
  if (found.length === 0) throw new FetchError(`${host}: the name does not resolve`, "network");
  if (!allowPrivate) {
    const bad = found.find((a) => isPrivateAddress(a.address));
    if (bad) throw new FetchError(`${host} resolves to ${bad.address}, a private or local address: refused (an admin can allow private addresses for a source)`, "blocked");
  }
  return found[0];
}

export type FetchedResponse = { url: string; status: number; headers: http.IncomingHttpHeaders; body: Buffer; notModified: boolean };

function once({
  url,
  headers,
  address,
  deadline,
  maxBytes,
}: {
  url: URL;
  headers: Record<string, string>;
  address: { address: string; family: number };
  deadline: number;
  maxBytes: number;
}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    const lib = url.protocol === "https:" ? https : http;
    const remaining = deadline - Date.now();
    if (remaining <= 0) return reject(new FetchError(`${url.host}: no answer in time`, "timeout"));
    const req = lib.request(
      url,
      {
        method: "GET",
        headers: { "user-agent": USER_AGENT, accept: "*/*", ...headers },
        // pinned to the address that was checked
        lookup: (_host, options, callback) => {
          if ((options as { all?: boolean }).all) (callback as unknown as (e: null, a: { address: string; family: number }[]) => void)(null, [address]);
          else callback(null, address.address, address.family);
        },
      },
      (res) => {
        const declared = Number(res.headers["content-length"]);
        if (Number.isFinite(declared) && declared > maxBytes) {
          req.destroy();
          return reject(
            new FetchError(`${url.host}: the response is ${(declared / 1024 / 1024).toFixed(1)} MB, more than the ${(maxBytes / 1024 / 1024).toFixed(0)} MB limit`, "too-large"),
          );
        }
        const chunks: Buffer[] = [];
        let size = 0;
        res.on("data", (chunk: Buffer) => {
          size += chunk.length;
          if (size > maxBytes) {
            req.destroy();
            reject(new FetchError(`${url.host}: the response passed the ${(maxBytes / 1024 / 1024).toFixed(0)} MB limit and was cut off`, "too-large"));
            return;
          }
          chunks.push(chunk);
        });
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on("error", (e) => reject(new FetchError(`${url.host}: ${e.message}`, "network")));
      },
    );
    const timer = setTimeout(() => {
      req.destroy();
      reject(new FetchError(`${url.host}: no complete answer in ${Math.round(remaining / 1000)} s (timed out)`, "timeout"));
    }, remaining);
    req.on("close", () => clearTimeout(timer));
    req.on("error", (e) => reject(e instanceof FetchError ? e : new FetchError(`${url.host}: ${e.message}`, "network")));
    req.end();
  });
}

export async function fetchSafely({
  url,
  headers = {},
  allowPrivate = false,
  maxBytes = DEFAULT_MAX_BYTES,
  timeoutMs = DEFAULT_TIMEOUT_MS,
}: {
  url: string;
  headers?: Record<string, string>;
  allowPrivate?: boolean;
  maxBytes?: number;
  timeoutMs?: number;
}): Promise<FetchedResponse> {
  const deadline = Date.now() + timeoutMs;
  let current: URL;
  try {
    current = new URL(url);
  } catch {
    throw new FetchError(`${url}: not a URL`, "bad-url");
  }
  for (let hop = 0; ; hop++) {
    if (current.protocol !== "http:" && current.protocol !== "https:") throw new FetchError(`${current.href}: only http and https are fetched`, "bad-url");
    if (current.username || current.password) throw new FetchError(`${current.host}: URLs with credentials are refused`, "bad-url");
    const address = await resolveChecked(current.hostname, allowPrivate);
    const res = await once({ url: current, headers: hop === 0 ? headers : {}, address, deadline, maxBytes });
    if ([301, 302, 303, 307, 308].includes(res.status)) {
      const location = res.headers.location;
      if (!location) throw new FetchError(`${current.host}: a redirect without a Location`, "http", res.status);
      if (hop >= MAX_REDIRECTS) throw new FetchError(`${url}: more than ${MAX_REDIRECTS} redirects`, "too-many-redirects");
      current = new URL(location, current);
      continue;
    }
    if (res.status === 304) return { url: current.href, status: 304, headers: res.headers, body: Buffer.alloc(0), notModified: true };
    if (res.status < 200 || res.status >= 300) throw new FetchError(`${current.href}: HTTP ${res.status}`, "http", res.status);
    return { url: current.href, ...res, notModified: false };
  }
}
