/** Why a file or upload could not become an article. `message` is meant for the editor, not a stack trace. */
export type IngestErrorCode =
  | "empty"
  | "too-large"
  | "binary"
  | "undecodable"
  | "no-body"
  | "invalid-input"
  | "io"
  /** caps that keep one upload from taking the server's time (INGEST_LIMITS in lib/ingest/ingest-limits.ts): answered 413/422 */
  | "too-long"
  | "too-complex"
  | "too-many-mentions"
  | "timeout";

export class IngestError extends Error {
  readonly code: IngestErrorCode;
  constructor(code: IngestErrorCode, message: string) {
    super(message);
    this.name = "IngestError";
    this.code = code;
  }
}

/** The HTTP status for a refusal: too big → 413, over a processing cap → 422, otherwise a bad request. */
export function ingestErrorStatus(code: IngestErrorCode): 400 | 413 | 422 {
  if (code === "too-large" || code === "too-long") return 413;
  if (code === "too-complex" || code === "too-many-mentions" || code === "timeout") return 422;
  return 400;
}
