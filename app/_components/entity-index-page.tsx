import { getTranslations } from "next-intl/server";
import { getDb } from "@/db";
import { countEntitiesOfKind, listEntities } from "@/db/queries/entities";
import type { EntityKind } from "@/db/schema";
import { sectionOfKind } from "@/lib/urls/entity-url";
import { parseListSort } from "@/lib/http/list-sort";
import { clampPage, readPageNumber } from "@/lib/http/page-number";
import { EntityList } from "./entity-list";
import { PageLinks } from "./page-links";

/** Rows per page: a list page stays light at any scale (10,000 events would otherwise be 13 MB of HTML). */
const PER_PAGE = 50;

/** The shared body of /initiatives, /resolutions, /organisations and /events. */
export async function EntityIndexPage({ kind, searchParams }: { kind: EntityKind; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const { sort, dir } = parseListSort(params);
  const db = getDb();
  const total = countEntitiesOfKind({ db, kind });
  const { page, pages, offset } = clampPage({ page: readPageNumber(params), total, perPage: PER_PAGE });
  const rows = listEntities({ db, kind, sort, direction: dir, limit: PER_PAGE, offset });
  const t = await getTranslations();
  const basePath = `/${sectionOfKind(kind)}`;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">
        {t(`kinds.${kind}.other`)}
        <span className="ml-3 text-base font-normal text-slate-500">{total}</span>
      </h1>
      <EntityList rows={rows} basePath={basePath} sort={sort} dir={dir} />
      <PageLinks page={page} pages={pages} label={t("common.pagesOf", { what: t(`kinds.${kind}.other`) })} hrefFor={(p) => `${basePath}?sort=${sort}&dir=${dir}&page=${p}`} />
    </div>
  );
}
