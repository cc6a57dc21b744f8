export type PeriodCount = { period: string; n: number };
export type MonthDensity = {
  /** "YYYY-MM" */
  month: string;
  /** Items dated to this month or a day in it. */
  dated: number;
  /** Items known only to the year, spread evenly over its twelve months so the strip stays honest. */
  spread: number;
};

function nextMonth(month: string): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 12 ? `${String(y + 1).padStart(4, "0")}-01` : `${month.slice(0, 4)}-${String(m + 1).padStart(2, "0")}`;
}

/**
 * Turns counts per period ("YYYY" for year-only dates, "YYYY-MM" otherwise) into a gap-free series of
 * months covering whole years, for the density strip above the timeline.
 */
export function buildMonthDensity({ counts }: { counts: PeriodCount[] }): MonthDensity[] {
  if (counts.length === 0) return [];
  const years = counts.map((c) => c.period.slice(0, 4)).sort();
  const first = `${years[0]}-01`;
  const last = `${years.at(-1)}-12`;
  const dated = new Map<string, number>();
  const yearOnly = new Map<string, number>();
  for (const c of counts) {
    if (c.period.length === 4) yearOnly.set(c.period, (yearOnly.get(c.period) ?? 0) + c.n);
    else dated.set(c.period, (dated.get(c.period) ?? 0) + c.n);
  }
  const series: MonthDensity[] = [];
  for (let month = first; month <= last; month = nextMonth(month)) {
    series.push({ month, dated: dated.get(month) ?? 0, spread: (yearOnly.get(month.slice(0, 4)) ?? 0) / 12 });
  }
  return series;
}

/**
 * The series as the page sends it to the strip: counts only, from the first month on (the months are gap-free
 * and whole years, so they follow from the first), and one year-only count per year instead of twelve
 * fractions. Why: as objects, 35 years of months were 23 KB of the timeline's RSC payload; this is ~2 KB.
 */
export type PackedMonthDensity = { first: string; dated: number[]; yearOnly: number[] };

export function packMonthDensity({ series }: { series: MonthDensity[] }): PackedMonthDensity {
  return {
    first: series[0]?.month ?? "",
    dated: series.map((m) => m.dated),
    yearOnly: series.filter((_, i) => i % 12 === 0).map((m) => Math.round(m.spread * 12)),
  };
}

export function unpackMonthDensity({ packed }: { packed: PackedMonthDensity }): MonthDensity[] {
  const series: MonthDensity[] = [];
  let month = packed.first;
  packed.dated.forEach((dated, i) => {
    series.push({ month, dated, spread: (packed.yearOnly[Math.floor(i / 12)] ?? 0) / 12 });
    month = nextMonth(month);
  });
  return series;
}

/** Totals per year (for the list of year links under the strip, the no-JavaScript way to narrow down). */
export function totalsByYear({ counts }: { counts: PeriodCount[] }): { year: string; n: number }[] {
  const totals = new Map<string, number>();
  for (const c of counts) totals.set(c.period.slice(0, 4), (totals.get(c.period.slice(0, 4)) ?? 0) + c.n);
  return [...totals.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([year, n]) => ({ year, n }));
}
