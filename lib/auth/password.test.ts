import { describe, expect, it } from "vitest";
import { hashPassword, passwordProblem, verifyPassword } from "./password";

describe("scrypt password hashing", () => {
  it("verifies the right password and refuses a wrong one", async () => {
    const hash = await hashPassword({ password: "correct horse battery staple" });
    expect(hash).toMatch(/^scrypt\$15\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(await verifyPassword({ password: "correct horse battery staple", hash })).toBe(true);
    expect(await verifyPassword({ password: "correct horse battery stapler", hash })).toBe(false);
  });
  it("salts every hash", async () => {
    const [a, b] = await Promise.all([hashPassword({ password: "same password here" }), hashPassword({ password: "same password here" })]);
    expect(a).not.toBe(b);
  });
  it("treats malformed or weakened stored hashes as not matching", async () => {
    expect(await verifyPassword({ password: "x", hash: "plain" })).toBe(false);
    expect(await verifyPassword({ password: "x", hash: "scrypt$30$8$1$AAAA$AAAA" })).toBe(false);
    expect(await verifyPassword({ password: "x", hash: "scrypt$15$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAA" })).toBe(false);
  });
  it("asks for long passwords", () => {
    expect(passwordProblem({ password: "short" })).toMatch(/at least 12/);
    expect(passwordProblem({ password: "a long enough passphrase" })).toBeNull();
  });
});
