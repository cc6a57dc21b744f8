// A leaf of its own: the write path (lib/errors/write-refusal.ts) turns it into a refusal without importing the
// account commands, which themselves run through the write path.
/** A refusal the admin can act on (shown on the form, next to `field` when there is one). */
export class AccountError extends Error {
  constructor(
    message: string,
    readonly field?: "email" | "role" | "password",
  ) {
    super(message);
  }
}
