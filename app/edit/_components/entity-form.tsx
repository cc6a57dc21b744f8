"use client";
import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import type { EntityKind } from "@/db/schema";
import type { EntitySnapshot } from "@/db/queries/history";
import type { FormState } from "@/lib/http/form-state";
import { saveEntityAction } from "../actions";
import { formValuesOf, type EntityFormValues } from "./form-values";

const KINDS: EntityKind[] = ["initiative", "resolution", "event", "organisation", "country"];

function Field({ label, name, error, hint, children }: { label: string; name: string; error?: string; hint?: string; children: React.ReactNode }) {
  return (
    <label className="block text-sm" data-testid={`field-${name}`}>
      <span className="font-medium text-slate-700">{label}</span>
      {children}
      {hint && !error ? <span className="block text-xs text-slate-500">{hint}</span> : null}
      {error ? (
        <span className="block text-xs text-red-700" role="alert" data-testid={`error-${name}`}>
          {error}
        </span>
      ) : null}
    </label>
  );
}

const input = "mt-1 w-full rounded border border-slate-300 px-2 py-1.5";

// each field's label is its entityForm.<name> message
const CONFLICT_FIELDS = ["nameEn", "nameZh", "description", "date", "endDate", "aliasesZh", "aliasesEn", "aliasesOther", "sources"] as const;

/** Someone saved first: what the entity holds now, beside what this editor typed (nothing was overwritten). */
function ConflictNotice({ current, mine }: { current: EntitySnapshot; mine: EntityFormValues }) {
  const t = useTranslations();
  const now = formValuesOf({ id: mine.entityId, snapshot: current });
  const changed = CONFLICT_FIELDS.filter((name) => String(now[name] ?? "") !== String(mine[name] ?? ""));
  return (
    <div className="space-y-2 rounded border border-amber-300 bg-amber-50 p-3 text-sm" data-testid="edit-conflict">
      <p className="font-medium">{t("entityForm.conflict")}</p>
      <dl className="grid gap-1 sm:grid-cols-[10rem_1fr]">
        {(changed.length ? changed : CONFLICT_FIELDS.slice(0, 3)).map((name) => (
          <div key={name} className="contents">
            <dt className="text-slate-600">{t(`entityForm.${name}`)}</dt>
            <dd className="whitespace-pre-wrap" data-testid={`conflict-${name}`}>
              {String(now[name] ?? "") || t("entityForm.empty")}
            </dd>
          </div>
        ))}
      </dl>
      <p>
        {t.rich("entityForm.conflictReload", {
          link: (chunks) => (
            <a href="" className="text-brand-700 underline" data-testid="conflict-reload">
              {chunks}
            </a>
          ),
        })}
      </p>
    </div>
  );
}

/** One form for every kind; kind-specific fields appear for their kind. Validated again on the server (zod). */
export function EntityForm({ initial, version }: { initial: EntityFormValues; version?: number }) {
  const [state, action, pending] = useActionState<FormState, FormData>(saveEntityAction, {});
  const [kind, setKind] = useState<EntityKind>(initial.kind);
  const t = useTranslations();
  const e = state.fieldErrors ?? {};
  const text = (name: keyof EntityFormValues, label: string, opts: { hint?: string; max?: number; lang?: string } = {}) => (
    <Field label={label} name={name} error={e[name]} hint={opts.hint}>
      <input name={name} defaultValue={String(initial[name] ?? "")} maxLength={opts.max ?? 300} lang={opts.lang} className={input} data-testid={`input-${name}`} />
    </Field>
  );
  return (
    <form action={action} className="space-y-4" data-testid="entity-form" noValidate>
      {initial.entityId ? <input type="hidden" name="entityId" value={initial.entityId} /> : null}
      {/* the version this form was rendered at: a save after someone else's is refused instead of overwriting it */}
      {version != null ? <input type="hidden" name="version" value={version} /> : null}
      {state.error ? (
        <p role="alert" className="rounded border border-red-200 bg-red-50 p-2 text-sm text-red-800" data-testid="form-error">
          {state.error}
        </p>
      ) : null}
      {state.current?.current ? <ConflictNotice current={state.current.current as EntitySnapshot} mine={initial} /> : null}
      <div className="grid gap-4 md:grid-cols-2">
        {initial.entityId ? (
          <input type="hidden" name="kind" value={kind} />
        ) : (
          <Field label={t("entityForm.kind")} name="kind" error={e.kind}>
            <select name="kind" value={kind} onChange={(ev) => setKind(ev.target.value as EntityKind)} className={input} data-testid="input-kind">
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`kinds.${k}.one`)}
                </option>
              ))}
            </select>
          </Field>
        )}
        {initial.entityId ? <input type="hidden" name="slug" value={initial.slug} /> : text("slug", t("entityForm.slug"), { hint: t("entityForm.slugHint"), max: 120 })}
        {text("nameEn", t("entityForm.nameEn"))}
        {text("nameZh", t("entityForm.nameZh"), { lang: "zh" })}
        {text("date", kind === "resolution" ? t("entityForm.adoptedOn") : kind === "organisation" ? t("entityForm.founded") : t("entityForm.date"), {
          hint: t("entityForm.dateHint"),
          max: 10,
        })}
        {kind === "event" || kind === "initiative" ? text("endDate", t("entityForm.endDate"), { hint: t("entityForm.endDateHint"), max: 10 }) : null}
        {text("subtype", t("entityForm.subtype"), { hint: t("entityForm.subtypeHint"), max: 60 })}
        {kind === "event" ? text("location", t("entityForm.location")) : null}
        {kind === "resolution" ? (
          <>
            {text("symbol", t("entityForm.symbol"), { hint: t("entityForm.symbolHint"), max: 100 })}
            {text("unBody", t("entityForm.unBody"), { hint: t("entityForm.unBodyHint"), max: 120 })}
            {text("session", t("entityForm.session"), { max: 3 })}
            <Field label={t("entityForm.adoptionMethod")} name="adoptionMethod" error={e.adoptionMethod}>
              <select name="adoptionMethod" defaultValue={initial.adoptionMethod} className={input} data-testid="input-adoptionMethod">
                <option value="">{t("entityForm.unknown")}</option>
                <option value="consensus">{t("entityForm.consensus")}</option>
                <option value="vote">{t("entityForm.vote")}</option>
              </select>
            </Field>
            {text("vote", t("entityForm.votes"), { hint: t("entityForm.voteHint"), max: 40 })}
          </>
        ) : null}
        {kind === "country" ? (
          <>
            {text("iso2", t("entityForm.iso2"), { max: 2 })}
            {text("iso3", t("entityForm.iso3"), { max: 3 })}
            <Field label={t("entityForm.unMember")} name="unMember" error={e.unMember}>
              <select name="unMember" defaultValue={initial.unMember} className={input}>
                <option value="">{t("entityForm.unknown")}</option>
                <option value="yes">{t("entityForm.yes")}</option>
                <option value="no">{t("entityForm.no")}</option>
              </select>
            </Field>
          </>
        ) : null}
      </div>
      <Field label={t("entityForm.description")} name="description" error={e.description}>
        <textarea name="description" defaultValue={initial.description} maxLength={5000} rows={4} className={input} data-testid="input-description" />
      </Field>
      <div className="grid gap-4 md:grid-cols-3">
        <Field label={t("entityForm.aliasesZh")} name="aliasesZh" error={e.aliases} hint={t("entityForm.onePerLine")}>
          <textarea name="aliasesZh" lang="zh" defaultValue={initial.aliasesZh} rows={4} className={input} data-testid="input-aliasesZh" />
        </Field>
        <Field label={t("entityForm.aliasesEn")} name="aliasesEn" hint={t("entityForm.onePerLine")}>
          <textarea name="aliasesEn" defaultValue={initial.aliasesEn} rows={4} className={input} data-testid="input-aliasesEn" />
        </Field>
        <Field label={t("entityForm.aliasesOther")} name="aliasesOther" hint={t("entityForm.aliasesOtherHint")}>
          <textarea name="aliasesOther" defaultValue={initial.aliasesOther} rows={4} className={input} data-testid="input-aliasesOther" />
        </Field>
      </div>
      <Field label={t("entityForm.sources")} name="sources" error={e.sources} hint={t("entityForm.sourcesHint")}>
        <textarea name="sources" defaultValue={initial.sources} rows={3} className={input} data-testid="input-sources" />
      </Field>
      <button type="submit" disabled={pending} className="rounded bg-brand-600 px-4 py-2 text-white disabled:opacity-50" data-testid="entity-save">
        {pending ? t("entityForm.saving") : initial.entityId ? t("entityForm.saveChanges") : t("entityForm.create")}
      </button>
    </form>
  );
}
