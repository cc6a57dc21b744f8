import "server-only";
import type { AtlasDatabase } from "@/db/open";
import { countFailedAttempts, findUserByEmail, type SessionUser } from "@/db/queries/users";
import { loginAttempts } from "@/db/schema";
import { getDummyHash, verifyPassword } from "./password";
import { addressKey, emailKey, isSignInAllowed, windowStart } from "./rate-limit";
import { createSession } from "./sessions";

export type SignInResult =
  | { ok: true; user: SessionUser; token: string; expiresAt: Date }
  | { ok: false; reason: "invalid" | "rate-limited" };

/**
 * Checks the throttle first (a blocked attempt does not even hash), then the password. Unknown e-mail,
 * disabled account and wrong password all answer the same "invalid" and cost the same hash.
 */
export async function signIn({
  db,
  email,
  password,
  clientAddress,
  now = new Date(),
}: {
  db: AtlasDatabase;
  email: string;
  password: string;
  clientAddress: string;
  now?: Date;
}): Promise<SignInResult> {
  const keys = [emailKey(email), addressKey(clientAddress)];
  const since = windowStart({ now });
  const allowed = isSignInAllowed({
    emailFailures: countFailedAttempts({ db, key: keys[0], since }),
    addressFailures: countFailedAttempts({ db, key: keys[1], since }),
  });
  if (!allowed) return { ok: false, reason: "rate-limited" };
  const user = findUserByEmail({ db, email });
  const hash = user && !user.disabledAt ? user.passwordHash : await getDummyHash();
  const valid = (await verifyPassword({ password, hash })) && !!user && !user.disabledAt;
  const at = now.toISOString();
  db.insert(loginAttempts).values(keys.map((key) => ({ key, ok: valid, at }))).run();
  if (!valid || !user) return { ok: false, reason: "invalid" };
  const { token, expiresAt } = createSession({ db, userId: user.id, now });
  return { ok: true, user: { id: user.id, email: user.email, role: user.role }, token, expiresAt };
}
