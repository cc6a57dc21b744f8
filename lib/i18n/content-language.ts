import type { Locale } from "./locales";
import { toTraditional } from "./traditional";

/**
 * Which name to show first on a page in a locale, and which beside it. The atlas stores English and simplified
 * Chinese; traditional pages convert the Chinese. A page in Chinese without a Chinese name shows the English
 * one marked as such (`fallback: true`), never silently.
 */
export function pickNames({ nameEn, nameZh, locale }: { nameEn: string; nameZh: string | null | undefined; locale: Locale }): {
  primary: { text: string; lang: "en" | "zh" };
  secondary: { text: string; lang: "en" | "zh" } | null;
  fallback: boolean;
} {
  const zh = nameZh ? (locale === "zh-hant" ? toTraditional(nameZh) : nameZh) : null;
  if (locale === "en") return { primary: { text: nameEn, lang: "en" }, secondary: zh ? { text: zh, lang: "zh" } : null, fallback: false };
  if (!zh) return { primary: { text: nameEn, lang: "en" }, secondary: null, fallback: true };
  return { primary: { text: zh, lang: "zh" }, secondary: { text: nameEn, lang: "en" }, fallback: false };
}

/** Chinese text in the page's script: traditional on /zh-hant pages, unchanged elsewhere. */
export function chineseForLocale({ text, locale }: { text: string; locale: Locale }): string;
export function chineseForLocale({ text, locale }: { text: string | null | undefined; locale: Locale }): string | null | undefined;
export function chineseForLocale({ text, locale }: { text: string | null | undefined; locale: Locale }): string | null | undefined {
  return locale === "zh-hant" ? toTraditional(text) : text;
}

/**
 * The language of a stored text whose language is not recorded (editors' notes, source titles, places): Chinese
 * when it has Han characters, else English. Lets a Chinese page mark English notes with lang="en".
 */
export function guessTextLang(text: string): "zh" | "en" {
  return /\p{Script=Han}/u.test(text) ? "zh" : "en";
}
