import type { Locale } from "./locales";

/**
 * Which name to show first on a page in a locale, and which beside it, for a Chinese name already in the page's
 * script (traditional on /zh-hant pages: the server converts, see content-language.ts). No converter here: client
 * components use this, and the converter's dictionaries stay on the server. A page in Chinese without a Chinese
 * name shows the English one marked as such (`fallback: true`), never silently.
 */
export function pickConvertedNames({ nameEn, nameZh, locale }: { nameEn: string; nameZh: string | null | undefined; locale: Locale }): {
  primary: { text: string; lang: "en" | "zh" };
  secondary: { text: string; lang: "en" | "zh" } | null;
  fallback: boolean;
} {
  const zh = nameZh || null;
  if (locale === "en") return { primary: { text: nameEn, lang: "en" }, secondary: zh ? { text: zh, lang: "zh" } : null, fallback: false };
  if (!zh) return { primary: { text: nameEn, lang: "en" }, secondary: null, fallback: true };
  return { primary: { text: zh, lang: "zh" }, secondary: { text: nameEn, lang: "en" }, fallback: false };
}

/**
 * The language of a stored text whose language is not recorded (editors' notes, source titles, places): Chinese
 * when it has Han characters, else English. Lets a Chinese page mark English notes with lang="en".
 */
export function guessTextLang(text: string): "zh" | "en" {
  return /\p{Script=Han}/u.test(text) ? "zh" : "en";
}
