import { geoCentroid, geoEqualEarth, geoPath } from "d3-geo";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import countries from "i18n-iso-countries";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import atlas110m from "world-atlas/countries-110m.json";
import smallCountryPoints from "./small-country-points.json";

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 470;

export type MapShape = { iso3: string | null; name: string; d: string };
/** Countries too small for a polygon at 1:110m (Singapore, Bahrain, Malta …), drawn as dots. */
export type MapPoint = { iso3: string; x: number; y: number };
export type WorldMapGeometry = { width: number; height: number; shapes: MapShape[]; points: MapPoint[] };

type CountryFeature = Feature<Geometry, { name: string }> & { id?: string };

/** ISO 3166-1 numeric (world-atlas ids, e.g. "894") → alpha-3 ("ZMB"); null for Kosovo, N. Cyprus, Somaliland. */
export function alpha3OfNumeric(numeric: string | number | undefined): string | null {
  if (numeric === undefined || numeric === null || numeric === "") return null;
  return countries.numericToAlpha3(String(numeric).padStart(3, "0")) ?? null;
}

function featuresOf(topology: unknown): CountryFeature[] {
  const topo = topology as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  return (feature(topo, topo.objects.countries) as FeatureCollection<Geometry, { name: string }>).features as CountryFeature[];
}

/**
 * Centroids (lon, lat) of countries present in world-atlas 1:50m but absent from 1:110m. Computed from
 * the 50m file, which is too heavy to load per server process just for dots; small-country-points.json
 * holds the result and a test keeps it in sync.
 */
export function computeSmallCountryPoints({ atlas50m }: { atlas50m: unknown }): { iso3: string; lon: number; lat: number }[] {
  const have = new Set(featuresOf(atlas110m).map((f) => alpha3OfNumeric(f.id)));
  return featuresOf(atlas50m)
    .map((f) => ({ iso3: alpha3OfNumeric(f.id), c: geoCentroid(f) }))
    .filter((f): f is { iso3: string; c: [number, number] } => !!f.iso3 && !have.has(f.iso3))
    .map((f) => ({ iso3: f.iso3, lon: Math.round(f.c[0] * 100) / 100, lat: Math.round(f.c[1] * 100) / 100 }))
    .sort((a, b) => a.iso3.localeCompare(b.iso3));
}

let cached: WorldMapGeometry | undefined;

/**
 * SVG path data for every country at 1:110m on an Equal Earth projection (areas stay comparable, so
 * large countries do not dominate a choropleth). Antarctica is left out: it takes a fifth of the height
 * and no state takes part as it. Computed once per process.
 */
export function getWorldMapGeometry(): WorldMapGeometry {
  if (cached) return cached;
  const features = featuresOf(atlas110m).filter((f) => alpha3OfNumeric(f.id) !== "ATA");
  const projection = geoEqualEarth().fitExtent(
    [
      [4, 4],
      [MAP_WIDTH - 4, MAP_HEIGHT - 4],
    ],
    { type: "FeatureCollection", features },
  );
  const path = geoPath(projection).digits(1);
  const shapes = features.map((f) => ({ iso3: alpha3OfNumeric(f.id), name: f.properties?.name ?? "", d: path(f) ?? "" })).filter((s) => s.d);
  const points = (smallCountryPoints as { iso3: string; lon: number; lat: number }[]).flatMap((p) => {
    const xy = projection([p.lon, p.lat]);
    return xy ? [{ iso3: p.iso3, x: Math.round(xy[0] * 10) / 10, y: Math.round(xy[1] * 10) / 10 }] : [];
  });
  cached = { width: MAP_WIDTH, height: MAP_HEIGHT, shapes, points };
  return cached;
}

/** The id a shape has in the map sprite: its ISO code, or its position for the few without one. */
export function spriteIdOf({ shape, index }: { shape: MapShape; index: number }): string {
  return shape.iso3 ?? `x${index}`;
}

let sprite: { svg: string; version: string } | undefined;

/**
 * Every country's outline as one SVG document of paths with ids, served once as a cacheable file
 * (/map/world.svg) that pages draw from with <use>. Why: inlined, the outlines were ~80 % of the /countries
 * page and were sent again, twice over (HTML and React payload), with every page and every selection.
 */
export function getWorldMapSprite(): { svg: string; version: string } {
  if (sprite) return sprite;
  const map = getWorldMapGeometry();
  const paths = map.shapes.map((shape, index) => `<path id="${spriteIdOf({ shape, index })}" d="${shape.d}"/>`).join("");
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${map.width} ${map.height}">${paths}</svg>`;
  let hash = 0;
  for (let i = 0; i < svg.length; i++) hash = (Math.imul(hash, 31) + svg.charCodeAt(i)) | 0;
  sprite = { svg, version: (hash >>> 0).toString(36) };
  return sprite;
}
