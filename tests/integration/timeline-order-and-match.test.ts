import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listTimelineItems, resolveTimelineFilters } from "@/db/queries/timeline";
import { parseTimelineFilters } from "@/lib/timeline-query/timeline-filters";
import { createTestDatabase } from "@/tests/helpers/test-database";
import { buildTimelineFixture } from "./timeline-fixture";

let testDb: ReturnType<typeof createTestDatabase>;

beforeAll(() => {
  testDb = createTestDatabase();
  buildTimelineFixture({ db: testDb.db });
});
afterAll(() => testDb.remove());

function datedOf(query: string): string[] {
  const parsed = parseTimelineFilters({ params: new URLSearchParams(query) });
  if (!parsed.ok) throw new Error(parsed.message);
  const resolved = resolveTimelineFilters({ db: testDb.db, filters: parsed.value });
  if (!resolved.ok) throw new Error(resolved.message);
  return listTimelineItems({ db: testDb.db, filters: resolved.value, limit: 1000, offset: 0 }).items.map((i) => `${i.date} ${i.slug}`);
}

describe("timeline order=newest", () => {
  it("runs years and months backwards, a year- or month-only date still leading its period", () => {
    expect(datedOf("order=newest")).toEqual([
      "2025-05 capacity-building-workshop-2025",
      "2025-05-06 group-of-friends-thematic-meeting-2025-05",
      "2024 some-2024-event",
      "2024-12 group-of-friends-first-meeting-2024",
      "2024-07-01 unga-res-78-311",
      "2023-11-02 gaigi-forum-2023",
      "2023-10-18 global-ai-governance-initiative",
      "1945-10-24 united-nations",
    ]);
  });

  it("holds the same items as oldest first", () => {
    expect([...datedOf("order=newest")].sort()).toEqual([...datedOf("order=oldest")].sort());
  });
});

describe("countryMatch=all", () => {
  it("keeps only items linked to every chosen country", () => {
    const zambia = datedOf("country=ZMB");
    const china = datedOf("country=CHN");
    const both = datedOf("country=ZMB&country=CHN&countryMatch=all");
    expect(both).toEqual(zambia.filter((item) => china.includes(item)));
    expect(both.length).toBeLessThan(datedOf("country=ZMB&country=CHN").length);
  });

  it("refuses an unknown match mode", () => {
    expect(parseTimelineFilters({ params: new URLSearchParams("countryMatch=some") }).ok).toBe(false);
  });
});
