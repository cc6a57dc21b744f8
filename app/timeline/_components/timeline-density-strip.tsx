"use client";

import { brushX, type D3BrushEvent } from "d3-brush";
import { scaleLinear, scaleUtc } from "d3-scale";
import { select } from "d3-selection";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useLocalizeHref } from "@/app/_components/locale-link";
import { useEffect, useMemo, useRef, useState } from "react";
import { unpackMonthDensity, type MonthDensity, type PackedMonthDensity } from "@/lib/timeline-query/month-density";

const WIDTH = 1000;
const HEIGHT = 64;
const AXIS = 16;

const monthStart = (month: string) => new Date(`${month}-01T00:00:00Z`);
const nextMonthStart = (month: string) => {
  const d = monthStart(month);
  d.setUTCMonth(d.getUTCMonth() + 1);
  return d;
};
const r = (v: number) => Math.round(v * 10) / 10;
const monthOf = (d: Date) => `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`;

/**
 * Items per month as a bar strip (d3 scales); dragging across it (d3-brush) filters the list to those
 * months through the URL, clicking outside the selection clears it. The bars and the year links are plain
 * SVG rendered on the server, so the strip is readable and the years clickable without JavaScript.
 */
export function TimelineDensityStrip({ packed, from, to, baseQuery }: { packed: PackedMonthDensity; from?: string; to?: string; baseQuery: string }) {
  const series = useMemo(() => unpackMonthDensity({ packed }), [packed]);
  const router = useRouter();
  const t = useTranslations();
  const localize = useLocalizeHref();
  const brushRef = useRef<SVGGElement>(null);
  const [hover, setHover] = useState<MonthDensity | null>(null);
  const { x, years, bars } = useMemo(() => {
    const first = series[0]?.month ?? "2000-01";
    const last = series.at(-1)?.month ?? "2000-12";
    const max = Math.max(1, ...series.map((m) => m.dated + m.spread));
    const x = scaleUtc()
      .domain([monthStart(first), nextMonthStart(last)])
      .range([0, WIDTH]);
    const y = scaleLinear().domain([0, max]).range([HEIGHT, 0]);
    // One outline per layer rather than a shape per month: the top edge runs forward, the bottom edge back, and
    // a level that does not change adds nothing. 400+ months were 30 KB of markup as one box each.
    const outline = (top: number[], bottom: number[]) => {
      const edge = (levels: number[], forward: boolean) => {
        let d = "";
        const order = forward ? levels.map((_, i) => i) : levels.map((_, i) => levels.length - 1 - i);
        order.forEach((i, k) => {
          const level = r(levels[i]);
          const next = order[k + 1];
          if (k === 0 || level !== r(levels[order[k - 1]])) d += `V${level}`;
          // a run of months at one level is one horizontal line
          if (next === undefined || r(levels[next]) !== level) d += `H${r(forward ? bounds[i + 1] : bounds[i])}`;
        });
        return d;
      };
      return `M0 ${r(bottom[0])}${edge(top, true)}${edge(bottom, false)}Z`;
    };
    const bounds = [...series.map((m) => x(monthStart(m.month))), WIDTH];
    const spreadTop = series.map((m) => y(m.spread));
    const datedTop = series.map((m) => y(m.spread + m.dated));
    const baseline = series.map(() => HEIGHT);
    return { x, years: [...new Set(series.map((m) => m.month.slice(0, 4)))], bars: { spread: outline(spreadTop, baseline), dated: outline(datedTop, spreadTop) } };
  }, [series]);
  const hrefFor = (range: { from: string; to: string } | null) => {
    const params = new URLSearchParams(baseQuery);
    if (range) {
      params.set("from", range.from);
      params.set("to", range.to);
    }
    const s = params.toString();
    return localize(`/timeline${s ? `?${s}` : ""}`);
  };

  useEffect(() => {
    const node = brushRef.current;
    if (!node || series.length === 0) return;
    const g = select(node);
    const brush = brushX<unknown>()
      .extent([
        [0, 0],
        [WIDTH, HEIGHT],
      ])
      .on("end", (event: D3BrushEvent<unknown>) => {
        if (!event.sourceEvent) return; // our own brush.move below, not the user
        if (!event.selection) {
          if (from || to) router.push(hrefFor(null));
          return;
        }
        const [x0, x1] = event.selection as [number, number];
        const fromMonth = monthOf(x.invert(x0));
        // the month holding the right edge, without spilling into the next one when the edge is on a boundary
        const toMonth = monthOf(new Date(x.invert(x1).getTime() - 1));
        g.call(brush.move, [x(monthStart(fromMonth)), x(nextMonthStart(toMonth))]);
        router.push(hrefFor({ from: fromMonth, to: toMonth }));
      });
    g.call(brush);
    if (from || to) {
      const start = from ? x(new Date(`${from.length === 4 ? `${from}-01` : from.slice(0, 7)}-01T00:00:00Z`)) : 0;
      const end = to ? x(to.length === 4 ? new Date(`${Number(to) + 1}-01-01T00:00:00Z`) : nextMonthStart(to.slice(0, 7))) : WIDTH;
      const clamp = (v: number) => Math.min(WIDTH, Math.max(0, v));
      if (clamp(end) > clamp(start)) g.call(brush.move, [clamp(start), clamp(end)]);
    }
    return () => {
      g.on(".brush", null).selectAll("*").remove();
    };
    // hrefFor only depends on baseQuery
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [series, from, to, baseQuery, x, router]);

  if (series.length === 0) return null;
  return (
    <figure className="rounded-lg border border-slate-200 bg-white p-3" data-testid="timeline-density">
      <svg
        onMouseMove={(event) => {
          const box = event.currentTarget.getBoundingClientRect();
          const month = monthOf(x.invert(((event.clientX - box.left) / box.width) * WIDTH));
          setHover(series.find((m) => m.month === month) ?? null);
        }}
        onMouseLeave={() => setHover(null)}
        viewBox={`0 0 ${WIDTH} ${HEIGHT + AXIS}`}
        className="h-auto w-full touch-none select-none"
        role="group"
        aria-labelledby="density-caption"
      >
        <path d={bars.spread} className="fill-brand-100" />
        <path d={bars.dated} className="fill-brand-600" />
        <g transform={`translate(0, ${HEIGHT})`}>
          {years.map((year, i) => {
            const x0 = x(monthStart(`${year}-01`));
            // label every year while there is room for it, else every few years
            const every = Math.ceil(36 / (WIDTH / Math.max(1, years.length)));
            return (
              <a key={year} href={hrefFor({ from: year, to: year })} aria-label={t("density.showYear", { year })} data-testid="density-year">
                <line x1={x0} x2={x0} y1={-HEIGHT} y2={4} className="stroke-slate-300" vectorEffect="non-scaling-stroke" />
                {i % every === 0 ? (
                  <text x={x0 + 3} y={AXIS - 3} className="fill-slate-600 text-[11px]">
                    {year}
                  </text>
                ) : null}
              </a>
            );
          })}
        </g>
        <g ref={brushRef} data-testid="timeline-brush" />
      </svg>
      <p className="h-4 text-xs tabular-nums text-slate-700" aria-hidden="true" data-testid="density-readout">
        {hover
          ? `${t("density.readout", { month: hover.month, dated: hover.dated })}${hover.spread ? t("density.spread", { count: Math.round(hover.spread * 12), year: hover.month.slice(0, 4) }) : ""}`
          : ""}
      </p>
      <figcaption id="density-caption" className="text-xs text-slate-500">
        {t("density.caption", { range: years.length ? `, ${years[0]}–${years.at(-1)}` : "" })}
      </figcaption>
    </figure>
  );
}
