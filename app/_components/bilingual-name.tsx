import { useTranslations } from "next-intl";
import { pickNames } from "@/lib/i18n/content-language";
import { useCurrentLocale } from "./locale-link";

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

/** The visible mark on English text shown in place of a missing Chinese translation. */
export function EnglishOnlyMark({ label }: { label: string }) {
  return (
    <span className="ml-1.5 rounded border border-slate-300 px-1 align-middle text-[0.7em] font-normal text-slate-500" data-testid="english-only">
      {label}
    </span>
  );
}
