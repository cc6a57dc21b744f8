import type { Locale } from "./locales";
import { guessTextLang, pickConvertedNames } from "./pick-names";
import { toTraditional } from "./traditional";

/**
 * Which name to show first on a page in a locale, and which beside it. The atlas stores English and simplified
 * Chinese; traditional pages convert the Chinese (here, on the server), then pick (lib/i18n/pick-names.ts, the
 * converter-free half that client components use). A page in Chinese without a Chinese name shows the English
 * one marked as such (`fallback: true`), never silently.
 */
export function pickNames({ nameEn, nameZh, locale }: { nameEn: string; nameZh: string | null | undefined; locale: Locale }): ReturnType<typeof pickConvertedNames> {
  return pickConvertedNames({ nameEn, nameZh: nameZh ? chineseForLocale({ text: nameZh, locale }) : null, locale });
}

/** Chinese text in the page's script: traditional on /zh-hant pages, unchanged elsewhere. */
export function chineseForLocale({ text, locale }: { text: string; locale: Locale }): string;
export function chineseForLocale({ text, locale }: { text: string | null; locale: Locale }): string | null;
export function chineseForLocale({ text, locale }: { text: string | null | undefined; locale: Locale }): string | null | undefined;
export function chineseForLocale({ text, locale }: { text: string | null | undefined; locale: Locale }): string | null | undefined {
  return locale === "zh-hant" ? toTraditional(text) : text;
}

/**
 * A row with its Chinese name in the page's script, for client components (which render names without
 * converting: the converter stays on the server). The row itself on en and zh pages.
 */
export function withNameZhForLocale<T extends { nameZh: string | null }>({ row, locale }: { row: T; locale: Locale }): T {
  return locale === "zh-hant" && row.nameZh ? { ...row, nameZh: toTraditional(row.nameZh) } : row;
}

export { guessTextLang };
