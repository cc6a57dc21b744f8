import type { TimelineKind } from "@/lib/timeline-query/timeline-item";

const WHAT: Record<TimelineKind, { en: string; zh: string }> = {
  event: { en: "Event", zh: "事件" },
  initiative: { en: "Initiative launched", zh: "倡议发布" },
  resolution: { en: "Resolution adopted", zh: "决议通过" },
  organisation: { en: "Organisation founded", zh: "组织成立" },
};

/**
 * What the item's date marks: a dated event happened; for the other kinds the date is their launch,
 * adoption or founding. The subtype ("summit", "declaration" …) refines the label when there is one.
 */
export function describeTimelineKind({ kind, subtype }: { kind: TimelineKind; subtype?: string | null }): { en: string; zh: string } {
  const base = WHAT[kind];
  if (!subtype || subtype === kind) return base;
  const sub = subtype.replace(/[-_]+/g, " ");
  const capitalised = sub.charAt(0).toUpperCase() + sub.slice(1);
  if (kind === "event") return { en: capitalised, zh: base.zh };
  return { en: `${base.en} · ${sub}`, zh: base.zh };
}
