import { headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { loadMessages } from "@/lib/i18n/load-messages";
import { DEFAULT_LOCALE, isLocale, LOCALE_HEADER } from "@/lib/i18n/locales";

/**
 * next-intl without i18n routing: proxy.ts strips /zh or /zh-hant from the path and passes the locale in a
 * request header (the page files stay where they are); everything rendered reads it from here.
 */
export default getRequestConfig(async () => {
  const value = (await headers()).get(LOCALE_HEADER);
  const locale = isLocale(value) ? value : DEFAULT_LOCALE;
  return { locale, messages: loadMessages({ locale }), timeZone: "UTC" };
});
