"use client";

import { useTranslations } from "next-intl";
import { ConvertedBilingualName } from "@/app/_components/converted-bilingual-name";
import Link from "@/app/_components/locale-link";
import { PartialDateLabel } from "@/app/_components/partial-date-label";
import type { EntityParticipation, ParticipationItem } from "@/lib/countries/group-participations";
import { entityPath } from "@/lib/urls/entity-url";
import { EvidenceList } from "./evidence-list";

/*
 * The country page's long lists as client components: their props (names, dates, roles, evidence) travel in
 * the page's RSC payload instead of their markup a second time, which kept a busy country's page over 200 KB.
 */

/** A country's participations of one kind in one role, each with its evidence. */
export function RelationItems({ items }: { items: ParticipationItem[] }) {
  return (
    <ul className="space-y-2 text-sm">
      {items.map((item) => (
        <li key={`${item.entity.id}:${item.role}`} data-testid="relation" data-role={item.role}>
          <div className="flex flex-wrap items-baseline gap-x-2">
            <Link href={entityPath(item.entity)} className="text-brand-700 hover:underline">
              <ConvertedBilingualName
                nameEn={item.entity.kind === "resolution" && item.entity.symbol ? `${item.entity.symbol} ${item.entity.nameEn}` : item.entity.nameEn}
                nameZh={item.entity.nameZh}
              />
            </Link>
            <span className="text-slate-500">
              <PartialDateLabel date={item.date} />
            </span>
          </div>
          <EvidenceList evidence={item.evidence} />
        </li>
      ))}
    </ul>
  );
}

/** The events of one year on the country's timeline, with its roles in each. */
export function CountryYearEvents({ events }: { events: EntityParticipation[] }) {
  const t = useTranslations();
  const roleLabel = (role: string) => (t.has(`roles.plain.${role}`) ? t(`roles.plain.${role}`) : role);
  return (
    <ul className="space-y-1 text-sm">
      {events.map((e) => (
        <li key={e.entity.id} className="grid grid-cols-[6.5rem_1fr] gap-x-2" data-testid="timeline-event">
          <span className="text-slate-500">
            <PartialDateLabel date={e.date} />
          </span>
          <span>
            <Link href={entityPath(e.entity)} className="text-brand-700 hover:underline">
              <ConvertedBilingualName nameEn={e.entity.nameEn} nameZh={e.entity.nameZh} />
            </Link>
            <span className="ml-2 text-xs text-slate-500">{e.roles.map(roleLabel).join(", ")}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
