import { useTranslations } from "next-intl";
import { PageLinks } from "@/app/_components/page-links";
import { buildTimelineQuery, type TimelineFilters } from "@/lib/timeline-query/timeline-filters";

/** The timeline's pages, as links that keep the filters ("earlier"/"later" when the list runs oldest first). */
export function TimelinePagination({ filters, page, pages }: { filters: TimelineFilters; page: number; pages: number }) {
  const t = useTranslations();
  const newest = filters.order === "newest";
  return (
    <PageLinks
      page={page}
      pages={pages}
      hrefFor={(p) => `/timeline${buildTimelineQuery({ filters, page: p })}`}
      label={t("timeline.pages")}
      testId="timeline-pagination"
      prevLabel={newest ? t("timeline.previous") : t("timeline.earlier")}
      nextLabel={newest ? t("timeline.next") : t("timeline.later")}
    />
  );
}
