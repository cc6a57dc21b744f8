import { parse as parseCsv } from "csv-parse/sync";
import { XMLParser } from "fast-xml-parser";
import { JSDOM } from "jsdom";
import ical from "node-ical";
import { describe, expect, it } from "vitest";
import { buildTimelineCsv, TIMELINE_CSV_COLUMNS } from "./build-timeline-csv";
import { buildTimelineFeed } from "./build-timeline-feed";
import { buildTimelineIcs } from "./build-timeline-ics";
import { serializeTimelineItem } from "./serialize-timeline";
import { makeCountryLink, makeTimelineItem } from "@/tests/helpers/timeline-test-items";

const origin = "http://127.0.0.1:3140";
const zambia = makeCountryLink("ZMB", "ZM", "Zambia");
const china = makeCountryLink("CHN", "CN", "China");
const thematic = makeTimelineItem({
  id: 2,
  slug: "group-of-friends-thematic-meeting-2025-05",
  nameEn: "Thematic meeting of the Group of Friends, with “quotes”, commas; and semicolons",
  nameZh: "之友小组专题会议",
  date: "2025-05-06",
  location: "UN Headquarters, New York",
  countries: [china, zambia],
  organisations: [{ kind: "organisation", slug: "itu", nameEn: "ITU", nameZh: null, iso2: null, iso3: null, role: "participant", direction: "incoming" }],
  articleCount: 1,
});
const firstMeeting = makeTimelineItem({ id: 1, slug: "group-of-friends-first-meeting-2024", date: "2024-12", countries: [zambia] });
const yearly = makeTimelineItem({ id: 3, kind: "initiative", slug: "some-2019-initiative", date: "2019" });
const spanning = makeTimelineItem({ id: 4, slug: "paris-summit", date: "2025-02-10", endDate: "2025-02-11" });
const items = [yearly, firstMeeting, spanning, thematic];

/** node-ical gives date-only values as local midnight Dates flagged dateOnly; read them back as YYYY-MM-DD. */
/** A property that carried parameters (URL;VALUE=URI:…) comes back as { params, val }. */
const valueOf = (v: unknown) => (typeof v === "object" && v !== null && "val" in v ? String((v as { val: unknown }).val) : String(v));
const ymd = (d: Date | undefined) => d && `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;

describe("ICS export", () => {
  const text = buildTimelineIcs({ items, origin, now: new Date("2025-06-01T00:00:00Z") });
  const parsed = ical.sync.parseICS(text);
  const events = Object.values(parsed).filter((c) => c?.type === "VEVENT") as ical.VEvent[];
  const byUid = new Map(events.map((e) => [e.uid, e]));

  it("has one all-day VEVENT per item spanning its precision, DTEND exclusive", () => {
    expect(events).toHaveLength(4);
    const day = byUid.get("event-group-of-friends-thematic-meeting-2025-05@127.0.0.1")!;
    expect(day.datetype).toBe("date");
    expect([ymd(day.start), ymd(day.end)]).toEqual(["2025-05-06", "2025-05-07"]);
    const month = byUid.get("event-group-of-friends-first-meeting-2024@127.0.0.1")!;
    expect([ymd(month.start), ymd(month.end)]).toEqual(["2024-12-01", "2025-01-01"]);
    const year = byUid.get("initiative-some-2019-initiative@127.0.0.1")!;
    expect([ymd(year.start), ymd(year.end)]).toEqual(["2019-01-01", "2020-01-01"]);
    const span = byUid.get("event-paris-summit@127.0.0.1")!;
    expect([ymd(span.start), ymd(span.end)]).toEqual(["2025-02-10", "2025-02-12"]);
  });

  it("keeps the text intact through iCalendar escaping and carries link, place and participants", () => {
    const day = byUid.get("event-group-of-friends-thematic-meeting-2025-05@127.0.0.1")!;
    expect(day.summary).toBe(thematic.nameEn);
    expect(day.location).toBe("UN Headquarters, New York");
    expect(valueOf(day.url)).toBe(`${origin}/events/group-of-friends-thematic-meeting-2025-05`);
    expect(day.description).toContain("Countries: China, Zambia");
    expect(day.description).toContain("之友小组专题会议");
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(text.split("\r\n").every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
  });
});

describe("CSV export", () => {
  const text = buildTimelineCsv({ items, origin });
  const rows = parseCsv(text, { columns: true, bom: true }) as Record<string, string>[];

  it("round-trips through a CSV parser with quoting, Chinese names and lists", () => {
    expect(Object.keys(rows[0])).toEqual([...TIMELINE_CSV_COLUMNS]);
    expect(rows).toHaveLength(4);
    const t = rows.find((r) => r.slug === thematic.slug)!;
    expect(t).toMatchObject({
      date: "2025-05-06",
      date_precision: "day",
      name_en: thematic.nameEn,
      name_zh: "之友小组专题会议",
      countries: "CHN; ZMB",
      organisations: "itu",
      articles: "1",
      url: `${origin}/events/${thematic.slug}`,
    });
    expect(rows.find((r) => r.slug === firstMeeting.slug)!.date_precision).toBe("month");
    expect(text.charCodeAt(0)).toBe(0xfeff);
  });
});

describe("CSV export of hostile names", () => {
  it("escapes cells a spreadsheet would run as a formula (= + - @ tab CR)", () => {
    const starts = ['=HYPERLINK("http://evil.example")', "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"];
    const hostile = starts.map((nameEn, i) => makeTimelineItem({ id: 100 + i, slug: `hostile-${i}`, date: "2025", nameEn, nameZh: nameEn }));
    const parsed = parseCsv(buildTimelineCsv({ items: hostile, origin }), { columns: true, bom: true }) as Record<string, string>[];
    expect(parsed.map((r) => r.name_en)).toEqual(starts.map((s) => `'${s}`));
    expect(parsed.map((r) => r.name_zh)).toEqual(starts.map((s) => `'${s}`));
  });
});

describe("Atom feed", () => {
  it("sends hostile names as text: no markup reaches a feed reader", () => {
    const name = `<script>alert("x")</script> R&D <b>bold</b> ]]> end`;
    const xml = buildTimelineFeed({
      items: [makeTimelineItem({ id: 9, slug: "hostile", date: "2025-01-01", nameEn: name, description: name })],
      articles: [{ slug: "a", title: name, publisher: name, language: "en", publishedAt: "2025-01-02", ingestedAt: "2025-01-02T00:00:00Z" }],
      origin,
      selfUrl: `${origin}/feed.xml`,
    });
    const entries = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", textNodeName: "#text" }).parse(xml).feed.entry as {
      title: { "#text": string; "@type": string };
      summary: { "#text": string; "@type": string };
    }[];
    // What a reader shows: type="text" as is, type="html" after parsing it as HTML.
    const shown = (node: { "#text": string; "@type": string }) =>
      node["@type"] === "html" ? new JSDOM(`<body>${node["#text"]}</body>`).window.document.body.textContent : node["#text"];
    expect(entries).toHaveLength(2);
    expect(shown(entries.find((e) => e.summary["#text"].includes("script"))!.summary)).toBe(name); // the article's publisher
    for (const e of entries) {
      expect(shown(e.title)).toContain(name);
      if (e.title["@type"] === "html") expect(e.title["#text"]).not.toContain("<script");
      if (e.summary["@type"] === "html") expect(e.summary["#text"]).not.toMatch(/<(script|b)\b/);
    }
  });

  const selfUrl = `${origin}/feed.xml?country=ZMB`;
  const xml = buildTimelineFeed({
    items,
    articles: [
      {
        slug: "seed-article",
        title: "高举全球人工智能公平普惠发展的旗帜",
        publisher: "人民日报",
        language: "zh",
        publishedAt: "2025-05-07T08:48:00+08:00",
        ingestedAt: "2025-06-01T00:00:00.000Z",
      },
    ],
    origin,
    selfUrl,
  });
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" }).parse(xml);

  it("is Atom 1.0 with a self link and entries newest first", () => {
    expect(doc.feed["@xmlns"]).toBe("http://www.w3.org/2005/Atom");
    expect(doc.feed.id).toBe(selfUrl);
    const entries = doc.feed.entry as { title: unknown; id: string; published: string; link: { "@href": string } }[];
    expect(entries.map((e) => e.id)).toEqual([
      `${origin}/articles/seed-article`,
      `${origin}/events/group-of-friends-thematic-meeting-2025-05`,
      `${origin}/events/paris-summit`,
      `${origin}/events/group-of-friends-first-meeting-2024`,
      `${origin}/initiatives/some-2019-initiative`,
    ]);
    expect(entries[1].published).toBe("2025-05-06T00:00:00.000Z");
    expect(JSON.stringify(entries[0].title)).toContain("高举全球人工智能公平普惠发展的旗帜");
  });
});

describe("API JSON of an item", () => {
  it("has the documented fields", () => {
    expect(serializeTimelineItem({ item: thematic })).toMatchObject({
      slug: thematic.slug,
      kind: "event",
      name: thematic.nameEn,
      nameZh: "之友小组专题会议",
      date: "2025-05-06",
      datePrecision: "day",
      countries: ["CHN", "ZMB"],
      organisations: ["itu"],
      initiatives: [],
      resolutions: [],
      articles: 1,
    });
  });
});
