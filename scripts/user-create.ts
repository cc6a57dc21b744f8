/**
 * `npm run user:create -- --email ed@example.org --role editor [--token]`
 * Creates the account, or updates the password and role of an existing one (and then revokes its sessions).
 * The password is read from stdin when piped (`echo "$PW" | npm run user:create -- …`), else prompted for
 * without echo. Never from the command line: that would leave it in shell history and `ps`.
 * --token also prints a session token for API clients (`Authorization: Bearer …`, valid 7 days).
 * --disable disables an existing account and revokes all its sessions (no password needed);
 * --revoke-sessions signs the account out everywhere.
 */
import { parseArgs } from "node:util";
import readline from "node:readline";
import { eq } from "drizzle-orm";
import { migrateDatabase, openDatabase } from "@/db/open";
import { users, USER_ROLES, type UserRole } from "@/db/schema";
import { hashPassword, passwordProblem } from "@/lib/auth/password";
import { createSession, revokeUserSessions } from "@/lib/auth/sessions";

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
  const { values } = parseArgs({ options: { email: { type: "string" }, role: { type: "string", default: "editor" }, token: { type: "boolean", default: false }, disable: { type: "boolean", default: false }, "revoke-sessions": { type: "boolean", default: false } } });
  const email = values.email?.trim().toLowerCase();
  if (!email || !/^[^\s@]+@[^\s@]+$/.test(email) || email.length > 254) throw new Error("--email is required (an e-mail address)");
  if (!(USER_ROLES as readonly string[]).includes(values.role!)) throw new Error(`--role must be one of ${USER_ROLES.join(", ")}`);
  const role = values.role as UserRole;
  if (values.disable || values["revoke-sessions"]) {
    const db = openDatabase();
    migrateDatabase({ db });
    const user = db.select().from(users).where(eq(users.email, email)).get();
    if (!user) throw new Error(`no account ${email}`);
    if (values.disable) db.update(users).set({ disabledAt: new Date().toISOString() }).where(eq(users.id, user.id)).run();
    console.log(`${values.disable ? "disabled" : "signed out"} ${email}; ${revokeUserSessions({ db, userId: user.id })} sessions revoked`);
    db.$client.close();
    return;
  }
  const password = await readPassword();
  const problem = passwordProblem({ password });
  if (problem) throw new Error(problem);
  const passwordHash = await hashPassword({ password });
  const db = openDatabase();
  migrateDatabase({ db });
  const existing = db.select().from(users).where(eq(users.email, email)).get();
  let id: number;
  if (existing) {
    db.update(users).set({ passwordHash, role, disabledAt: null }).where(eq(users.id, existing.id)).run();
    const revoked = revokeUserSessions({ db, userId: existing.id });
    id = existing.id;
    console.log(`updated ${email} (${role}); ${revoked} old sessions revoked`);
  } else {
    id = db.insert(users).values({ email, passwordHash, role }).returning({ id: users.id }).get().id;
    console.log(`created ${email} (${role})`);
  }
  if (values.token) console.log(`token: ${createSession({ db, userId: id }).token}`);
  db.$client.close();
}

main().catch((error) => {
  console.error(`user:create: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
});
