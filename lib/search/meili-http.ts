import "server-only";
import http from "node:http";
import https from "node:https";
import type { SearchConnection } from "./client";

/**
 * JSON POST to Meilisearch over node:http with a keep-alive agent, for the search hot path only.
 * Why not fetch (undici): on a reused loopback connection, answers above ~1 KB arrive ~40 ms late
 * (delayed ACK against a request written in two segments); node:http writes head and body at once.
 * Indexing and admin calls keep using the meilisearch client.
 */
const agents = { http: new http.Agent({ keepAlive: true, maxSockets: 64 }), https: new https.Agent({ keepAlive: true, maxSockets: 64 }) };

export class MeiliHttpError extends Error {
  constructor(
    message: string,
    readonly status: number | null,
  ) {
    super(message);
  }
}

export function postMeiliJson<T>({ connection, path, body, timeoutMs = 3000 }: { connection: SearchConnection; path: string; body: unknown; timeoutMs?: number }): Promise<T> {
  const url = new URL(path, connection.url + "/");
  const payload = Buffer.from(JSON.stringify(body));
  const secure = url.protocol === "https:";
  return new Promise<T>((resolve, reject) => {
    const req = (secure ? https : http).request(
      url,
      {
        method: "POST",
        agent: secure ? agents.https : agents.http,
        headers: {
          "content-type": "application/json",
          "content-length": payload.length,
          ...(connection.masterKey ? { authorization: `Bearer ${connection.masterKey}` } : {}),
        },
        timeout: timeoutMs,
      },
      (res) => {
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
      },
    );
    req.on("timeout", () => req.destroy(new Error(`timed out after ${timeoutMs} ms`)));
    req.on("error", (e) => reject(new MeiliHttpError(e.message, null)));
    req.end(payload);
  });
}
