import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  countTimelineByPeriod,
  listFeedArticles,
  listItemEvidence,
  listItemRelations,
  listNewestTimelineItems,
  listTimelineItems,
  resolveTimelineFilters,
  type ResolvedTimelineFilters,
} from "@/db/queries/timeline";
import { comparePartialDates } from "@/lib/dates/partial-date";
import { parseTimelineFilters } from "@/lib/timeline-query/timeline-filters";
import { createTestDatabase } from "@/tests/helpers/test-database";
import { buildTimelineFixture } from "./timeline-fixture";

let testDb: ReturnType<typeof createTestDatabase>;
let ids: Record<string, number>;

beforeAll(() => {
  testDb = createTestDatabase();
  ids = buildTimelineFixture({ db: testDb.db });
});
afterAll(() => testDb.remove());

function filtersOf(query: string): ResolvedTimelineFilters {
  const parsed = parseTimelineFilters({ params: new URLSearchParams(query) });
  if (!parsed.ok) throw new Error(parsed.message);
  const resolved = resolveTimelineFilters({ db: testDb.db, filters: parsed.value });
  if (!resolved.ok) throw new Error(resolved.message);
  return resolved.value;
}
const slugsOf = (query: string) => listTimelineItems({ db: testDb.db, filters: filtersOf(query), limit: 1000, offset: 0 }).items.map((i) => i.slug);
const datedOf = (query: string) => listTimelineItems({ db: testDb.db, filters: filtersOf(query), limit: 1000, offset: 0 }).items.map((i) => `${i.date} ${i.slug}`);

describe("timeline order", () => {
  it("lists dated, visible events, initiatives, resolutions and organisations, coarser dates first in their period", () => {
    expect(datedOf("")).toEqual([
      "1945-10-24 united-nations",
      "2023-10-18 global-ai-governance-initiative",
      "2023-11-02 gaigi-forum-2023",
      "2024 some-2024-event",
      "2024-07-01 unga-res-78-311",
      "2024-12 group-of-friends-first-meeting-2024",
      "2025-05 capacity-building-workshop-2025",
      "2025-05-06 group-of-friends-thematic-meeting-2025-05",
    ]);
  });

  it("is the order of comparePartialDates (lib/dates): a month item sorts before the day items later in that month", () => {
    const dates = listTimelineItems({ db: testDb.db, filters: filtersOf(""), limit: 1000, offset: 0 }).items.map((i) => i.date);
    expect([...dates].sort(comparePartialDates)).toEqual(dates);
    expect(dates.indexOf("2025-05")).toBeLessThan(dates.indexOf("2025-05-06"));
  });

  it("pages with a total", () => {
    const first = listTimelineItems({ db: testDb.db, filters: filtersOf(""), limit: 3, offset: 0 });
    const second = listTimelineItems({ db: testDb.db, filters: filtersOf(""), limit: 3, offset: 3 });
    expect(first.total).toBe(8);
    expect(first.items.map((i) => i.slug)).toEqual(["united-nations", "global-ai-governance-initiative", "gaigi-forum-2023"]);
    expect(second.items.map((i) => i.slug)).toEqual(["some-2024-event", "unga-res-78-311", "group-of-friends-first-meeting-2024"]);
    expect(listTimelineItems({ db: testDb.db, filters: filtersOf(""), limit: 3, offset: 30 }).items).toEqual([]);
  });
});

describe("timeline filters", () => {
  it("country: Zambia's items, via confirmed relations in either direction", () => {
    expect(slugsOf("country=ZMB")).toEqual(["unga-res-78-311", "group-of-friends-first-meeting-2024", "group-of-friends-thematic-meeting-2025-05"]);
  });

  it("several countries match any of them", () => {
    expect(slugsOf("country=ZMB&country=CHN")).toEqual([
      "global-ai-governance-initiative",
      "unga-res-78-311",
      "group-of-friends-first-meeting-2024",
      "group-of-friends-thematic-meeting-2025-05",
    ]);
  });

  it("ignores suggested relations (France's participation awaits review)", () => {
    expect(slugsOf("country=FRA")).toEqual([]);
  });

  it("organisation: its own founding and what it is linked to", () => {
    expect(slugsOf("organisation=united-nations")).toEqual(["united-nations", "unga-res-78-311"]);
    expect(slugsOf("organisation=itu")).toEqual(["group-of-friends-thematic-meeting-2025-05"]);
  });

  it("initiative: its launch and the events around it", () => {
    expect(slugsOf("initiative=global-ai-governance-initiative")).toEqual(["global-ai-governance-initiative", "gaigi-forum-2023"]);
  });

  it("resolution: its adoption and what is linked to it", () => {
    // the UN is linked as the adopting body, so its founding is part of the resolution's story
    expect(slugsOf("resolution=unga-res-78-311")).toEqual(["united-nations", "unga-res-78-311"]);
  });

  it("kind", () => {
    expect(slugsOf("kind=resolution,organisation")).toEqual(["united-nations", "unga-res-78-311"]);
    expect(slugsOf("kind=event")).not.toContain("proposed-event");
  });

  it("date range keeps items whose period overlaps it", () => {
    expect(slugsOf("from=2024-12")).toEqual([
      "some-2024-event",
      "group-of-friends-first-meeting-2024",
      "capacity-building-workshop-2025",
      "group-of-friends-thematic-meeting-2025-05",
    ]);
    expect(slugsOf("to=2024-12")).toEqual([
      "united-nations",
      "global-ai-governance-initiative",
      "gaigi-forum-2023",
      "some-2024-event",
      "unga-res-78-311",
      "group-of-friends-first-meeting-2024",
    ]);
    expect(slugsOf("from=2025-05-06&to=2025-05-06")).toEqual(["capacity-building-workshop-2025", "group-of-friends-thematic-meeting-2025-05"]);
    expect(slugsOf("from=2024-12-15&to=2024-12-20")).toEqual(["some-2024-event", "group-of-friends-first-meeting-2024"]);
    expect(slugsOf("from=2024-08&to=2024-11")).toEqual(["some-2024-event"]);
  });

  it("text matches English and Chinese names, aliases and places, with LIKE wildcards taken literally", () => {
    expect(slugsOf("q=之友小组")).toEqual(["group-of-friends-first-meeting-2024", "group-of-friends-thematic-meeting-2025-05"]);
    expect(slugsOf("q=gaigi")).toEqual(["global-ai-governance-initiative"]);
    expect(slugsOf("q=New York")).toEqual(["group-of-friends-thematic-meeting-2025-05"]);
    expect(slugsOf("q=A/RES/78/311")).toEqual(["unga-res-78-311"]);
    expect(slugsOf("q=100%25")).toEqual([]);
  });

  it("combines facets with AND", () => {
    expect(slugsOf("country=ZMB&kind=event&from=2025")).toEqual(["group-of-friends-thematic-meeting-2025-05"]);
    expect(slugsOf("country=CHN&initiative=global-ai-governance-initiative")).toEqual(["global-ai-governance-initiative"]);
  });

  it("reports unknown countries and slugs instead of matching nothing", () => {
    const parsed = parseTimelineFilters({ params: new URLSearchParams("country=XYZ&organisation=nope") });
    const resolved = resolveTimelineFilters({ db: testDb.db, filters: parsed.ok ? parsed.value : (undefined as never) });
    expect(resolved).toEqual({ ok: false, message: 'unknown country "XYZ", organisation "nope"' });
  });
});

describe("timeline items", () => {
  it("carry participants with flags' ISO2, organisations, links and the count of evidencing articles", () => {
    const items = listTimelineItems({ db: testDb.db, filters: filtersOf("country=ZMB"), limit: 10, offset: 0 }).items;
    const thematic = items.find((i) => i.slug === "group-of-friends-thematic-meeting-2025-05")!;
    expect(thematic.countries.map((c) => [c.iso3, c.iso2, c.role])).toEqual([
      ["CHN", "CN", "co-host"],
      ["ZMB", "ZM", "co-host"],
    ]);
    expect(thematic.organisations.map((o) => o.slug)).toEqual(["itu"]);
    // a1 (article_event + two mentions) counts once; a2's mention is rejected, "gone" is deleted
    expect(thematic.articleCount).toBe(1);
    const first = items.find((i) => i.slug === "group-of-friends-first-meeting-2024")!;
    expect(first.articleCount).toBe(1);
    const resolution = items.find((i) => i.slug === "unga-res-78-311")!;
    expect(resolution.organisations.map((o) => [o.slug, o.role, o.direction])).toEqual([["united-nations", "adopted-by", "outgoing"]]);
    const forum = listTimelineItems({ db: testDb.db, filters: filtersOf("q=Forum"), limit: 10, offset: 0 }).items[0];
    expect(forum.initiatives.map((i) => i.slug)).toEqual(["global-ai-governance-initiative"]);
  });

  it("counts per month for the density strip, ignoring the date range", () => {
    expect(countTimelineByPeriod({ db: testDb.db, filters: filtersOf("country=ZMB&from=2025") })).toEqual([
      { period: "2024-07", n: 1 },
      { period: "2024-12", n: 1 },
      { period: "2025-05", n: 1 },
    ]);
    expect(countTimelineByPeriod({ db: testDb.db, filters: filtersOf("kind=event") })).toContainEqual({ period: "2024", n: 1 });
  });
});

describe("feed and event page queries", () => {
  it("newest items come latest-date first", () => {
    expect(listNewestTimelineItems({ db: testDb.db, filters: filtersOf(""), limit: 2 }).map((i) => i.slug)).toEqual([
      "group-of-friends-thematic-meeting-2025-05",
      "capacity-building-workshop-2025",
    ]);
  });

  it("feed articles: all live articles unfiltered; with filters, those evidencing a matching item", () => {
    expect(listFeedArticles({ db: testDb.db, filters: filtersOf(""), filtered: false, limit: 10 }).map((a) => a.slug)).toEqual(["other", "a2", "a1"]);
    expect(listFeedArticles({ db: testDb.db, filters: filtersOf("kind=event&from=2025"), filtered: true, limit: 10 }).map((a) => a.slug)).toEqual(["a1"]);
    expect(listFeedArticles({ db: testDb.db, filters: filtersOf("country=ZMB"), filtered: true, limit: 10 }).map((a) => a.slug)).toEqual(["other", "a1"]);
  });

  it("evidence: the reporting sentence once per article, rejected and deleted left out", () => {
    const evidence = listItemEvidence({ db: testDb.db, id: ids["event:group-of-friends-thematic-meeting-2025-05"] });
    expect(evidence).toHaveLength(1);
    expect(evidence[0]).toMatchObject({ source: "event", articleSlug: "a1", date: "2025-05-06", publisher: "人民日报" });
    expect(evidence[0].evidence).toContain("赞比亚");
  });

  it("relations of an event include suggested ones, labelled by status and direction", () => {
    const rows = listItemRelations({ db: testDb.db, id: ids["event:group-of-friends-thematic-meeting-2025-05"] });
    expect(rows.map((r) => [r.iso3 ?? r.slug, r.role, r.status, r.direction])).toEqual([
      ["CHN", "co-host", "confirmed", "incoming"],
      ["FRA", "participant", "suggested", "incoming"],
      ["itu", "participant", "confirmed", "incoming"],
      ["ZMB", "co-host", "confirmed", "incoming"],
    ]);
  });
});
