"use client";

import { useTranslations } from "next-intl";
import { ConvertedBilingualName } from "@/app/_components/converted-bilingual-name";
import Link from "@/app/_components/locale-link";

import { KIND_COLUMNS } from "./country-table-columns";

/** A row as the table shows it: the counts, in the order of the columns. */
export type CountryTableRow = {
  id: number;
  iso3: string;
  nameEn: string;
  nameZh: string | null;
  roleNote: string | null;
  total: number;
  byKind: Partial<Record<string, number>>;
  byRole: Partial<Record<string, number>>;
  articles: number;
};

/**
 * The table's body. A client component so the page's RSC payload carries each row's counts (~200 bytes)
 * rather than its markup a second time (~1.5 KB a row).
 */
export function CountryTableRows({ rows, roles, showRole }: { rows: CountryTableRow[]; roles: string[]; showRole: boolean }) {
  const t = useTranslations();
  return (
    <tbody>
      {rows.map((r) => (
        <tr key={r.id} className="border-t border-slate-100" data-testid="country-row" data-iso3={r.iso3}>
          <td>
            <input type="checkbox" name="countries" value={r.iso3} aria-label={t("table.compareOne", { name: r.nameEn })} className="h-4 w-4" />
          </td>
          <th scope="row" className="sticky left-0 bg-white px-2 py-1.5 text-left font-normal">
            <Link href={`/countries/${r.iso3}`} className="text-brand-700 hover:underline">
              <ConvertedBilingualName nameEn={r.nameEn} nameZh={r.nameZh} />
            </Link>
            <span className="ml-1.5 text-xs text-slate-500">{r.iso3}</span>
          </th>
          {showRole ? <td className="text-slate-700">{r.roleNote}</td> : null}
          <td className="font-medium">{r.total || ""}</td>
          {KIND_COLUMNS.map((k) => (
            <td key={k}>{r.byKind[k] ?? ""}</td>
          ))}
          {roles.map((role) => (
            <td key={role}>{r.byRole[role] ?? ""}</td>
          ))}
          <td>{r.articles || ""}</td>
        </tr>
      ))}
    </tbody>
  );
}
