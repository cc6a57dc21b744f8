import { describe, expect, it } from "vitest";
import { comparePartialDates } from "@/lib/dates/partial-date";
import { groupTimelineByPeriod } from "./group-timeline";

describe("grouping the timeline by year and month", () => {
  it("puts year-only items first in their year and month items first in their month", () => {
    // The ordering rule (lib/dates/partial-date.ts): coarser first inside its period, so a month-precision
    // item ("Dec 2024") sorts before the day-precision items later in that month.
    const dates = ["2025-05-06", "2024-12-03", "2025", "2024-12", "2025-05", "2024-11-30", "2024"];
    const items = dates.sort(comparePartialDates).map((date) => ({ date }));
    const groups = groupTimelineByPeriod({ items });
    expect(groups.map((g) => g.year)).toEqual(["2024", "2025"]);
    expect(groups[0].yearItems).toEqual([{ date: "2024" }]);
    expect(groups[0].months.map((m) => [m.label, m.items.map((i) => i.date)])).toEqual([
      ["Nov 2024", ["2024-11-30"]],
      ["Dec 2024", ["2024-12", "2024-12-03"]],
    ]);
    expect(groups[1].yearItems).toEqual([{ date: "2025" }]);
    expect(groups[1].months.map((m) => [m.key, m.items.map((i) => i.date)])).toEqual([["2025-05", ["2025-05", "2025-05-06"]]]);
  });

  it("returns nothing for nothing", () => {
    expect(groupTimelineByPeriod({ items: [] })).toEqual([]);
  });
});
