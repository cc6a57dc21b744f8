/** A write refused for a reason the editor can fix (taken slug, unknown target …), with the HTTP status to answer. */
export class EntityWriteError extends Error {
  constructor(
    message: string,
    readonly status: 400 | 404 | 409 = 400,
    readonly field?: string,
  ) {
    super(message);
    this.name = "EntityWriteError";
  }
}
