const REGIONAL_INDICATOR_A = 0x1f1e6;

/**
 * The flag emoji of an ISO 3166-1 alpha-2 code: two regional-indicator symbols ("ZM" → 🇿🇲). Systems
 * without flag glyphs show the two letters, which still read as the code; no image is fetched.
 */
export function countryFlag({ iso2 }: { iso2: string | null | undefined }): string {
  if (!iso2 || !/^[A-Za-z]{2}$/.test(iso2)) return "";
  return String.fromCodePoint(...[...iso2.toUpperCase()].map((c) => REGIONAL_INDICATOR_A + c.charCodeAt(0) - 65));
}
