import { useTranslations } from "next-intl";
import { ParticipationNotes } from "@/app/_components/participation-notes";
import type { Participation } from "@/lib/participation/completeness";

/**
 * Says, above the map and the table, whether the selection's lists are complete. A partial list gets a
 * visible warning: the countries shown are the ones known, not all of them.
 */
export function CompletenessBanner({ participation, name }: { participation: Participation[]; name: string }) {
  const t = useTranslations();
  if (!participation.length) return null;
  const partial = participation.some((p) => !p.complete);
  if (!partial) {
    return (
      <div className="rounded-md border border-emerald-200 bg-emerald-50 p-3 text-sm text-emerald-900" data-testid="complete-selection-note">
        <ParticipationNotes participation={participation} />
      </div>
    );
  }
  return (
    <div className="space-y-1 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900" role="status" data-testid="partial-selection-banner">
      <p className="font-medium">{t("countries.incompleteLists", { name })}</p>
      <ParticipationNotes participation={participation} />
    </div>
  );
}
