"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { Suspense } from "react";
import { HTML_LANG, localizeHref, LOCALE_NAMES, LOCALES, splitLocalePath, type Locale } from "@/lib/i18n/locales";

/**
 * The language links of the header. The header belongs to the root layout, which client-side navigation does
 * not re-render, so the current place is read in the browser (the server's path is only the first paint's).
 * Plain <a>: changing language reloads the document, so <html lang>, the header and the messages all follow.
 */
export function LanguageSwitchLinks({ locale, initialPath, label }: { locale: Locale; initialPath: string; label: string }) {
  return (
    <nav aria-label={label} className="flex gap-2 text-sm" data-testid="language-switch">
      <Suspense fallback={<Links locale={locale} path={initialPath} />}>
        <LiveLinks locale={locale} />
      </Suspense>
    </nav>
  );
}

function LiveLinks({ locale }: { locale: Locale }) {
  const pathname = usePathname();
  const search = useSearchParams().toString();
  return <Links locale={locale} path={`${splitLocalePath(pathname ?? "/").path}${search ? `?${search}` : ""}`} />;
}

function Links({ locale, path }: { locale: Locale; path: string }) {
  return LOCALES.map((l) =>
    l === locale ? (
      <span key={l} lang={HTML_LANG[l]} aria-current="true" className="font-medium text-slate-900">
        {LOCALE_NAMES[l]}
      </span>
    ) : (
      <a
        key={l}
        href={localizeHref({ href: path, locale: l })}
        lang={HTML_LANG[l]}
        hrefLang={HTML_LANG[l]}
        className="text-slate-600 underline-offset-2 hover:text-brand-600 hover:underline"
        data-testid={`language-${l}`}
      >
        {LOCALE_NAMES[l]}
      </a>
    ),
  );
}
