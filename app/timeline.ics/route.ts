import type { NextRequest } from "next/server";
import { getDb } from "@/db";
import { jsonError } from "@/app/_lib/json-responses";
import { publicOrigin } from "@/lib/follow/public-origin";
import { buildTimelineIcs } from "@/lib/timeline/build-timeline-ics";
import { readTimelineExport } from "@/lib/timeline/read-timeline-request";
import { createExportText } from "@/lib/i18n/export-text";
import { readExportLocale } from "@/lib/i18n/locales";

/** GET /timeline.ics?…filters: the filtered timeline as an iCalendar file of all-day events (`?lang=zh`: calendar name in Chinese). */
export async function GET(request: NextRequest) {
  const read = readTimelineExport({ db: getDb(), params: request.nextUrl.searchParams });
  if (!read.ok) return jsonError({ status: 400, message: read.message });
  const origin = publicOrigin({
    requestUrl: request.url,
    host: request.headers.get("x-forwarded-host") ?? request.headers.get("host"),
    forwardedProto: request.headers.get("x-forwarded-proto"),
  });
  return new Response(buildTimelineIcs({ items: read.value, origin, name: createExportText({ locale: readExportLocale(request.nextUrl.searchParams) })("exports.calendarName") }), {
    headers: { "content-type": "text/calendar; charset=utf-8", "content-disposition": 'inline; filename="policy-atlas-timeline.ics"' },
  });
}
