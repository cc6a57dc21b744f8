import { scaleThreshold } from "d3-scale";
import { schemeBlues, schemeDark2 } from "d3-scale-chromatic";
import { ROLE_TIERS, type RoleTier } from "@/lib/participation/participation-roles";

export const NO_PARTICIPATION_COLOUR = "#e2e8f0"; // slate-200
export type LegendEntry = { key: string; label: string; colour: string };

/** Class breaks that read well as a legend: 1, 2, 3–4, 5–9, 10–19, 20–49 … (at most seven classes). */
export function countBreaks({ max }: { max: number }): number[] {
  const candidates = [1, 2, 3, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000];
  const breaks = candidates.filter((b) => b <= max);
  if (breaks.length <= 7) return breaks;
  // Keep the first and the top six so large datasets still separate the leaders.
  return [1, ...breaks.slice(-6)];
}

/**
 * Sequential colour for "how many things a country takes part in". Zero is neutral grey so that
 * "no recorded participation" never looks like a light blue "a little".
 */
export function buildCountScale({ max, noneLabel = "none recorded" }: { max: number; noneLabel?: string }): { colourOf: (n: number) => string; legend: LegendEntry[] } {
  const breaks = countBreaks({ max: Math.max(max, 1) });
  // schemeBlues[k] exists for k = 3..9; take the darker end so class 1 is still visible on white.
  const k = Math.min(Math.max(breaks.length + 2, 3), 9);
  const palette = schemeBlues[k].slice(k - breaks.length);
  const scale = scaleThreshold<number, string>().domain(breaks.slice(1)).range(palette);
  const colourOf = (n: number) => (n > 0 ? scale(n) : NO_PARTICIPATION_COLOUR);
  const legend: LegendEntry[] = [{ key: "0", label: noneLabel, colour: NO_PARTICIPATION_COLOUR }];
  breaks.forEach((b, i) => {
    const next = breaks[i + 1];
    const label = next === undefined ? (b === max ? String(b) : `${b}+`) : next - 1 === b ? String(b) : `${b}–${next - 1}`;
    legend.push({ key: String(b), label, colour: palette[i] });
  });
  return { colourOf, legend };
}

const TIER_COLOURS: Record<RoleTier, string> = {
  leads: schemeDark2[1], // orange
  sponsors: schemeDark2[2], // purple
  members: schemeDark2[0], // teal
  participants: schemeDark2[5], // ochre
  "via-parts": "#c7d2fe", // indigo-200: present, but only at its meetings/sub-events
};

/** Categorical colours for a selection: what part each country plays in the selected thing. */
export function buildTierScale({ labelOf }: { labelOf?: (key: RoleTier | "none") => string } = {}): { colourOf: (tier: RoleTier | null) => string; legend: LegendEntry[] } {
  const english: Record<RoleTier | "none", string> = {
    ...(Object.fromEntries(ROLE_TIERS.map((t) => [t.tier, t.label])) as Record<RoleTier, string>),
    "via-parts": "Took part in its meetings or parts",
    none: "Not recorded",
  };
  const label = labelOf ?? ((key: RoleTier | "none") => english[key]);
  const legend: LegendEntry[] = [
    ...ROLE_TIERS.map((t) => ({ key: t.tier, label: label(t.tier), colour: TIER_COLOURS[t.tier] })),
    { key: "via-parts", label: label("via-parts"), colour: TIER_COLOURS["via-parts"] },
    { key: "none", label: label("none"), colour: NO_PARTICIPATION_COLOUR },
  ];
  return { colourOf: (tier) => (tier ? TIER_COLOURS[tier] : NO_PARTICIPATION_COLOUR), legend };
}
