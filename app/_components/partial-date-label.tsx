import { useLocale } from "next-intl";
import { formatPartialDate, isPartialDate } from "@/lib/dates/partial-date";

/** A date at its precision ("Dec 2024", never "1 Dec 2024"; "2024年12月" in Chinese), machine-readable in <time>. */
export function PartialDateLabel({ date, endDate }: { date: string | null | undefined; endDate?: string | null }) {
  const locale = useLocale() === "en" ? "en" : "zh";
  if (!date || !isPartialDate(date)) return null;
  return (
    <time dateTime={date} className="whitespace-nowrap tabular-nums">
      {formatPartialDate({ date, locale })}
      {endDate && isPartialDate(endDate) && endDate !== date ? ` – ${formatPartialDate({ date: endDate, locale })}` : ""}
    </time>
  );
}
