import { NextResponse } from "next/server";
import { getDb } from "@/db";
import { getCountryVotes } from "@/db/queries/content";
import { findEntityByKey } from "@/db/queries/entities";
import { iso3Schema } from "@/lib/countries/country-params";
import { loadCountryProfile } from "@/lib/countries/load-country-profile";
import { serializeCountryProfile } from "@/lib/countries/serialize-country";
import { jsonError } from "@/app/_lib/json-responses";
import { zodMessage } from "@/lib/http/zod-message";

/** GET /api/countries/{iso3} — a country's full participation, memberships, events, mentions, counterparts. */
export async function GET(_request: Request, ctx: RouteContext<"/api/countries/[iso3]">) {
  const { iso3 } = await ctx.params;
  const parsed = iso3Schema.safeParse(iso3);
  if (!parsed.success) return jsonError({ status: 400, message: zodMessage(parsed.error) });
  const db = getDb();
  const country = findEntityByKey({ db, kind: "country", key: parsed.data });
  if (!country || country.status === "rejected") return jsonError({ status: 404, message: `no country with the code ${parsed.data}` });
  const votes = getCountryVotes({ db, countryId: country.id }).map((v) => ({ resolution: v.slug, symbol: v.symbol, vote: v.vote, source: v.sourceUrl }));
  return NextResponse.json({ ...serializeCountryProfile({ country, profile: loadCountryProfile({ db, countryId: country.id }) }), votes });
}
