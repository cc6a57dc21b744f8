import "server-only";
import type { AtlasDatabase } from "@/db/open";
import { listCountries, listCountryAliases } from "@/db/queries/countries";
import { toTraditional } from "@/lib/i18n/traditional";
import { resolveCountryNames, splitCountryTerms, type NamedCountry, type ResolvedCountryNames } from "./resolve-country-names";

export const MAX_COMPARED = 6;

/** Every visible country with the names people may type for it (for /compare's reading and its picker). */
export function listNamedCountries({ db }: { db: AtlasDatabase }): NamedCountry[] {
  const aliases = new Map<string, string[]>();
  for (const a of listCountryAliases({ db })) (aliases.get(a.iso3) ?? aliases.set(a.iso3, []).get(a.iso3)!).push(a.alias);
  return listCountries({ db }).map((c) => ({
    iso3: c.iso3,
    iso2: c.iso2,
    nameEn: c.nameEn,
    nameZh: c.nameZh,
    nameZhTraditional: toTraditional(c.nameZh),
    aliases: aliases.get(c.iso3) ?? [],
  }));
}

/** `?countries=China,UK&countries=ZMB` → the countries named, by code, name (English or Chinese) or alias. */
export function readComparedCountries({ countries, input }: { countries: NamedCountry[]; input: string }): ResolvedCountryNames & { tooMany: boolean } {
  const resolved = resolveCountryNames({ terms: splitCountryTerms(input), countries });
  return { ...resolved, codes: resolved.codes.slice(0, MAX_COMPARED), tooMany: resolved.codes.length > MAX_COMPARED };
}
