import type { ZodError } from "zod";
import { zodMessage } from "@/lib/http/zod-message";
import { AccountError } from "./account-error";
import { EntityWriteError } from "./entity-write-error";
import { IngestError } from "./ingest-error";

export type RefusalStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 503;

/**
 * A write refused for a reason the writer can act on: the status an API answers, the message a form shows
 * (next to `field` when there is one, or per field in `fieldErrors`), and optional `details` for the body
 * (a version conflict carries the current values). Anything that is not a refusal is an unexpected failure.
 */
export class WriteRefusal extends Error {
  readonly status: RefusalStatus;
  readonly field?: string;
  readonly fieldErrors?: Record<string, string>;
  readonly details?: Record<string, unknown>;
  /** the input failed validation (forms say "fix the highlighted fields") */
  readonly invalidInput: boolean;
  constructor({
    message,
    status = 400,
    field,
    fieldErrors,
    details,
    invalidInput = false,
  }: {
    message: string;
    status?: RefusalStatus;
    field?: string;
    fieldErrors?: Record<string, string>;
    details?: Record<string, unknown>;
    invalidInput?: boolean;
  }) {
    super(message);
    this.name = "WriteRefusal";
    this.status = status;
    this.field = field;
    this.fieldErrors = fieldErrors ?? (field ? { [field]: message } : undefined);
    this.details = details;
    this.invalidInput = invalidInput;
  }
}

/** A zod failure as a 400 refusal with one message per field (forms highlight them, the API lists them). */
export function refusalOfZodError(error: ZodError): WriteRefusal {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) fieldErrors[String(issue.path[0] ?? "form")] ??= issue.message;
  return new WriteRefusal({ message: zodMessage(error), status: 400, fieldErrors, invalidInput: true });
}

function sqliteCode(error: unknown): string | undefined {
  return error instanceof Error && "code" in error && typeof error.code === "string" && error.code.startsWith("SQLITE_") ? error.code : undefined;
}

export function isBusyError(error: unknown): boolean {
  const code = sqliteCode(error);
  return code === "SQLITE_BUSY" || code?.startsWith("SQLITE_BUSY_") === true || code === "SQLITE_LOCKED";
}

/** A known refusal, a data-rule clash (409), a database still busy after the retries (503), or undefined: unexpected. */
export function refusalOf(error: unknown): WriteRefusal | undefined {
  if (error instanceof WriteRefusal) return error;
  if (error instanceof EntityWriteError || error instanceof AccountError) {
    return new WriteRefusal({ message: error.message, status: error instanceof EntityWriteError ? error.status : 400, field: error.field });
  }
  if (error instanceof IngestError) return new WriteRefusal({ message: error.message, status: error.code === "too-large" ? 413 : 400 });
  const code = sqliteCode(error);
  if (code === "SQLITE_CONSTRAINT_UNIQUE" || code === "SQLITE_CONSTRAINT_PRIMARYKEY") return new WriteRefusal({ message: "that would duplicate an existing record", status: 409 });
  if (code?.startsWith("SQLITE_CONSTRAINT")) return new WriteRefusal({ message: "that change breaks a data rule", status: 409 });
  if (isBusyError(error)) return new WriteRefusal({ message: "the database is busy with other changes; nothing was saved, try again", status: 503 });
  return undefined;
}
