import { getTranslations } from "next-intl/server";
import { getDb } from "@/db";
import { listEntities } from "@/db/queries/entities";
import type { EntityKind } from "@/db/schema";
import { sectionOfKind } from "@/lib/entities/entity-url";
import { parseListSort } from "@/lib/http/list-sort";
import { EntityList } from "./entity-list";

/** The shared body of /initiatives, /resolutions, /organisations and /events. */
export async function EntityIndexPage({ kind, searchParams }: { kind: EntityKind; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { sort, dir } = parseListSort(await searchParams);
  const rows = listEntities({ db: getDb(), kind, sort, direction: dir });
  const t = await getTranslations();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">
        {t(`kinds.${kind}.other`)}
        <span className="ml-3 text-base font-normal text-slate-500">{rows.length}</span>
      </h1>
      <EntityList rows={rows} basePath={`/${sectionOfKind(kind)}`} sort={sort} dir={dir} />
    </div>
  );
}
