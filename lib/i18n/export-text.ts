import { createTranslator } from "next-intl";
import { loadMessages } from "./load-messages";
import type { Locale } from "./locales";
import { toTraditional } from "./traditional";

/**
 * The catalogue of a locale outside React (route handlers writing CSV, Atom, iCalendar). Its "exports"
 * section in English holds the machine-readable CSV header names (snake_case, unchanged since the exports
 * began), so a script reading the default CSV keeps working; the Chinese headers are for people opening the
 * file in a spreadsheet.
 */
export function createExportText({ locale }: { locale: Locale }) {
  return createTranslator({ locale, messages: loadMessages({ locale }) });
}

export type ExportText = ReturnType<typeof createExportText>;

/** A name in the export's language: the Chinese name (traditional for zh-hant) when there is one, else English. */
export function nameForLocale({ nameEn, nameZh, locale }: { nameEn: string; nameZh: string | null | undefined; locale: Locale }): string {
  if (locale === "en" || !nameZh) return nameEn;
  return locale === "zh-hant" ? toTraditional(nameZh) : nameZh;
}
