import type { EntityKind } from "@/db/schema";
import { buildCountScale, buildTierScale, type LegendEntry } from "./map-colours";
import { roleLabel, sortRoles, tierOfRoles, type RoleTier } from "@/lib/participation/participation-roles";
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

/** The words of the map (labels, legend) in the page's language; English by default. */
export type CountriesViewText = {
  legendSelected: (name: string) => string;
  legendCounts: string;
  tierLabel: (tier: RoleTier | "none") => string;
  noneRecorded: string;
  notRecorded: string;
  participations: (count: number) => string;
  roleLabel: (role: string) => string;
  /** the name on the map of everything (both languages) */
  countryLabel: (row: { nameEn: string; nameZh: string | null }) => string;
  /** the name on the map of a selection (the page's language) */
  countryName: (row: { nameEn: string; nameZh: string | null }) => string;
};

const ENGLISH: CountriesViewText = {
  legendSelected: (name) => `Part played in ${name}:`,
  legendCounts: "Initiatives, resolutions, organisations and events taken part in:",
  tierLabel: (tier) => buildTierScale().legend.find((l) => l.key === tier)?.label ?? tier,
  noneRecorded: "none recorded",
  notRecorded: "not recorded",
  participations: (count) => `${count} ${count === 1 ? "participation" : "participations"}`,
  roleLabel,
  countryLabel: (r) => `${r.nameEn}${r.nameZh ? ` ${r.nameZh}` : ""}`,
  countryName: (r) => r.nameEn,
};

/**
 * Everything /countries shows, from the per-country counts: map fills and labels, legend, the table rows
 * (sorted, and with a selection only the countries in it) and the role columns that have any data.
 */
export function buildCountriesView<T extends Row>({
  rows,
  selected,
  sort,
  dir,
  text = ENGLISH,
}: {
  rows: T[];
  selected: { name: string } | null;
  sort: string;
  dir: "asc" | "desc";
  text?: CountriesViewText;
}) {
  const map = new Map<string, MapEntry>();
  let legend: LegendEntry[];
  let legendTitle: string;
  const roleNote = (r: Row) => (r.selectionRoles.length ? sortRoles(r.selectionRoles).map(text.roleLabel).join(", ") : r.viaParts ? text.tierLabel("via-parts") : null);
  if (selected) {
    const scale = buildTierScale({ labelOf: text.tierLabel });
    legend = scale.legend;
    legendTitle = text.legendSelected(selected.name);
    for (const r of rows) {
      const tier: RoleTier | null = r.selectionRoles.length ? tierOfRoles(r.selectionRoles) : r.viaParts ? "via-parts" : null;
      const note = roleNote(r);
      map.set(r.iso3, {
        iso3: r.iso3,
        label: `${text.countryName(r)}: ${note ?? text.notRecorded}`,
        fill: scale.colourOf(tier),
        highlighted: tier !== null && tier !== "via-parts",
        tier,
      });
    }
  } else {
    const scale = buildCountScale({ max: Math.max(0, ...rows.map((r) => r.total)), noneLabel: text.noneRecorded });
    legend = scale.legend;
    legendTitle = text.legendCounts;
    for (const r of rows) {
      const label = `${text.countryLabel(r)}: ${text.participations(r.total)}`;
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
