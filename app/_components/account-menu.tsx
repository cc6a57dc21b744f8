import Link from "@/app/_components/locale-link";
import { cookies } from "next/headers";
import { getTranslations } from "next-intl/server";
import { signOutAction } from "@/app/signout/actions";
import { currentUser } from "@/lib/auth/require-role";
import { hasRole } from "@/lib/auth/roles";
import { EditThisPageLink } from "@/app/edit/_components/edit-this-page-link";

/**
 * Header account area. Reading the session cookie makes every page render per request, which the CSP nonce
 * needs anyway. Anonymous visitors get a discreet sign-in link and no edit controls at all.
 */
export async function AccountMenu() {
  const user = await currentUser({ cookies: await cookies() });
  if (!user) {
    return (
      <Link href="/signin" className="ml-auto text-sm text-slate-500 hover:text-brand-600" data-testid="signin-link">
        {(await getTranslations())("nav.signIn")}
      </Link>
    );
  }
  const t = await getTranslations();
  return (
    <div className="ml-auto flex flex-wrap items-center gap-x-3 text-sm" data-testid="account-menu">
      <EditThisPageLink labels={{ edit: t("nav.edit"), history: t("nav.history") }} />
      <Link href="/review" className="text-brand-700 hover:underline" data-testid="nav-review">
        {t("nav.review")}
      </Link>
      <Link href="/sources" className="text-brand-700 hover:underline" data-testid="nav-sources">
        {t("nav.sources")}
      </Link>
      <Link href="/edit/new" className="text-brand-700 hover:underline" data-testid="nav-new-entity">
        {t("nav.newEntity")}
      </Link>
      <Link href="/votes/import" className="text-brand-700 hover:underline" data-testid="nav-votes-import">
        Votes
      </Link>
      {hasRole({ actual: user.role, required: "admin" }) ? (
        <Link href="/admin/users" className="text-brand-700 hover:underline" data-testid="nav-accounts">
          {t("nav.accounts")}
        </Link>
      ) : null}
      <span className="text-slate-500" data-testid="account-email" title={t.has(`signin.roles.${user.role}`) ? t(`signin.roles.${user.role}`) : user.role}>
        {user.email}
      </span>
      <form action={signOutAction}>
        <button type="submit" className="text-slate-600 hover:text-brand-600" data-testid="signout-button">
          {t("nav.signOut")}
        </button>
      </form>
    </div>
  );
}
