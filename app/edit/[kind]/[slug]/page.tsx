import { getMessages, getTranslations } from "next-intl/server";
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
import { ENTITY_FORM_MESSAGES, pickClientMessages } from "@/app/_lib/client-messages";
import { NextIntlClientProvider } from "next-intl";
import { entityParamsSchema } from "@/lib/entities/entity-params";
import { entityHistoryPath, entityPath, entityUrlKey } from "@/lib/urls/entity-url";
import { readEntityVersion } from "@/lib/entities/entity-version";
import { addRelationAction, deleteEntityAction, mergeAction, removeRelationAction, updateRelationAction } from "../../actions";
import { ActionForm } from "@/app/_components/action-form";
import { EntityForm } from "../../_components/entity-form";
import { formValuesOf } from "../../_components/form-values";

export async function generateMetadata() {
  return { title: (await getTranslations())("edit.title"), robots: { index: false } };
}

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
  const t = await getTranslations();
  const kindName = t(`kinds.${entity.kind}.one`);
  // a relation's role as read from this entity (the catalogue's wording, else the English one)
  const roleLabel = (r: { role: string; direction: "outgoing" | "incoming" }) => (t.has(`roles.${r.direction}.${r.role}`) ? t(`roles.${r.direction}.${r.role}`) : describeRole(r));
  return (
    <div className="max-w-4xl space-y-8">
      <header className="flex flex-wrap items-baseline gap-3">
        <h1 className="text-2xl font-semibold">{t.rich("edit.heading", { name: () => <BilingualName nameEn={entity.nameEn} nameZh={entity.nameZh} /> })}</h1>
        <Link href={entityPath(entity)} className="text-sm text-brand-700 hover:underline">
          {t("edit.viewPage")}
        </Link>
        <Link href={entityHistoryPath(entity)} className="text-sm text-brand-700 hover:underline" data-testid="edit-history-link">
          {t("edit.history")}
        </Link>
      </header>
      {/* the form is a client component: it gets its own sections of the catalogue */}
      <NextIntlClientProvider messages={pickClientMessages({ messages: await getMessages(), scope: ENTITY_FORM_MESSAGES })}>
        <EntityForm initial={formValuesOf({ id: entity.id, snapshot })} version={readEntityVersion({ db, id: entity.id })} />
      </NextIntlClientProvider>

      <section className="space-y-3" data-testid="relations-editor">
        <h2 className="text-lg font-semibold">{t("edit.relations")}</h2>
        <ul className="divide-y divide-slate-100 text-sm">
          {detail.relations.map((r) => (
            <li key={r.id} className="flex flex-wrap items-center gap-2 py-1.5" data-testid="edit-relation">
              <span className="rounded bg-brand-50 px-1.5 text-xs text-brand-700">{roleLabel({ role: r.role, direction: r.direction })}</span>
              <BilingualName nameEn={r.other.nameEn} nameZh={r.other.nameZh} />
              {r.status === "suggested" ? <span className="text-xs text-amber-700">{t("edit.suggested")}</span> : null}
              {r.date ? (
                <span className="text-xs text-slate-500" data-testid="edit-relation-date">
                  <PartialDateLabel date={r.date} />
                </span>
              ) : null}
              <form action={removeRelationAction}>
                <input type="hidden" name="entityId" value={entity.id} />
                <input type="hidden" name="relationId" value={r.id} />
                <button type="submit" className="text-xs text-red-700 hover:underline" data-testid="remove-relation">
                  {t("edit.remove")}
                </button>
              </form>
              <details className="w-full pl-4" data-testid="relation-details">
                <summary className="cursor-pointer text-xs text-brand-700">{t("edit.editDetails")}</summary>
                <ActionForm action={updateRelationAction} submitLabel={t("edit.save")} testId="relation-details-form">
                  <input type="hidden" name="entityId" value={entity.id} />
                  <input type="hidden" name="relationId" value={r.id} />
                  <input
                    name="date"
                    defaultValue={r.date ?? ""}
                    placeholder={t("edit.datePlaceholder")}
                    maxLength={10}
                    className={small}
                    aria-label={t("edit.date")}
                    data-testid="relation-date"
                  />
                  <input
                    name="sourceUrl"
                    defaultValue={r.sourceUrl?.startsWith("http") ? r.sourceUrl : ""}
                    placeholder={t("edit.sourceUrlPlaceholder")}
                    maxLength={2000}
                    className={small}
                    aria-label={t("edit.sourceUrl")}
                  />
                  <input name="note" defaultValue={r.note ?? ""} placeholder={t("edit.notePlaceholder")} maxLength={500} className={small} aria-label={t("edit.note")} />
                  {r.status === "suggested" ? (
                    <label className="text-xs">
                      <input type="checkbox" name="confirm" /> {t("edit.confirm")}
                    </label>
                  ) : null}
                </ActionForm>
              </details>
            </li>
          ))}
        </ul>
        <ActionForm action={addRelationAction} submitLabel={t("edit.addRelation")} testId="add-relation">
          <input type="hidden" name="entityId" value={entity.id} />
          <select name="direction" className={small} aria-label={t("edit.direction")}>
            <option value="outgoing">{t("edit.outgoing")}</option>
            <option value="incoming">{t("edit.incoming")}</option>
          </select>
          <select name="role" className={small} aria-label={t("edit.role")}>
            {RELATION_ROLES.map((role) => (
              <option key={role} value={role}>
                {t.has(`roles.plain.${role}`) ? t(`roles.plain.${role}`) : role}
              </option>
            ))}
          </select>
          <select name="otherKind" className={small} aria-label={t("edit.otherKind")}>
            {ENTITY_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kinds.${k}.one`)}
              </option>
            ))}
          </select>
          <input name="otherKey" placeholder={t("edit.otherPlaceholder")} maxLength={200} className={small} aria-label={t("edit.other")} data-testid="relation-other" />
          <input name="date" placeholder={t("edit.datePlaceholder")} maxLength={10} className={small} aria-label={t("edit.date")} />
          <input name="note" placeholder={t("edit.notePlaceholder")} maxLength={500} className={small} aria-label={t("edit.note")} />
          <input name="sourceUrl" placeholder={t("edit.sourceUrlPlaceholder")} maxLength={2000} className={small} aria-label={t("edit.sourceUrl")} />
        </ActionForm>
      </section>

      <section className="space-y-2">
        <h2 className="text-lg font-semibold">{t("edit.merge")}</h2>
        <p className="text-sm text-slate-600">{t("edit.mergeIntro", { kind: kindName })}</p>
        <ActionForm action={mergeAction} submitLabel={t("edit.mergeSubmit")} testId="merge-form">
          <input type="hidden" name="entityId" value={entity.id} />
          <input type="hidden" name="kind" value={entity.kind} />
          <input
            name="into"
            placeholder={t("edit.mergeIntoPlaceholder", { kind: kindName })}
            maxLength={200}
            className={small}
            aria-label={t("edit.mergeInto")}
            data-testid="merge-into"
          />
        </ActionForm>
      </section>

      <section className="space-y-2">
        <h2 className="text-lg font-semibold">{t("edit.delete")}</h2>
        <p className="text-sm text-slate-600">{t("edit.deleteIntro")}</p>
        <form action={deleteEntityAction}>
          <input type="hidden" name="kind" value={entity.kind} />
          <input type="hidden" name="key" value={entityUrlKey(entity)} />
          <button type="submit" className="rounded border border-red-300 px-3 py-1.5 text-sm text-red-700 hover:bg-red-50" data-testid="delete-entity">
            {t("edit.deleteSubmit", { kind: kindName })}
          </button>
        </form>
      </section>
    </div>
  );
}
