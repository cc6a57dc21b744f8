/** What a server action behind a form answers: a message for the form, or errors per field. */
export type FormState = { error?: string; fieldErrors?: Record<string, string>; ok?: string; current?: Record<string, unknown> };

/** An error class whose instances are refusals the user can act on, optionally about one form field. */
type RefusalClass = abstract new (...args: never[]) => Error & { readonly field?: string };

/** A known refusal becomes a message on the form (and next to its field); anything else is rethrown (Next shows its error page). */
export function formStateOfRefusal({ error, refusal }: { error: unknown; refusal: RefusalClass }): FormState {
  if (error instanceof refusal) return { error: error.message, fieldErrors: error.field ? { [error.field]: error.message } : undefined };
  throw error;
}
