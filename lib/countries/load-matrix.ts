import "server-only";
import type { AtlasDatabase } from "@/db/open";
import { findSelectionEntity, listParticipationTriples, listSelectionScope } from "@/db/queries/countries";
import type { Selection } from "./country-params";
import { buildParticipationMatrix } from "./participation-matrix";

/** The participation matrix for a selection (the entity and its parts) or for everything. */
export function loadParticipationMatrix({ db, selection }: { db: AtlasDatabase; selection: Selection | null }) {
  const selected = selection ? findSelectionEntity({ db, ...selection }) : undefined;
  if (selection && !selected) return { selected: undefined, matrix: undefined };
  const scopeIds = selected ? listSelectionScope({ db, rootId: selected.id }) : undefined;
  return { selected, matrix: buildParticipationMatrix({ triples: listParticipationTriples({ db, scopeIds }) }) };
}
