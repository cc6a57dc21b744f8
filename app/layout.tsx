import type { Metadata, Viewport } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import Link from "@/app/_components/locale-link";
import "./globals.css";
import { AccountMenu } from "./_components/account-menu";
import { LanguageSuggestion, LanguageSwitch } from "./_components/language-switch";
import { HTML_LANG, isLocale } from "@/lib/i18n/locales";
import { LAYOUT_CLIENT_MESSAGES, pickClientMessages } from "@/app/_lib/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return {
    title: { default: t("site.name"), template: `%s · ${t("site.name")}` },
    description: t("site.description"),
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

const NAV = ["search", "timeline", "countries", "compare", "initiatives", "resolutions", "organisations", "events", "articles"] as const;

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  const t = await getTranslations();
  const messages = await getMessages();
  // client components get only the messages they use: the catalogue would otherwise ride on every page
  const clientMessages = pickClientMessages({ messages, scope: LAYOUT_CLIENT_MESSAGES });
  return (
    <html lang={HTML_LANG[isLocale(locale) ? locale : "en"]}>
      <body className="min-h-screen font-sans">
        <NextIntlClientProvider messages={clientMessages}>
          <a
            href="#main"
            className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:shadow"
            data-testid="skip-link"
          >
            {t("nav.skip")}
          </a>
          <LanguageSuggestion />
          <header className="border-b border-slate-200 bg-white">
            <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
              <Link href="/" className="text-lg font-semibold text-brand-900" data-testid="home-link">
                {t("site.name")}{" "}
                <span lang={locale === "en" ? "zh-Hans" : "en"} className="text-sm font-normal text-slate-500">
                  {t("site.otherName")}
                </span>
              </Link>
              <nav aria-label={t("nav.main")} className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
                {NAV.map((item) => (
                  <Link key={item} href={`/${item}`} className="text-slate-700 hover:text-brand-600" data-testid={`nav-${item}`}>
                    {t(`nav.${item}`)}
                  </Link>
                ))}
              </nav>
              <LanguageSwitch />
              <AccountMenu />
            </div>
          </header>
          <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-6 focus:outline-none">
            {children}
          </main>
          <footer className="mx-auto max-w-6xl px-4 py-8 text-xs text-slate-500">
            {t("footer.about")}{" "}
            <Link href="/about" className="text-slate-600 underline underline-offset-2 hover:text-brand-600" data-testid="about-link">
              {t("footer.aboutLink")}
            </Link>
          </footer>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
