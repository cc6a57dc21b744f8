import { getDb } from "@/db";
import { listEntities } from "@/db/queries/entities";
import type { EntityKind } from "@/db/schema";
import { KIND_LABELS, sectionOfKind } from "@/lib/entities/entity-url";
import { parseListSort } from "@/lib/http/list-sort";
import { EntityList } from "./entity-list";

/** The shared body of /initiatives, /resolutions, /organisations and /events. */
export async function EntityIndexPage({ kind, searchParams }: { kind: EntityKind; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { sort, dir } = parseListSort(await searchParams);
  const rows = listEntities({ db: getDb(), kind, sort, direction: dir });
  const label = KIND_LABELS[kind];
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">
        {label.plural} <span lang="zh" className="text-lg font-normal text-slate-500">{label.zh}</span>
        <span className="ml-3 text-base font-normal text-slate-500">{rows.length}</span>
      </h1>
      <EntityList rows={rows} basePath={`/${sectionOfKind(kind)}`} sort={sort} dir={dir} />
    </div>
  );
}
