import "server-only";
import type { AtlasDatabase } from "@/db/open";
import { listCounterparts, listCountryMentions, listCountryRefusals, listParticipations } from "@/db/queries/countries";
import { buildEventTimeline, groupByRoleAndKind, listMemberships, mergeParticipations } from "./group-participations";

/** Everything the country page and GET /api/countries/{iso3} show, in six indexed queries. */
export function loadCountryProfile({ db, countryId }: { db: AtlasDatabase; countryId: number }) {
  const items = mergeParticipations({ rows: listParticipations({ db, countryIds: [countryId] }) });
  return {
    items,
    /** Distinct things taken part in (an entity with several roles counts once). */
    total: new Set(items.map((i) => i.entity.id)).size,
    byRole: groupByRoleAndKind({ items }),
    memberships: listMemberships({ items }),
    timeline: buildEventTimeline({ items }),
    mentions: listCountryMentions({ db, countryId, limit: 50 }),
    counterparts: listCounterparts({ db, countryId, limit: 10 }),
    /** Reported refusals ("did not sign"), shown apart from participation. */
    refusals: listCountryRefusals({ db, countryId }),
  };
}
export type CountryProfile = ReturnType<typeof loadCountryProfile>;
