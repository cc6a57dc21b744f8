import { describe, expect, it } from "vitest";
import { buildTimelineQuery, hasTimelineFilters, NO_FILTERS, parseTimelineFilters, parseTimelinePage, parseTimelineWindow } from "./timeline-filters";

const parse = (query: string) => parseTimelineFilters({ params: new URLSearchParams(query) });

describe("timeline filters from the URL", () => {
  it("reads several countries, repeated or comma-separated, upper-casing ISO3 codes", () => {
    const r = parse("country=zmb&country=CHN,ZMB");
    expect(r).toEqual({ ok: true, value: { ...NO_FILTERS, countries: ["ZMB", "CHN"] } });
  });

  it("reads each facet, the date range and the text", () => {
    const r = parse("organisation=itu&initiative=global-ai-governance-initiative&resolution=unga-res-78-311&kind=event,resolution&from=2024-12&to=2025&q=%20之友%20");
    expect(r.ok && r.value).toEqual({
      countries: [],
      organisations: ["itu"],
      initiatives: ["global-ai-governance-initiative"],
      resolutions: ["unga-res-78-311"],
      kinds: ["event", "resolution"],
      from: "2024-12",
      to: "2025",
      q: "之友",
    });
  });

  it("treats blank form fields as absent", () => {
    const r = parseTimelineFilters({ params: { country: "", from: "", to: " ", q: "", kind: [] } });
    expect(r).toEqual({ ok: true, value: NO_FILTERS });
    expect(r.ok && hasTimelineFilters({ filters: r.value })).toBe(false);
  });

  it.each([
    ["country=ZM", /ISO 3166-1 alpha-3/],
    ["kind=country", /kind is one of event, initiative, resolution, organisation/],
    ["from=2024-13", /from is a date/],
    ["to=24", /to is a date/],
    ["from=2025-01&to=2024-12", /from must not be after to/],
    ["organisation=ITU Council", /organisation is a slug/],
    [`q=${"x".repeat(201)}`, /at most 200/],
  ])("rejects %s with a clear message", (query, message) => {
    const r = parse(query);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(message);
  });

  it("accepts a range inside one period (from and to at different precisions)", () => {
    expect(parse("from=2024-12&to=2024-12-03").ok).toBe(true);
    expect(parse("from=2024-12-31&to=2024-12").ok).toBe(true);
  });

  it("reads page, limit and offset", () => {
    expect(parseTimelinePage({ params: new URLSearchParams("") })).toEqual({ ok: true, value: 1 });
    expect(parseTimelinePage({ params: { page: "3" } })).toEqual({ ok: true, value: 3 });
    expect(parseTimelinePage({ params: { page: "0" } }).ok).toBe(false);
    expect(parseTimelineWindow({ params: new URLSearchParams("limit=50&offset=100") })).toEqual({ ok: true, value: { limit: 50, offset: 100 } });
    expect(parseTimelineWindow({ params: new URLSearchParams("") })).toEqual({ ok: true, value: { limit: 1000, offset: 0 } });
    expect(parseTimelineWindow({ params: new URLSearchParams("limit=abc") }).ok).toBe(false);
  });

  it("writes filters back to a query string that parses to the same filters", () => {
    const filters = { ...NO_FILTERS, countries: ["ZMB", "CHN"], kinds: ["event" as const], from: "2024-12", q: "meeting & more" };
    const query = buildTimelineQuery({ filters, page: 2 });
    expect(query).toBe("?country=ZMB&country=CHN&kind=event&from=2024-12&q=meeting+%26+more&page=2");
    expect(parse(query.slice(1))).toEqual({ ok: true, value: filters });
    expect(buildTimelineQuery({ filters: NO_FILTERS, page: 1 })).toBe("");
  });
});
