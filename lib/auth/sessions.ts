import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import type { AtlasDatabase, DbOrTx } from "@/db/open";
import { findSessionUser, type SessionUser } from "@/db/queries/users";
import { sessions } from "@/db/schema";

export const SESSION_COOKIE = "atlas_session";
export const SESSION_TTL_MS = 7 * 24 * 60 * 60 * 1000;
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/** The database keeps only the token's sha256: a leaked database or backup does not hand out sessions. */
export function sessionIdOf(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function createSession({ db, userId, now = new Date() }: { db: AtlasDatabase; userId: number; now?: Date }): { token: string; expiresAt: Date } {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
  db.insert(sessions)
    .values({ id: sessionIdOf(token), userId, createdAt: now.toISOString(), expiresAt: expiresAt.toISOString() })
    .run();
  return { token, expiresAt };
}

export function readSession({ db, token, now = new Date() }: { db: AtlasDatabase; token: string | undefined | null; now?: Date }): SessionUser | null {
  if (!token || !TOKEN_SHAPE.test(token)) return null;
  return findSessionUser({ db, sessionId: sessionIdOf(token), now }) ?? null;
}

export function revokeSession({ db, token, now = new Date() }: { db: AtlasDatabase; token: string; now?: Date }): void {
  db.update(sessions)
    .set({ revokedAt: now.toISOString() })
    .where(and(eq(sessions.id, sessionIdOf(token)), isNull(sessions.revokedAt)))
    .run();
}

/** Signs a user out everywhere (password change, disabled account, suspected theft). */
export function revokeUserSessions({ db, userId, now = new Date() }: { db: DbOrTx; userId: number; now?: Date }): number {
  return db
    .update(sessions)
    .set({ revokedAt: now.toISOString() })
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt)))
    .run().changes;
}

/** Cookie attributes: httpOnly (no script access), SameSite=Lax (not sent on cross-site POSTs), Secure over https. */
export function sessionCookieOptions({ secure, expiresAt }: { secure: boolean; expiresAt: Date }) {
  return { httpOnly: true, sameSite: "lax" as const, secure, path: "/", expires: expiresAt };
}
