import "server-only";
import type { AtlasDatabase } from "@/db/open";
import { getParticipationByEntity } from "@/db/queries/content";
import { listsWorthNoting } from "@/lib/participation/completeness";
import type { TimelineItem } from "@/lib/timeline-query/timeline-item";

/** Adds each item's list completeness (one query for the page), so entries and exports can say "partial". */
export function attachParticipation({ db, items }: { db: AtlasDatabase; items: TimelineItem[] }): TimelineItem[] {
  const byEntity = getParticipationByEntity({ db, entityIds: items.map((i) => i.id) });
  return items.map((item) => ({ ...item, participation: listsWorthNoting(byEntity.get(item.id) ?? []) }));
}
