import "server-only";
import http from "node:http";
import https from "node:https";
import { urlToHttpOptions } from "node:url";
import type { SearchConnection } from "./client";

/**
 * JSON POST to Meilisearch over node:http with a keep-alive agent, for the search hot path only.
 * Why not fetch (undici): on a reused loopback connection, answers above ~1 KB arrive ~40 ms late
 * (delayed ACK against a request written in two segments); node:http writes head and body at once.
 * Indexing and admin calls keep using the meilisearch client.
 */
const SOCKET_TIMEOUT_MS = 3000;
// The timeout lives on the pooled sockets (set once per socket), not per request: arming and disarming a
// timer on every request was a measurable share of the CPU a search costs in Node.
const agents = {
  http: new http.Agent({ keepAlive: true, maxSockets: 64, timeout: SOCKET_TIMEOUT_MS }),
  https: new https.Agent({ keepAlive: true, maxSockets: 64, timeout: SOCKET_TIMEOUT_MS }),
};

export class MeiliHttpError extends Error {
  constructor(
    message: string,
    readonly status: number | null,
  ) {
    super(message);
  }
}

type Target = { secure: boolean; options: http.RequestOptions; headers: Record<string, string> };
const targets = new Map<string, Target>();

/** Host, path and fixed headers per (server, key, path), worked out once rather than parsing a URL per request. */
function targetFor({ connection, path }: { connection: SearchConnection; path: string }): Target {
  const id = `${connection.url}|${connection.masterKey}|${path}`;
  let target = targets.get(id);
  if (!target) {
    const url = new URL(path, connection.url + "/");
    const secure = url.protocol === "https:";
    target = {
      secure,
      options: { ...urlToHttpOptions(url), method: "POST", agent: secure ? agents.https : agents.http },
      headers: { "content-type": "application/json", ...(connection.masterKey ? { authorization: `Bearer ${connection.masterKey}` } : {}) },
    };
    targets.set(id, target);
  }
  return target;
}

export function postMeiliJson<T>({ connection, path, body }: { connection: SearchConnection; path: string; body: unknown }): Promise<T> {
  const { secure, options, headers } = targetFor({ connection, path });
  const payload = Buffer.from(JSON.stringify(body));
  return new Promise<T>((resolve, reject) => {
    const req = (secure ? https : http).request({ ...options, headers: { ...headers, "content-length": payload.length } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("error", (e) => reject(new MeiliHttpError(e.message, null)));
      res.on("end", () => {
        const text = Buffer.concat(chunks).toString("utf8");
        const status = res.statusCode ?? 0;
        if (status < 200 || status >= 300) {
          let message = text.slice(0, 200);
          try {
            message = (JSON.parse(text) as { message?: string }).message ?? message;
          } catch {
            // not JSON: keep the raw text
          }
          reject(new MeiliHttpError(`Meilisearch ${status}: ${message}`, status));
          return;
        }
        try {
          resolve(JSON.parse(text) as T);
        } catch {
          reject(new MeiliHttpError("Meilisearch answered with invalid JSON", status));
        }
      });
    });
    // Emitted when the socket has been idle that long, i.e. no answer: give up (search falls back to SQLite).
    req.on("timeout", () => req.destroy(new Error(`no answer within ${SOCKET_TIMEOUT_MS} ms`)));
    req.on("error", (e) => reject(new MeiliHttpError(e.message, null)));
    req.end(payload);
  });
}
