import type { EntityKind } from "@/db/schema";

type SortableRow = { iso3: string; nameEn: string; total: number; articles: number; byRole: Record<string, number>; byKind: Partial<Record<EntityKind, number>> };

function valueOf(row: SortableRow, sort: string): number | string {
  if (sort === "name") return row.nameEn;
  if (sort === "iso3") return row.iso3;
  if (sort === "articles") return row.articles;
  if (sort.startsWith("role:")) return row.byRole[sort.slice(5)] ?? 0;
  if (sort.startsWith("kind:")) return row.byKind[sort.slice(5) as EntityKind] ?? 0;
  return row.total;
}

/** Sorts the countries table; ties fall back to the total then the name so the order is stable. */
export function sortCountryRows<T extends SortableRow>({ rows, sort, dir }: { rows: T[]; sort: string; dir: "asc" | "desc" }): T[] {
  const sign = dir === "asc" ? 1 : -1;
  return [...rows].sort((a, b) => {
    const va = valueOf(a, sort);
    const vb = valueOf(b, sort);
    const primary = typeof va === "string" ? va.localeCompare(vb as string) : va - (vb as number);
    return sign * primary || b.total - a.total || a.nameEn.localeCompare(b.nameEn);
  });
}
