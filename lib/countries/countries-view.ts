import type { EntityKind } from "@/db/schema";
import { buildCountScale, buildTierScale, type LegendEntry } from "./map-colours";
import { roleLabel, sortRoles, tierOfRoles, type RoleTier } from "./participation-roles";
import { sortCountryRows } from "./sort-country-rows";

type Row = {
  id: number;
  iso3: string;
  nameEn: string;
  nameZh: string | null;
  total: number;
  articles: number;
  byKind: Partial<Record<EntityKind, number>>;
  byRole: Record<string, number>;
  selectionRoles: string[];
  viaParts: boolean;
};

export type MapEntry = { iso3: string; label: string; fill: string; highlighted: boolean; tier: RoleTier | null };

/**
 * Everything /countries shows, from the per-country counts: map fills and labels, legend, the table rows
 * (sorted, and with a selection only the countries in it) and the role columns that have any data.
 */
export function buildCountriesView<T extends Row>({ rows, selected, sort, dir }: { rows: T[]; selected: { name: string } | null; sort: string; dir: "asc" | "desc" }) {
  const map = new Map<string, MapEntry>();
  let legend: LegendEntry[];
  let legendTitle: string;
  const roleNote = (r: Row) => (r.selectionRoles.length ? sortRoles(r.selectionRoles).map(roleLabel).join(", ") : r.viaParts ? "Took part in its meetings or parts" : null);
  if (selected) {
    const scale = buildTierScale();
    legend = scale.legend;
    legendTitle = `Part played in ${selected.name}:`;
    for (const r of rows) {
      const tier: RoleTier | null = r.selectionRoles.length ? tierOfRoles(r.selectionRoles) : r.viaParts ? "via-parts" : null;
      const note = roleNote(r);
      map.set(r.iso3, {
        iso3: r.iso3,
        label: note ? `${r.nameEn}: ${note}` : `${r.nameEn}: not recorded`,
        fill: scale.colourOf(tier),
        highlighted: tier !== null && tier !== "via-parts",
        tier,
      });
    }
  } else {
    const scale = buildCountScale({ max: Math.max(0, ...rows.map((r) => r.total)) });
    legend = scale.legend;
    legendTitle = "Initiatives, resolutions, organisations and events taken part in:";
    for (const r of rows) {
      const label = `${r.nameEn}${r.nameZh ? ` ${r.nameZh}` : ""}: ${r.total} ${r.total === 1 ? "participation" : "participations"}`;
      map.set(r.iso3, { iso3: r.iso3, label, fill: scale.colourOf(r.total), highlighted: r.total > 0, tier: null });
    }
  }
  const visible = selected ? rows.filter((r) => r.total > 0) : rows;
  const roles = sortRoles(visible.flatMap((r) => Object.keys(r.byRole)));
  return {
    map,
    legend,
    legendTitle,
    roles,
    tableRows: sortCountryRows({ rows: visible, sort, dir }).map((r) => ({ ...r, roleNote: selected ? roleNote(r) : null })),
    participating: rows.filter((r) => r.total > 0).length,
  };
}
