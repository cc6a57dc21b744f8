import type { VoteValue } from "@/db/schema";
import { NO_PARTICIPATION_COLOUR, type LegendEntry } from "@/lib/countries/map-colours";

/** Vote colours: distinct in hue and lightness, so they read for colour-blind readers too (with the list). */
export const VOTE_COLOURS: Record<VoteValue, string> = {
  yes: "#1b7837",
  no: "#b2182b",
  abstain: "#f1a340",
  "non-voting": "#8c8c8c",
};
export const VOTE_LABELS: Record<VoteValue, string> = { yes: "Yes", no: "No", abstain: "Abstained", "non-voting": "Did not vote" };

export type VoteMapCountry = { iso3: string; label: string; fill: string; highlighted: boolean };

/**
 * Map fills and legend for a resolution's recorded votes (countries without a recorded vote stay grey). Pages
 * pass the words and names in their language; the English labels are the default.
 */
export function buildVoteMap({
  byCountry,
  voteLabel = (v) => VOTE_LABELS[v],
  noneLabel = "No vote recorded",
  nameOf = (c) => c.nameEn,
}: {
  byCountry: { iso3: string; nameEn: string; nameZh?: string | null; vote: VoteValue }[];
  voteLabel?: (vote: VoteValue) => string;
  noneLabel?: string;
  nameOf?: (country: { nameEn: string; nameZh?: string | null }) => string;
}): { countries: Map<string, VoteMapCountry>; legend: LegendEntry[] } {
  const countries = new Map<string, VoteMapCountry>();
  for (const c of byCountry) countries.set(c.iso3, { iso3: c.iso3, label: `${nameOf(c)}: ${voteLabel(c.vote)}`, fill: VOTE_COLOURS[c.vote], highlighted: c.vote !== "non-voting" });
  const legend: LegendEntry[] = [
    ...(Object.keys(VOTE_COLOURS) as VoteValue[]).map((v) => ({ key: v, label: voteLabel(v), colour: VOTE_COLOURS[v] })),
    { key: "none", label: noneLabel, colour: NO_PARTICIPATION_COLOUR },
  ];
  return { countries, legend };
}
