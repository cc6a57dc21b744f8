import { stringifyCsv } from "@/lib/csv/stringify-csv";
import type { EntityKind } from "@/db/schema";
import { comparePartialDates } from "@/lib/dates/partial-date";
import { sortRoles } from "@/lib/participation/participation-roles";

type CountryRef = { id: number; iso3: string; nameEn: string; nameZh: string | null };
type EntityRef = { id: number; kind: EntityKind; slug: string; nameEn: string; nameZh: string | null; date: string | null; symbol: string | null };

export type MatrixColumn = EntityRef & { countries: number };
export type ParticipationMatrix = {
  columns: MatrixColumn[];
  rows: { country: CountryRef; cells: string[][] }[];
  /** Columns before any limit, for "showing 40 of 5,120". */
  totalColumns: number;
};

/**
 * Countries × entities, each cell the country's roles in that entity. Columns run oldest to newest
 * (a reader follows the story left to right); rows by country name.
 */
export function buildParticipationMatrix({ triples }: { triples: { country: CountryRef; entity: EntityRef; role: string }[] }): ParticipationMatrix {
  const columns = new Map<number, MatrixColumn>();
  const countries = new Map<number, CountryRef>();
  const cells = new Map<string, string[]>();
  const seen = new Set<string>();
  for (const t of triples) {
    countries.set(t.country.id, t.country);
    const key = `${t.country.id}:${t.entity.id}`;
    const col = columns.get(t.entity.id) ?? columns.set(t.entity.id, { ...t.entity, countries: 0 }).get(t.entity.id)!;
    if (!seen.has(key)) {
      seen.add(key);
      col.countries++;
    }
    cells.set(key, sortRoles([...(cells.get(key) ?? []), t.role]));
  }
  const cols = [...columns.values()].sort((a, b) => comparePartialDates(a.date, b.date) || a.nameEn.localeCompare(b.nameEn));
  const rows = [...countries.values()]
    .sort((a, b) => a.nameEn.localeCompare(b.nameEn))
    .map((country) => ({ country, cells: cols.map((c) => cells.get(`${country.id}:${c.id}`) ?? []) }));
  return { columns: cols, rows, totalColumns: cols.length };
}

/** Keeps the `limit` most widely attended columns (still in date order) for an on-screen view. */
export function limitMatrixColumns({ matrix, limit }: { matrix: ParticipationMatrix; limit: number }): ParticipationMatrix {
  if (matrix.columns.length <= limit) return matrix;
  const keep = new Set(
    [...matrix.columns]
      .sort((a, b) => b.countries - a.countries || comparePartialDates(b.date, a.date))
      .slice(0, limit)
      .map((c) => c.id),
  );
  const idx = matrix.columns.flatMap((c, i) => (keep.has(c.id) ? [i] : []));
  return {
    columns: idx.map((i) => matrix.columns[i]),
    rows: matrix.rows.map((r) => ({ country: r.country, cells: idx.map((i) => r.cells[i]) })).filter((r) => r.cells.some((c) => c.length)),
    totalColumns: matrix.totalColumns,
  };
}

/** A column header a spreadsheet user recognises: the symbol for resolutions, else the name; made unique. */
export function matrixColumnLabels({ columns }: { columns: MatrixColumn[] }): string[] {
  const base = columns.map((c) => (c.kind === "resolution" && c.symbol ? c.symbol : c.nameEn));
  const counts = new Map<string, number>();
  for (const b of base) counts.set(b, (counts.get(b) ?? 0) + 1);
  return base.map((b, i) => (counts.get(b)! > 1 ? `${b} [${columns[i].kind}/${columns[i].slug}]` : b));
}

/** The stable names of the matrix CSV's country columns (before one column per entity). */
export const MATRIX_CSV_COLUMNS = ["iso3", "name_en", "name_zh"] as const;

/**
 * The matrix as RFC 4180 CSV through the shared stringifyCsv (BOM for the Chinese names, formulas escaped).
 * Cells hold the roles separated by "; ".
 */
export function matrixToCsv({
  matrix,
  completeness,
  header = MATRIX_CSV_COLUMNS,
  roleLabel = (role) => role,
}: {
  matrix: ParticipationMatrix;
  completeness?: Map<number, ListCompleteness[]>;
  /** the three country columns in the requested language (the column names by default) */
  header?: readonly string[];
  /** how a cell names a role (the role code by default, the catalogue's word in Chinese) */
  roleLabel?: (role: string) => string;
}): string {
  const records = matrix.rows.map((r) => [r.country.iso3, r.country.nameEn, r.country.nameZh ?? "", ...r.cells.map((c) => c.map(roleLabel).join("; "))]);
  // one note per list, never one per row: a first row (no iso3) says how complete each column's list is
  const note = completeness ? [["", COMPLETENESS_ROW_LABEL, "名单完整性", ...matrix.columns.map((c) => describeCompleteness(completeness.get(c.id) ?? []))]] : [];
  return stringifyCsv({ header: [...header, ...matrixColumnLabels({ columns: matrix.columns })], rows: [...note, ...records] });
}

export type ListCompleteness = { role: string; known: number; expectedTotal: number | null; complete: boolean; asOf: string | null };
export const COMPLETENESS_ROW_LABEL = "(list completeness)";

/** "signatory: 17 of 28 known as of 2023-11-01 (partial)", the same wording as the timeline export. */
export function describeCompleteness(lists: ListCompleteness[]): string {
  return lists.map((p) => `${p.role}: ${p.known} of ${p.expectedTotal ?? "unknown"}${p.asOf ? ` as of ${p.asOf}` : ""} (${p.complete ? "complete" : "partial"})`).join("; ");
}
