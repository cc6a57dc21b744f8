import { entityUrlKey } from "@/lib/urls/entity-url";
import { chineseForLocale } from "@/lib/i18n/content-language";
import { pickConvertedNames } from "@/lib/i18n/pick-names";
import type { Locale } from "@/lib/i18n/locales";
import type { TimelineItem, TimelineLink } from "@/lib/timeline-query/timeline-item";

/**
 * A link as the list shows it: the key its URL and the filter highlight use (ISO alpha-3 for countries, else the
 * slug), its name already in the page's language, and its role. The list it sits in gives its kind. Why so bare:
 * a page carries ~350 of these in its RSC payload, and both names, the kind and ISO codes per link were ~20 KB.
 */
export type TimelineEntryLink = {
  key: string;
  name: string;
  /** a Chinese page showing the English name (no Chinese one recorded): marked lang="en" */
  english?: true;
  role: TimelineLink["role"];
  /** the item is the link's subject (the role reads the other way) */
  outgoing?: true;
  /** resolutions: the UN symbol */
  symbol?: string;
};

/** An item as the list shows it (no description, edit time or linked events: the list never shows them). */
export type TimelineEntryItem = Omit<TimelineItem, "description" | "updatedAt" | "events" | "countries" | "organisations" | "initiatives" | "resolutions"> &
  Record<"countries" | "organisations" | "initiatives" | "resolutions", TimelineEntryLink[]>;

function slimLink({ link, locale }: { link: TimelineLink; locale: Locale }): TimelineEntryLink {
  const name = pickConvertedNames({ nameEn: link.nameEn, nameZh: chineseForLocale({ text: link.nameZh, locale }), locale }).primary;
  return {
    key: entityUrlKey(link),
    name: name.text,
    ...(locale !== "en" && name.lang === "en" ? { english: true as const } : {}),
    role: link.role,
    ...(link.direction === "outgoing" ? { outgoing: true as const } : {}),
    ...(link.symbol ? { symbol: link.symbol } : {}),
  };
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
