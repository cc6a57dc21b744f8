import type { TimelineItem, TimelineLink } from "@/lib/timeline-query/timeline-item";

/** A timeline item for pure-function tests: only what a test cares about needs saying. */
export function makeTimelineItem(over: Partial<TimelineItem> & Pick<TimelineItem, "slug" | "date">): TimelineItem {
  return {
    id: 1,
    kind: "event",
    subtype: null,
    nameEn: over.slug,
    nameZh: null,
    endDate: null,
    location: null,
    description: null,
    updatedAt: "2025-05-07T00:00:00.000Z",
    countries: [],
    organisations: [],
    initiatives: [],
    resolutions: [],
    events: [],
    articleCount: 0,
    ...over,
  };
}

export function makeCountryLink(iso3: string, iso2: string, nameEn: string): TimelineLink {
  return { kind: "country", slug: iso3.toLowerCase(), nameEn, nameZh: null, iso2, iso3, role: "participant", direction: "incoming" };
}
