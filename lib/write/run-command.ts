import { setTimeout as sleep } from "node:timers/promises";
import { z, type ZodType } from "zod";
import type { AtlasDatabase } from "@/db/open";
import type { UserRole } from "@/db/schema";
import { bumpWriteVersion } from "@/db/write-version";
import { hasRole } from "@/lib/auth/roles";
import type { Tx } from "@/lib/entities/record-revision";
import { deliverSearchChanges } from "@/lib/search/deliver-search-changes";
import { searchChangesQueued } from "@/lib/search/enqueue-search-sync";
import { isBusyError, refusalOf, refusalOfZodError, WriteRefusal } from "@/lib/errors/write-refusal";

/** Who writes: a signed-in account, or the operator at the machine (scripts: ingest, relink, seed, user:create). */
export type WriteActor = { userId: number; role: UserRole } | { userId: null; role: "operator" };
export const OPERATOR: WriteActor = { userId: null, role: "operator" };

export type CommandArgs<TInput, TPrepared> = { tx: Tx; input: TInput; actor: WriteActor; userId: number | null; prepared: TPrepared };

/** Attempts of a write whose transaction found the database busy beyond busy_timeout (another process writing). */
export const MAX_WRITE_ATTEMPTS = 5;
const backoffMs = (attempt: number) => 25 * 2 ** attempt + Math.random() * 25;

type CommandSpec<TSchema extends ZodType, TResult, TPrepared> = {
  db: AtlasDatabase;
  actor: WriteActor | null;
  role: UserRole;
  schema: TSchema;
  input: unknown;
  command: (args: CommandArgs<z.output<TSchema>, TPrepared>) => TResult;
};

function checkRole({ actor, role }: { actor: WriteActor | null; role: UserRole }): WriteActor {
  if (!actor) throw new WriteRefusal({ message: "sign in required", status: 401 });
  if (actor.role !== "operator" && !hasRole({ actual: actor.role, required: role })) throw new WriteRefusal({ message: `requires the ${role} role`, status: 403 });
  return actor;
}

/** One attempt: the command in a BEGIN IMMEDIATE transaction; "busy" when the lock stayed taken past busy_timeout. */
function attempt<TInput, TResult, TPrepared>({
  db,
  command,
  args,
  last,
}: {
  db: AtlasDatabase;
  command: (args: CommandArgs<TInput, TPrepared>) => TResult;
  args: Omit<CommandArgs<TInput, TPrepared>, "tx">;
  last: boolean;
}): { done: true; result: TResult } | { done: false } {
  const queuedBefore = searchChangesQueued();
  let result: TResult;
  try {
    result = db.transaction(
      (tx) => {
        const done = command({ ...args, tx });
        bumpWriteVersion({ tx });
        return done;
      },
      { behavior: "immediate" },
    );
  } catch (error) {
    if (isBusyError(error) && !last) return { done: false };
    throw refusalOf(error) ?? error;
  }
  if (searchChangesQueued() > queuedBefore) deliverSearchChanges({ db });
  return { done: true, result };
}

/**
 * THE write path. Every write (route handlers, server actions, scripts) goes through here:
 * 1. role check (the adapters authenticate; this refuses a missing or too-low role again, whatever the caller);
 * 2. zod parse of the raw input (refusal 400 with a message per field);
 * 3. `prepare`: optional async work before the lock (hashing a password), never inside the transaction;
 * 4. the command in ONE `BEGIN IMMEDIATE` transaction: the change, its revision and its search outbox rows
 *    commit together. IMMEDIATE takes the write lock up front (waiting up to busy_timeout), so a transaction
 *    that reads then writes cannot fail half-way with SQLITE_BUSY; if the lock is still taken after that, the
 *    whole transaction is retried a bounded number of times with backoff;
 * 5. the write version that caches key on is raised in the same transaction; after the commit, when the
 *    command queued search changes, the one search deliverer sends them to Meilisearch at once (not awaited);
 * 6. errors: refusals the writer can act on are thrown as WriteRefusal (status, message, fields); anything
 *    else is rethrown untouched for the adapter to log and answer 500.
 */
export async function runCommand<TSchema extends ZodType, TResult, TPrepared = undefined>({
  db,
  actor,
  role,
  schema,
  input,
  prepare,
  command,
}: CommandSpec<TSchema, TResult, TPrepared> & { prepare?: (input: z.output<TSchema>) => Promise<TPrepared> }): Promise<TResult> {
  const writer = checkRole({ actor, role });
  const parsed = await schema.safeParseAsync(input);
  if (!parsed.success) throw refusalOfZodError(parsed.error);
  const data = parsed.data as z.output<TSchema>;
  let prepared: TPrepared;
  try {
    prepared = prepare ? await prepare(data) : (undefined as TPrepared);
  } catch (error) {
    throw refusalOf(error) ?? error;
  }
  for (let n = 1; ; n++) {
    const outcome = attempt({ db, command, args: { input: data, actor: writer, userId: writer.userId, prepared }, last: n >= MAX_WRITE_ATTEMPTS });
    if (outcome.done) return outcome.result;
    await sleep(backoffMs(n));
  }
}

const sleepSync = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * runCommand for synchronous callers (ingestion, relinking, seeding: the linking pipeline is synchronous).
 * The same steps without `prepare`; the backoff between busy attempts sleeps synchronously, which is what
 * SQLite's own busy_timeout does anyway.
 */
export function runCommandSync<TSchema extends ZodType, TResult>({ db, actor, role, schema, input, command }: CommandSpec<TSchema, TResult, undefined>): TResult {
  const writer = checkRole({ actor, role });
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw refusalOfZodError(parsed.error);
  const data = parsed.data as z.output<TSchema>;
  for (let n = 1; ; n++) {
    const outcome = attempt({ db, command, args: { input: data, actor: writer, userId: writer.userId, prepared: undefined }, last: n >= MAX_WRITE_ATTEMPTS });
    if (outcome.done) return outcome.result;
    sleepSync(backoffMs(n));
  }
}

/** The schema of a command whose input is all in the URL (delete, restore …): there is no body to accept. */
export const NO_INPUT = z.undefined();
