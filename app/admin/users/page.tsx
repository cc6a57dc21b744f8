import type { Metadata } from "next";
import { getDb } from "@/db";
import { listUsers } from "@/db/queries/users";
import { USER_ROLES } from "@/db/schema";
import { requirePageRole } from "@/app/_lib/page-guard";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password";
import { ActionForm } from "@/app/_components/action-form";
import { changeRoleAction, createAccountAction, setDisabledAction, setPasswordAction, signOutEverywhereAction } from "./actions";

export const metadata: Metadata = { title: "Accounts", robots: { index: false } };

const input = "rounded border border-slate-300 px-2 py-1 text-sm";

function RoleSelect({ defaultValue, testId }: { defaultValue: string; testId: string }) {
  return (
    <select name="role" defaultValue={defaultValue} className={input} data-testid={testId} aria-label="Role">
      {USER_ROLES.map((r) => (
        <option key={r} value={r}>
          {r}
        </option>
      ))}
    </select>
  );
}

/** Admins manage who may edit: add accounts, change roles, reset passwords, disable, sign out everywhere. */
export default async function AccountsPage() {
  const admin = await requirePageRole({ role: "admin", next: "/admin/users" });
  const accounts = listUsers({ db: getDb() });
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold">Accounts</h1>
        <p className="text-sm text-slate-600">
          Editors curate content and review ingestion; admins also restore old versions and manage accounts. Disabling an account or changing its password signs it out everywhere.
          The last enabled admin can be neither demoted nor disabled.
        </p>
      </header>

      <section className="space-y-2" aria-labelledby="add-account">
        <h2 id="add-account" className="text-lg font-semibold">
          Add an account
        </h2>
        <ActionForm action={createAccountAction} submitLabel="Add account" testId="account-create">
          <input
            name="email"
            type="email"
            required
            maxLength={254}
            placeholder="e-mail"
            autoComplete="off"
            className={input}
            data-testid="account-create-email"
            aria-label="E-mail"
          />
          <RoleSelect defaultValue="editor" testId="account-create-role" />
          <input
            name="password"
            type="password"
            required
            minLength={PASSWORD_MIN_LENGTH}
            placeholder={`initial password (≥ ${PASSWORD_MIN_LENGTH} characters)`}
            autoComplete="new-password"
            className={`${input} w-64`}
            data-testid="account-create-password"
            aria-label="Initial password"
          />
        </ActionForm>
      </section>

      <section className="space-y-2" aria-labelledby="all-accounts">
        <h2 id="all-accounts" className="text-lg font-semibold">
          {accounts.length} account{accounts.length === 1 ? "" : "s"}
        </h2>
        <ul className="divide-y divide-slate-200 rounded border border-slate-200" data-testid="account-list">
          {accounts.map((a) => (
            <li key={a.id} className="space-y-2 p-3" data-testid="account-row" data-email={a.email}>
              <div className="flex flex-wrap items-baseline gap-x-3">
                <span className="font-medium">{a.email}</span>
                {a.id === admin.id ? <span className="text-xs text-slate-500">(you)</span> : null}
                <span className="text-sm text-slate-600" data-testid="account-role">
                  {a.role}
                </span>
                <span className={`text-sm ${a.disabledAt ? "text-red-700" : "text-green-700"}`} data-testid="account-status">
                  {a.disabledAt ? `disabled since ${a.disabledAt.slice(0, 10)}` : "active"}
                </span>
                <span className="text-xs text-slate-500" data-testid="account-sessions">
                  {a.liveSessions} live session{a.liveSessions === 1 ? "" : "s"} · created {a.createdAt.slice(0, 10)}
                </span>
              </div>
              <div className="flex flex-wrap gap-x-6 gap-y-2">
                <ActionForm action={changeRoleAction} submitLabel="Set role" testId="account-role-form">
                  <input type="hidden" name="userId" value={a.id} />
                  <RoleSelect defaultValue={a.role} testId="account-role-select" />
                </ActionForm>
                <ActionForm action={setPasswordAction} submitLabel="Set password" testId="account-password-form">
                  <input type="hidden" name="userId" value={a.id} />
                  <input
                    name="password"
                    type="password"
                    required
                    minLength={PASSWORD_MIN_LENGTH}
                    autoComplete="new-password"
                    placeholder="new password"
                    className={input}
                    aria-label="New password"
                  />
                </ActionForm>
                <ActionForm action={setDisabledAction} submitLabel={a.disabledAt ? "Enable" : "Disable"} testId="account-disable-form">
                  <input type="hidden" name="userId" value={a.id} />
                  <input type="hidden" name="disabled" value={a.disabledAt ? "false" : "true"} />
                </ActionForm>
                <ActionForm action={signOutEverywhereAction} submitLabel="Sign out everywhere" testId="account-signout-form">
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
