import { foldForMatch } from "@/lib/i18n/match-combobox-options";

export type NamedCountry = { iso3: string; iso2: string | null; nameEn: string; nameZh: string | null; aliases: string[]; nameZhTraditional?: string | null };

export type ResolvedCountryNames = {
  /** ISO3 codes in the order asked, without repeats. */
  codes: string[];
  /** What was typed and matched no country. */
  unknown: string[];
  /** What was typed and matched several countries, with their codes. */
  ambiguous: { term: string; codes: string[] }[];
};

/** "China, UK、赞比亚，ZMB" → the terms people typed (commas in English and Chinese, 、 and semicolons). */
export function splitCountryTerms(input: string): string[] {
  return input
    .split(/[,，、;；\n]+/)
    .map((t) => t.trim())
    .filter(Boolean);
}

/**
 * Reads countries named by people: ISO 3166-1 alpha-3 or alpha-2 codes, English or Chinese names (simplified
 * or traditional), or any alias ("UK", "USA"). An exact match wins; otherwise a name that starts with the
 * term, when only one does ("Zamb" → Zambia). Pure: the caller passes the countries and their aliases.
 */
export function resolveCountryNames({ terms, countries }: { terms: string[]; countries: NamedCountry[] }): ResolvedCountryNames {
  const exact = new Map<string, Set<string>>();
  const add = (key: string | null | undefined, iso3: string) => {
    if (!key) return;
    const folded = foldForMatch(key.trim());
    (exact.get(folded) ?? exact.set(folded, new Set()).get(folded)!).add(iso3);
  };
  for (const c of countries) {
    add(c.iso3, c.iso3);
    add(c.iso2, c.iso3);
    add(c.nameEn, c.iso3);
    add(c.nameZh, c.iso3);
    add(c.nameZhTraditional, c.iso3);
    for (const a of c.aliases) add(a, c.iso3);
  }
  const codes: string[] = [];
  const unknown: string[] = [];
  const ambiguous: ResolvedCountryNames["ambiguous"] = [];
  for (const term of terms) {
    const folded = foldForMatch(term);
    let found = [...(exact.get(folded) ?? [])];
    if (found.length === 0 && folded.length >= 2) {
      found = countries.filter((c) => [c.nameEn, c.nameZh, c.nameZhTraditional, ...c.aliases].some((n) => n && foldForMatch(n).startsWith(folded))).map((c) => c.iso3);
    }
    if (found.length === 1) {
      if (!codes.includes(found[0])) codes.push(found[0]);
    } else if (found.length === 0) unknown.push(term);
    else ambiguous.push({ term, codes: found.sort() });
  }
  return { codes, unknown, ambiguous };
}
