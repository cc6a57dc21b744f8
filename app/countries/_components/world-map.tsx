import { useTranslations } from "next-intl";
import { useLocalizeHref } from "@/app/_components/locale-link";
import { NO_PARTICIPATION_COLOUR, type LegendEntry } from "@/lib/countries/map-colours";
import { getWorldMapGeometry, getWorldMapSprite, spriteIdOf } from "@/lib/countries/world-map";
import { MapInteractions } from "./map-interactions";

export type MapCountry = { iso3: string; label: string; fill: string; highlighted: boolean };

/**
 * The choropleth, drawn on the server as plain SVG so it shows without JavaScript; every country is an
 * SVG link to its page and carries a <title> (the browser's own tooltip). The map is one tab stop (roving
 * tabindex: MapInteractions moves between countries with the arrow keys); the list below it offers the same
 * links to read or tab through. MapInteractions also adds a richer tooltip on hover/focus. The outlines come
 * from one cached file (/map/world.svg) through <use>: each page sends only colours and links.
 */
export function WorldMap({ countries, legend, legendTitle, caption }: { countries: Map<string, MapCountry>; legend: LegendEntry[]; legendTitle: string; caption: string }) {
  const map = getWorldMapGeometry();
  const spriteUrl = `/map/world.svg?v=${getWorldMapSprite().version}`;
  const noData = "#f1f5f9";
  const t = useTranslations();
  const localize = useLocalizeHref();
  // the first linked shape is the map's single tab stop
  const firstLinked = map.shapes.find((s) => s.iso3 && countries.has(s.iso3))?.iso3;
  const linked = [...countries.values()].filter(
    (c) => map.shapes.some((s) => s.iso3 === c.iso3) || map.points.some((p) => p.iso3 === c.iso3 && c.fill !== NO_PARTICIPATION_COLOUR),
  );
  return (
    <figure className="space-y-2" data-testid="world-map">
      <MapInteractions>
        <svg
          viewBox={`0 0 ${map.width} ${map.height}`}
          className="h-auto w-full rounded-lg border border-slate-200 bg-sky-50"
          role="group"
          aria-label={`${caption}. ${t("map.label")}`}
          data-testid="world-map-svg"
        >
          {/* Stroke and hover are set once here rather than on each of the ~180 shapes. */}
          <g stroke="#ffffff" strokeWidth={0.5} className="[&_use]:transition-[filter] [&_use:hover]:brightness-90">
            {map.shapes.map((shape, i) => {
              const c = shape.iso3 ? countries.get(shape.iso3) : undefined;
              const path = (
                <use
                  href={`${spriteUrl}#${spriteIdOf({ shape, index: i })}`}
                  fill={c?.fill ?? noData}
                  data-iso3={shape.iso3 ?? undefined}
                  data-highlighted={c?.highlighted ? "true" : "false"}
                  data-label={c?.label ?? shape.name}
                >
                  <title>{c?.label ?? shape.name}</title>
                </use>
              );
              return c ? (
                <a key={shape.iso3} href={localize(`/countries/${c.iso3}`)} aria-label={c.label} tabIndex={shape.iso3 === firstLinked ? 0 : -1} data-map-country={c.iso3}>
                  {path}
                </a>
              ) : (
                <g key={shape.iso3 ?? `x${i}`}>{path}</g>
              );
            })}
          </g>
          {map.points.map((p) => {
            const c = countries.get(p.iso3);
            // Small states are drawn only when they matter here, so the map is not peppered with grey dots.
            if (!c || c.fill === NO_PARTICIPATION_COLOUR) return null;
            return (
              <a key={p.iso3} href={localize(`/countries/${c.iso3}`)} aria-label={c.label} tabIndex={-1} data-map-country={c.iso3}>
                <circle
                  cx={p.x}
                  cy={p.y}
                  r={3.5}
                  fill={c.fill}
                  stroke="#0f172a"
                  strokeWidth={0.6}
                  data-iso3={p.iso3}
                  data-highlighted={c.highlighted ? "true" : "false"}
                  data-label={c.label}
                >
                  <title>{c.label}</title>
                </circle>
              </a>
            );
          })}
        </svg>
      </MapInteractions>
      <details className="text-sm" data-testid="map-list">
        <summary className="cursor-pointer text-brand-700">{t("map.list")}</summary>
        <ul className="mt-1 columns-2 gap-4 sm:columns-4">
          {linked.map((c) => (
            <li key={c.iso3}>
              <a href={localize(`/countries/${c.iso3}`)} className="text-brand-700 underline underline-offset-2">
                {c.label}
              </a>
            </li>
          ))}
        </ul>
      </details>
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
