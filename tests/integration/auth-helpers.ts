import type { AtlasDatabase } from "@/db/open";
import { users, type UserRole } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { createSession } from "@/lib/auth/sessions";

/** Routes read the app's cached handle (db/index.ts); point it at the test database. */
export function useDatabaseForRoutes(db: AtlasDatabase) {
  (globalThis as unknown as { atlasDb?: AtlasDatabase }).atlasDb = db;
}

export async function createUser({ db, email, role, password = "a long test password" }: { db: AtlasDatabase; email: string; role: UserRole; password?: string }) {
  const id = db
    .insert(users)
    .values({ email, role, passwordHash: await hashPassword({ password }) })
    .returning({ id: users.id })
    .get().id;
  return { id, email, password, token: createSession({ db, userId: id }).token };
}

type Who = { token?: string; bearer?: boolean; origin?: string; site?: string };

/** A request as a browser (cookie, same-origin fetch headers) or an API client (bearer) would send it. */
export function apiRequest({ method, path, body, who = {} }: { method: string; path: string; body?: unknown; who?: Who }): Request {
  const headers = new Headers({ host: "atlas.test" });
  if (body !== undefined) headers.set("content-type", "application/json");
  if (who.token && who.bearer) headers.set("authorization", `Bearer ${who.token}`);
  else if (who.token) headers.set("cookie", `atlas_session=${who.token}`);
  if (who.origin) headers.set("origin", who.origin);
  if (who.site) headers.set("sec-fetch-site", who.site);
  return new Request(`http://atlas.test${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
}

export const ctx = <T extends Record<string, string>>(params: T) => ({ params: Promise.resolve(params) });
