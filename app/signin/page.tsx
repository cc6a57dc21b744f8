import type { Metadata } from "next";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { safeNextPath } from "@/lib/auth/page-guard";
import { currentUser } from "@/lib/auth/require-role";
import { SignInForm } from "./signin-form";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

export default async function SignInPage(props: PageProps<"/signin">) {
  const params = await props.searchParams;
  const next = safeNextPath(typeof params.next === "string" ? params.next : "/");
  const forbidden = params.error === "forbidden";
  const user = await currentUser({ cookies: await cookies() });
  if (user && !forbidden) redirect(next);
  return (
    <div className="mx-auto max-w-sm space-y-4">
      <h1 className="text-2xl font-semibold">Sign in</h1>
      <p className="text-sm text-slate-600">Editors and administrators sign in to curate the atlas. Reading needs no account.</p>
      {forbidden ? (
        <p role="alert" className="rounded border border-amber-300 bg-amber-50 p-2 text-sm text-amber-900" data-testid="signin-forbidden">
          {user ? `Signed in as ${user.email} (${user.role}): that page needs a higher role.` : "That page needs a higher role."}
        </p>
      ) : null}
      <SignInForm next={next} />
    </div>
  );
}
