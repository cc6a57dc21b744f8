/** One choice of a searchable multi-select: what it submits, how it reads, and every name it answers to. */
export type ComboboxOption = {
  value: string;
  /** The name in the page's language. */
  label: string;
  /** The name in the other language, shown beside it. */
  other?: string;
  otherLang?: string;
  /** A code shown and matched (ISO alpha-3, a resolution symbol). */
  code?: string;
  /** Lower-cased names (English, simplified and traditional Chinese, codes, aliases) matched by typing. */
  search: string;
};

/** The folded form typing is compared in: lower case, accents dropped ("Côte" matches "cote"). */
export function foldForMatch(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{Mn}/gu, "")
    .toLowerCase();
}

/**
 * Options matching what was typed, best first: a code typed exactly ("ZMB"), then names starting with it
 * ("Zam" → Zambia), then names containing it ("比亚" → 赞比亚). Nothing typed: every option, in order.
 */
export function matchComboboxOptions({ options, query }: { options: ComboboxOption[]; query: string }): ComboboxOption[] {
  const q = foldForMatch(query.trim());
  if (!q) return options;
  const scored: { option: ComboboxOption; score: number; index: number }[] = [];
  options.forEach((option, index) => {
    const words = option.search.split("\u0000");
    let score = -1;
    if (option.code && foldForMatch(option.code) === q) score = 3;
    else if (words.some((w) => w.startsWith(q))) score = 2;
    else if (words.some((w) => w.split(/[\s,()·-]+/).some((part) => part.startsWith(q)))) score = 1;
    else if (option.search.includes(q)) score = 0;
    if (score >= 0) scored.push({ option, score, index });
  });
  return scored.sort((a, b) => b.score - a.score || a.index - b.index).map((s) => s.option);
}

/** The `search` field of an option from its names (joined with NUL so a match never spans two names). */
export function comboboxSearchText(names: (string | null | undefined)[]): string {
  return [...new Set(names.filter((n): n is string => Boolean(n)).map(foldForMatch))].join("\u0000");
}
