import "server-only";
import type { AtlasDatabase } from "@/db/open";
import { listParticipationTriples } from "@/db/queries/countries";
import type { Selection } from "./country-params";
import { buildParticipationMatrix } from "./participation-matrix";
import { resolveSelection } from "./resolve-selection";

/** The participation matrix for a selection (the entity and its parts) or for everything. */
export function loadParticipationMatrix({ db, selection }: { db: AtlasDatabase; selection: Selection | null }) {
  const { selected, scope } = resolveSelection({ db, selection });
  if (selection && !selected) return { selected: undefined, matrix: undefined };
  return { selected, matrix: buildParticipationMatrix({ triples: listParticipationTriples({ db, scopeIds: scope?.ids }) }) };
}
