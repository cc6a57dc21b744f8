import { describe, expect, it } from "vitest";
import { slimTimelineItem } from "./slim-timeline-item";
import type { TimelineItem } from "@/lib/timeline-query/timeline-item";

const link = {
  kind: "country" as const,
  slug: "zmb",
  nameEn: "Zambia",
  nameZh: "赞比亚",
  iso2: "ZM",
  iso3: "ZMB",
  symbol: null,
  role: "host" as const,
  direction: "incoming" as const,
};
const item: TimelineItem = {
  id: 1,
  kind: "event",
  slug: "e",
  subtype: "summit",
  nameEn: "E",
  nameZh: null,
  date: "2024",
  endDate: null,
  location: null,
  description: "a long description",
  updatedAt: "2024-01-01",
  countries: [link],
  organisations: [],
  initiatives: [],
  resolutions: [{ ...link, kind: "resolution", slug: "r", iso3: null, iso2: null, symbol: "A/RES/78/311" }],
  events: [link],
  articleCount: 2,
};

describe("slimTimelineItem", () => {
  it("keeps what an entry shows and drops the rest", () => {
    const slim = slimTimelineItem({ item, locale: "zh" });
    expect(slim).not.toHaveProperty("description");
    expect(slim).not.toHaveProperty("events");
    expect(slim.countries[0]).toEqual({ key: "ZMB", name: "赞比亚", role: "host" });
    expect(slim.resolutions[0]).toEqual({ key: "r", name: "赞比亚", role: "host", symbol: "A/RES/78/311" });
    const untranslated = slimTimelineItem({ item: { ...item, countries: [{ ...link, nameZh: null }] }, locale: "zh" });
    expect(untranslated.countries[0]).toEqual({ key: "ZMB", name: "Zambia", english: true, role: "host" });
    expect(slim).toMatchObject({ slug: "e", date: "2024", articleCount: 2, subtype: "summit" });
  });

  it("gives Chinese names in the page's script: the entries are client components and do not convert", () => {
    const slim = slimTimelineItem({ item: { ...item, nameZh: "全球人工智能治理倡议" }, locale: "zh-hant" });
    expect(slim.nameZh).toBe("全球人工智能治理倡議");
    expect(slim.countries[0].name).toBe("尚比亞");
    expect(slimTimelineItem({ item, locale: "en" }).countries[0].name).toBe("Zambia");
  });

  it("marks links the item is the subject of", () => {
    const slim = slimTimelineItem({ item: { ...item, organisations: [{ ...link, kind: "organisation", slug: "o", iso3: null, direction: "outgoing" }] }, locale: "en" });
    expect(slim.organisations[0]).toEqual({ key: "o", name: "Zambia", role: "host", outgoing: true });
  });
});
