import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { signOutAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("nav.signOut"), robots: { index: false } };
}

/** GET never signs out (a link or image on another site must not log editors out); the button posts. */
export default async function SignOutPage() {
  const t = await getTranslations();
  return (
    <form action={signOutAction} className="mx-auto max-w-sm space-y-4">
      <h1 className="text-2xl font-semibold">{t("nav.signOut")}</h1>
      <button type="submit" className="rounded bg-brand-600 px-4 py-2 text-white" data-testid="signout-confirm">
        {t("nav.signOut")}
      </button>
    </form>
  );
}
