import { NextResponse, type NextRequest } from "next/server";
import { getDb } from "@/db";
import { listTimelineItems } from "@/db/queries/timeline";
import { jsonError } from "@/app/_lib/json-responses";
import { attachParticipation } from "@/lib/timeline/attach-participation";
import { readTimelineRequest } from "@/lib/timeline/read-timeline-request";
import { serializeTimelineItem } from "@/lib/timeline/serialize-timeline";
import { parseTimelineWindow } from "@/lib/timeline-query/timeline-filters";

/** GET /api/timeline?country=ZMB&kind=event&from=2024-12&limit=100: the filtered timeline as JSON, in time order. */
export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const db = getDb();
  const read = readTimelineRequest({ db, params });
  if (!read.ok) return jsonError({ status: 400, message: read.message });
  const window = parseTimelineWindow({ params });
  if (!window.ok) return jsonError({ status: 400, message: window.message });
  const { items, total } = listTimelineItems({ db, filters: read.value.filters, ...window.value });
  return NextResponse.json({
    events: attachParticipation({ db, items }).map((item) => serializeTimelineItem({ item })),
    total,
    limit: window.value.limit,
    offset: window.value.offset,
  });
}
