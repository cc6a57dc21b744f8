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

/** Why a file over MAX_BYTES is refused, in the editor's words. */
export function tooLargeMessage(bytes: number): string {
  return `the file is ${(bytes / 1024 / 1024).toFixed(1)} MB, more than the 5 MB limit`;
}
