import { getTranslations } from "next-intl/server";
import { getDb } from "@/db";
import { listUsers } from "@/db/queries/users";
import { USER_ROLES } from "@/db/schema";
import { requirePageRole } from "@/app/_lib/page-guard";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password";
import { ActionForm } from "@/app/_components/action-form";
import { changeRoleAction, createAccountAction, setDisabledAction, setPasswordAction, signOutEverywhereAction } from "./actions";

export async function generateMetadata() {
  return { title: (await getTranslations())("accounts.title"), robots: { index: false } };
}

const input = "rounded border border-slate-300 px-2 py-1 text-sm";

function RoleSelect({ defaultValue, testId, labels }: { defaultValue: string; testId: string; labels: { role: string; roles: Record<string, string> } }) {
  return (
    <select name="role" defaultValue={defaultValue} className={input} data-testid={testId} aria-label={labels.role}>
      {USER_ROLES.map((r) => (
        <option key={r} value={r}>
          {labels.roles[r]}
        </option>
      ))}
    </select>
  );
}

/** Admins manage who may edit: add accounts, change roles, reset passwords, disable, sign out everywhere. */
export default async function AccountsPage() {
  const admin = await requirePageRole({ role: "admin", next: "/admin/users" });
  const accounts = listUsers({ db: getDb() });
  const t = await getTranslations();
  const roleLabels = { role: t("accounts.role"), roles: Object.fromEntries(USER_ROLES.map((r) => [r, t(`signin.roles.${r}`)])) };
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold">{t("accounts.title")}</h1>
        <p className="text-sm text-slate-600">{t("accounts.intro")}</p>
      </header>

      <section className="space-y-2" aria-labelledby="add-account">
        <h2 id="add-account" className="text-lg font-semibold">
          {t("accounts.add")}
        </h2>
        <ActionForm action={createAccountAction} submitLabel={t("accounts.addSubmit")} testId="account-create">
          <input
            name="email"
            type="email"
            required
            maxLength={254}
            placeholder={t("accounts.emailPlaceholder")}
            autoComplete="off"
            className={input}
            data-testid="account-create-email"
            aria-label={t("accounts.email")}
          />
          <RoleSelect defaultValue="editor" testId="account-create-role" labels={roleLabels} />
          <input
            name="password"
            type="password"
            required
            minLength={PASSWORD_MIN_LENGTH}
            placeholder={t("accounts.initialPasswordPlaceholder", { min: PASSWORD_MIN_LENGTH })}
            autoComplete="new-password"
            className={`${input} w-64`}
            data-testid="account-create-password"
            aria-label={t("accounts.initialPassword")}
          />
        </ActionForm>
      </section>

      <section className="space-y-2" aria-labelledby="all-accounts">
        <h2 id="all-accounts" className="text-lg font-semibold">
          {t("accounts.count", { count: accounts.length })}
        </h2>
        <ul className="divide-y divide-slate-200 rounded border border-slate-200" data-testid="account-list">
          {accounts.map((a) => (
            <li key={a.id} className="space-y-2 p-3" data-testid="account-row" data-email={a.email}>
              <div className="flex flex-wrap items-baseline gap-x-3">
                <span className="font-medium">{a.email}</span>
                {a.id === admin.id ? <span className="text-xs text-slate-500">{t("accounts.you")}</span> : null}
                <span className="text-sm text-slate-600" data-testid="account-role">
                  {t(`signin.roles.${a.role}`)}
                </span>
                <span className={`text-sm ${a.disabledAt ? "text-red-700" : "text-green-700"}`} data-testid="account-status">
                  {a.disabledAt ? t("accounts.disabledSince", { date: a.disabledAt.slice(0, 10) }) : t("accounts.active")}
                </span>
                <span className="text-xs text-slate-500" data-testid="account-sessions">
                  {t("accounts.sessions", { count: a.liveSessions, date: a.createdAt.slice(0, 10) })}
                </span>
              </div>
              <div className="flex flex-wrap gap-x-6 gap-y-2">
                <ActionForm action={changeRoleAction} submitLabel={t("accounts.setRole")} testId="account-role-form">
                  <input type="hidden" name="userId" value={a.id} />
                  <RoleSelect defaultValue={a.role} testId="account-role-select" labels={roleLabels} />
                </ActionForm>
                <ActionForm action={setPasswordAction} submitLabel={t("accounts.setPassword")} testId="account-password-form">
                  <input type="hidden" name="userId" value={a.id} />
                  <input
                    name="password"
                    type="password"
                    required
                    minLength={PASSWORD_MIN_LENGTH}
                    autoComplete="new-password"
                    placeholder={t("accounts.newPasswordPlaceholder")}
                    className={input}
                    aria-label={t("accounts.newPassword")}
                  />
                </ActionForm>
                <ActionForm action={setDisabledAction} submitLabel={a.disabledAt ? t("accounts.enable") : t("accounts.disable")} testId="account-disable-form">
                  <input type="hidden" name="userId" value={a.id} />
                  <input type="hidden" name="disabled" value={a.disabledAt ? "false" : "true"} />
                </ActionForm>
                <ActionForm action={signOutEverywhereAction} submitLabel={t("accounts.signOutEverywhere")} testId="account-signout-form">
                  <input type="hidden" name="userId" value={a.id} />
                </ActionForm>
              </div>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
