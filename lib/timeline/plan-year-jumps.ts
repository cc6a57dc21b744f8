import type { TimelineOrder } from "@/lib/timeline-query/timeline-filters";

/**
 * Where each year starts in the paged list: the page holding its first item, in the list's order. Years
 * come from the per-year totals of the filtered timeline (without its date range, which the caller must
 * not have set, or the counts would not match the list).
 */
export function planYearJumps({ totals, order, pageSize }: { totals: { year: string; n: number }[]; order: TimelineOrder; pageSize: number }): { year: string; page: number }[] {
  const inListOrder = [...totals].sort((a, b) => (order === "newest" ? b.year.localeCompare(a.year) : a.year.localeCompare(b.year)));
  let before = 0;
  const jumps = inListOrder.map((t) => {
    const jump = { year: t.year, page: Math.floor(before / pageSize) + 1 };
    before += t.n;
    return jump;
  });
  return jumps.sort((a, b) => a.year.localeCompare(b.year));
}
