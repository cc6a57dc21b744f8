import { formatPartialDate } from "@/lib/dates/partial-date";
import { describeParticipation, type Participation } from "@/lib/participation/completeness";

/** One line per participation list: how many are known of how many, as of when, with the source of the total. */
export function ParticipationNotes({ participation, testId = "participation-note" }: { participation: Participation[]; testId?: string }) {
  if (!participation.length) return null;
  return (
    <ul className="space-y-1 text-sm" data-testid="participation-notes">
      {participation.map((p) => (
        <li key={p.role} className={p.complete ? "text-slate-700" : "text-amber-900"} data-testid={testId} data-complete={p.complete ? "true" : "false"}>
          {describeParticipation({ participation: p, formatDate: (date) => formatPartialDate({ date }) })}.{p.note ? <> {p.note}</> : null}
          {p.sourceUrl ? (
            <>
              {" "}
              <a href={p.sourceUrl} className="text-brand-700 underline" rel="noopener noreferrer nofollow" target="_blank">
                Source of the total
              </a>
            </>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
