import "server-only";
import type { AtlasDatabase } from "@/db/open";
import { findCountriesByIso3, listParticipations } from "@/db/queries/countries";
import { compareCountries } from "./compare-countries";

/** The compared countries (in the order asked), the codes not found, and the comparison itself. */
export function loadComparison({ db, codes }: { db: AtlasDatabase; codes: string[] }) {
  const found = findCountriesByIso3({ db, codes });
  const countries = codes.flatMap((c) => (found.has(c) ? [found.get(c)!] : []));
  const unknown = codes.filter((c) => !found.has(c));
  const isoById = new Map(countries.map((c) => [c.id, c.iso3]));
  const rows = listParticipations({ db, countryIds: countries.map((c) => c.id) }).map((r) => ({ iso3: isoById.get(r.countryId)!, role: r.role, entity: r.entity }));
  const totals = Object.fromEntries(countries.map((c) => [c.iso3, new Set(rows.filter((r) => r.iso3 === c.iso3).map((r) => r.entity.id)).size]));
  return { countries, unknown, totals, comparison: compareCountries({ countries: countries.map((c) => c.iso3), rows }) };
}
