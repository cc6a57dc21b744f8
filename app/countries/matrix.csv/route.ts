import { getDb } from "@/db";
import { getParticipationByEntity } from "@/db/queries/content";
import { selectionSchema } from "@/lib/countries/country-params";
import { loadParticipationMatrix } from "@/lib/countries/load-matrix";
import { matrixToCsv } from "@/lib/countries/participation-matrix";
import { jsonError } from "@/app/_lib/json-responses";
import { zodMessage } from "@/lib/http/zod-message";

/** GET /countries/matrix.csv?selection=<kind>:<slug> — the participation matrix as a CSV download. */
export async function GET(request: Request) {
  const parsed = selectionSchema.safeParse(new URL(request.url).searchParams.get("selection") ?? undefined);
  if (!parsed.success) return jsonError({ status: 400, message: zodMessage(parsed.error) });
  const { selected, matrix } = loadParticipationMatrix({ db: getDb(), selection: parsed.data });
  if (!matrix) return jsonError({ status: 404, message: `nothing recorded under "${parsed.data?.kind}:${parsed.data?.slug}"` });
  const name = selected ? `participation-matrix-${selected.slug}.csv` : "participation-matrix.csv";
  const completeness = getParticipationByEntity({ db: getDb(), entityIds: matrix.columns.map((c) => c.id) });
  return new Response(matrixToCsv({ matrix, completeness }), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${name}"`,
      "cache-control": "no-store",
    },
  });
}
