/**
 * `npm run user:create -- --email ed@example.org --role editor [--token]`
 * Creates the account, or updates the password and role of an existing one (and then revokes its sessions).
 * The password is read from stdin when piped (`echo "$PW" | npm run user:create -- …`), else prompted for
 * without echo. Never from the command line: that would leave it in shell history and `ps`.
 * --token also prints a session token for API clients (`Authorization: Bearer …`, valid 7 days).
 * --disable disables an existing account and revokes all its sessions (no password needed);
 * --revoke-sessions signs the account out everywhere. Same rules as the admin's accounts page
 * (lib/accounts, through the write path as the operator): the last enabled admin can be neither demoted nor disabled.
 */
import { parseArgs } from "node:util";
import readline from "node:readline";
import { migrateDatabase, openDatabase } from "@/db/open";
import { findUserByEmail } from "@/db/queries/users";
import { USER_ROLES } from "@/db/schema";
import { accountEmailSchema, accountRoleSchema, saveAccount, setAccountDisabled, signOutEverywhere } from "@/lib/accounts/manage-accounts";
import { createSession } from "@/lib/auth/sessions";

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    let data = "";
    for await (const chunk of process.stdin) data += chunk;
    return data.replace(/\r?\n$/, "");
  }
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const ask = (q: string) =>
    new Promise<string>((resolve) => {
      const write = (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput;
      (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s: string) => (s.startsWith(q) ? write.call(rl, q) : undefined);
      rl.question(q, (answer) => {
        (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = write;
        process.stdout.write("\n");
        resolve(answer);
      });
    });
  const first = await ask("Password: ");
  const second = await ask("Repeat password: ");
  rl.close();
  if (first !== second) throw new Error("the passwords differ");
  return first;
}

async function main() {
  const { values } = parseArgs({
    options: {
      email: { type: "string" },
      role: { type: "string", default: "editor" },
      token: { type: "boolean", default: false },
      disable: { type: "boolean", default: false },
      "revoke-sessions": { type: "boolean", default: false },
    },
  });
  const email = accountEmailSchema.safeParse(values.email ?? "");
  if (!email.success) throw new Error("--email is required (an e-mail address)");
  const role = accountRoleSchema.safeParse(values.role);
  if (!role.success) throw new Error(`--role must be one of ${USER_ROLES.join(", ")}`);
  if (values.disable || values["revoke-sessions"]) {
    const db = openDatabase();
    migrateDatabase({ db });
    const user = findUserByEmail({ db, email: email.data });
    if (!user) throw new Error(`no account ${email.data}`);
    if (values.disable) {
      await setAccountDisabled({ db, userId: user.id, disabled: true });
      console.log(`disabled ${email.data}; its sessions are revoked`);
    } else {
      console.log(`signed out ${email.data}; ${await signOutEverywhere({ db, userId: user.id })} sessions revoked`);
    }
    db.$client.close();
    return;
  }
  const password = await readPassword();
  const db = openDatabase();
  migrateDatabase({ db });
  const { id, created, sessionsRevoked } = await saveAccount({ db, email: email.data, role: role.data, password });
  console.log(created ? `created ${email.data} (${role.data})` : `updated ${email.data} (${role.data}); ${sessionsRevoked} old sessions revoked`);
  if (values.token) console.log(`token: ${createSession({ db, userId: id }).token}`);
  db.$client.close();
}

main().catch((error) => {
  console.error(`user:create: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
});
