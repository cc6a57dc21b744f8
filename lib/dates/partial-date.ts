/**
 * Partial ISO dates: "2024" (year), "2024-12" (month), "2024-12-03" (day). The string's shape is its
 * precision, so "2024-12" can never be shown as 1 December 2024.
 *
 * Ordering rule (documented for the timeline): plain string order. A coarser date sorts *before* every
 * finer date inside it: "2024-12" < "2024-12-01" < "2024-12-03" < "2025". Reason: a month-level fact
 * ("in December 2024") frames the day-level facts of that month, and is shown as the month's header item.
 */
export type DatePrecision = "year" | "month" | "day";

const PARTIAL_DATE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

export function isPartialDate(value: string): boolean {
  const m = PARTIAL_DATE.exec(value);
  if (!m) return false;
  if (m[3]) {
    const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    return d.getUTCDate() === Number(m[3]);
  }
  return true;
}

export function precisionOf(date: string): DatePrecision {
  if (!isPartialDate(date)) throw new Error(`not a partial ISO date: ${JSON.stringify(date)}`);
  return date.length === 4 ? "year" : date.length === 7 ? "month" : "day";
}

/** Builds a partial date from parts; month/day omitted mean coarser precision. */
export function makePartialDate({ year, month, day }: { year: number; month?: number; day?: number }): string {
  const y = String(year).padStart(4, "0");
  if (month === undefined) return y;
  const m = `${y}-${String(month).padStart(2, "0")}`;
  if (day === undefined) return m;
  return `${m}-${String(day).padStart(2, "0")}`;
}

export function comparePartialDates(a: string | null | undefined, b: string | null | undefined): number {
  if (a == null && b == null) return 0;
  if (a == null) return 1; // undated items go last
  if (b == null) return -1;
  return a < b ? -1 : a > b ? 1 : 0;
}

const MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2019", "Dec 2024", "6 May 2025" in English; "2019年", "2024年12月", "2025年5月6日" in Chinese. */
export function formatPartialDate({ date, locale = "en" }: { date: string; locale?: "en" | "zh" }): string {
  const precision = precisionOf(date);
  const year = Number(date.slice(0, 4));
  const month = precision === "year" ? 0 : Number(date.slice(5, 7));
  const day = precision === "day" ? Number(date.slice(8, 10)) : 0;
  if (locale === "zh") {
    if (precision === "year") return `${year}年`;
    if (precision === "month") return `${year}年${month}月`;
    return `${year}年${month}月${day}日`;
  }
  if (precision === "year") return String(year);
  if (precision === "month") return `${MONTHS_EN[month - 1]} ${year}`;
  return `${day} ${MONTHS_EN[month - 1]} ${year}`;
}

/** First and last calendar day covered by a partial date, as YYYY-MM-DD (for ranges, iCalendar, filters). */
export function partialDateBounds(date: string): { first: string; last: string } {
  const precision = precisionOf(date);
  if (precision === "day") return { first: date, last: date };
  if (precision === "year") return { first: `${date}-01-01`, last: `${date}-12-31` };
  const [y, m] = date.split("-").map(Number);
  const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { first: `${date}-01`, last: `${date}-${String(lastDay).padStart(2, "0")}` };
}

export function yearOf(date: string | null | undefined): number | null {
  return date ? Number(date.slice(0, 4)) : null;
}
