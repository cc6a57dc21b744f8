import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import type { AtlasDatabase } from "@/db/open";
import { findWatchedSource, listSourceItems, type SourceRow } from "@/db/queries/sources";
import { watchedSources, WATCHED_SOURCE_KINDS, type UserRole, type WatchedSource } from "@/db/schema";
import { hasRole } from "@/lib/auth/roles";
import { NO_INPUT, OPERATOR, runCommandSync } from "@/lib/write/run-command";
import { fetchSafely, FetchError } from "./fetch-safely";
import { detectSourceKind } from "./parse-source";

/** A refused source request, with the HTTP status it maps to. */
export class SourceRequestError extends Error {
  constructor(
    message: string,
    readonly status: 400 | 403 | 404 | 409,
  ) {
    super(message);
    this.name = "SourceRequestError";
  }
}

export const sourceInputSchema = z
  .object({
    url: z.url({ protocol: /^https?$/ }).max(2000),
    kind: z.enum(WATCHED_SOURCE_KINDS).optional(),
    language: z.enum(["zh", "en"]).optional(),
    intervalMinutes: z
      .number()
      .int()
      .min(5)
      .max(7 * 24 * 60)
      .optional(),
    linkPattern: z
      .string()
      .max(500)
      .refine((p) => {
        try {
          new RegExp(p);
          return true;
        } catch {
          return false;
        }
      }, "not a valid regular expression")
      .optional(),
    allowPrivate: z.boolean().optional(),
  })
  .strict();
export type SourceInput = z.infer<typeof sourceInputSchema>;

/**
 * Adds a watched source. Without `kind`, the URL is fetched once (with the poller's defences) and the kind read
 * from what it returns. Allowing private addresses needs an admin. The first poll happens at once.
 */
export async function addWatchedSource({ db, input, user }: { db: AtlasDatabase; input: SourceInput; user: { id: number; role: UserRole } | null }): Promise<WatchedSource> {
  if (input.allowPrivate && !(user && hasRole({ actual: user.role, required: "admin" }))) throw new SourceRequestError("only an admin may allow private or local addresses", 403);
  if (input.kind === "listing" && !input.linkPattern) throw new SourceRequestError("a listing page needs a linkPattern (a regular expression the article links match)", 400);
  let kind = input.kind;
  if (!kind) {
    try {
      const res = await fetchSafely({ url: input.url, allowPrivate: input.allowPrivate ?? false, timeoutMs: 15_000 });
      kind = detectSourceKind({ body: res.body.toString("utf8"), contentType: typeof res.headers["content-type"] === "string" ? res.headers["content-type"] : null });
    } catch (error) {
      throw new SourceRequestError(`could not detect the kind of source: ${error instanceof FetchError ? error.message : "the URL could not be fetched"}`, 400);
    }
  }
  if (kind === "listing" && !input.linkPattern)
    throw new SourceRequestError("this looks like a plain listing page: give a linkPattern (a regular expression the article links match)", 400);
  const row = {
    url: input.url,
    kind,
    language: input.language ?? null,
    intervalMinutes: input.intervalMinutes ?? 60,
    linkPattern: input.linkPattern ?? null,
    allowPrivate: input.allowPrivate ?? false,
    createdBy: user?.id ?? null,
  };
  if (db.select({ id: watchedSources.id }).from(watchedSources).where(eq(watchedSources.url, input.url)).get()) throw new SourceRequestError("that URL is already watched", 409);
  return runCommandSync({
    db,
    actor: user ? { userId: user.id, role: user.role } : OPERATOR,
    role: "editor",
    schema: NO_INPUT,
    input: undefined,
    command: ({ tx }) => tx.insert(watchedSources).values(row).returning().get(),
  });
}

/** The JSON shape of a source (GET /api/sources/{id}; the list leaves out items). */
export function serializeSource({ source, counts }: { source: WatchedSource; counts?: SourceRow["counts"] }) {
  return {
    id: source.id,
    url: source.url,
    kind: source.kind,
    language: source.language,
    intervalMinutes: source.intervalMinutes,
    linkPattern: source.linkPattern,
    allowPrivate: source.allowPrivate,
    lastFetchedAt: source.lastFetchedAt,
    lastStatus: source.lastStatus,
    nextFetchAt: source.nextFetchAt,
    ...(source.error ? { error: source.error } : {}),
    ...(counts ? { counts } : {}),
  };
}

export function readSourceDetail({ db, id }: { db: AtlasDatabase; id: number }) {
  const source = findWatchedSource({ db, id });
  if (!source) return null;
  const items = listSourceItems({ db, sourceId: id }).map((i) => ({
    url: i.url,
    title: i.title,
    status: i.status,
    article: i.article,
    copyOf: i.copyOf,
    ...(i.error ? { error: i.error } : {}),
    ...(i.status === "failed" ? { attempts: i.attempts, nextAttemptAt: i.nextAttemptAt } : {}),
  }));
  return { ...serializeSource({ source }), items };
}
