import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { findUserByEmail, listUsers } from "@/db/queries/users";
import { loginAttempts, sessions, users } from "@/db/schema";
import { changeAccountRole, countActiveAdmins, createAccount, saveAccount, setAccountDisabled, setAccountPassword } from "@/lib/accounts/manage-accounts";
import { verifyPassword } from "@/lib/auth/password";
import { createSession, readSession } from "@/lib/auth/sessions";
import { WriteRefusal } from "@/lib/errors/write-refusal";
import { createTestDatabase } from "../helpers/test-database";

const database = createTestDatabase();
const { db } = database;
afterAll(() => database.remove());
beforeEach(() => {
  db.delete(sessions).run();
  db.delete(loginAttempts).run();
  db.delete(users).run();
});

const PASSWORD = "a long enough passphrase";
const refusal = async (run: () => unknown) => {
  try {
    await run();
  } catch (error) {
    if (error instanceof WriteRefusal) return { message: error.message, field: error.field };
    throw error;
  }
  throw new Error("expected the change to be refused");
};

describe("accounts (lib/accounts, real SQLite)", () => {
  it("creates an account with a normalised e-mail and a hashed password; a second one with that e-mail is refused", async () => {
    const { id } = await createAccount({ db, email: "  Ed@Example.org ", role: "editor", password: PASSWORD });
    const stored = findUserByEmail({ db, email: "ed@example.org" })!;
    expect(stored).toMatchObject({ id, role: "editor", disabledAt: null });
    expect(stored.passwordHash).not.toContain(PASSWORD);
    expect(await verifyPassword({ password: PASSWORD, hash: stored.passwordHash })).toBe(true);
    expect(await refusal(() => createAccount({ db, email: "ed@example.org", role: "admin", password: PASSWORD }))).toMatchObject({ field: "email" });
    expect(await refusal(() => createAccount({ db, email: "new@example.org", role: "editor", password: "short" }))).toMatchObject({ field: "password" });
    expect(findUserByEmail({ db, email: "new@example.org" })).toBeUndefined();
  });

  it("never leaves the knowledge base without an enabled admin", async () => {
    const { id: root } = await createAccount({ db, email: "root@example.org", role: "admin", password: PASSWORD });
    expect(await refusal(() => changeAccountRole({ db, userId: root, role: "editor" }))).toMatchObject({ field: "role" });
    expect(await refusal(() => setAccountDisabled({ db, userId: root, disabled: true }))).toMatchObject({ message: expect.stringMatching(/only admin/) });
    const { id: second } = await createAccount({ db, email: "second@example.org", role: "admin", password: PASSWORD });
    await changeAccountRole({ db, userId: root, role: "editor" });
    expect(countActiveAdmins({ db })).toBe(1);
    // the remaining admin cannot disable themselves either
    expect(await refusal(() => setAccountDisabled({ db, userId: second, disabled: true, actor: { userId: second, role: "admin" } }))).toMatchObject({
      message: expect.stringMatching(/your own/),
    });
  });

  it("disabling signs the account out everywhere and keeps it out; enabling lets it sign in again", async () => {
    const { id: admin } = await createAccount({ db, email: "admin@example.org", role: "admin", password: PASSWORD });
    const { id: editor } = await createAccount({ db, email: "ed@example.org", role: "editor", password: PASSWORD });
    const phone = createSession({ db, userId: editor }).token;
    const laptop = createSession({ db, userId: editor }).token;
    expect(listUsers({ db }).find((u) => u.id === editor)?.liveSessions).toBe(2);

    await setAccountDisabled({ db, userId: editor, disabled: true, actor: { userId: admin, role: "admin" } });
    expect(readSession({ db, token: phone })).toBeNull();
    expect(readSession({ db, token: laptop })).toBeNull();
    expect(listUsers({ db }).find((u) => u.id === editor)).toMatchObject({ liveSessions: 0, disabledAt: expect.any(String) });
    // a session created while disabled does not work either
    expect(readSession({ db, token: createSession({ db, userId: editor }).token })).toBeNull();

    await setAccountDisabled({ db, userId: editor, disabled: false, actor: { userId: admin, role: "admin" } });
    expect(readSession({ db, token: phone })).toBeNull();
    expect(readSession({ db, token: createSession({ db, userId: editor }).token })).toMatchObject({ email: "ed@example.org", role: "editor" });
  });

  it("a new password revokes every session; a role change takes effect on the live session", async () => {
    await createAccount({ db, email: "admin@example.org", role: "admin", password: PASSWORD });
    const { id } = await createAccount({ db, email: "ed@example.org", role: "editor", password: PASSWORD });
    const token = createSession({ db, userId: id }).token;
    await changeAccountRole({ db, userId: id, role: "admin" });
    expect(readSession({ db, token })).toMatchObject({ role: "admin" });

    expect(await setAccountPassword({ db, userId: id, password: "another long passphrase" })).toEqual({ sessionsRevoked: 1 });
    expect(readSession({ db, token })).toBeNull();
    const { passwordHash } = findUserByEmail({ db, email: "ed@example.org" })!;
    expect(await verifyPassword({ password: "another long passphrase", hash: passwordHash })).toBe(true);
    expect(await verifyPassword({ password: PASSWORD, hash: passwordHash })).toBe(false);
  });

  it("the operator's save creates, then resets an account in one step, and a refused role change changes nothing", async () => {
    const created = await saveAccount({ db, email: "Root@Example.org", role: "admin", password: PASSWORD });
    expect(created).toMatchObject({ created: true, sessionsRevoked: 0 });
    const token = createSession({ db, userId: created.id }).token;

    const refused = await refusal(() => saveAccount({ db, email: "root@example.org", role: "editor", password: "a different passphrase" }));
    expect(refused).toMatchObject({ field: "role" });
    expect(readSession({ db, token })).toMatchObject({ role: "admin" });
    expect(await verifyPassword({ password: PASSWORD, hash: findUserByEmail({ db, email: "root@example.org" })!.passwordHash })).toBe(true);

    await createAccount({ db, email: "other@example.org", role: "admin", password: PASSWORD });
    await setAccountDisabled({ db, userId: created.id, disabled: true });
    expect(await saveAccount({ db, email: "root@example.org", role: "editor", password: "a different passphrase" })).toEqual({
      id: created.id,
      created: false,
      sessionsRevoked: 0,
    });
    const after = findUserByEmail({ db, email: "root@example.org" })!;
    expect(after).toMatchObject({ role: "editor", disabledAt: null });
    expect(await verifyPassword({ password: "a different passphrase", hash: after.passwordHash })).toBe(true);
  });
});
