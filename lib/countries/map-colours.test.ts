import { describe, expect, it } from "vitest";
import { buildCountScale, buildTierScale, countBreaks, NO_PARTICIPATION_COLOUR } from "./map-colours";

describe("map colours", () => {
  it("chooses readable class breaks", () => {
    expect(countBreaks({ max: 1 })).toEqual([1]);
    expect(countBreaks({ max: 4 })).toEqual([1, 2, 3]);
    expect(countBreaks({ max: 60 })).toEqual([1, 2, 3, 5, 10, 20, 50]);
    expect(countBreaks({ max: 3000 })).toEqual([1, 50, 100, 200, 500, 1000, 2000]);
  });

  it("colours zero as neutral and darker for more", () => {
    const { colourOf, legend } = buildCountScale({ max: 12 });
    expect(colourOf(0)).toBe(NO_PARTICIPATION_COLOUR);
    expect(colourOf(1)).not.toBe(NO_PARTICIPATION_COLOUR);
    expect(colourOf(12)).not.toBe(colourOf(1));
    expect(colourOf(3)).toBe(colourOf(4));
    expect(legend.map((l) => l.label)).toEqual(["none recorded", "1", "2", "3–4", "5–9", "10+"]);
    // every class in the legend has its own colour
    expect(new Set(legend.map((l) => l.colour)).size).toBe(legend.length);
  });

  it("gives each selection tier its own colour", () => {
    const { colourOf, legend } = buildTierScale();
    expect(colourOf("leads")).not.toBe(colourOf("participants"));
    expect(colourOf(null)).toBe(NO_PARTICIPATION_COLOUR);
    expect(new Set(legend.map((l) => l.colour)).size).toBe(legend.length);
  });
});
