/** Why a file or upload could not become an article. `message` is meant for the editor, not a stack trace. */
export type IngestErrorCode =
  | "empty"
  | "too-large"
  | "binary"
  | "undecodable"
  | "no-body"
  | "invalid-input"
  | "io";

export class IngestError extends Error {
  readonly code: IngestErrorCode;
  constructor(code: IngestErrorCode, message: string) {
    super(message);
    this.name = "IngestError";
    this.code = code;
  }
}

export const MAX_BYTES = 5 * 1024 * 1024;
