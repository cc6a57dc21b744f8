"use client";

import { useRef, useState } from "react";

type Tip = { label: string; x: number; y: number; width: number };

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
    setTip({ label: el.getAttribute("data-label") ?? "", x, y, width: frame.width });
  };

  return (
    <div
      ref={box}
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
