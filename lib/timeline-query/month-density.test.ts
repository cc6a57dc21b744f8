import { describe, expect, it } from "vitest";
import { buildMonthDensity, packMonthDensity, totalsByYear, unpackMonthDensity } from "./month-density";

describe("month density for the strip", () => {
  it("fills whole years without gaps and spreads year-only items over their twelve months", () => {
    const series = buildMonthDensity({
      counts: [
        { period: "2024", n: 12 },
        { period: "2024-12", n: 2 },
        { period: "2025-05", n: 1 },
      ],
    });
    expect(series).toHaveLength(24);
    expect(series[0]).toEqual({ month: "2024-01", dated: 0, spread: 1 });
    expect(series[11]).toEqual({ month: "2024-12", dated: 2, spread: 1 });
    expect(series[16]).toEqual({ month: "2025-05", dated: 1, spread: 0 });
    expect(series.at(-1)!.month).toBe("2025-12");
  });

  it("is empty without items", () => {
    expect(buildMonthDensity({ counts: [] })).toEqual([]);
  });

  it("totals per year including year-only items", () => {
    expect(
      totalsByYear({
        counts: [
          { period: "2025-05", n: 1 },
          { period: "2024", n: 3 },
          { period: "2024-12", n: 2 },
        ],
      }),
    ).toEqual([
      { year: "2024", n: 5 },
      { year: "2025", n: 1 },
    ]);
  });
});

describe("packMonthDensity / unpackMonthDensity", () => {
  it("round-trips a series with dated and year-only counts", () => {
    const series = buildMonthDensity({
      counts: [
        { period: "2023", n: 5 },
        { period: "2023-04", n: 2 },
        { period: "2025-12", n: 7 },
      ],
    });
    const packed = packMonthDensity({ series });
    expect(packed).toMatchObject({ first: "2023-01", yearOnly: [5, 0, 0] });
    expect(packed.dated).toHaveLength(36);
    expect(unpackMonthDensity({ packed })).toEqual(series);
  });

  it("packs an empty series to an empty one", () => {
    expect(unpackMonthDensity({ packed: packMonthDensity({ series: [] }) })).toEqual([]);
  });
});
