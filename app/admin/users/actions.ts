"use server";
import { revalidatePath } from "next/cache";
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
      error: "Please fix the highlighted fields.",
      fieldErrors: { ...(email.success ? {} : { email: email.error.issues[0].message }), ...(role.success ? {} : { role: role.error.issues[0].message }) },
    };
  }
  return asAdmin(async (write) => {
    await createAccount({ ...write, email: email.data, role: role.data, password: text(form, "password", PASSWORD_MAX_LENGTH + 1) });
    return `Account created for ${email.data}. Give them the password through a private channel.`;
  });
}

export async function changeRoleAction(_previous: FormState, form: FormData): Promise<FormState> {
  const role = accountRoleSchema.safeParse(text(form, "role"));
  if (!role.success) return { fieldErrors: { role: role.error.issues[0].message } };
  return asAdmin(async (write) => {
    await changeAccountRole({ ...write, userId: userIdOf(form), role: role.data });
    return `Role set to ${role.data}.`;
  });
}

export async function setDisabledAction(_previous: FormState, form: FormData): Promise<FormState> {
  const disabled = text(form, "disabled") === "true";
  return asAdmin(async (write) => {
    await setAccountDisabled({ ...write, userId: userIdOf(form), disabled });
    return disabled ? "Disabled and signed out everywhere." : "Enabled.";
  });
}

export async function setPasswordAction(_previous: FormState, form: FormData): Promise<FormState> {
  return asAdmin(async (write) => {
    const { sessionsRevoked } = await setAccountPassword({ ...write, userId: userIdOf(form), password: text(form, "password", PASSWORD_MAX_LENGTH + 1) });
    return `Password changed; ${sessionsRevoked} session${sessionsRevoked === 1 ? "" : "s"} signed out.`;
  });
}

export async function signOutEverywhereAction(_previous: FormState, form: FormData): Promise<FormState> {
  return asAdmin(async (write) => {
    const revoked = await signOutEverywhere({ ...write, userId: userIdOf(form) });
    return `${revoked} session${revoked === 1 ? "" : "s"} signed out.`;
  });
}
