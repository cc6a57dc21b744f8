"use client";

import { useRef, useState } from "react";

type Tip = { label: string; x: number; y: number; width: number };

const ARROWS: Record<string, { x: number; y: number }> = { ArrowRight: { x: 1, y: 0 }, ArrowLeft: { x: -1, y: 0 }, ArrowDown: { x: 0, y: 1 }, ArrowUp: { x: 0, y: -1 } };

/**
 * Hover and keyboard-focus tooltips for the server-rendered map. The SVG already works without this:
 * countries are links with <title>s; this only shows the label faster and readably on any screen.
 */
export function MapInteractions({ children }: { children: React.ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const [tip, setTip] = useState<Tip | null>(null);

  const show = (target: EventTarget | null, clientX?: number, clientY?: number) => {
    const el = (target as Element | null)?.closest?.("[data-iso3]");
    const frame = box.current?.getBoundingClientRect();
    if (!el || !frame) return setTip(null);
    const r = el.getBoundingClientRect();
    const x = (clientX ?? r.left + r.width / 2) - frame.left;
    const y = (clientY ?? r.top) - frame.top;
    setTip({ label: el.querySelector("title")?.textContent ?? "", x, y, width: frame.width });
  };

  // Arrow keys move the focus to the nearest country in that direction (the map is a single tab stop).
  const onKeyDown = (e: React.KeyboardEvent<HTMLDivElement>) => {
    const step = ARROWS[e.key];
    const from = (e.target as Element).closest?.("a[data-map-country]") as HTMLElement | null;
    if (!step || !from || !box.current) return;
    e.preventDefault();
    const centre = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    };
    const here = centre(from);
    let best: { el: HTMLElement; cost: number } | null = null;
    for (const el of box.current.querySelectorAll<HTMLElement>("a[data-map-country]")) {
      if (el === from) continue;
      const c = centre(el);
      const along = (c.x - here.x) * step.x + (c.y - here.y) * step.y;
      if (along <= 1) continue;
      const across = Math.abs((c.x - here.x) * step.y) + Math.abs((c.y - here.y) * step.x);
      const cost = along + 2 * across;
      if (!best || cost < best.cost) best = { el, cost };
    }
    if (!best) return;
    from.tabIndex = -1;
    best.el.tabIndex = 0;
    best.el.focus();
  };

  return (
    <div
      ref={box}
      onKeyDown={onKeyDown}
      className="relative"
      onPointerMove={(e) => show(e.target, e.clientX, e.clientY)}
      onPointerLeave={() => setTip(null)}
      onFocus={(e) => show(e.target.querySelector?.("[data-iso3]") ?? e.target)}
      onBlur={() => setTip(null)}
    >
      {children}
      {tip ? (
        <div
          role="tooltip"
          data-testid="map-tooltip"
          className="pointer-events-none absolute z-10 max-w-64 -translate-x-1/2 -translate-y-full rounded-md bg-slate-900/90 px-2 py-1 text-xs text-white shadow"
          style={{ left: Math.max(60, Math.min(tip.x, tip.width - 60)), top: tip.y - 8 }}
        >
          {tip.label}
        </div>
      ) : null}
    </div>
  );
}
