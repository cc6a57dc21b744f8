import type { SourceQuality } from "@/db/schema";

const LABELS: Record<SourceQuality, { text: string; title: string; className: string }> = {
  primary: { text: "primary", title: "Primary source: the instrument itself or its official host", className: "bg-emerald-50 text-emerald-800 border-emerald-200" },
  official: { text: "official", title: "Official source: a government or intergovernmental statement", className: "bg-sky-50 text-sky-800 border-sky-200" },
  news: { text: "news", title: "News report", className: "bg-slate-50 text-slate-700 border-slate-200" },
  secondary: {
    text: "secondary",
    title: "Secondary source: analysis, aggregator or other site; not the official record",
    className: "bg-amber-50 text-amber-800 border-amber-200",
  },
};

/** A small label beside a source saying how far it can be cited as the record. */
export function SourceQualityLabel({ quality }: { quality: SourceQuality }) {
  const l = LABELS[quality];
  return (
    <span className={`ml-1.5 inline-block rounded border px-1 text-[0.7rem] leading-4 ${l.className}`} title={l.title} data-testid="source-quality" data-quality={quality}>
      {l.text}
    </span>
  );
}
