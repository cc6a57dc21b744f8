/** What a server action behind a form answers: a message for the form, or errors per field. */
export type FormState = { error?: string; fieldErrors?: Record<string, string>; ok?: string };
