import { useLocale } from "next-intl";
import { formatPartialDate, isPartialDate } from "@/lib/dates/partial-date";

/** Formats a partial date ("2024", "2024-12", "2024-12-01") at its precision in the page's language. */
export function useFormatPartialDate(): (date: string) => string {
  const locale = useLocale() === "en" ? "en" : "zh";
  return (date) => (isPartialDate(date) ? formatPartialDate({ date, locale }) : date);
}

/** A date at its precision ("Dec 2024", never "1 Dec 2024"; "2024年12月" in Chinese), machine-readable in <time>. */
export function PartialDateLabel({ date, endDate }: { date: string | null | undefined; endDate?: string | null }) {
  const format = useFormatPartialDate();
  if (!date || !isPartialDate(date)) return null;
  return (
    <time dateTime={date} className="whitespace-nowrap tabular-nums">
      {format(date)}
      {endDate && isPartialDate(endDate) && endDate !== date ? ` – ${format(endDate)}` : ""}
    </time>
  );
}
