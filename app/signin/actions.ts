"use server";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { clientAddressOf } from "@/lib/auth/client-address";
import { credentialsSchema } from "@/lib/auth/credentials-schema";
import { safeNextPath } from "@/lib/auth/page-guard";
import { SESSION_COOKIE, sessionCookieOptions } from "@/lib/auth/sessions";
import { signIn } from "@/lib/auth/sign-in";
import { getLocale, getTranslations } from "next-intl/server";
import { isLocale, localizeHref } from "@/lib/i18n/locales";

export type SignInState = { error?: string; email?: string };

export async function signInAction(_previous: SignInState, form: FormData): Promise<SignInState> {
  const email = typeof form.get("email") === "string" ? String(form.get("email")).slice(0, 254) : "";
  const parsed = credentialsSchema.safeParse({ email, password: form.get("password") });
  const t = await getTranslations();
  // the form checks the fields' shape itself (required, type=email); this answers a request that bypassed it
  if (!parsed.success) return { error: t("signin.invalid"), email };
  const requestHeaders = await headers();
  const result = await signIn({ db: getDb(), ...parsed.data, clientAddress: clientAddressOf({ headers: requestHeaders }) });
  if (!result.ok) {
    return { error: result.reason === "rate-limited" ? t("signin.rateLimited") : t("signin.wrong"), email };
  }
  const secure = (requestHeaders.get("x-forwarded-proto") ?? "http").split(",")[0].trim() === "https";
  (await cookies()).set(SESSION_COOKIE, result.token, sessionCookieOptions({ secure, expiresAt: result.expiresAt }));
  const locale = await getLocale();
  redirect(localizeHref({ href: safeNextPath(String(form.get("next") ?? "/")), locale: isLocale(locale) ? locale : "en" }));
}
