import { headers } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import { loadMessages } from "@/lib/i18n/load-messages";
import { HTML_LANG, isLocale, localizeHref, LOCALE_NAMES, PATH_HEADER, chineseLocaleFor, prefersChinese } from "@/lib/i18n/locales";
import { LanguageSwitchLinks } from "./language-switch-links";

/** The page's path and query without the language prefix (set by proxy.ts). */
async function currentPath(): Promise<string> {
  const path = (await headers()).get(PATH_HEADER);
  return path && path.startsWith("/") && !path.startsWith("//") ? path : "/";
}

/** Links to the same page in the other languages. */
export async function LanguageSwitch() {
  const [locale, path, t] = [await getLocale(), await currentPath(), await getTranslations()];
  return <LanguageSwitchLinks locale={isLocale(locale) ? locale : "en"} initialPath={path} label={t("nav.languages")} />;
}

/** On the English home page, a browser that prefers Chinese is offered the Chinese interface (no redirect). */
export async function LanguageSuggestion() {
  const locale = await getLocale();
  const h = await headers();
  if (locale !== "en" || (await currentPath()) !== "/" || !prefersChinese(h.get("accept-language"))) return null;
  const target = chineseLocaleFor(h.get("accept-language"));
  const zhLocale = isLocale(target) ? target : "zh";
  // in the language it offers: the reader who prefers it reads it
  const text = loadMessages({ locale: zhLocale }).suggestion.offer;
  return (
    <div lang={HTML_LANG[zhLocale]} className="border-b border-brand-100 bg-brand-50" data-testid="language-suggestion">
      <p className="mx-auto max-w-6xl px-4 py-2 text-sm text-brand-900">
        {text}
        <a href={localizeHref({ href: "/", locale: zhLocale })} className="font-medium underline" data-testid="language-suggestion-link">
          {LOCALE_NAMES[zhLocale]}
        </a>
      </p>
    </div>
  );
}
