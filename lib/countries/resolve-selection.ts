import "server-only";
import type { AtlasDatabase } from "@/db/open";
import { findSelectionEntity, listSelectionScope, type SelectionEntity } from "@/db/queries/countries";
import type { Selection } from "./country-params";

export type SelectionScope = { rootId: number; ids: number[] };

/**
 * The selected entity (visible ones only) and its scope: it and everything that is part of it. Both are
 * undefined without a selection, and when nothing is recorded under it (callers tell the two apart).
 */
export function resolveSelection({ db, selection }: { db: AtlasDatabase; selection: Selection | null }): {
  selected: SelectionEntity | undefined;
  scope: SelectionScope | undefined;
} {
  const selected = selection ? findSelectionEntity({ db, ...selection }) : undefined;
  if (!selected) return { selected: undefined, scope: undefined };
  return { selected, scope: { rootId: selected.id, ids: listSelectionScope({ db, rootId: selected.id }) } };
}
