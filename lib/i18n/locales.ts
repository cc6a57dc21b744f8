/**
 * The interface languages. English lives at today's URLs, simplified Chinese under /zh/…, traditional Chinese
 * under /zh-hant/… (converted at render time from the simplified catalogue and data). Pure: used by proxy.ts,
 * the request config, links and tests.
 */
export const LOCALES = ["en", "zh", "zh-hant"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

/** The request header proxy.ts passes the locale in (the page files are not moved under a [locale] segment). */
export const LOCALE_HEADER = "x-atlas-locale";
/** The request header carrying the unprefixed path and query, so the language switch can keep the place. */
export const PATH_HEADER = "x-atlas-path";

const PREFIX: Record<Locale, string> = { en: "", zh: "/zh", "zh-hant": "/zh-hant" };

/** BCP 47 tags for <html lang> and for lang attributes on text in another language. */
export const HTML_LANG: Record<Locale, string> = { en: "en", zh: "zh-Hans", "zh-hant": "zh-Hant" };

/** The names shown in the language switch, each in its own language. */
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", zh: "简体中文", "zh-hant": "繁體中文" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

export function isChinese(locale: Locale): boolean {
  return locale !== "en";
}

/** "/zh-hant/search" → { locale: "zh-hant", path: "/search" }; "/zhx" and "/search" → English, unchanged. */
export function splitLocalePath(pathname: string): { locale: Locale; path: string } {
  for (const locale of ["zh-hant", "zh"] as const) {
    const prefix = PREFIX[locale];
    if (pathname === prefix || pathname.startsWith(`${prefix}/`)) return { locale, path: pathname.slice(prefix.length) || "/" };
  }
  return { locale: "en", path: pathname };
}

/**
 * The address of an in-app href in a locale: "/search?q=x" → "/zh/search?q=x", "/" → "/zh". External,
 * protocol-relative, hash-only and already-prefixed hrefs are returned unchanged; API routes and exports
 * (.csv, .ics, .xml, /api/…) are not localised and stay as they are.
 */
export function localizeHref({ href, locale }: { href: string; locale: Locale }): string {
  if (locale === "en" || !href.startsWith("/") || href.startsWith("//")) return href;
  if (isUnlocalizedPath(href)) return href;
  if (splitLocalePath(href.split(/[?#]/)[0]).locale !== "en") return href;
  const [, rest = ""] = /^\/(.*)$/.exec(href) ?? [];
  if (rest === "" || rest.startsWith("?") || rest.startsWith("#")) return `${PREFIX[locale]}${rest}`;
  return `${PREFIX[locale]}/${rest}`;
}

/** API routes, exports and static files answer the same in every language. */
export function isUnlocalizedPath(href: string): boolean {
  const path = href.split(/[?#]/)[0];
  return path.startsWith("/api/") || path.startsWith("/_next/") || /\.(csv|ics|xml|json|svg|ico|png|txt)$/.test(path);
}

/** The export routes: links to them are never prefetched (a prefetch would run the export). */
export function isExportHref(href: string): boolean {
  return /\.(csv|ics|xml)(?:[?#]|$)/.test(href);
}

/** The Accept-Language header prefers Chinese over English (the first language tag that is either wins). */
export function prefersChinese(acceptLanguage: string | null | undefined): boolean {
  if (!acceptLanguage) return false;
  const tags = acceptLanguage
    .split(",")
    .map((part) => {
      const [tag, ...params] = part.trim().toLowerCase().split(";");
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { tag, q: q === undefined ? 1 : Number(q) };
    })
    .filter((t) => t.tag && t.q > 0)
    .sort((a, b) => b.q - a.q);
  const first = tags.find((t) => t.tag.startsWith("zh") || t.tag.startsWith("en"));
  return first?.tag.startsWith("zh") ?? false;
}

/** Which Chinese a browser asks for: traditional for zh-Hant, zh-TW, zh-HK, zh-MO; simplified otherwise. */
export function chineseLocaleFor(acceptLanguage: string | null | undefined): Locale {
  const first =
    (acceptLanguage ?? "")
      .toLowerCase()
      .split(",")
      .map((p) => p.trim().split(";")[0])
      .find((t) => t.startsWith("zh")) ?? "zh";
  return /^zh-(hant|tw|hk|mo)/.test(first) ? "zh-hant" : "zh";
}

/**
 * Exports (CSV, Atom, iCalendar) are not under /zh/…: their language is a query parameter, `lang=zh` or
 * `lang=zh-hant`; English (the default, and the machine-readable header set) needs none.
 */
export function exportLangQuery(locale: string): string {
  return isLocale(locale) && locale !== "en" ? `lang=${locale}` : "";
}

/** The language an export was asked for (`?lang=`), English when absent or unknown. */
export function readExportLocale(params: URLSearchParams): Locale {
  const value = params.get("lang");
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

/** `href` with `?lang=…` (or `&lang=…`) for a Chinese page's export links; unchanged in English. */
export function withExportLang({ href, locale }: { href: string; locale: string }): string {
  const lang = exportLangQuery(locale);
  if (!lang) return href;
  return `${href}${href.includes("?") ? "&" : "?"}${lang}`;
}
