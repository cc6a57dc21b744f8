import "server-only";
import type { AtlasDatabase } from "@/db/open";
import { listTimelineItems, resolveTimelineFilters, type ResolvedTimelineFilters, type TimelineOrder } from "@/db/queries/timeline";
import { hasTimelineFilters, parseTimelineFilters, type ParseResult, type RawParams } from "@/lib/timeline-query/timeline-filters";
import { attachParticipation } from "./attach-participation";
import type { TimelineItem } from "@/lib/timeline-query/timeline-item";

/** Most items an export (ICS, CSV) carries in one file; beyond that, narrow the filters or page the API. */
const TIMELINE_EXPORT_LIMIT = 10_000;

/**
 * Parses the timeline filters of a request and resolves the entities they name, the shared first step of
 * the page, the API and the exports. Failures carry a message fit for a 400 or the page's notice.
 */
export function readTimelineRequest({ db, params }: { db: AtlasDatabase; params: RawParams }): ParseResult<{ filters: ResolvedTimelineFilters; filtered: boolean }> {
  const parsed = parseTimelineFilters({ params });
  if (!parsed.ok) return parsed;
  const resolved = resolveTimelineFilters({ db, filters: parsed.value });
  if (!resolved.ok) return resolved;
  return { ok: true, value: { filters: resolved.value, filtered: hasTimelineFilters({ filters: parsed.value }) } };
}

/** The items of a file export (ICS, CSV): the filtered timeline from its start, up to the export cap. */
export function readTimelineExport({ db, params, order = "oldest" }: { db: AtlasDatabase; params: RawParams; order?: TimelineOrder }): ParseResult<TimelineItem[]> {
  const read = readTimelineRequest({ db, params });
  if (!read.ok) return read;
  return { ok: true, value: attachParticipation({ db, items: listTimelineItems({ db, filters: read.value.filters, limit: TIMELINE_EXPORT_LIMIT, offset: 0, order }).items }) };
}
