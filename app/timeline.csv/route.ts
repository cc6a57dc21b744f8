import type { NextRequest } from "next/server";
import { getDb } from "@/db";
import { jsonError } from "@/app/_lib/json-responses";
import { buildTimelineCsv } from "@/lib/timeline/build-timeline-csv";
import { readTimelineExport } from "@/lib/timeline/read-timeline-request";

/** GET /timeline.csv?…filters: the filtered timeline as CSV, one row per item. */
export async function GET(request: NextRequest) {
  const read = readTimelineExport({ db: getDb(), params: request.nextUrl.searchParams });
  if (!read.ok) return jsonError({ status: 400, message: read.message });
  return new Response(buildTimelineCsv({ items: read.value, origin: request.nextUrl.origin }), {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": 'attachment; filename="policy-atlas-timeline.csv"' },
  });
}
