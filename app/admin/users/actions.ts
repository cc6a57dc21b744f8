"use server";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import type { AtlasDatabase } from "@/db/open";
import { actionWrite } from "@/app/_lib/action-write";
import { accountEmailSchema, accountRoleSchema, changeAccountRole, createAccount, setAccountDisabled, setAccountPassword, signOutEverywhere } from "@/lib/accounts/manage-accounts";
import { PASSWORD_MAX_LENGTH } from "@/lib/auth/password";
import type { FormState } from "@/lib/http/form-state";
import type { WriteActor } from "@/lib/write/run-command";

const PAGE = "/admin/users";
const text = (form: FormData, name: string, max = 300) => {
  const v = form.get(name);
  return typeof v === "string" ? v.slice(0, max) : "";
};
const userIdOf = (form: FormData) => z.coerce.number().int().positive().parse(form.get("userId"));

/** Every account change: the admin guard and refusal handling of the write adapter, then a fresh page. */
async function asAdmin(run: (write: { db: AtlasDatabase; actor: WriteActor }) => Promise<string>): Promise<FormState> {
  return actionWrite({
    role: "admin",
    next: PAGE,
    handle: async (write) => {
      const ok = await run(write);
      revalidatePath(PAGE);
      return { ok };
    },
  });
}

export async function createAccountAction(_previous: FormState, form: FormData): Promise<FormState> {
  const email = accountEmailSchema.safeParse(text(form, "email"));
  const role = accountRoleSchema.safeParse(text(form, "role"));
  if (!email.success || !role.success) {
    return {
      error: (await getTranslations())("accounts.fixFields"),
      fieldErrors: { ...(email.success ? {} : { email: email.error.issues[0].message }), ...(role.success ? {} : { role: role.error.issues[0].message }) },
    };
  }
  return asAdmin(async (write) => {
    await createAccount({ ...write, email: email.data, role: role.data, password: text(form, "password", PASSWORD_MAX_LENGTH + 1) });
    return (await getTranslations())("accounts.created", { email: email.data });
  });
}

export async function changeRoleAction(_previous: FormState, form: FormData): Promise<FormState> {
  const role = accountRoleSchema.safeParse(text(form, "role"));
  if (!role.success) return { fieldErrors: { role: role.error.issues[0].message } };
  return asAdmin(async (write) => {
    await changeAccountRole({ ...write, userId: userIdOf(form), role: role.data });
    const t = await getTranslations();
    return t("accounts.roleSet", { role: t(`signin.roles.${role.data}`) });
  });
}

export async function setDisabledAction(_previous: FormState, form: FormData): Promise<FormState> {
  const disabled = text(form, "disabled") === "true";
  return asAdmin(async (write) => {
    await setAccountDisabled({ ...write, userId: userIdOf(form), disabled });
    return (await getTranslations())(disabled ? "accounts.disabled" : "accounts.enabled");
  });
}

export async function setPasswordAction(_previous: FormState, form: FormData): Promise<FormState> {
  return asAdmin(async (write) => {
    const { sessionsRevoked } = await setAccountPassword({ ...write, userId: userIdOf(form), password: text(form, "password", PASSWORD_MAX_LENGTH + 1) });
    return (await getTranslations())("accounts.passwordChanged", { count: sessionsRevoked });
  });
}

export async function signOutEverywhereAction(_previous: FormState, form: FormData): Promise<FormState> {
  return asAdmin(async (write) => {
    const revoked = await signOutEverywhere({ ...write, userId: userIdOf(form) });
    return (await getTranslations())("accounts.signedOut", { count: revoked });
  });
}
