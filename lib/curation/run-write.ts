import "server-only";
import type { AtlasDatabase } from "@/db/open";
import type { Tx } from "@/lib/entities/record-revision";
import { NO_INPUT, OPERATOR, runCommandSync } from "@/lib/write/run-command";

/**
 * @deprecated Use runCommand / runCommandSync (lib/write/run-command.ts) with the writer's actor and role.
 * Kept for writes written against the earlier helper: the same IMMEDIATE transaction, busy retries, write
 * version and search delivery, but no role check or parse of its own (the caller has done both).
 */
export function runWrite<T>({ db, write }: { db: AtlasDatabase; write: (tx: Tx) => T }): T {
  return runCommandSync({ db, actor: OPERATOR, role: "editor", schema: NO_INPUT, input: undefined, command: ({ tx }) => write(tx) });
}
