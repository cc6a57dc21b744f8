import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { loginAttempts, sessions, users } from "@/db/schema";
import { requireRole } from "@/lib/auth/require-role";
import { accountKey, MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS, MAX_FAILURES_PER_ADDRESS } from "@/lib/auth/rate-limit";
import { CLIENT_ADDRESS_HEADER } from "@/lib/auth/client-address";
import { createSession, readSession, revokeSession, revokeUserSessions, sessionIdOf } from "@/lib/auth/sessions";
import { signIn } from "@/lib/auth/sign-in";
import { POST as createEntityRoute } from "@/app/api/entities/route";
import { DELETE as deleteEntityRoute, PATCH as patchEntityRoute } from "@/app/api/entities/[kind]/[slug]/route";
import { POST as mergeRoute } from "@/app/api/entities/[kind]/[slug]/merge/route";
import { DELETE as removeRelationRoute, PATCH as updateRelationRoute, POST as addRelationRoute } from "@/app/api/entities/[kind]/[slug]/relations/route";
import { POST as undeleteRoute } from "@/app/api/entities/[kind]/[slug]/restore/route";
import { POST as restoreVersionRoute } from "@/app/api/entities/[kind]/[slug]/history/restore/route";
import { GET as reviewQueueRoute, POST as reviewRoute } from "@/app/api/review/route";
import { POST as signInRoute } from "@/app/api/auth/signin/route";
import { POST as signOutRoute } from "@/app/api/auth/signout/route";
import { seedEntity, setUpCurationFixture } from "../helpers/curation-fixture";
import { apiRequest, createUser, ctx } from "./auth-helpers";

const { db, users: accounts } = setUpCurationFixture({
  users: { editor: { email: "editor@atlas.test", role: "editor" }, admin: { email: "admin@atlas.test", role: "admin" } },
  routes: true,
  seed: (db) => {
    for (const i of [1, 2, 3, 4, 5, 6]) seedEntity({ db, kind: "initiative", slug: `init-${i}`, nameEn: `Initiative ${i}` });
    seedEntity({ db, kind: "country", slug: "zmb", nameEn: "Zambia", nameZh: "赞比亚", iso2: "ZM", iso3: "ZMB" });
    return {};
  },
});

describe("sessions", () => {
  it("stores only the token's hash and reads it back until revoked", () => {
    const { token } = createSession({ db, userId: accounts.editor.id });
    expect(db.select().from(sessions).where(eq(sessions.id, token)).get()).toBeUndefined();
    expect(
      db
        .select()
        .from(sessions)
        .where(eq(sessions.id, sessionIdOf(token)))
        .get(),
    ).toBeDefined();
    expect(readSession({ db, token })?.email).toBe("editor@atlas.test");
    revokeSession({ db, token });
    expect(readSession({ db, token })).toBeNull();
  });
  it("expires", () => {
    const past = new Date(Date.now() - 8 * 24 * 3600 * 1000);
    const { token } = createSession({ db, userId: accounts.editor.id, now: past });
    expect(readSession({ db, token })).toBeNull();
    expect(readSession({ db, token, now: new Date(past.getTime() + 1000) })).not.toBeNull();
  });
  it("dies with a disabled account, and revokeUserSessions signs out everywhere", async () => {
    const u = await createUser({ db, email: "temp@atlas.test", role: "editor" });
    const second = createSession({ db, userId: u.id }).token;
    expect(revokeUserSessions({ db, userId: u.id })).toBe(2);
    expect(readSession({ db, token: u.token })).toBeNull();
    expect(readSession({ db, token: second })).toBeNull();
    const third = createSession({ db, userId: u.id }).token;
    db.update(users).set({ disabledAt: new Date().toISOString() }).where(eq(users.id, u.id)).run();
    expect(readSession({ db, token: third })).toBeNull();
  });
  it("a revoked session is refused by the write API (401)", async () => {
    const { token } = createSession({ db, userId: accounts.editor.id });
    const ok = await patchEntityRoute(
      apiRequest({ method: "PATCH", path: "/api/entities/initiative/init-1", body: { description: "x" }, who: { token } }),
      ctx({ kind: "initiative", slug: "init-1" }),
    );
    expect(ok.status).toBe(200);
    const out = await signOutRoute(apiRequest({ method: "POST", path: "/api/auth/signout", who: { token } }));
    expect(out.status).toBe(200);
    expect(out.headers.get("set-cookie")).toMatch(/atlas_session=;/);
    const after = await patchEntityRoute(
      apiRequest({ method: "PATCH", path: "/api/entities/initiative/init-1", body: { description: "y" }, who: { token } }),
      ctx({ kind: "initiative", slug: "init-1" }),
    );
    expect(after.status).toBe(401);
  });
});

describe("sign-in", () => {
  it("sets an httpOnly, SameSite=Lax session cookie", async () => {
    const res = await signInRoute(apiRequest({ method: "POST", path: "/api/auth/signin", body: { email: "EDITOR@atlas.test", password: accounts.editor.password } }));
    expect(res.status).toBe(200);
    const cookie = res.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^atlas_session=[\w-]{43};/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=lax/i);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).not.toMatch(/Secure/i); // plain http here; https requests get Secure
  });
  it("answers the same for an unknown e-mail and a wrong password", async () => {
    const a = await signInRoute(apiRequest({ method: "POST", path: "/api/auth/signin", body: { email: "nobody@atlas.test", password: "whatever it is" } }));
    const b = await signInRoute(apiRequest({ method: "POST", path: "/api/auth/signin", body: { email: "admin@atlas.test", password: "not the password" } }));
    expect([a.status, b.status]).toEqual([401, 401]);
    expect(await a.json()).toEqual(await b.json());
  });
  it("is refused from another site", async () => {
    const res = await signInRoute(
      apiRequest({
        method: "POST",
        path: "/api/auth/signin",
        body: { email: "editor@atlas.test", password: accounts.editor.password },
        who: { origin: "https://evil.example", site: "cross-site" },
      }),
    );
    expect(res.status).toBe(403);
  });
  it("is rate-limited per account and address: after the limit even the right password is refused from there", async () => {
    const email = "victim@atlas.test";
    const victim = await createUser({ db, email, role: "editor" });
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS; i++) {
      const r = await signIn({ db, email, password: `guess number ${i}`, clientAddress: "10.0.0.1" });
      expect(r).toEqual({ ok: false, reason: "invalid" });
    }
    expect(await signIn({ db, email, password: victim.password, clientAddress: "10.0.0.1" })).toEqual({ ok: false, reason: "rate-limited" });
    // The owner elsewhere is not locked out by someone guessing from 10.0.0.1.
    expect((await signIn({ db, email, password: victim.password, clientAddress: "10.0.1.1" })).ok).toBe(true);
    // the window passes
    const later = new Date(Date.now() + 16 * 60 * 1000);
    expect((await signIn({ db, email, password: victim.password, clientAddress: "10.0.0.1", now: later })).ok).toBe(true);
  });
  it("is rate-limited per client address across e-mails, without locking those accounts out elsewhere", async () => {
    let last;
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS + 1; i++) last = await signIn({ db, email: `spray${i}@atlas.test`, password: "password spraying", clientAddress: "203.0.113.9" });
    expect(last).toEqual({ ok: false, reason: "rate-limited" });
    expect((await signIn({ db, email: "admin@atlas.test", password: accounts.admin.password, clientAddress: "203.0.113.9" })).ok).toBe(false);
    expect((await signIn({ db, email: "admin@atlas.test", password: accounts.admin.password, clientAddress: "203.0.113.10" })).ok).toBe(true);
  });
  it("20 failures against every account from one address lock none of them out for their owners", async () => {
    const owners = await Promise.all([1, 2, 3].map((i) => createUser({ db, email: `owner${i}@atlas.test`, role: "editor" })));
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++) await signIn({ db, email: owners[i % 3].email, password: `wrong ${i}`, clientAddress: "198.51.100.66" });
    for (const owner of owners) expect((await signIn({ db, email: owner.email, password: owner.password, clientAddress: "192.0.2.44" })).ok, owner.email).toBe(true);
  });
  it("distributed guessing hits an account-wide cap, but addresses the owner signed in from before still work", async () => {
    const owner = await createUser({ db, email: "distributed@atlas.test", role: "editor" });
    expect((await signIn({ db, email: owner.email, password: owner.password, clientAddress: "192.0.2.200" })).ok).toBe(true);
    // A botnet's failures from many addresses, as signIn records them (50 real hashes would take ~25 s here), then one real failure.
    const at = new Date().toISOString();
    db.insert(loginAttempts)
      .values(Array.from({ length: MAX_FAILURES_PER_ACCOUNT - 1 }, () => ({ key: accountKey(owner.email), ok: false, at })))
      .run();
    expect(await signIn({ db, email: owner.email, password: "botnet guess", clientAddress: "100.64.0.1" })).toEqual({ ok: false, reason: "invalid" });
    expect(await signIn({ db, email: owner.email, password: owner.password, clientAddress: "100.127.0.1" })).toEqual({ ok: false, reason: "rate-limited" });
    expect((await signIn({ db, email: owner.email, password: owner.password, clientAddress: "192.0.2.200" })).ok).toBe(true);
  });
  it("reserves each attempt before hashing: 60 parallel guesses check at most the limit", async () => {
    const email = "parallel@atlas.test";
    await createUser({ db, email, role: "editor" });
    const results = await Promise.all(Array.from({ length: 60 }, (_, i) => signIn({ db, email, password: `parallel guess ${i}`, clientAddress: "198.51.100.7" })));
    expect(results.filter((r) => !r.ok && r.reason === "invalid")).toHaveLength(MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS);
    expect(results.filter((r) => !r.ok && r.reason === "rate-limited")).toHaveLength(60 - MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS);
  });
  it("the API route takes the address the server set, not a client-sent X-Forwarded-For", async () => {
    const email = "xff@atlas.test";
    const target = await createUser({ db, email, role: "editor" });
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS; i++) {
      const request = apiRequest({ method: "POST", path: "/api/auth/signin", body: { email, password: `xff guess ${i}` } });
      request.headers.set("x-forwarded-for", `10.9.9.${i}`);
      request.headers.set(CLIENT_ADDRESS_HEADER, "198.51.100.99");
      expect((await signInRoute(request)).status).toBe(401);
    }
    const blocked = apiRequest({ method: "POST", path: "/api/auth/signin", body: { email, password: target.password } });
    blocked.headers.set("x-forwarded-for", "10.9.9.200");
    blocked.headers.set(CLIENT_ADDRESS_HEADER, "198.51.100.99");
    expect((await signInRoute(blocked)).status).toBe(429);
  });
});

describe("requireRole", () => {
  it("accepts a bearer token without Origin checks and refuses cross-site cookie writes", async () => {
    const bearer = await requireRole({
      request: apiRequest({ method: "POST", path: "/x", who: { token: accounts.editor.token, bearer: true, origin: "https://evil.example" } }),
      role: "editor",
      db,
    });
    expect(bearer.ok).toBe(true);
    const crossSite = await requireRole({
      request: apiRequest({ method: "POST", path: "/x", who: { token: accounts.editor.token, origin: "https://evil.example" } }),
      role: "editor",
      db,
    });
    expect(crossSite).toMatchObject({ ok: false, status: 403 });
    const sameSite = await requireRole({ request: apiRequest({ method: "POST", path: "/x", who: { token: accounts.editor.token, site: "same-origin" } }), role: "editor", db });
    expect(sameSite.ok).toBe(true);
  });
});

/** Every write endpoint × {anonymous, editor, admin, cross-site}. Each case builds a fresh target when it needs one. */
describe("each role against each write endpoint", () => {
  type Case = { name: string; minimum: "editor" | "admin"; call: (who: { token?: string; origin?: string }) => Promise<Response>; ok: number };
  let n = 0;
  const fresh = () => {
    n++;
    const slug = `target-${n}`;
    seedEntity({ db, kind: "initiative", slug, nameEn: `Target ${n}` });
    return slug;
  };
  const cases: Case[] = [
    {
      name: "POST /api/entities",
      minimum: "editor",
      ok: 201,
      call: (who) => createEntityRoute(apiRequest({ method: "POST", path: "/api/entities", body: { kind: "initiative", slug: `created-${++n}`, nameEn: "Created" }, who })),
    },
    {
      name: "PATCH /api/entities/{kind}/{slug}",
      minimum: "editor",
      ok: 200,
      call: (who) => {
        const slug = fresh();
        return patchEntityRoute(apiRequest({ method: "PATCH", path: `/api/entities/initiative/${slug}`, body: { nameZh: "新名" }, who }), ctx({ kind: "initiative", slug }));
      },
    },
    {
      name: "DELETE /api/entities/{kind}/{slug}",
      minimum: "editor",
      ok: 200,
      call: (who) => {
        const slug = fresh();
        return deleteEntityRoute(apiRequest({ method: "DELETE", path: `/api/entities/initiative/${slug}`, who }), ctx({ kind: "initiative", slug }));
      },
    },
    {
      name: "POST …/restore (undelete)",
      minimum: "editor",
      ok: 200,
      call: async (who) => {
        const slug = fresh();
        await deleteEntityRoute(apiRequest({ method: "DELETE", path: "/x", who: { token: accounts.admin.token } }), ctx({ kind: "initiative", slug }));
        return undeleteRoute(apiRequest({ method: "POST", path: `/api/entities/initiative/${slug}/restore`, who }), ctx({ kind: "initiative", slug }));
      },
    },
    {
      name: "POST …/merge",
      minimum: "editor",
      ok: 200,
      call: (who) => {
        const slug = fresh();
        const into = fresh();
        return mergeRoute(
          apiRequest({ method: "POST", path: `/api/entities/initiative/${slug}/merge`, body: { into: { kind: "initiative", key: into } }, who }),
          ctx({ kind: "initiative", slug }),
        );
      },
    },
    {
      name: "POST …/relations",
      minimum: "editor",
      ok: 201,
      call: (who) => {
        const slug = fresh();
        return addRelationRoute(
          apiRequest({
            method: "POST",
            path: `/api/entities/initiative/${slug}/relations`,
            body: { role: "proposer", direction: "incoming", other: { kind: "country", key: "ZMB" } },
            who,
          }),
          ctx({ kind: "initiative", slug }),
        );
      },
    },
    {
      name: "PATCH …/relations?id=",
      minimum: "editor",
      ok: 200,
      call: async (who) => {
        const slug = fresh();
        const added = await addRelationRoute(
          apiRequest({
            method: "POST",
            path: "/x",
            body: { role: "supporter", direction: "incoming", other: { kind: "country", key: "ZMB" } },
            who: { token: accounts.admin.token },
          }),
          ctx({ kind: "initiative", slug }),
        );
        const { id } = await added.json();
        return updateRelationRoute(
          apiRequest({ method: "PATCH", path: `/api/entities/initiative/${slug}/relations?id=${id}`, body: { date: "2025-05", note: "edited" }, who }),
          ctx({ kind: "initiative", slug }),
        );
      },
    },
    {
      name: "DELETE …/relations?id=",
      minimum: "editor",
      ok: 200,
      call: async (who) => {
        const slug = fresh();
        const added = await addRelationRoute(
          apiRequest({
            method: "POST",
            path: "/x",
            body: { role: "supporter", direction: "incoming", other: { kind: "country", key: "ZMB" } },
            who: { token: accounts.admin.token },
          }),
          ctx({ kind: "initiative", slug }),
        );
        const { id } = await added.json();
        return removeRelationRoute(apiRequest({ method: "DELETE", path: `/api/entities/initiative/${slug}/relations?id=${id}`, who }), ctx({ kind: "initiative", slug }));
      },
    },
    {
      name: "POST …/history/restore",
      minimum: "admin",
      ok: 200,
      call: async (who) => {
        const slug = fresh();
        await patchEntityRoute(apiRequest({ method: "PATCH", path: "/x", body: { description: "v2" }, who: { token: accounts.admin.token } }), ctx({ kind: "initiative", slug }));
        const revisionId = db.$client.prepare("select max(id) as id from revisions").get() as { id: number };
        return restoreVersionRoute(
          apiRequest({ method: "POST", path: `/api/entities/initiative/${slug}/history/restore`, body: { revisionId: revisionId.id }, who }),
          ctx({ kind: "initiative", slug }),
        );
      },
    },
    {
      name: "POST /api/review (bulk accept)",
      minimum: "editor",
      ok: 200,
      call: (who) => reviewRoute(apiRequest({ method: "POST", path: "/api/review", body: { action: "bulk-accept", minConfidence: 0.95 }, who })),
    },
  ];

  for (const c of cases) {
    it(`${c.name}: anonymous 401, cross-site 403, ${c.minimum === "admin" ? "editor 403, " : "editor ok, "}admin ok`, async () => {
      expect((await c.call({})).status).toBe(401);
      expect((await c.call({ token: accounts.admin.token, origin: "https://evil.example" })).status).toBe(403);
      const asEditor = await c.call({ token: accounts.editor.token });
      expect(asEditor.status).toBe(c.minimum === "admin" ? 403 : c.ok);
      const asAdmin = await c.call({ token: accounts.admin.token });
      expect(asAdmin.status, JSON.stringify(await asAdmin.clone().json())).toBe(c.ok);
    });
  }

  it("GET /api/review (the unreviewed queue) is not public", async () => {
    expect((await reviewQueueRoute(apiRequest({ method: "GET", path: "/api/review" }))).status).toBe(401);
    expect((await reviewQueueRoute(apiRequest({ method: "GET", path: "/api/review", who: { token: accounts.editor.token } }))).status).toBe(200);
  });

  it("bounds request bodies and answers bad input with a 400 message", async () => {
    const big = await createEntityRoute(
      apiRequest({
        method: "POST",
        path: "/api/entities",
        body: { kind: "initiative", slug: "big", nameEn: "x", description: "y".repeat(300_000) },
        who: { token: accounts.editor.token },
      }),
    );
    expect(big.status).toBe(413);
    const bad = await createEntityRoute(
      apiRequest({ method: "POST", path: "/api/entities", body: { kind: "initiative", slug: "ok-slug", nameEn: "X", date: "2024-13" }, who: { token: accounts.editor.token } }),
    );
    expect(bad.status).toBe(400);
    expect((await bad.json()).error).toMatch(/date/);
    const script = await createEntityRoute(
      apiRequest({
        method: "POST",
        path: "/api/entities",
        body: { kind: "initiative", slug: "js-src", nameEn: "X", sources: [{ url: "javascript:alert(1)" }] },
        who: { token: accounts.editor.token },
      }),
    );
    expect(script.status).toBe(400);
    const dup = await createEntityRoute(
      apiRequest({ method: "POST", path: "/api/entities", body: { kind: "initiative", slug: "init-1", nameEn: "Again" }, who: { token: accounts.editor.token } }),
    );
    expect(dup.status).toBe(409);
  });
});
