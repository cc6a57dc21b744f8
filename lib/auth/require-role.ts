import "server-only";
import type { AtlasDatabase } from "@/db/open";
import type { SessionUser } from "@/db/queries/users";
import type { UserRole } from "@/db/schema";
import { hasRole } from "./roles";
import { isSameOriginRequest } from "./same-origin";
import { readSession, SESSION_COOKIE } from "./sessions";

export type CookieReader = { get(name: string): { value: string } | undefined };

export type AuthResult = { ok: true; user: SessionUser; via: "cookie" | "bearer" } | { ok: false; status: 401 | 403; error: string };

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** A malformed value (a stray %) is no session, not an error: tokens are base64url and never need decoding. */
function decodeCookieValue(value: string): string | undefined {
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined;
  }
}

function cookieFromHeader(header: string | null, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeCookieValue(part.slice(eq + 1).trim());
  }
  return undefined;
}

/** The session token a request carries: `Authorization: Bearer <token>` first, else the session cookie. */
export function sessionTokenOf(request: Request): { token: string | undefined; via: "cookie" | "bearer" } {
  const bearer = request.headers.get("authorization")?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (bearer) return { token: bearer, via: "bearer" };
  return { token: cookieFromHeader(request.headers.get("cookie"), SESSION_COOKIE), via: "cookie" };
}

/**
 * The one check every write goes through. Pass the `request` (route handlers: session cookie or
 * `Authorization: Bearer <session token>`, plus the same-origin check for cookie-authenticated writes) or
 * the `cookies` (server actions and pages: Next already refuses cross-origin Server Action posts).
 * Anonymous → 401, signed in with too low a role → 403.
 */
export async function requireRole({
  request,
  cookies,
  role,
  db,
  now = new Date(),
}: {
  request?: Request;
  cookies?: CookieReader;
  role: UserRole;
  db?: AtlasDatabase;
  now?: Date;
}): Promise<AuthResult> {
  const { token, via } = request ? sessionTokenOf(request) : { token: cookies?.get(SESSION_COOKIE)?.value, via: "cookie" as const };
  const database = db ?? (await import("@/db")).getDb();
  const user = readSession({ db: database, token, now });
  if (!user) return { ok: false, status: 401, error: "sign in required" };
  if (request && via === "cookie" && !SAFE_METHODS.has(request.method.toUpperCase()) && !isSameOriginRequest({ headers: request.headers, url: request.url })) {
    return { ok: false, status: 403, error: "cross-site request refused" };
  }
  if (!hasRole({ actual: user.role, required: role })) return { ok: false, status: 403, error: `requires the ${role} role` };
  return { ok: true, user, via };
}

/** The signed-in user for display (account menu, edit links), or null; never throws. */
export async function currentUser({ cookies, db }: { cookies: CookieReader; db?: AtlasDatabase }): Promise<SessionUser | null> {
  const database = db ?? (await import("@/db")).getDb();
  return readSession({ db: database, token: cookies.get(SESSION_COOKIE)?.value });
}
