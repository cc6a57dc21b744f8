import { useFormatter, useTranslations } from "next-intl";
import type { RelationRole } from "@/db/schema";
import type { Participation } from "@/lib/participation/completeness";
import { guessTextLang } from "@/lib/i18n/pick-names";
import { useFormatPartialDate } from "./partial-date-label";

/**
 * "17 of 28 signatories known, as of 1 Nov 2023" in the page's language: the noun and the sentence come from
 * the catalogue (Chinese counts no plural), numbers and dates from the locale's formatters.
 */
export function useDescribeParticipation(): (participation: Participation) => string {
  const t = useTranslations();
  const format = useFormatter();
  const formatDate = useFormatPartialDate();
  return (p) => {
    const count = p.known === 1 && p.expectedTotal === null ? 1 : 2;
    const noun = t.has(`participation.nouns.${p.role as RelationRole}`) ? t(`participation.nouns.${p.role as RelationRole}`, { count }) : p.role;
    const asOf = p.asOf ? t("participation.asOf", { date: formatDate(p.asOf) }) : "";
    const known = format.number(p.known);
    if (p.expectedTotal === null) return t("participation.totalUnknown", { known, noun });
    const total = format.number(p.expectedTotal);
    return p.complete ? t("participation.allRecorded", { total, noun, asOf }) : t("participation.knownOf", { known, total, noun, asOf });
  };
}

/** One line per participation list: how many are known of how many, as of when, with the source of the total. */
export function ParticipationNotes({ participation, testId = "participation-note" }: { participation: Participation[]; testId?: string }) {
  const t = useTranslations();
  const describe = useDescribeParticipation();
  if (!participation.length) return null;
  return (
    <ul className="space-y-1 text-sm" data-testid="participation-notes">
      {participation.map((p) => (
        <li key={p.role} className={p.complete ? "text-slate-700" : "text-amber-900"} data-testid={testId} data-complete={p.complete ? "true" : "false"}>
          {describe(p)}
          {t("participation.end")}
          {p.note ? (
            <>
              {" "}
              <span lang={guessTextLang(p.note)}>{p.note}</span>
            </>
          ) : null}
          {p.sourceUrl ? (
            <>
              {" "}
              <a href={p.sourceUrl} className="text-brand-700 underline" rel="noopener noreferrer nofollow" target="_blank">
                {t("participation.sourceOfTotal")}
              </a>
            </>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
