"use client";

import { useTranslations } from "next-intl";
import Link from "@/app/_components/locale-link";
import { ConvertedBilingualName } from "@/app/_components/converted-bilingual-name";
import { PartialDateLabel } from "@/app/_components/partial-date-label";
import { entityPath } from "@/lib/urls/entity-url";
import { useDescribeParticipation } from "@/app/_components/participation-notes";
import type { TimelineEntryItem } from "@/lib/timeline/slim-timeline-item";
import { TimelineLinkList } from "./timeline-links";

const KIND_STYLE: Record<TimelineEntryItem["kind"], string> = {
  event: "bg-brand-50 text-brand-700",
  initiative: "bg-emerald-50 text-emerald-800",
  resolution: "bg-amber-50 text-amber-800",
  organisation: "bg-violet-50 text-violet-800",
};

/**
 * One item of the list: date at its precision, kind, name, who took part, what it links to, evidence. A client
 * component so the RSC payload carries the item's data (slimTimelineItem) rather than its markup a second time.
 */
export function TimelineEntry({ item, highlight }: { item: TimelineEntryItem; highlight?: string[] }) {
  const t = useTranslations();
  const describe = useDescribeParticipation();
  const href = entityPath(item);
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-3" data-testid="timeline-item" data-slug={item.slug} data-date={item.date}>
      <div className="flex flex-wrap items-baseline gap-x-3">
        <span className="w-28 text-sm font-medium text-slate-600" data-testid="timeline-item-date">
          <PartialDateLabel date={item.date} endDate={item.endDate} />
        </span>
        <span className={`rounded px-1.5 text-xs ${KIND_STYLE[item.kind]}`} data-testid="timeline-item-kind">
          {t(`timelineKinds.${item.kind}`)}
          {item.kind === "event" && item.subtype && item.subtype !== "event" ? ` · ${item.subtype.replace(/[-_]+/g, " ")}` : ""}
        </span>
        <Link href={href} className="font-medium text-brand-700 hover:underline" data-testid="timeline-item-link">
          <ConvertedBilingualName nameEn={item.nameEn} nameZh={item.nameZh} />
        </Link>
        {item.symbol ? (
          <span className="text-sm text-slate-600" data-testid="timeline-item-symbol">
            {item.symbol}
          </span>
        ) : null}
      </div>
      <div className="sm:pl-31">
        {item.location ? <p className="text-sm text-slate-500">{item.location}</p> : null}
        <TimelineLinkList label={t("timeline.countries")} kind="country" links={item.countries} highlight={highlight} testId="timeline-item-countries" />
        {item.participation?.some((p) => !p.complete) ? (
          <p className="text-xs text-amber-800" data-testid="timeline-item-partial">
            {t("timeline.incompleteList")}:{" "}
            {item.participation
              .filter((p) => !p.complete)
              .map(describe)
              .join("; ")}
          </p>
        ) : null}
        <TimelineLinkList label={t("timeline.organisations")} kind="organisation" links={item.organisations} highlight={highlight} testId="timeline-item-organisations" />
        <TimelineLinkList label={t("timeline.initiatives")} kind="initiative" links={item.initiatives} highlight={highlight} testId="timeline-item-initiatives" />
        <TimelineLinkList label={t("timeline.resolutions")} kind="resolution" links={item.resolutions} highlight={highlight} testId="timeline-item-resolutions" />
        <p className="text-xs text-slate-500" data-testid="timeline-item-articles">
          {item.articleCount ? (
            <Link href={`${href}#evidence`} className="hover:underline">
              {t("timeline.evidence", { count: item.articleCount })}
            </Link>
          ) : (
            t("timeline.noEvidence")
          )}
        </p>
      </div>
    </li>
  );
}
