"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { useLocalizeHref } from "@/app/_components/locale-link";
import { MapInteractions } from "./map-interactions";

/** [iso3 or "", sprite id, the outline's own name]: the same for every map. */
export type CompactShape = [string, string, string];
/** [iso3, x, y]: a small state drawn as a dot. */
export type CompactPoint = [string, number, number];
/** [iso3, label, fill, highlighted 1/0]: what this map says about a country. */
export type CompactCountry = [string, string, string, number];

const NO_DATA = "#f1f5f9";

/**
 * The choropleth's markup, drawn from compact rows. Why a client component: a server component's markup is
 * sent twice (HTML, then again in the RSC payload, more verbosely); from here the payload carries only these
 * rows, while the server-rendered HTML still shows the map without JavaScript. Countries are SVG links with a
 * <title> (the browser's own tooltip); the map is one tab stop (roving tabindex in MapInteractions). The list
 * alternative is built when it is opened, and without JavaScript the table below the map lists the same links.
 */
export function WorldMapSvg({
  width,
  height,
  spriteUrl,
  shapes,
  points,
  countries,
  ariaLabel,
}: {
  width: number;
  height: number;
  spriteUrl: string;
  shapes: CompactShape[];
  points: CompactPoint[];
  countries: CompactCountry[];
  ariaLabel: string;
}) {
  const t = useTranslations();
  const localize = useLocalizeHref();
  const [listOpen, setListOpen] = useState(false);
  const byIso3 = new Map(countries.map((c) => [c[0], c]));
  // the first linked shape is the map's single tab stop
  const firstLinked = shapes.find(([iso3]) => iso3 && byIso3.has(iso3))?.[0];
  const drawn = new Set([...shapes.map((s) => s[0]), ...points.map((p) => p[0])]);
  const linked = countries.filter((c) => drawn.has(c[0]));
  return (
    <>
      <MapInteractions>
        <svg
          viewBox={`0 0 ${width} ${height}`}
          className="h-auto w-full rounded-lg border border-slate-200 bg-sky-50"
          role="group"
          aria-label={ariaLabel}
          data-testid="world-map-svg"
        >
          {/* Stroke and hover are set once here rather than on each of the ~180 shapes. */}
          <g stroke="#ffffff" strokeWidth={0.5} className="[&_use]:transition-[filter] [&_use:hover]:brightness-90">
            {shapes.map(([iso3, spriteId, name]) => {
              const c = iso3 ? byIso3.get(iso3) : undefined;
              const label = c?.[1] ?? name;
              const path = (
                <use href={`${spriteUrl}#${spriteId}`} fill={c?.[2] ?? NO_DATA} data-iso3={iso3 || undefined} data-highlighted={c?.[3] ? "true" : "false"}>
                  <title>{label}</title>
                </use>
              );
              return c ? (
                <a key={spriteId} href={localize(`/countries/${iso3}`)} aria-label={label} tabIndex={iso3 === firstLinked ? 0 : -1} data-map-country={iso3}>
                  {path}
                </a>
              ) : (
                <g key={spriteId}>{path}</g>
              );
            })}
          </g>
          {points.map(([iso3, x, y]) => {
            const c = byIso3.get(iso3);
            if (!c) return null;
            return (
              <a key={iso3} href={localize(`/countries/${iso3}`)} aria-label={c[1]} tabIndex={-1} data-map-country={iso3}>
                <circle cx={x} cy={y} r={3.5} fill={c[2]} stroke="#0f172a" strokeWidth={0.6} data-iso3={iso3} data-highlighted={c[3] ? "true" : "false"}>
                  <title>{c[1]}</title>
                </circle>
              </a>
            );
          })}
        </svg>
      </MapInteractions>
      <details className="text-sm" data-testid="map-list" onToggle={(e) => setListOpen(e.currentTarget.open)}>
        <summary className="cursor-pointer text-brand-700">{t("map.list")}</summary>
        {listOpen ? (
          <ul className="mt-1 columns-2 gap-4 sm:columns-4">
            {linked.map(([iso3, label]) => (
              <li key={iso3}>
                <a href={localize(`/countries/${iso3}`)} className="text-brand-700 underline underline-offset-2">
                  {label}
                </a>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-1 text-slate-600">
            <a href="#table" className="text-brand-700 underline underline-offset-2">
              {t("options.mapListWithoutScript")}
            </a>
          </p>
        )}
      </details>
    </>
  );
}
