import NextLink from "next/link";
import { useLocale } from "next-intl";
import type { ComponentProps } from "react";
import { isExportHref, isLocale, localizeHref, type Locale } from "@/lib/i18n/locales";

/**
 * next/link that keeps the page's language: "/search" on a /zh page goes to /zh/search. Links to exports
 * (.csv, .ics, .xml) are never prefetched: a prefetch would run the export. Drop-in for `next/link`
 * (`import Link from "@/app/_components/locale-link"`), in server and client components alike.
 */
export default function Link({ href, prefetch, ...props }: ComponentProps<typeof NextLink>) {
  const locale = useCurrentLocale();
  const target = typeof href === "string" ? localizeHref({ href, locale }) : href;
  const noPrefetch = typeof href === "string" && isExportHref(href);
  return <NextLink href={target} prefetch={noPrefetch ? false : prefetch} {...props} />;
}

/** The page's locale, typed. */
export function useCurrentLocale(): Locale {
  const locale = useLocale();
  return isLocale(locale) ? locale : "en";
}

/** A function that localises in-app hrefs for plain <a>, form actions and router.push. */
export function useLocalizeHref(): (href: string) => string {
  const locale = useCurrentLocale();
  return (href: string) => localizeHref({ href, locale });
}
