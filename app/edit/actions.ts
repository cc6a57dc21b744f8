"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/db";
import { findEntityByKey } from "@/db/queries/entities";
import { findEntityForHistory } from "@/db/queries/history";
import { ENTITY_KINDS } from "@/db/schema";
import { requirePageRole } from "@/lib/auth/page-guard";
import { relationInputFor, relationRequestSchema, resolveRef } from "@/lib/curation/entity-commands";
import { runWrite } from "@/lib/curation/run-write";
import { restoreDeletedEntity, softDeleteEntity } from "@/lib/entities/delete-entity";
import { addRelation, removeRelation, updateRelationDetails } from "@/lib/entities/edit-relation";
import { entityInputFromForm, entityInputSchema, fieldErrorsOf, relationDetailsSchema } from "@/lib/entities/entity-form-schema";
import { entityHistoryPath, entityPath } from "@/lib/entities/entity-url";
import { mergeEntities } from "@/lib/entities/merge-entities";
import { EntityWriteError } from "@/lib/entities/record-revision";
import { restoreRevision } from "@/lib/entities/restore-revision";
import { createEntity, updateEntity } from "@/lib/entities/update-entity";
import { formStateOfRefusal, type FormState } from "@/lib/http/form-state";

const str = (form: FormData, name: string) => {
  const v = form.get(name);
  return typeof v === "string" ? v.slice(0, 500) : "";
};
const idOf = (form: FormData, name: string) => z.coerce.number().int().positive().parse(form.get(name));
const refusal = (error: unknown) => formStateOfRefusal({ error, refusal: EntityWriteError });

/** The entity a delete/restore button names by kind and URL key; a form for an entity that is gone leads home. */
function entityOfForm({ form, find }: { form: FormData; find: typeof findEntityByKey }) {
  const kind = z.enum(ENTITY_KINDS).parse(str(form, "kind"));
  const entity = find({ db: getDb(), kind, key: str(form, "key") });
  if (!entity) redirect("/");
  return entity;
}

/** Create (no entityId) or update an entity from the edit form. */
export async function saveEntityAction(_previous: FormState, form: FormData): Promise<FormState> {
  const entityId = form.get("entityId") ? idOf(form, "entityId") : null;
  const user = await requirePageRole({ role: "editor", next: "/edit/new" });
  const parsed = entityInputSchema.safeParse(entityInputFromForm({ form }));
  if (!parsed.success) return { error: "Please fix the highlighted fields.", fieldErrors: fieldErrorsOf(parsed.error) };
  const db = getDb();
  try {
    runWrite({
      db,
      write: (tx) => (entityId ? updateEntity({ tx, id: entityId, input: parsed.data, userId: user.id }) : createEntity({ tx, input: parsed.data, userId: user.id })),
    });
  } catch (error) {
    return refusal(error);
  }
  redirect(entityPath(parsed.data));
}

export async function addRelationAction(_previous: FormState, form: FormData): Promise<FormState> {
  const user = await requirePageRole({ role: "editor", next: "/review" });
  const entityId = idOf(form, "entityId");
  const parsed = relationRequestSchema.safeParse({
    role: str(form, "role"),
    direction: str(form, "direction") || "outgoing",
    other: { kind: str(form, "otherKind"), key: str(form, "otherKey") },
    date: str(form, "date"),
    note: str(form, "note") || null,
    sourceUrl: str(form, "sourceUrl") || null,
  });
  if (!parsed.success) return { error: "Please fix the highlighted fields.", fieldErrors: fieldErrorsOf(parsed.error) };
  const db = getDb();
  try {
    const input = relationInputFor({ db, selfId: entityId, request: parsed.data });
    runWrite({ db, write: (tx) => addRelation({ tx, input, userId: user.id }) });
  } catch (error) {
    return refusal(error);
  }
  return { ok: "Relation added." };
}

/** Date, source and note of one of this entity's relations; a suggested one can be confirmed at the same time. */
export async function updateRelationAction(_previous: FormState, form: FormData): Promise<FormState> {
  const user = await requirePageRole({ role: "editor", next: "/review" });
  const parsed = relationDetailsSchema.safeParse({ date: str(form, "date"), sourceUrl: str(form, "sourceUrl"), note: str(form, "note"), confirm: form.get("confirm") === "on" });
  if (!parsed.success) return { error: "Please fix the highlighted fields.", fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    runWrite({ db: getDb(), write: (tx) => updateRelationDetails({ tx, id: idOf(form, "relationId"), entityId: idOf(form, "entityId"), details: parsed.data, userId: user.id }) });
  } catch (error) {
    return refusal(error);
  }
  revalidatePath("/", "layout");
  return { ok: "Saved." };
}

export async function removeRelationAction(form: FormData): Promise<void> {
  const user = await requirePageRole({ role: "editor", next: "/review" });
  runWrite({ db: getDb(), write: (tx) => removeRelation({ tx, id: idOf(form, "relationId"), entityId: idOf(form, "entityId"), userId: user.id }) });
}

export async function mergeAction(_previous: FormState, form: FormData): Promise<FormState> {
  const user = await requirePageRole({ role: "editor", next: "/review" });
  const duplicateId = idOf(form, "entityId");
  const kind = z.enum(ENTITY_KINDS).safeParse(str(form, "kind"));
  const key = str(form, "into").trim();
  if (!kind.success || !key) return { fieldErrors: { into: "enter the slug (or ISO3 code) of the entity to keep" } };
  const db = getDb();
  let survivor;
  try {
    survivor = resolveRef({ db, ref: { kind: kind.data, key }, field: "into" });
    runWrite({ db, write: (tx) => mergeEntities({ tx, survivorId: survivor!.id, duplicateId, userId: user.id }) });
  } catch (error) {
    return refusal(error);
  }
  redirect(entityPath(survivor));
}

export async function deleteEntityAction(form: FormData): Promise<void> {
  const user = await requirePageRole({ role: "editor", next: "/review" });
  const entity = entityOfForm({ form, find: findEntityByKey });
  runWrite({ db: getDb(), write: (tx) => softDeleteEntity({ tx, id: entity.id, userId: user.id }) });
  redirect(entityHistoryPath(entity));
}

export async function undeleteEntityAction(form: FormData): Promise<void> {
  const user = await requirePageRole({ role: "editor", next: "/review" });
  const entity = entityOfForm({ form, find: findEntityForHistory });
  runWrite({ db: getDb(), write: (tx) => restoreDeletedEntity({ tx, id: entity.id, userId: user.id }) });
  redirect(entityPath(entity));
}

/** Admin only: bring back the state recorded by a revision. */
export async function restoreRevisionAction(form: FormData): Promise<void> {
  const user = await requirePageRole({ role: "admin", next: "/review" });
  const entity = entityOfForm({ form, find: findEntityForHistory });
  runWrite({ db: getDb(), write: (tx) => restoreRevision({ tx, revisionId: idOf(form, "revisionId"), entityId: entity.id, userId: user.id }) });
  redirect(entityHistoryPath(entity));
}
