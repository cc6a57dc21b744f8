"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { getDb } from "@/db";
import { findEntityByKey } from "@/db/queries/entities";
import { findEntityForHistory } from "@/db/queries/history";
import { ENTITY_KINDS } from "@/db/schema";
import { actionWrite } from "@/app/_lib/action-write";
import { relationInputFor, resolveRef } from "@/lib/curation/entity-commands";
import { restoreDeletedEntity, softDeleteEntity } from "@/lib/entities/delete-entity";
import { addRelation, removeRelation, updateRelationDetails } from "@/lib/entities/edit-relation";
import {
  entityInputFromForm,
  entityInputSchema,
  relationDetailsFromForm,
  relationDetailsSchema,
  relationRequestFromForm,
  relationRequestSchema,
} from "@/lib/entities/entity-form-schema";
import { entityHistoryPath, entityPath } from "@/lib/urls/entity-url";
import { assertEntityVersion } from "@/lib/entities/entity-version";
import { mergeEntities } from "@/lib/entities/merge-entities";
import { restoreRevision } from "@/lib/entities/restore-revision";
import { createEntity, updateEntity } from "@/lib/entities/update-entity";
import type { FormState } from "@/lib/http/form-state";
import { NO_INPUT, runCommand } from "@/lib/write/run-command";

const str = (form: FormData, name: string) => {
  const v = form.get(name);
  return typeof v === "string" ? v.slice(0, 500) : "";
};
const idOf = (form: FormData, name: string) => z.coerce.number().int().positive().parse(form.get(name));
/** The hidden `version` of the edit form (the entity's version when the form was rendered); absent: no check. */
const versionOf = (form: FormData) => {
  const v = z.coerce
    .number()
    .int()
    .nonnegative()
    .safeParse(form.get("version") ?? undefined);
  return v.success ? v.data : null;
};

/** The entity a delete/restore button names by kind and URL key; a form for an entity that is gone leads home. */
function entityOfForm({ form, find }: { form: FormData; find: typeof findEntityByKey }) {
  const kind = z.enum(ENTITY_KINDS).parse(str(form, "kind"));
  const entity = find({ db: getDb(), kind, key: str(form, "key") });
  if (!entity) redirect("/");
  return entity;
}

/**
 * Create (no entityId) or update an entity from the edit form. An update carries the version the form was
 * rendered at: if someone else saved in between, nothing is written and the form shows the current values.
 */
export async function saveEntityAction(_previous: FormState, form: FormData): Promise<FormState> {
  const entityId = form.get("entityId") ? idOf(form, "entityId") : null;
  const expected = versionOf(form);
  const saved = await actionWrite({
    next: "/edit/new",
    handle: async ({ db, actor }) => {
      const { input } = await runCommand({
        db,
        actor,
        role: "editor",
        schema: entityInputSchema,
        input: entityInputFromForm({ form }),
        command: ({ tx, input, userId }) => {
          if (!entityId) createEntity({ tx, input, userId });
          else {
            assertEntityVersion({ tx, id: entityId, expected });
            updateEntity({ tx, id: entityId, input, userId });
          }
          return { input };
        },
      });
      return { savedPath: entityPath(input) };
    },
  });
  if ("savedPath" in saved) redirect(saved.savedPath);
  return saved;
}

export async function addRelationAction(_previous: FormState, form: FormData): Promise<FormState> {
  const entityId = idOf(form, "entityId");
  return actionWrite({
    next: "/review",
    handle: async ({ db, actor }) => {
      await runCommand({
        db,
        actor,
        role: "editor",
        schema: relationRequestSchema,
        input: relationRequestFromForm({ form }),
        command: ({ tx, input, userId }) => addRelation({ tx, input: relationInputFor({ db, selfId: entityId, request: input }), userId }),
      });
      return { ok: (await getTranslations())("edit.relationAdded") };
    },
  });
}

/** Date, source and note of one of this entity's relations; a suggested one can be confirmed at the same time. */
export async function updateRelationAction(_previous: FormState, form: FormData): Promise<FormState> {
  return actionWrite({
    next: "/review",
    handle: async ({ db, actor }) => {
      await runCommand({
        db,
        actor,
        role: "editor",
        schema: relationDetailsSchema,
        input: relationDetailsFromForm({ form }),
        command: ({ tx, input, userId }) => updateRelationDetails({ tx, id: idOf(form, "relationId"), entityId: idOf(form, "entityId"), details: input, userId }),
      });
      revalidatePath("/", "layout");
      return { ok: (await getTranslations())("edit.saved") };
    },
  });
}

/** Buttons without a form state: a refusal shows Next's error page (there is no form to show it on). */
function throwIfRefused(result: FormState | unknown): void {
  if (result && typeof result === "object" && "error" in result && typeof result.error === "string") throw new Error(result.error);
}

export async function removeRelationAction(form: FormData): Promise<void> {
  const result = await actionWrite({
    next: "/review",
    handle: ({ db, actor }) =>
      runCommand({
        db,
        actor,
        role: "editor",
        schema: NO_INPUT,
        input: undefined,
        command: ({ tx, userId }) => removeRelation({ tx, id: idOf(form, "relationId"), entityId: idOf(form, "entityId"), userId }),
      }),
  });
  throwIfRefused(result);
}

export async function mergeAction(_previous: FormState, form: FormData): Promise<FormState> {
  const duplicateId = idOf(form, "entityId");
  const kind = z.enum(ENTITY_KINDS).safeParse(str(form, "kind"));
  const key = str(form, "into").trim();
  if (!kind.success || !key) return { fieldErrors: { into: (await getTranslations())("edit.mergeIntoMissing") } };
  const merged = await actionWrite({
    next: "/review",
    handle: async ({ db, actor }) => {
      const survivor = resolveRef({ db, ref: { kind: kind.data, key }, field: "into" });
      await runCommand({
        db,
        actor,
        role: "editor",
        schema: NO_INPUT,
        input: undefined,
        command: ({ tx, userId }) => mergeEntities({ tx, survivorId: survivor.id, duplicateId, userId }),
      });
      return { survivor };
    },
  });
  if ("survivor" in merged) redirect(entityPath(merged.survivor));
  return merged;
}

export async function deleteEntityAction(form: FormData): Promise<void> {
  const entity = entityOfForm({ form, find: findEntityByKey });
  throwIfRefused(
    await actionWrite({
      next: "/review",
      handle: ({ db, actor }) =>
        runCommand({ db, actor, role: "editor", schema: NO_INPUT, input: undefined, command: ({ tx, userId }) => softDeleteEntity({ tx, id: entity.id, userId }) }),
    }),
  );
  redirect(entityHistoryPath(entity));
}

export async function undeleteEntityAction(form: FormData): Promise<void> {
  const entity = entityOfForm({ form, find: findEntityForHistory });
  throwIfRefused(
    await actionWrite({
      next: "/review",
      handle: ({ db, actor }) =>
        runCommand({ db, actor, role: "editor", schema: NO_INPUT, input: undefined, command: ({ tx, userId }) => restoreDeletedEntity({ tx, id: entity.id, userId }) }),
    }),
  );
  redirect(entityPath(entity));
}

/** Admin only: bring back the state recorded by a revision. */
export async function restoreRevisionAction(form: FormData): Promise<void> {
  const entity = entityOfForm({ form, find: findEntityForHistory });
  const result = await actionWrite({
    role: "admin",
    next: "/review",
    handle: ({ db, actor }) =>
      runCommand({
        db,
        actor,
        role: "admin",
        schema: NO_INPUT,
        input: undefined,
        command: ({ tx, userId }) => restoreRevision({ tx, revisionId: idOf(form, "revisionId"), entityId: entity.id, userId }),
      }),
  });
  throwIfRefused(result);
  redirect(entityHistoryPath(entity));
}
