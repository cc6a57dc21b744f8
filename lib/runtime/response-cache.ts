import crypto from "node:crypto";

/** A complete response as the client received it (body possibly gzip-encoded: the key says which). */
export type CachedResponse = {
  status: number;
  headers: Record<string, string | string[]>;
  body: Buffer;
  etag: string;
  /** The data version the response was rendered at: it is served only while the data is still at it. */
  version: string;
  /** Date.now() when stored; entries with a time limit (maxAgeMs) expire from it. */
  storedAt: number;
  maxAgeMs: number | null;
};

export type ResponseCacheStats = { entries: number; bytes: number; hits: number; misses: number; evictions: number };

/** A response's strong validator: a hash of its exact bytes (so the gzip and plain forms differ). */
export function computeEtag({ body }: { body: Buffer }): string {
  return `"${crypto.createHash("sha1").update(body).digest("base64url").slice(0, 22)}"`;
}

/** Whether an If-None-Match header names this ETag (a list, weak forms and `*` included). */
export function matchesEtag({ ifNoneMatch, etag }: { ifNoneMatch: string | undefined; etag: string }): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === "*") return true;
  return ifNoneMatch.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag);
}

function sizeOf(entry: CachedResponse): number {
  let bytes = entry.body.length + 256;
  for (const [name, value] of Object.entries(entry.headers)) bytes += name.length + (Array.isArray(value) ? value.join("").length : value.length);
  return bytes;
}

/**
 * Rendered answers keyed by request, valid for one data version, bounded in bytes (least recently used go
 * first). A lookup at another version is a miss and drops the stale entry, so memory holds only answers that
 * can still be served.
 */
export function createResponseCache({ maxBytes, maxEntryBytes = Math.floor(maxBytes / 8), now = Date.now }: { maxBytes: number; maxEntryBytes?: number; now?: () => number }) {
  const entries = new Map<string, CachedResponse>();
  let bytes = 0;
  const stats = { hits: 0, misses: 0, evictions: 0 };

  const remove = (key: string) => {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    bytes -= sizeOf(entry);
  };

  return {
    get({ key, version }: { key: string; version: string }): CachedResponse | null {
      const entry = entries.get(key);
      if (!entry) {
        stats.misses++;
        return null;
      }
      if (entry.version !== version || (entry.maxAgeMs !== null && now() - entry.storedAt > entry.maxAgeMs)) {
        remove(key);
        stats.misses++;
        return null;
      }
      // Map order is insertion order: re-inserting marks the entry as most recently used.
      entries.delete(key);
      entries.set(key, entry);
      stats.hits++;
      return entry;
    },
    set({ key, entry }: { key: string; entry: CachedResponse }): boolean {
      const size = sizeOf(entry);
      if (size > maxEntryBytes) return false;
      remove(key);
      while (bytes + size > maxBytes && entries.size > 0) {
        remove(entries.keys().next().value!);
        stats.evictions++;
      }
      entries.set(key, entry);
      bytes += size;
      return true;
    },
    clear() {
      entries.clear();
      bytes = 0;
    },
    stats(): ResponseCacheStats {
      return { entries: entries.size, bytes, ...stats };
    },
  };
}

export type ResponseCache = ReturnType<typeof createResponseCache>;
