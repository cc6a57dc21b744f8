import type { EntityKind } from "@/db/schema";
import { comparePartialDates } from "@/lib/dates/partial-date";
import { sortRoles } from "@/lib/participation/participation-roles";

type EntityRef = { id: number; kind: EntityKind; slug: string; nameEn: string; nameZh: string | null; date: string | null; symbol: string | null };

export type CompareRow = {
  entity: EntityRef;
  /** iso3 → roles (empty array: that country is not in it). */
  roles: Record<string, string[]>;
  /** How many of the compared countries take part. */
  present: number;
};

export type Comparison = {
  countries: string[];
  /** In all compared countries. */
  shared: CompareRow[];
  /** In more than one but not all (only with three or more countries). */
  some: CompareRow[];
  /** iso3 → what only that country takes part in. */
  only: Record<string, CompareRow[]>;
};

/**
 * Splits the participation of several countries into what they all share, what some share and what only
 * one has. Input rows are (iso3, entity, role) triples; a country with several roles in one entity counts once.
 */
export function compareCountries({ countries, rows }: { countries: string[]; rows: { iso3: string; role: string; entity: EntityRef }[] }): Comparison {
  const byEntity = new Map<number, CompareRow>();
  for (const r of rows) {
    if (!countries.includes(r.iso3)) continue;
    let row = byEntity.get(r.entity.id);
    if (!row) byEntity.set(r.entity.id, (row = { entity: r.entity, roles: Object.fromEntries(countries.map((c) => [c, []])), present: 0 }));
    if (!row.roles[r.iso3].length) row.present++;
    if (!row.roles[r.iso3].includes(r.role)) row.roles[r.iso3] = sortRoles([...row.roles[r.iso3], r.role]);
  }
  const all = [...byEntity.values()].sort((a, b) => comparePartialDates(a.entity.date, b.entity.date) || a.entity.nameEn.localeCompare(b.entity.nameEn));
  const only: Record<string, CompareRow[]> = Object.fromEntries(countries.map((c) => [c, []]));
  for (const row of all) if (row.present === 1) only[countries.find((c) => row.roles[c].length)!].push(row);
  return {
    countries,
    shared: countries.length > 1 ? all.filter((r) => r.present === countries.length) : [],
    some: all.filter((r) => r.present > 1 && r.present < countries.length),
    only,
  };
}
