import { useTranslations } from "next-intl";
import { pickConvertedNames } from "@/lib/i18n/pick-names";
import { EnglishOnlyMark } from "./english-only-mark";
import { useCurrentLocale } from "./locale-link";

/**
 * BilingualName for a Chinese name already in the page's script (traditional on /zh-hant pages): what client
 * components render, their server page having converted the rows. No converter in its imports, so none in the
 * browser (tests/unit/client-no-opencc.test.ts). Server components use BilingualName, which converts.
 */
export function ConvertedBilingualName({ nameEn, nameZh, className = "" }: { nameEn: string; nameZh: string | null; className?: string }) {
  const locale = useCurrentLocale();
  const t = useTranslations();
  const { primary, secondary, fallback } = pickConvertedNames({ nameEn, nameZh, locale });
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
