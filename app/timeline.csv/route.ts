import type { NextRequest } from "next/server";
import { getDb } from "@/db";
import { jsonError } from "@/app/_lib/json-responses";
import { buildTimelineCsv, TIMELINE_CSV_COLUMNS } from "@/lib/timeline/build-timeline-csv";
import { createExportText } from "@/lib/i18n/export-text";
import { readExportLocale } from "@/lib/i18n/locales";
import { readTimelineExport } from "@/lib/timeline/read-timeline-request";

/**
 * GET /timeline.csv?…filters: the filtered timeline as CSV, one row per item. The header row is the stable
 * column names by default; `?lang=zh` / `?lang=zh-hant` gives Chinese headers for reading in a spreadsheet.
 */
export async function GET(request: NextRequest) {
  const read = readTimelineExport({ db: getDb(), params: request.nextUrl.searchParams });
  if (!read.ok) return jsonError({ status: 400, message: read.message });
  const t = createExportText({ locale: readExportLocale(request.nextUrl.searchParams) });
  const header = TIMELINE_CSV_COLUMNS.map((c) => t(`exports.timelineColumns.${c}`));
  return new Response(buildTimelineCsv({ items: read.value, origin: request.nextUrl.origin, header }), {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": 'attachment; filename="policy-atlas-timeline.csv"' },
  });
}
