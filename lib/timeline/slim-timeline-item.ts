import { chineseForLocale } from "@/lib/i18n/content-language";
import type { Locale } from "@/lib/i18n/locales";
import type { TimelineItem, TimelineLink } from "./types";

/** A link as the list shows it: no ISO alpha-2, no empty symbol. */
export type TimelineEntryLink = Omit<TimelineLink, "iso2" | "symbol"> & { symbol?: string };
/** An item as the list shows it (no description, edit time or linked events: the list never shows them). */
export type TimelineEntryItem = Omit<TimelineItem, "description" | "updatedAt" | "events" | "countries" | "organisations" | "initiatives" | "resolutions"> &
  Record<"countries" | "organisations" | "initiatives" | "resolutions", TimelineEntryLink[]>;

function slimLink({ link, locale }: { link: TimelineLink; locale: Locale }): TimelineEntryLink {
  const slim: TimelineEntryLink = {
    kind: link.kind,
    slug: link.slug,
    nameEn: link.nameEn,
    nameZh: chineseForLocale({ text: link.nameZh, locale }),
    iso3: link.iso3,
    role: link.role,
    direction: link.direction,
  };
  return link.symbol ? { ...slim, symbol: link.symbol } : slim;
}

/**
 * What a timeline entry needs of an item. Why: entries are client components, so their props travel in the
 * page's RSC payload, and a page of 30 items carried their descriptions and linked events for nothing. Chinese
 * names come in the page's script (converted here, on the server: the converter stays out of the browser).
 */
export function slimTimelineItem({ item, locale }: { item: TimelineItem; locale: Locale }): TimelineEntryItem {
  const slimLinks = (links: TimelineLink[]) => links.map((link) => slimLink({ link, locale }));
  return {
    id: item.id,
    kind: item.kind,
    slug: item.slug,
    subtype: item.subtype,
    nameEn: item.nameEn,
    nameZh: chineseForLocale({ text: item.nameZh, locale }),
    ...(item.symbol ? { symbol: item.symbol } : {}),
    date: item.date,
    endDate: item.endDate,
    location: item.location,
    articleCount: item.articleCount,
    ...(item.participation ? { participation: item.participation } : {}),
    countries: slimLinks(item.countries),
    organisations: slimLinks(item.organisations),
    initiatives: slimLinks(item.initiatives),
    resolutions: slimLinks(item.resolutions),
  };
}
