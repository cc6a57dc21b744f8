import { getDb } from "@/db";
import type { RelationRole } from "@/db/schema";
import { getParticipationByEntity } from "@/db/queries/content";
import { selectionSchema } from "@/lib/countries/country-params";
import { loadParticipationMatrix } from "@/lib/countries/load-matrix";
import { MATRIX_CSV_COLUMNS, matrixToCsv } from "@/lib/countries/participation-matrix";
import { createExportText } from "@/lib/i18n/export-text";
import { readExportLocale } from "@/lib/i18n/locales";
import { jsonError } from "@/app/_lib/json-responses";
import { zodMessage } from "@/lib/http/zod-message";

/**
 * GET /countries/matrix.csv?selection=<kind>:<slug> — the participation matrix as a CSV download. Headers and
 * roles are the stable codes by default; `?lang=zh` / `?lang=zh-hant` writes them in Chinese.
 */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const parsed = selectionSchema.safeParse(params.get("selection") ?? undefined);
  if (!parsed.success) return jsonError({ status: 400, message: zodMessage(parsed.error) });
  const { selected, matrix } = loadParticipationMatrix({ db: getDb(), selection: parsed.data });
  if (!matrix) return jsonError({ status: 404, message: `nothing recorded under "${parsed.data?.kind}:${parsed.data?.slug}"` });
  const name = selected ? `participation-matrix-${selected.slug}.csv` : "participation-matrix.csv";
  const locale = readExportLocale(params);
  const t = createExportText({ locale });
  const completeness = getParticipationByEntity({ db: getDb(), entityIds: matrix.columns.map((c) => c.id) });
  const csv = matrixToCsv({
    matrix,
    completeness,
    header: MATRIX_CSV_COLUMNS.map((c) => t(`exports.matrixColumns.${c}`)),
    roleLabel: (role) => (locale !== "en" && t.has(`roles.plain.${role as RelationRole}`) ? t(`roles.plain.${role as RelationRole}`) : role),
  });
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${name}"`,
      "cache-control": "no-store",
    },
  });
}
