import { useTranslations } from "next-intl";
import { NO_PARTICIPATION_COLOUR, type LegendEntry } from "@/lib/countries/map-colours";
import { getWorldMapGeometry, getWorldMapSprite, spriteIdOf } from "@/lib/countries/world-map";
import { WorldMapSvg, type CompactCountry, type CompactPoint, type CompactShape } from "./world-map-svg";

export type MapCountry = { iso3: string; label: string; fill: string; highlighted: boolean };

/**
 * The choropleth, server-rendered as plain SVG so it shows without JavaScript (WorldMapSvg draws it from
 * compact rows: see there why). The outlines come from one cached file (/map/world.svg) through <use>: each
 * page sends only colours, names and links.
 */
export function WorldMap({ countries, legend, legendTitle, caption }: { countries: Map<string, MapCountry>; legend: LegendEntry[]; legendTitle: string; caption: string }) {
  const map = getWorldMapGeometry();
  const spriteUrl = `/map/world.svg?v=${getWorldMapSprite().version}`;
  const t = useTranslations();
  const shapes: CompactShape[] = map.shapes.map((shape, i) => [shape.iso3 ?? "", spriteIdOf({ shape, index: i }), countries.has(shape.iso3 ?? "") ? "" : shape.name]);
  // Small states are drawn only when they matter here, so the map is not peppered with grey dots.
  const points: CompactPoint[] = map.points.flatMap((p) => {
    const c = countries.get(p.iso3);
    return c && c.fill !== NO_PARTICIPATION_COLOUR ? [[p.iso3, p.x, p.y] as CompactPoint] : [];
  });
  const drawn = new Set([...map.shapes.map((s) => s.iso3), ...points.map((p) => p[0])]);
  const compact: CompactCountry[] = [...countries.values()].filter((c) => drawn.has(c.iso3)).map((c) => [c.iso3, c.label, c.fill, c.highlighted ? 1 : 0]);
  return (
    <figure className="space-y-2" data-testid="world-map">
      <WorldMapSvg width={map.width} height={map.height} spriteUrl={spriteUrl} shapes={shapes} points={points} countries={compact} ariaLabel={`${caption}. ${t("map.label")}`} />
      <figcaption className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-slate-700" data-testid="map-legend">
        <span className="font-medium">{legendTitle}</span>
        {legend.map((l) => (
          <span key={l.key} className="inline-flex items-center gap-1.5">
            <span aria-hidden className="inline-block h-3.5 w-5 rounded-sm border border-slate-300" style={{ background: l.colour }} />
            {l.label}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
