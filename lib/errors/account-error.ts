// Apart from the account commands (lib/accounts/manage-accounts.ts): the write path's refusals (write-refusal.ts)
// name it without importing those commands, which themselves run through the write path.
/** A refusal the admin can act on (shown on the form, next to `field` when there is one). */
export class AccountError extends Error {
  constructor(
    message: string,
    readonly field?: "email" | "role" | "password",
  ) {
    super(message);
  }
}
