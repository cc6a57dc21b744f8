import type { TimelineItem, TimelineLink } from "./types";

/** A link as the list shows it: no ISO alpha-2, no empty symbol. */
export type TimelineEntryLink = Omit<TimelineLink, "iso2" | "symbol"> & { symbol?: string };
/** An item as the list shows it (no description, edit time or linked events: the list never shows them). */
export type TimelineEntryItem = Omit<TimelineItem, "description" | "updatedAt" | "events" | "countries" | "organisations" | "initiatives" | "resolutions"> &
  Record<"countries" | "organisations" | "initiatives" | "resolutions", TimelineEntryLink[]>;

function slimLink(link: TimelineLink): TimelineEntryLink {
  const slim: TimelineEntryLink = { kind: link.kind, slug: link.slug, nameEn: link.nameEn, nameZh: link.nameZh, iso3: link.iso3, role: link.role, direction: link.direction };
  return link.symbol ? { ...slim, symbol: link.symbol } : slim;
}

/**
 * What a timeline entry needs of an item. Why: entries are client components, so their props travel in the
 * page's RSC payload, and a page of 30 items carried their descriptions and linked events for nothing.
 */
export function slimTimelineItem({ item }: { item: TimelineItem }): TimelineEntryItem {
  return {
    id: item.id,
    kind: item.kind,
    slug: item.slug,
    subtype: item.subtype,
    nameEn: item.nameEn,
    nameZh: item.nameZh,
    ...(item.symbol ? { symbol: item.symbol } : {}),
    date: item.date,
    endDate: item.endDate,
    location: item.location,
    articleCount: item.articleCount,
    ...(item.participation ? { participation: item.participation } : {}),
    countries: item.countries.map(slimLink),
    organisations: item.organisations.map(slimLink),
    initiatives: item.initiatives.map(slimLink),
    resolutions: item.resolutions.map(slimLink),
  };
}
