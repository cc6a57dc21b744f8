import { getTranslations } from "next-intl/server";
import Link from "@/app/_components/locale-link";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { findEntityForHistory, listEntityHistory } from "@/db/queries/history";
import { BilingualName } from "@/app/_components/bilingual-name";
import { restoreRevisionAction, undeleteEntityAction } from "@/app/edit/actions";
import { requirePageRole } from "@/app/_lib/page-guard";
import { hasRole } from "@/lib/auth/roles";
import { describeChange } from "@/lib/curation/describe-change";
import { entityParamsSchema } from "@/lib/entities/entity-params";
import { entityPath, entityUrlKey } from "@/lib/urls/entity-url";

export async function generateMetadata() {
  return { title: (await getTranslations())("history.title"), robots: { index: false } };
}

/** Who changed what and when (editors only: it names accounts). Admins can restore any recorded version. */
export default async function HistoryPage(props: PageProps<"/history/[kind]/[slug]">) {
  const raw = await props.params;
  const user = await requirePageRole({ role: "editor", next: `/history/${raw.kind}/${raw.slug}` });
  const params = entityParamsSchema.safeParse(raw);
  if (!params.success) notFound();
  const db = getDb();
  const key = params.data.slug;
  const entity = findEntityForHistory({ db, kind: params.data.kind, key });
  if (!entity) notFound();
  const rows = listEntityHistory({ db, entityId: entity.id });
  const admin = hasRole({ actual: user.role, required: "admin" });
  const urlKey = entityUrlKey(entity);
  const t = await getTranslations();
  // a change's action and what it changed, in the catalogue's words where it has them
  const word = (section: "actions" | "targets", value: string) => (t.has(`history.${section}.${value}`) ? t(`history.${section}.${value}`) : value);
  return (
    <div className="max-w-4xl space-y-4" data-testid="history-page">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold">{t.rich("history.heading", { name: () => <BilingualName nameEn={entity.nameEn} nameZh={entity.nameZh} /> })}</h1>
        {entity.deletedAt ? (
          <div className="flex items-center gap-3 rounded border border-amber-300 bg-amber-50 p-2 text-sm" data-testid="deleted-notice">
            {t("history.deleted", { at: entity.deletedAt.slice(0, 16).replace("T", " ") })}
            <form action={undeleteEntityAction}>
              <input type="hidden" name="kind" value={entity.kind} />
              <input type="hidden" name="key" value={urlKey} />
              <button type="submit" className="rounded bg-brand-600 px-2 py-1 text-white" data-testid="undelete-entity">
                {t("history.restore")}
              </button>
            </form>
          </div>
        ) : entity.mergedIntoId ? (
          <p className="text-sm text-slate-600">{t("history.merged")}</p>
        ) : (
          <Link href={entityPath(entity)} className="text-sm text-brand-700 hover:underline">
            {t("history.viewPage")}
          </Link>
        )}
      </header>
      {rows.length === 0 ? <p className="text-sm text-slate-500">{t("history.none")}</p> : null}
      <ol className="space-y-3">
        {rows.map((r) => (
          <li key={r.id} className="rounded-lg border border-slate-200 bg-white p-3 text-sm" data-testid="revision">
            <div className="flex flex-wrap items-baseline gap-x-3">
              <time dateTime={r.at} className="text-slate-500">
                {t("history.at", { at: r.at.slice(0, 19).replace("T", " ") })}
              </time>
              <span className="font-medium" data-testid="revision-action">
                {word("actions", r.action)} {r.targetType === "entity" ? "" : word("targets", r.targetType)}
              </span>
              <span className="text-slate-500">{r.userEmail ?? t("history.system")}</span>
              {admin && (r.targetType === "entity" || r.targetType === "relation") && (r.after ?? r.before) && !entity.mergedIntoId ? (
                <form action={restoreRevisionAction} className="ml-auto">
                  <input type="hidden" name="kind" value={entity.kind} />
                  <input type="hidden" name="key" value={urlKey} />
                  <input type="hidden" name="revisionId" value={r.id} />
                  <button type="submit" className="text-xs text-brand-700 hover:underline" data-testid="restore-revision">
                    {t("history.restoreVersion")}
                  </button>
                </form>
              ) : null}
            </div>
            <table className="mt-1 w-full text-xs">
              <tbody>
                {describeChange({ before: r.before, after: r.after }).map((c) => (
                  <tr key={c.field}>
                    <td className="w-32 py-0.5 pr-2 align-top text-slate-500">{c.field}</td>
                    <td className="py-0.5 pr-2 align-top text-red-800 line-through decoration-red-300">{c.from}</td>
                    <td className="py-0.5 align-top text-green-800">{c.to}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </li>
        ))}
      </ol>
    </div>
  );
}
