import { formatPartialDate, isPartialDate } from "@/lib/dates/partial-date";

/** A date at its precision ("Dec 2024", never "1 Dec 2024"), machine-readable in <time>. */
export function PartialDateLabel({ date, endDate }: { date: string | null | undefined; endDate?: string | null }) {
  if (!date || !isPartialDate(date)) return null;
  return (
    <time dateTime={date} className="whitespace-nowrap tabular-nums">
      {formatPartialDate({ date })}
      {endDate && isPartialDate(endDate) && endDate !== date ? ` – ${formatPartialDate({ date: endDate })}` : ""}
    </time>
  );
}
