import "server-only";
import { inArray } from "drizzle-orm";
import type { AtlasDatabase } from "@/db/open";
import { countFailedAttempts, findUserByEmail, hasRecentSuccess, type SessionUser } from "@/db/queries/users";
import { loginAttempts } from "@/db/schema";
import { getDummyHash, verifyPassword } from "./password";
import { accountAddressKey, accountKey, addressKey, isSignInAllowed, KNOWN_ADDRESS_WINDOW_MS, windowStart } from "./rate-limit";
import { createSession } from "./sessions";

export type SignInResult = { ok: true; user: SessionUser; token: string; expiresAt: Date } | { ok: false; reason: "invalid" | "rate-limited" };

/**
 * Reserves the attempt, then checks the password. The throttle check and the reservation (rows counted as
 * failures) happen in one IMMEDIATE transaction before the hash is awaited, so parallel guesses each see the
 * ones before them: 60 at once check at most the limit. A correct password turns its rows into successes.
 * A blocked attempt does not even hash. Unknown e-mail, disabled account and wrong password all answer the
 * same "invalid" and cost the same hash.
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
  const reservation = reserveAttempt({ db, email, clientAddress, now });
  if (!reservation.ok) return { ok: false, reason: "rate-limited" };
  const user = findUserByEmail({ db, email });
  const hash = user && !user.disabledAt ? user.passwordHash : await getDummyHash();
  const valid = (await verifyPassword({ password, hash })) && !!user && !user.disabledAt;
  if (!valid || !user) return { ok: false, reason: "invalid" };
  db.update(loginAttempts).set({ ok: true }).where(inArray(loginAttempts.id, reservation.attemptIds)).run();
  const { token, expiresAt } = createSession({ db, userId: user.id, now });
  return { ok: true, user: { id: user.id, email: user.email, role: user.role }, token, expiresAt };
}

function reserveAttempt({
  db,
  email,
  clientAddress,
  now,
}: {
  db: AtlasDatabase;
  email: string;
  clientAddress: string;
  now: Date;
}): { ok: true; attemptIds: number[] } | { ok: false } {
  const keys = { accountAddress: accountAddressKey({ email, address: clientAddress }), address: addressKey(clientAddress), account: accountKey(email) };
  const since = windowStart({ now });
  // Reads go through `db`: better-sqlite3 has one connection, so they run inside this transaction too.
  return db.transaction(
    (tx) => {
      const allowed = isSignInAllowed({
        accountAddressFailures: countFailedAttempts({ db, key: keys.accountAddress, since }),
        addressFailures: countFailedAttempts({ db, key: keys.address, since }),
        accountFailures: countFailedAttempts({ db, key: keys.account, since }),
        knownAddress: hasRecentSuccess({ db, key: keys.accountAddress, since: windowStart({ now, windowMs: KNOWN_ADDRESS_WINDOW_MS }) }),
      });
      if (!allowed) return { ok: false as const };
      const at = now.toISOString();
      const rows = tx
        .insert(loginAttempts)
        .values(Object.values(keys).map((key) => ({ key, ok: false, at })))
        .returning({ id: loginAttempts.id })
        .all();
      return { ok: true as const, attemptIds: rows.map((r) => r.id) };
    },
    { behavior: "immediate" },
  );
}
