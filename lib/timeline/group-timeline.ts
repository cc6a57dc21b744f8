import { formatPartialDate } from "@/lib/dates/partial-date";

export type TimelineMonthGroup<T> = { key: string; label: string; items: T[] };
export type TimelineYearGroup<T> = {
  year: string;
  /** Items known only to the year: shown first, framing the year (the ordering rule of lib/dates). */
  yearItems: T[];
  months: TimelineMonthGroup<T>[];
};

/**
 * Groups items already in timeline order (partial-date string order, see lib/dates/partial-date.ts) into
 * years and months for the list's h2/h3 headings. Order inside each group is kept, so a month-precision
 * item stays first in its month, before that month's day-precision items.
 */
export function groupTimelineByPeriod<T extends { date: string }>({ items }: { items: T[] }): TimelineYearGroup<T>[] {
  const years: TimelineYearGroup<T>[] = [];
  for (const item of items) {
    const year = item.date.slice(0, 4);
    let y = years.at(-1);
    if (!y || y.year !== year) {
      y = { year, yearItems: [], months: [] };
      years.push(y);
    }
    if (item.date.length === 4) {
      y.yearItems.push(item);
      continue;
    }
    const key = item.date.slice(0, 7);
    let m = y.months.at(-1);
    if (!m || m.key !== key) {
      m = { key, label: formatPartialDate({ date: key }), items: [] };
      y.months.push(m);
    }
    m.items.push(item);
  }
  return years;
}
