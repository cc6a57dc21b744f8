import "server-only";
import { and, eq, isNull, ne, sql } from "drizzle-orm";
import { z } from "zod";
import type { AtlasDatabase, DbOrTx } from "@/db/open";
import { users, USER_ROLES, type UserRole } from "@/db/schema";
import { hashPassword, passwordProblem } from "@/lib/auth/password";
import { revokeUserSessions } from "@/lib/auth/sessions";
import { NO_INPUT, OPERATOR, runCommand, type WriteActor } from "@/lib/write/run-command";
import { AccountError } from "@/lib/errors/account-error";

export const accountEmailSchema = z.string().trim().toLowerCase().max(254, "the e-mail address is too long").email("enter an e-mail address");
export const accountRoleSchema = z.enum(USER_ROLES, { message: `role is one of ${USER_ROLES.join(", ")}` });

async function hashChecked(password: string): Promise<string> {
  const problem = passwordProblem({ password });
  if (problem) throw new AccountError(problem, "password");
  return hashPassword({ password });
}

function findAccount({ db, userId }: { db: DbOrTx; userId: number }) {
  const user = db.select().from(users).where(eq(users.id, userId)).get();
  if (!user) throw new AccountError("This account no longer exists.");
  return user;
}

/** Whether another enabled admin than `userId` exists: the knowledge base must never be left without one. */
function hasOtherActiveAdmin({ db, userId }: { db: DbOrTx; userId: number }): boolean {
  return !!db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, "admin"), isNull(users.disabledAt), ne(users.id, userId)))
    .get();
}

/**
 * Every function below is a write through the write path (lib/write/run-command.ts) and needs an admin:
 * `actor` is the signed-in admin (the accounts page) or OPERATOR (`npm run user:create` at the machine).
 * Passwords are hashed before the transaction (`prepare`), never while holding the write lock.
 */
type AccountWrite = { db: AtlasDatabase; actor?: WriteActor | null };

const newAccountSchema = z.object({ email: accountEmailSchema, role: accountRoleSchema, password: z.string() });

/** A new account. The e-mail must be new: changing an existing account is done with the functions below. */
export async function createAccount({ db, actor = OPERATOR, email, role, password }: AccountWrite & { email: string; role: UserRole; password: string }): Promise<{ id: number }> {
  return runCommand({
    db,
    actor,
    role: "admin",
    schema: newAccountSchema,
    input: { email, role, password },
    prepare: (input) => hashChecked(input.password),
    command: ({ tx, input, prepared: passwordHash }) => {
      if (tx.select({ id: users.id }).from(users).where(eq(users.email, input.email)).get()) throw new AccountError(`${input.email} already has an account.`, "email");
      return tx.insert(users).values({ email: input.email, role: input.role, passwordHash }).returning({ id: users.id }).get();
    },
  });
}

/** The last enabled admin cannot step down. */
function assertRoleChangeAllowed({ db, user, role }: { db: DbOrTx; user: { id: number; role: UserRole; disabledAt: string | null }; role: UserRole }): void {
  if (user.role === "admin" && role !== "admin" && !user.disabledAt && !hasOtherActiveAdmin({ db, userId: user.id })) {
    throw new AccountError("This is the only admin: make another account admin first.", "role");
  }
}

/** New role; the last enabled admin cannot step down. The account's sessions keep working with the new role. */
export async function changeAccountRole({ db, actor = OPERATOR, userId, role }: AccountWrite & { userId: number; role: UserRole }): Promise<void> {
  await runCommand({
    db,
    actor,
    role: "admin",
    schema: z.object({ userId: z.number().int().positive(), role: accountRoleSchema }),
    input: { userId, role },
    command: ({ tx, input }) => {
      const user = findAccount({ db: tx, userId: input.userId });
      if (user.role === input.role) return;
      assertRoleChangeAllowed({ db: tx, user, role: input.role });
      tx.update(users).set({ role: input.role }).where(eq(users.id, input.userId)).run();
    },
  });
}

/**
 * The operator's "create or reset" (`npm run user:create`): a new account, or an existing one given this
 * role and password, enabled and signed out everywhere. One transaction: a refused role change changes nothing.
 */
export async function saveAccount({
  db,
  actor = OPERATOR,
  email,
  role,
  password,
}: AccountWrite & { email: string; role: UserRole; password: string }): Promise<{ id: number; created: boolean; sessionsRevoked: number }> {
  return runCommand({
    db,
    actor,
    role: "admin",
    schema: newAccountSchema,
    input: { email, role, password },
    prepare: (input) => hashChecked(input.password),
    command: ({ tx, input: { email: address, role }, prepared: passwordHash }) => {
      const existing = tx.select().from(users).where(eq(users.email, address)).get();
      if (!existing) return { ...tx.insert(users).values({ email: address, role, passwordHash }).returning({ id: users.id }).get(), created: true, sessionsRevoked: 0 };
      assertRoleChangeAllowed({ db: tx, user: existing, role });
      tx.update(users).set({ role, passwordHash, disabledAt: null }).where(eq(users.id, existing.id)).run();
      return { id: existing.id, created: false, sessionsRevoked: revokeUserSessions({ db: tx, userId: existing.id }) };
    },
  });
}

/**
 * Disabling signs the account out everywhere at once; nobody can disable themselves or the last admin.
 * `actor` is the admin doing it (OPERATOR for the command line).
 */
export async function setAccountDisabled({ db, actor = OPERATOR, userId, disabled }: AccountWrite & { userId: number; disabled: boolean }): Promise<void> {
  await runCommand({
    db,
    actor,
    role: "admin",
    schema: NO_INPUT,
    input: undefined,
    command: ({ tx, userId: actorId }) => {
      const user = findAccount({ db: tx, userId });
      if (disabled && userId === actorId) throw new AccountError("You cannot disable your own account.");
      if (disabled && user.role === "admin" && !hasOtherActiveAdmin({ db: tx, userId })) {
        throw new AccountError("This is the only admin: make another account admin first.");
      }
      tx.update(users)
        .set({ disabledAt: disabled ? (user.disabledAt ?? new Date().toISOString()) : null })
        .where(eq(users.id, userId))
        .run();
      if (disabled) revokeUserSessions({ db: tx, userId });
    },
  });
}

/** A new password signs the account out everywhere (a leaked session must not outlive the reset). */
export async function setAccountPassword({ db, actor = OPERATOR, userId, password }: AccountWrite & { userId: number; password: string }): Promise<{ sessionsRevoked: number }> {
  return runCommand({
    db,
    actor,
    role: "admin",
    schema: z.object({ password: z.string() }),
    input: { password },
    prepare: (input) => hashChecked(input.password),
    command: ({ tx, prepared: passwordHash }) => {
      findAccount({ db: tx, userId });
      tx.update(users).set({ passwordHash }).where(eq(users.id, userId)).run();
      return { sessionsRevoked: revokeUserSessions({ db: tx, userId }) };
    },
  });
}

/** Signs the account out everywhere (every session revoked). */
export async function signOutEverywhere({ db, actor = OPERATOR, userId }: AccountWrite & { userId: number }): Promise<number> {
  return runCommand({ db, actor, role: "admin", schema: NO_INPUT, input: undefined, command: ({ tx }) => revokeUserSessions({ db: tx, userId }) });
}

export function countActiveAdmins({ db }: { db: AtlasDatabase }): number {
  return (
    db
      .select({ n: sql<number>`count(*)` })
      .from(users)
      .where(and(eq(users.role, "admin"), isNull(users.disabledAt)))
      .get()?.n ?? 0
  );
}
