import { parse as parseCsv } from "csv-parse/sync";
import { XMLParser } from "fast-xml-parser";
import { NextRequest } from "next/server";
import ical from "node-ical";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "@/tests/helpers/test-database";
import { buildTimelineFixture } from "./timeline-fixture";

type Route = { GET: (request: NextRequest) => Promise<Response> };
let testDb: ReturnType<typeof createTestDatabase>;
let routes: { api: Route; ics: Route; csv: Route; feed: Route };
const globalForDb = globalThis as unknown as { atlasDb?: { $client: { close: () => void } } };

beforeAll(async () => {
  testDb = createTestDatabase();
  buildTimelineFixture({ db: testDb.db });
  // the routes open the app's database through getDb(): point it at this file
  process.env.DATABASE_PATH = testDb.file;
  globalForDb.atlasDb = undefined;
  routes = {
    api: await import("@/app/api/timeline/route"),
    ics: await import("@/app/timeline.ics/route"),
    csv: await import("@/app/timeline.csv/route"),
    feed: await import("@/app/feed.xml/route"),
  };
});
afterAll(() => {
  globalForDb.atlasDb?.$client.close();
  globalForDb.atlasDb = undefined;
  testDb.remove();
});

const get = (route: Route, path: string) => route.GET(new NextRequest(`http://atlas.test${path}`));

describe("GET /api/timeline", () => {
  it("answers the documented shape for ?country=ZMB, including the May 2025 meeting (day) and the Dec 2024 first meeting (month)", async () => {
    const res = await get(routes.api, "/api/timeline?country=ZMB");
    expect(res.status).toBe(200);
    const body = (await res.json()) as { events: Record<string, unknown>[]; total: number };
    expect(body.total).toBe(3);
    const thematic = body.events.find((e) => e.slug === "group-of-friends-thematic-meeting-2025-05")!;
    expect(thematic).toMatchObject({
      slug: "group-of-friends-thematic-meeting-2025-05",
      kind: "event",
      name: "Thematic meeting of the Group of Friends",
      nameZh: "之友小组专题会议",
      date: "2025-05-06",
      datePrecision: "day",
      countries: ["CHN", "ZMB"],
      organisations: ["itu"],
      initiatives: [],
      resolutions: [],
      articles: 1,
    });
    expect(body.events.find((e) => e.slug === "group-of-friends-first-meeting-2024")).toMatchObject({ date: "2024-12", datePrecision: "month" });
    for (const e of body.events) {
      for (const k of ["slug", "kind", "name", "nameZh", "date", "datePrecision", "countries", "organisations", "initiatives", "resolutions", "articles"])
        expect(e).toHaveProperty(k);
    }
  });

  it("windows with limit and offset", async () => {
    const body = (await (await get(routes.api, "/api/timeline?limit=2&offset=1")).json()) as { events: { slug: string }[]; total: number; limit: number; offset: number };
    expect(body).toMatchObject({ total: 8, limit: 2, offset: 1 });
    expect(body.events.map((e) => e.slug)).toEqual(["global-ai-governance-initiative", "gaigi-forum-2023"]);
  });

  it.each([
    ["/api/timeline?country=ZM", /alpha-3/],
    ["/api/timeline?country=XYZ", /unknown country "XYZ"/],
    ["/api/timeline?from=2024-13", /from is a date/],
    ["/api/timeline?kind=country", /kind is one of/],
    ["/api/timeline?limit=0", /limit is at least 1/],
  ])("answers 400 with a message for %s", async (path, message) => {
    const res = await get(routes.api, path);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toMatch(message);
  });
});

describe("exports of the current filter", () => {
  it("/timeline.ics parses with node-ical into all-day events at their precision", async () => {
    const res = await get(routes.ics, "/timeline.ics?country=ZMB");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const events = Object.values(ical.sync.parseICS(await res.text())).filter((c) => c?.type === "VEVENT") as ical.VEvent[];
    expect(events.map((e) => e.summary).sort()).toEqual([
      "Enhancing international cooperation on capacity-building of AI",
      "First meeting of the Group of Friends",
      "Thematic meeting of the Group of Friends",
    ]);
    const first = events.find((e) => e.summary === "First meeting of the Group of Friends")!;
    expect(first.datetype).toBe("date");
    const ymd = (d: Date | undefined) => d && `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
    expect([ymd(first.start), ymd(first.end)]).toEqual(["2024-12-01", "2025-01-01"]);
  });

  it("/timeline.csv parses back with csv-parse", async () => {
    const res = await get(routes.csv, "/timeline.csv?kind=event&from=2025");
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const rows = parseCsv(await res.text(), { columns: true, bom: true }) as Record<string, string>[];
    expect(rows.map((r) => [r.date, r.date_precision, r.slug])).toEqual([
      ["2025-05", "month", "capacity-building-workshop-2025"],
      ["2025-05-06", "day", "group-of-friends-thematic-meeting-2025-05"],
    ]);
    expect(rows[1].url).toBe("http://atlas.test/events/group-of-friends-thematic-meeting-2025-05");
  });

  it("/feed.xml is Atom that an XML parser reads, with events and articles", async () => {
    const res = await get(routes.feed, "/feed.xml?country=ZMB");
    expect(res.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" }).parse(await res.text());
    expect(doc.feed["@xmlns"]).toBe("http://www.w3.org/2005/Atom");
    const ids = (doc.feed.entry as { id: string }[]).map((e) => e.id);
    expect(ids).toContain("http://atlas.test/events/group-of-friends-thematic-meeting-2025-05");
    expect(ids).toContain("http://atlas.test/articles/a1");
    expect(ids).not.toContain("http://atlas.test/articles/a2");
  });

  it("exports refuse bad filters with 400", async () => {
    for (const route of [routes.ics, routes.csv, routes.feed]) expect((await get(route, "/x?to=tomorrow")).status).toBe(400);
  });
});
