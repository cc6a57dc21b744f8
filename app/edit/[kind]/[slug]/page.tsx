import type { Metadata } from "next";
import Link from "@/app/_components/locale-link";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { findEntityByKey, getEntityDetail } from "@/db/queries/entities";
import { snapshotEntity } from "@/db/queries/history";
import { ENTITY_KINDS, RELATION_ROLES } from "@/db/schema";
import { BilingualName } from "@/app/_components/bilingual-name";
import { PartialDateLabel } from "@/app/_components/partial-date-label";
import { requirePageRole } from "@/app/_lib/page-guard";
import { describeRole } from "@/lib/entities/describe-role";
import { entityParamsSchema } from "@/lib/entities/entity-params";
import { entityHistoryPath, entityPath, entityUrlKey } from "@/lib/entities/entity-url";
import { readEntityVersion } from "@/lib/entities/entity-version";
import { addRelationAction, deleteEntityAction, mergeAction, removeRelationAction, updateRelationAction } from "../../actions";
import { ActionForm } from "@/app/_components/action-form";
import { EntityForm } from "../../_components/entity-form";
import { formValuesOf } from "../../_components/form-values";

export const metadata: Metadata = { title: "Edit", robots: { index: false } };

const small = "rounded border border-slate-300 px-2 py-1 text-sm";

export default async function EditEntityPage(props: PageProps<"/edit/[kind]/[slug]">) {
  const raw = await props.params;
  await requirePageRole({ role: "editor", next: `/edit/${raw.kind}/${raw.slug}` });
  const params = entityParamsSchema.safeParse(raw);
  if (!params.success) notFound();
  const db = getDb();
  const key = params.data.slug;
  const entity = findEntityByKey({ db, kind: params.data.kind, key });
  if (!entity) notFound();
  const snapshot = snapshotEntity({ db, id: entity.id })!;
  const detail = getEntityDetail({ db, id: entity.id })!;
  return (
    <div className="max-w-4xl space-y-8">
      <header className="flex flex-wrap items-baseline gap-3">
        <h1 className="text-2xl font-semibold">
          Edit <BilingualName nameEn={entity.nameEn} nameZh={entity.nameZh} />
        </h1>
        <Link href={entityPath(entity)} className="text-sm text-brand-700 hover:underline">
          view page
        </Link>
        <Link href={entityHistoryPath(entity)} className="text-sm text-brand-700 hover:underline" data-testid="edit-history-link">
          history
        </Link>
      </header>
      <EntityForm initial={formValuesOf({ id: entity.id, snapshot })} version={readEntityVersion({ db, id: entity.id })} />

      <section className="space-y-3" data-testid="relations-editor">
        <h2 className="text-lg font-semibold">Relations</h2>
        <ul className="divide-y divide-slate-100 text-sm">
          {detail.relations.map((r) => (
            <li key={r.id} className="flex flex-wrap items-center gap-2 py-1.5" data-testid="edit-relation">
              <span className="rounded bg-brand-50 px-1.5 text-xs text-brand-700">{describeRole({ role: r.role, direction: r.direction })}</span>
              <BilingualName nameEn={r.other.nameEn} nameZh={r.other.nameZh} />
              {r.status === "suggested" ? <span className="text-xs text-amber-700">suggested</span> : null}
              {r.date ? (
                <span className="text-xs text-slate-500" data-testid="edit-relation-date">
                  <PartialDateLabel date={r.date} />
                </span>
              ) : null}
              <form action={removeRelationAction}>
                <input type="hidden" name="entityId" value={entity.id} />
                <input type="hidden" name="relationId" value={r.id} />
                <button type="submit" className="text-xs text-red-700 hover:underline" data-testid="remove-relation">
                  remove
                </button>
              </form>
              <details className="w-full pl-4" data-testid="relation-details">
                <summary className="cursor-pointer text-xs text-brand-700">edit date, source, note</summary>
                <ActionForm action={updateRelationAction} submitLabel="Save" testId="relation-details-form">
                  <input type="hidden" name="entityId" value={entity.id} />
                  <input type="hidden" name="relationId" value={r.id} />
                  <input
                    name="date"
                    defaultValue={r.date ?? ""}
                    placeholder="date (YYYY[-MM[-DD]])"
                    maxLength={10}
                    className={small}
                    aria-label="Date"
                    data-testid="relation-date"
                  />
                  <input
                    name="sourceUrl"
                    defaultValue={r.sourceUrl?.startsWith("http") ? r.sourceUrl : ""}
                    placeholder="source URL"
                    maxLength={2000}
                    className={small}
                    aria-label="Source URL"
                  />
                  <input name="note" defaultValue={r.note ?? ""} placeholder="note" maxLength={500} className={small} aria-label="Note" />
                  {r.status === "suggested" ? (
                    <label className="text-xs">
                      <input type="checkbox" name="confirm" /> confirm
                    </label>
                  ) : null}
                </ActionForm>
              </details>
            </li>
          ))}
        </ul>
        <ActionForm action={addRelationAction} submitLabel="Add relation" testId="add-relation">
          <input type="hidden" name="entityId" value={entity.id} />
          <select name="direction" className={small} aria-label="Direction">
            <option value="outgoing">this is the</option>
            <option value="incoming">has as</option>
          </select>
          <select name="role" className={small} aria-label="Role">
            {RELATION_ROLES.map((role) => (
              <option key={role} value={role}>
                {role}
              </option>
            ))}
          </select>
          <select name="otherKind" className={small} aria-label="Other entity kind">
            {ENTITY_KINDS.map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </select>
          <input name="otherKey" placeholder="slug or ISO3" maxLength={200} className={small} aria-label="Other entity" data-testid="relation-other" />
          <input name="date" placeholder="date (YYYY[-MM[-DD]])" maxLength={10} className={small} aria-label="Date" />
          <input name="note" placeholder="note" maxLength={500} className={small} aria-label="Note" />
          <input name="sourceUrl" placeholder="source URL" maxLength={2000} className={small} aria-label="Source URL" />
        </ActionForm>
      </section>

      <section className="space-y-2">
        <h2 className="text-lg font-semibold">Merge</h2>
        <p className="text-sm text-slate-600">
          If this {entity.kind} is a duplicate, merge it into the one to keep: names, aliases, relations and evidence move there and this URL redirects.
        </p>
        <ActionForm action={mergeAction} submitLabel="Merge into…" testId="merge-form">
          <input type="hidden" name="entityId" value={entity.id} />
          <input type="hidden" name="kind" value={entity.kind} />
          <input name="into" placeholder={`slug of the ${entity.kind} to keep`} maxLength={200} className={small} aria-label="Entity to keep" data-testid="merge-into" />
        </ActionForm>
      </section>

      <section className="space-y-2">
        <h2 className="text-lg font-semibold">Delete</h2>
        <p className="text-sm text-slate-600">Deleting hides it everywhere; it can be restored from its history page.</p>
        <form action={deleteEntityAction}>
          <input type="hidden" name="kind" value={entity.kind} />
          <input type="hidden" name="key" value={entityUrlKey(entity)} />
          <button type="submit" className="rounded border border-red-300 px-3 py-1.5 text-sm text-red-700 hover:bg-red-50" data-testid="delete-entity">
            Delete {entity.kind}
          </button>
        </form>
      </section>
    </div>
  );
}
