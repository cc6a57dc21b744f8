import { NextResponse } from "next/server";
import { getDb } from "@/db";
import { findSelectionEntity, listCountryParticipationCounts, listSelectionScope } from "@/db/queries/countries";
import { selectionSchema } from "@/lib/countries/country-params";
import { serializeCountryCounts } from "@/lib/countries/serialize-country";
import { jsonError } from "@/lib/http/json-responses";
import { zodMessage } from "@/lib/http/zod-message";

/** GET /api/countries[?selection=<kind>:<slug>] — participation counts for every country. */
export async function GET(request: Request) {
  const parsed = selectionSchema.safeParse(new URL(request.url).searchParams.get("selection") ?? undefined);
  if (!parsed.success) return jsonError({ status: 400, message: zodMessage(parsed.error) });
  const db = getDb();
  const selected = parsed.data ? findSelectionEntity({ db, ...parsed.data }) : undefined;
  if (parsed.data && !selected) return jsonError({ status: 404, message: `nothing recorded under "${parsed.data.kind}:${parsed.data.slug}"` });
  const scope = selected ? { rootId: selected.id, ids: listSelectionScope({ db, rootId: selected.id }) } : undefined;
  const rows = listCountryParticipationCounts({ db, scope });
  return NextResponse.json(serializeCountryCounts({ rows, selection: selected ? { kind: selected.kind, slug: selected.slug, name: selected.nameEn } : null }));
}
