import http from "node:http";
import { pickPercentile } from "./percentile";

export type LoadFigures = { requests: number; errors: number; non2xx: number; rps: number; p50: number; p95: number; p99: number; meanBytes: number };
export type LoadResult = { overall: LoadFigures; byPath: Map<string, LoadFigures> };

function summarise({ latencies, errors, non2xx, bytes, seconds }: { latencies: number[]; errors: number; non2xx: number; bytes: number; seconds: number }): LoadFigures {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    requests: sorted.length,
    errors,
    non2xx,
    rps: sorted.length / seconds,
    p50: pickPercentile({ sorted, p: 50 }),
    p95: pickPercentile({ sorted, p: 95 }),
    p99: pickPercentile({ sorted, p: 99 }),
    meanBytes: sorted.length ? bytes / sorted.length : 0,
  };
}

/**
 * `connections` clients on keep-alive sockets, each requesting the paths in rotation (from its own offset) for
 * `seconds`, as a browser would (gzip accepted; the body is read, not decompressed). Latency per path and
 * overall, bytes as sent on the wire. Bounded in time; loopback targets only.
 */
export async function runLoad({
  base,
  paths,
  connections,
  seconds,
  headers = {},
}: {
  base: string;
  paths: string[];
  connections: number;
  seconds: number;
  headers?: Record<string, string>;
}): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const target = new URL(base);
  const stats = new Map<string, { latencies: number[]; errors: number; non2xx: number; bytes: number }>(paths.map((p) => [p, { latencies: [], errors: 0, non2xx: 0, bytes: 0 }]));
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const requestOnce = (path: string) =>
    new Promise<{ status: number; bytes: number }>((resolve, reject) => {
      const req = http.get({ host: target.hostname, port: target.port, path, agent, headers: { "accept-encoding": "gzip", ...headers } }, (res) => {
        let bytes = 0;
        res.on("data", (chunk: Buffer) => (bytes += chunk.length));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, bytes }));
        res.on("error", reject);
      });
      req.setTimeout(60_000, () => req.destroy(new Error("timeout")));
      req.on("error", reject);
    });
  const client = async (offset: number) => {
    for (let i = offset; performance.now() < deadline; i++) {
      const path = paths[i % paths.length];
      const s = stats.get(path)!;
      const t0 = performance.now();
      try {
        const { status, bytes } = await requestOnce(path);
        s.latencies.push(performance.now() - t0);
        s.bytes += bytes;
        if (status < 200 || status >= 300) s.non2xx++;
      } catch {
        s.errors++;
      }
    }
  };
  await Promise.all(Array.from({ length: connections }, (_, k) => client(k)));
  agent.destroy();
  const elapsed = (performance.now() - started) / 1000;
  const byPath = new Map<string, LoadFigures>();
  for (const [path, s] of stats) byPath.set(path, summarise({ ...s, seconds: elapsed }));
  const all = [...stats.values()];
  const overall = summarise({
    latencies: all.flatMap((s) => s.latencies),
    errors: all.reduce((n, s) => n + s.errors, 0),
    non2xx: all.reduce((n, s) => n + s.non2xx, 0),
    bytes: all.reduce((n, s) => n + s.bytes, 0),
    seconds: elapsed,
  });
  return { overall, byPath };
}
