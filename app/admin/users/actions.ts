"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db";
import { AccountError, accountEmailSchema, accountRoleSchema, changeAccountRole, createAccount, setAccountDisabled, setAccountPassword } from "@/lib/accounts/manage-accounts";
import { requirePageRole } from "@/app/_lib/page-guard";
import { revokeUserSessions } from "@/lib/auth/sessions";
import { PASSWORD_MAX_LENGTH } from "@/lib/auth/password";
import { formStateOfRefusal, type FormState } from "@/lib/http/form-state";

const PAGE = "/admin/users";
const text = (form: FormData, name: string, max = 300) => {
  const v = form.get(name);
  return typeof v === "string" ? v.slice(0, max) : "";
};
const userIdOf = (form: FormData) => z.coerce.number().int().positive().parse(form.get("userId"));

async function asAdmin(run: (admin: { id: number }) => Promise<string> | string): Promise<FormState> {
  const admin = await requirePageRole({ role: "admin", next: PAGE });
  try {
    const ok = await run(admin);
    revalidatePath(PAGE);
    return { ok };
  } catch (error) {
    return formStateOfRefusal({ error, refusal: AccountError });
  }
}

export async function createAccountAction(_previous: FormState, form: FormData): Promise<FormState> {
  const email = accountEmailSchema.safeParse(text(form, "email"));
  const role = accountRoleSchema.safeParse(text(form, "role"));
  if (!email.success || !role.success) {
    return { error: "Please fix the highlighted fields.", fieldErrors: { ...(email.success ? {} : { email: email.error.issues[0].message }), ...(role.success ? {} : { role: role.error.issues[0].message }) } };
  }
  return asAdmin(async () => {
    await createAccount({ db: getDb(), email: email.data, role: role.data, password: text(form, "password", PASSWORD_MAX_LENGTH + 1) });
    return `Account created for ${email.data}. Give them the password through a private channel.`;
  });
}

export async function changeRoleAction(_previous: FormState, form: FormData): Promise<FormState> {
  const role = accountRoleSchema.safeParse(text(form, "role"));
  if (!role.success) return { fieldErrors: { role: role.error.issues[0].message } };
  return asAdmin(() => {
    changeAccountRole({ db: getDb(), userId: userIdOf(form), role: role.data });
    return `Role set to ${role.data}.`;
  });
}

export async function setDisabledAction(_previous: FormState, form: FormData): Promise<FormState> {
  const disabled = text(form, "disabled") === "true";
  return asAdmin((admin) => {
    setAccountDisabled({ db: getDb(), userId: userIdOf(form), disabled, actorId: admin.id });
    return disabled ? "Disabled and signed out everywhere." : "Enabled.";
  });
}

export async function setPasswordAction(_previous: FormState, form: FormData): Promise<FormState> {
  return asAdmin(async () => {
    const { sessionsRevoked } = await setAccountPassword({ db: getDb(), userId: userIdOf(form), password: text(form, "password", PASSWORD_MAX_LENGTH + 1) });
    return `Password changed; ${sessionsRevoked} session${sessionsRevoked === 1 ? "" : "s"} signed out.`;
  });
}

export async function signOutEverywhereAction(_previous: FormState, form: FormData): Promise<FormState> {
  return asAdmin(() => {
    const revoked = revokeUserSessions({ db: getDb(), userId: userIdOf(form) });
    return `${revoked} session${revoked === 1 ? "" : "s"} signed out.`;
  });
}
