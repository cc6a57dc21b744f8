import "server-only";
import { and, asc, eq, gte, isNull, sql } from "drizzle-orm";
import type { AtlasDatabase } from "@/db/open";
import { loginAttempts, sessions, users, type UserRole } from "@/db/schema";

/** The part of a user that the app passes around once signed in (never the password hash). */
export type SessionUser = { id: number; email: string; role: UserRole };

export function findUserByEmail({ db, email }: { db: AtlasDatabase; email: string }) {
  return db.select().from(users).where(eq(users.email, email.trim().toLowerCase())).get();
}

/** Every account for the admin's accounts page, with how many live sessions it has (never hashes). */
export function listUsers({ db, now = new Date() }: { db: AtlasDatabase; now?: Date }) {
  // Written out with explicit table names: inside a subquery, drizzle's bare column names would bind to sessions.
  const liveSessions = sql<number>`(SELECT count(*) FROM sessions s WHERE s.user_id = users.id AND s.revoked_at IS NULL AND s.expires_at > ${now.toISOString()})`;
  return db
    .select({ id: users.id, email: users.email, role: users.role, disabledAt: users.disabledAt, createdAt: users.createdAt, liveSessions })
    .from(users)
    .orderBy(asc(users.email))
    .all();
}

/** A live session: not revoked, not expired, and its user not disabled. */
export function findSessionUser({ db, sessionId, now }: { db: AtlasDatabase; sessionId: string; now: Date }): SessionUser | undefined {
  return db
    .select({ id: users.id, email: users.email, role: users.role })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt), sql`${sessions.expiresAt} > ${now.toISOString()}`, isNull(users.disabledAt)))
    .get();
}

/** Whether this key (an account+address) signed in successfully since `since`: the owner's known address. */
export function hasRecentSuccess({ db, key, since }: { db: AtlasDatabase; key: string; since: string }): boolean {
  return !!db
    .select({ id: loginAttempts.id })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.key, key), eq(loginAttempts.ok, true), gte(loginAttempts.at, since)))
    .limit(1)
    .get();
}

export function countFailedAttempts({ db, key, since }: { db: AtlasDatabase; key: string; since: string }): number {
  return (
    db
      .select({ n: sql<number>`count(*)` })
      .from(loginAttempts)
      .where(and(eq(loginAttempts.key, key), eq(loginAttempts.ok, false), gte(loginAttempts.at, since)))
      .get()?.n ?? 0
  );
}
