import { NextResponse } from "next/server";
import { getDb } from "@/db";
import { getParticipation } from "@/db/queries/content";
import { listCountryParticipationCounts } from "@/db/queries/countries";
import { selectionSchema } from "@/lib/countries/country-params";
import { resolveSelection } from "@/lib/countries/resolve-selection";
import { serializeCountryCounts } from "@/lib/countries/serialize-country";
import { jsonError } from "@/app/_lib/json-responses";
import { serializeParticipation } from "@/lib/participation/completeness";
import { zodMessage } from "@/lib/http/zod-message";

/** GET /api/countries[?selection=<kind>:<slug>] — participation counts for every country. */
export async function GET(request: Request) {
  const parsed = selectionSchema.safeParse(new URL(request.url).searchParams.get("selection") ?? undefined);
  if (!parsed.success) return jsonError({ status: 400, message: zodMessage(parsed.error) });
  const db = getDb();
  const { selected, scope } = resolveSelection({ db, selection: parsed.data });
  if (parsed.data && !selected) return jsonError({ status: 404, message: `nothing recorded under "${parsed.data.kind}:${parsed.data.slug}"` });
  const rows = listCountryParticipationCounts({ db, scope });
  const counts = serializeCountryCounts({ rows, selection: selected ? { kind: selected.kind, slug: selected.slug, name: selected.nameEn } : null });
  // the completeness of the selection's lists: a reader must know when the map shows only part of a list
  const participation = selected ? serializeParticipation(getParticipation({ db, entityId: selected.id })) : null;
  return NextResponse.json({ ...counts, participation });
}
