import { describe, expect, it } from "vitest";
import atlas50m from "world-atlas/countries-50m.json";
import smallCountryPoints from "./small-country-points.json";
import { alpha3OfNumeric, computeSmallCountryPoints, getWorldMapGeometry, getWorldMapSprite, MAP_HEIGHT, MAP_WIDTH, spriteIdOf } from "./world-map";

describe("world map geometry", () => {
  const map = getWorldMapGeometry();

  it("maps world-atlas numeric ids to ISO alpha-3", () => {
    expect(alpha3OfNumeric("894")).toBe("ZMB");
    expect(alpha3OfNumeric("156")).toBe("CHN");
    expect(alpha3OfNumeric("4")).toBe("AFG");
    expect(alpha3OfNumeric(undefined)).toBeNull();
  });

  it("has a path for China, Zambia and France, none for Antarctica, all inside the frame", () => {
    const iso = new Set(map.shapes.map((s) => s.iso3));
    for (const c of ["CHN", "ZMB", "FRA", "BRA", "USA"]) expect(iso.has(c)).toBe(true);
    expect(iso.has("ATA")).toBe(false);
    for (const s of map.shapes) expect(s.d).toMatch(/^M[-\d.]+,[-\d.]+/);
    const xs = map.shapes.flatMap((s) => [...s.d.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => Number(m[1])));
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThanOrEqual(MAP_WIDTH);
  });

  it("draws small countries (Singapore, Bahrain) as dots inside the frame", () => {
    const sgp = map.points.find((p) => p.iso3 === "SGP");
    expect(sgp).toBeDefined();
    expect(sgp!.y).toBeGreaterThan(0);
    expect(sgp!.y).toBeLessThan(MAP_HEIGHT);
    expect(map.points.some((p) => p.iso3 === "BHR")).toBe(true);
  });

  it("small-country-points.json matches what the 1:50m atlas gives (regenerate with computeSmallCountryPoints)", () => {
    expect(computeSmallCountryPoints({ atlas50m })).toEqual(smallCountryPoints);
  });

  it("serves every outline once, in a sprite whose ids the map's <use> links name", () => {
    const { svg, version } = getWorldMapSprite();
    expect(version).toMatch(/^[0-9a-z]+$/);
    map.shapes.forEach((shape, index) => expect(svg).toContain(`<path id="${spriteIdOf({ shape, index })}" d="${shape.d}"/>`));
    expect(new Set(map.shapes.map((shape, index) => spriteIdOf({ shape, index }))).size).toBe(map.shapes.length);
    expect(getWorldMapSprite().version).toBe(version);
  });
});
