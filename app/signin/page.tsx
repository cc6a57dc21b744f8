import type { Metadata } from "next";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { safeNextPath } from "@/lib/auth/page-guard";
import { currentUser } from "@/lib/auth/require-role";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "./signin-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("nav.signIn"), robots: { index: false } };
}

export default async function SignInPage(props: PageProps<"/signin">) {
  const params = await props.searchParams;
  const next = safeNextPath(typeof params.next === "string" ? params.next : "/");
  const forbidden = params.error === "forbidden";
  const user = await currentUser({ cookies: await cookies() });
  if (user && !forbidden) redirect(next);
  const t = await getTranslations();
  return (
    <div className="mx-auto max-w-sm space-y-4">
      <h1 className="text-2xl font-semibold">{t("nav.signIn")}</h1>
      <p className="text-sm text-slate-600">{t("signin.intro")}</p>
      {forbidden ? (
        <p role="alert" className="rounded border border-amber-300 bg-amber-50 p-2 text-sm text-amber-900" data-testid="signin-forbidden">
          {user ? t("signin.forbiddenAs", { email: user.email, role: t.has(`signin.roles.${user.role}`) ? t(`signin.roles.${user.role}`) : user.role }) : t("signin.forbidden")}
        </p>
      ) : null}
      <SignInForm next={next} labels={{ email: t("signin.email"), password: t("signin.password"), submit: t("nav.signIn"), pending: t("signin.pending") }} />
    </div>
  );
}
