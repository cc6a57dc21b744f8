/** Reader-facing words for "why was this linked" (kept together for translation). */
export const WHY_TEXT = {
  button: "Why?",
  buttonLabel: (name: string) => `Why this was linked to ${name}`,
  matched: "Text in the article",
  form: "Matched",
  rule: "How",
  rules: {
    "exact-alias": "an exact name, alias or document symbol",
    "title-variant": "an official title written in another form",
    description: "a description (date, body, sponsor and topic)",
    pattern: "a statement pattern in the sentence",
  } as Record<string, string>,
  legendTitle: "Key",
  confirmed: "confirmed by an editor or by an exact name",
  suggested: "suggested by the linker, awaiting review",
  statements: "Who did what",
  statementsNote: "Participation read from the article's sentences.",
} as const;
