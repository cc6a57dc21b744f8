import { useTranslations } from "next-intl";
import type { ZhProvenance } from "@/db/schema";
import { chineseForLocale } from "@/lib/i18n/content-language";
import type { Locale } from "@/lib/i18n/locales";
import { EnglishOnlyMark } from "./english-only-mark";
import { TranslatedMark } from "./translated-mark";

/**
 * An entity's or event's description in both languages: on a Chinese page the Chinese first and the English
 * beneath it (or the English marked as untranslated); on the English page the Chinese after the English.
 */
export function BilingualDescription({
  description,
  descriptionZh,
  provenance,
  locale,
}: {
  description: string | null;
  descriptionZh: string | null;
  provenance: ZhProvenance | null;
  locale: Locale;
}) {
  const t = useTranslations();
  const zhLang = locale === "zh-hant" ? "zh-Hant" : "zh-Hans";
  // the Chinese in the page's script (Traditional on zh-hant)
  const shownZh = chineseForLocale({ text: descriptionZh, locale });
  const chinesePage = locale !== "en";
  return (
    <>
      {chinesePage && shownZh ? (
        <p lang={zhLang} className="max-w-3xl text-slate-700" data-testid="entity-description-zh">
          {shownZh}
          {provenance === "translated" ? <TranslatedMark /> : null}
        </p>
      ) : null}
      {description ? (
        <p lang={chinesePage ? "en" : undefined} className={chinesePage && shownZh ? "max-w-3xl text-sm text-slate-500" : "max-w-3xl text-slate-700"}>
          {description}
          {chinesePage && !shownZh ? <EnglishOnlyMark label={t("content.descriptionEnglishOnly")} /> : null}
        </p>
      ) : null}
      {!chinesePage && descriptionZh ? (
        <p className="max-w-3xl text-slate-600" data-testid="entity-description-zh">
          <span lang="zh">{descriptionZh}</span>
          {provenance === "translated" ? <TranslatedMark /> : null}
        </p>
      ) : null}
    </>
  );
}
