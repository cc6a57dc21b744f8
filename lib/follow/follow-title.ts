import type { ResolvedTimelineFilters } from "@/db/queries/timeline";

/** "Policy Atlas — Zambia", "Policy Atlas — Zambia · ITU", "Policy Atlas — search “safety”"; plain timeline otherwise. */
export function followTitle({ filters }: { filters: ResolvedTimelineFilters }): string {
  const e = filters.entities;
  const names = [...e.countries, ...e.organisations, ...e.initiatives, ...e.resolutions].map((x) => x.nameEn);
  if (filters.q) names.push(`search “${filters.q}”`);
  if (filters.kinds.length) names.push(filters.kinds.join(", "));
  return names.length ? `Policy Atlas — ${names.join(" · ")}` : "Policy Atlas — AI governance timeline";
}
