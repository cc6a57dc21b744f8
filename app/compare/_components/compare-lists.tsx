"use client";

import { useTranslations } from "next-intl";
import Link from "@/app/_components/locale-link";
import { ConvertedBilingualName } from "@/app/_components/converted-bilingual-name";
import { PartialDateLabel } from "@/app/_components/partial-date-label";
import type { CompareRow } from "@/lib/countries/compare-countries";
import { entityPath } from "@/lib/urls/entity-url";

/*
 * The comparison's lists as client components: their props (rows of names, dates and roles) travel in the
 * page's RSC payload instead of their markup a second time; with 30 rows per list and five lists the markup
 * was most of the page's weight.
 */

function entityLabel(e: CompareRow["entity"]) {
  return e.kind === "resolution" && e.symbol ? `${e.symbol} ${e.nameEn}` : e.nameEn;
}

/** Beside an entity whose list is incomplete: a blank cell may be a participant the atlas does not know of. */
function IncompleteListMark({ entityId, incomplete }: { entityId: number; incomplete: number[] }) {
  const t = useTranslations();
  if (!incomplete.includes(entityId)) return null;
  return (
    <span className="ml-2 rounded bg-amber-50 px-1 text-xs text-amber-800" title={t("compare.incompleteTitle")} data-testid="compare-partial">
      {t("compare.incomplete")}
    </span>
  );
}

export function CompareTable({ rows, countries, testId, incomplete }: { rows: CompareRow[]; countries: string[]; testId: string; incomplete: number[] }) {
  const t = useTranslations();
  const roleLabel = (role: string) => (t.has(`roles.plain.${role}`) ? t(`roles.plain.${role}`) : role);
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-sm" data-testid={testId}>
        <thead className="bg-slate-100 text-left text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">
              {t("compare.entityColumn")}
            </th>
            {countries.map((c) => (
              <th key={c} scope="col" className="px-3 py-2 font-medium">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.entity.id} className="border-t border-slate-100 align-top" data-testid="compare-row">
              <th scope="row" className="px-3 py-2 text-left font-normal">
                <Link href={entityPath(r.entity)} className="text-brand-700 hover:underline">
                  <ConvertedBilingualName nameEn={entityLabel(r.entity)} nameZh={r.entity.nameZh} />
                </Link>
                <span className="ml-2 text-xs text-slate-500">
                  {t(`kinds.${r.entity.kind}.one`)} <PartialDateLabel date={r.entity.date} />
                </span>
                <IncompleteListMark entityId={r.entity.id} incomplete={incomplete} />
              </th>
              {countries.map((c) => (
                <td key={c} className="px-3 py-2 text-slate-700">
                  {r.roles[c].length ? r.roles[c].map(roleLabel).join(", ") : <span className="text-slate-300">—</span>}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** What only one of the compared countries takes part in, with its roles there. */
export function OnlyList({ rows, iso3, incomplete }: { rows: CompareRow[]; iso3: string; incomplete: number[] }) {
  const t = useTranslations();
  const roleLabel = (role: string) => (t.has(`roles.plain.${role}`) ? t(`roles.plain.${role}`) : role);
  return (
    <ul className="space-y-1 text-sm">
      {rows.map((r) => (
        <li key={r.entity.id}>
          <Link href={entityPath(r.entity)} className="text-brand-700 hover:underline">
            <ConvertedBilingualName nameEn={entityLabel(r.entity)} nameZh={r.entity.nameZh} />
          </Link>
          <span className="ml-1.5 text-xs text-slate-500">
            {r.roles[iso3].map(roleLabel).join(", ")} · <PartialDateLabel date={r.entity.date} />
          </span>
          <IncompleteListMark entityId={r.entity.id} incomplete={incomplete} />
        </li>
      ))}
    </ul>
  );
}
