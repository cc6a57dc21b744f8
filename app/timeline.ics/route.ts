import type { NextRequest } from "next/server";
import { getDb } from "@/db";
import { listTimelineItems } from "@/db/queries/timeline";
import { jsonError } from "@/lib/http/json-responses";
import { buildTimelineIcs } from "@/lib/timeline/build-timeline-ics";
import { readTimelineRequest, TIMELINE_EXPORT_LIMIT } from "@/lib/timeline/read-timeline-request";

/** GET /timeline.ics?…filters: the filtered timeline as an iCalendar file of all-day events. */
export async function GET(request: NextRequest) {
  const db = getDb();
  const read = readTimelineRequest({ db, params: request.nextUrl.searchParams });
  if (!read.ok) return jsonError({ status: 400, message: read.message });
  const { items } = listTimelineItems({ db, filters: read.value.filters, limit: TIMELINE_EXPORT_LIMIT, offset: 0 });
  return new Response(buildTimelineIcs({ items, origin: request.nextUrl.origin }), {
    headers: { "content-type": "text/calendar; charset=utf-8", "content-disposition": 'inline; filename="policy-atlas-timeline.ics"' },
  });
}
