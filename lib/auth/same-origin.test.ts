import { describe, expect, it } from "vitest";
import { isSameOriginRequest } from "./same-origin";
import { hasRole } from "./roles";
import { isSignInAllowed, MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS, MAX_FAILURES_PER_ADDRESS } from "./rate-limit";
import { resolveClientAddress, trustedProxyCount } from "./client-address";
import { safeNextPath } from "./page-guard";

const req = (headers: Record<string, string>) => ({ headers: new Headers({ host: "atlas.test", ...headers }), url: "http://atlas.test/api/x" });

describe("isSameOriginRequest", () => {
  it("trusts Sec-Fetch-Site when the browser sends it", () => {
    expect(isSameOriginRequest(req({ "sec-fetch-site": "same-origin" }))).toBe(true);
    expect(isSameOriginRequest(req({ "sec-fetch-site": "cross-site", origin: "http://atlas.test" }))).toBe(false);
    expect(isSameOriginRequest(req({ "sec-fetch-site": "same-site" }))).toBe(false);
  });
  it("falls back to Origin against Host", () => {
    expect(isSameOriginRequest(req({ origin: "http://atlas.test" }))).toBe(true);
    expect(isSameOriginRequest(req({ origin: "https://evil.example" }))).toBe(false);
    expect(isSameOriginRequest(req({ origin: "null" }))).toBe(false);
  });
  it("lets non-browser clients (no Origin, no Sec-Fetch-Site) through to the credential check", () => {
    expect(isSameOriginRequest(req({}))).toBe(true);
  });
});

describe("roles and throttling rules", () => {
  it("orders roles: admin ⊇ editor ⊇ anonymous", () => {
    expect(hasRole({ actual: "admin", required: "editor" })).toBe(true);
    expect(hasRole({ actual: "editor", required: "admin" })).toBe(false);
    expect(hasRole({ actual: null, required: "editor" })).toBe(false);
  });
  it("blocks at the per-account+address, per-address and (unknown addresses only) per-account limits", () => {
    const none = { accountAddressFailures: 0, addressFailures: 0, accountFailures: 0, knownAddress: false };
    expect(isSignInAllowed({ ...none, accountAddressFailures: MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS - 1 })).toBe(true);
    expect(isSignInAllowed({ ...none, accountAddressFailures: MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS })).toBe(false);
    expect(isSignInAllowed({ ...none, addressFailures: MAX_FAILURES_PER_ADDRESS })).toBe(false);
    expect(isSignInAllowed({ ...none, accountFailures: MAX_FAILURES_PER_ACCOUNT })).toBe(false);
    expect(isSignInAllowed({ ...none, accountFailures: MAX_FAILURES_PER_ACCOUNT, knownAddress: true })).toBe(true);
  });
  it("trusts X-Forwarded-For only as far as TRUST_PROXY says", () => {
    const forwardedFor = "6.6.6.6, 203.0.113.5";
    expect(resolveClientAddress({ socketAddress: "::ffff:10.0.0.2", forwardedFor, trustProxy: 0 })).toBe("10.0.0.2");
    expect(resolveClientAddress({ socketAddress: "10.0.0.2", forwardedFor, trustProxy: 1 })).toBe("203.0.113.5");
    expect(resolveClientAddress({ socketAddress: "10.0.0.2", forwardedFor, trustProxy: 2 })).toBe("6.6.6.6");
    expect(resolveClientAddress({ socketAddress: "10.0.0.2", forwardedFor: undefined, trustProxy: 1 })).toBe("10.0.0.2");
    expect([undefined, "", "0", "false", "true", "2"].map((value) => trustedProxyCount({ value }))).toEqual([0, 0, 0, 0, 1, 2]);
  });
  it("only redirects to local paths after sign-in", () => {
    expect(safeNextPath("/review")).toBe("/review");
    expect(safeNextPath("//evil.example")).toBe("/");
    expect(safeNextPath("https://evil.example")).toBe("/");
    expect(safeNextPath("/\\evil.example")).toBe("/");
  });
  it("refuses paths that a browser resolves to another host (dot segments, encoded dots, backslashes)", () => {
    const hostile = [
      "/.//evil.example",
      "/./\\evil.example",
      "/%2e//evil.example",
      "/%2E//evil.example",
      "/a/..//evil.example",
      "/a/../\\evil.example",
      "\\\\evil.example",
      "/\t/evil.example",
      "/%5c%5cevil.example/..",
      "https:evil.example",
      "javascript:alert(1)",
    ];
    for (const next of hostile) {
      const kept = safeNextPath(next);
      // A router that normalises the path (drops dot segments) and navigates to it again must stay here.
      const normalised = new URL(kept, "https://atlas.test");
      expect(normalised.origin, next).toBe("https://atlas.test");
      expect(new URL(normalised.pathname, "https://atlas.test").origin, next).toBe("https://atlas.test");
      expect(kept, next).toMatch(/^\/(?![/\\])/);
    }
  });
  it("keeps a local path with its query and fragment", () => {
    expect(safeNextPath("/search?q=a%20b#top")).toBe("/search?q=a%20b#top");
    expect(safeNextPath("/edit/initiative/x")).toBe("/edit/initiative/x");
  });
});
