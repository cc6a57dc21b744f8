import { useTranslations } from "next-intl";
import { pickNames } from "@/lib/i18n/content-language";
import { EnglishOnlyMark } from "./english-only-mark";
import { useCurrentLocale } from "./locale-link";

export { EnglishOnlyMark };

/**
 * The name in the page's language with the other language beside it, the product's way of naming everything.
 * A Chinese page without a Chinese name shows the English one with an "English only" mark.
 */
export function BilingualName({ nameEn, nameZh, className = "" }: { nameEn: string; nameZh: string | null; className?: string }) {
  const locale = useCurrentLocale();
  const t = useTranslations();
  const { primary, secondary, fallback } = pickNames({ nameEn, nameZh, locale });
  // lang only where the text differs from the page's language
  const langOf = (lang: "en" | "zh") => (lang === "zh" ? (locale === "zh-hant" ? "zh-Hant" : "zh-Hans") : locale === "en" ? undefined : "en");
  return (
    <span className={className}>
      <span lang={locale === "en" ? undefined : langOf(primary.lang)}>{primary.text}</span>
      {secondary ? (
        <span lang={langOf(secondary.lang)} className="ml-2 text-slate-500">
          {secondary.text}
        </span>
      ) : null}
      {fallback ? <EnglishOnlyMark label={t("content.englishOnly")} /> : null}
    </span>
  );
}
