import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rssFeed, startFeedServer, staticRoute, type FeedServer } from "../../scripts/lib/feed-server";
import { createTestDatabase } from "../helpers/test-database";
import { apiRequest, createUser, ctx, useDatabaseForRoutes } from "./auth-helpers";

type Json = Record<string, unknown>;
let testDb: ReturnType<typeof createTestDatabase>;
let server: FeedServer;
let editor: { token: string };
let admin: { token: string };
let list: typeof import("@/app/api/sources/route");
let one: typeof import("@/app/api/sources/[id]/route");
let poll: typeof import("@/app/api/sources/[id]/poll/route");

beforeAll(async () => {
  testDb = createTestDatabase();
  useDatabaseForRoutes(testDb.db);
  editor = await createUser({ db: testDb.db, email: "ed@atlas.test", role: "editor" });
  admin = await createUser({ db: testDb.db, email: "ad@atlas.test", role: "admin" });
  server = await startFeedServer();
  server.routes.set("/atom.xml", staticRoute({ body: `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title></feed>`, type: "application/atom+xml" }));
  server.routes.set("/rss.xml", staticRoute({ body: rssFeed({ title: "r", items: [] }), type: "application/rss+xml" }));
  for (let i = 0; i < 7; i++) server.routes.set(`/hop/${i}`, (_req, res) => void res.writeHead(302, { location: `/hop/${i + 1}` }).end());
  list = await import("@/app/api/sources/route");
  one = await import("@/app/api/sources/[id]/route");
  poll = await import("@/app/api/sources/[id]/poll/route");
});
afterAll(async () => {
  await server.close();
  (globalThis as unknown as { atlasDb?: unknown }).atlasDb = undefined;
  testDb.remove();
});

describe("/api/sources", () => {
  it("needs an editor for reads and writes", async () => {
    expect((await list.GET(apiRequest({ method: "GET", path: "/api/sources" }))).status).toBe(401);
    expect((await list.POST(apiRequest({ method: "POST", path: "/api/sources", body: { url: "https://example.org/feed" } }))).status).toBe(401);
  });

  it("lets only an admin allow private addresses, and refuses local addresses otherwise", async () => {
    const byEditor = await list.POST(
      apiRequest({ method: "POST", path: "/api/sources", body: { url: `${server.url}/rss.xml`, allowPrivate: true }, who: { token: editor.token, bearer: true } }),
    );
    expect(byEditor.status).toBe(403);
    const local = await list.POST(apiRequest({ method: "POST", path: "/api/sources", body: { url: `${server.url}/rss.xml` }, who: { token: editor.token, bearer: true } }));
    expect(local.status).toBe(400);
    expect(((await local.json()) as Json).error).toMatch(/private or local address/);
  });

  it("detects the kind, lists the source, polls it, and reports its items", async () => {
    const created = await list.POST(
      apiRequest({
        method: "POST",
        path: "/api/sources",
        body: { url: `${server.url}/atom.xml`, allowPrivate: true, intervalMinutes: 30 },
        who: { token: admin.token, bearer: true },
      }),
    );
    expect(created.status).toBe(201);
    const source = (await created.json()) as Json;
    expect(source).toMatchObject({ kind: "atom", intervalMinutes: 30, lastStatus: null });
    const again = await list.POST(
      apiRequest({ method: "POST", path: "/api/sources", body: { url: `${server.url}/atom.xml`, allowPrivate: true }, who: { token: admin.token, bearer: true } }),
    );
    expect(again.status).toBe(409);

    const listed = (await (await list.GET(apiRequest({ method: "GET", path: "/api/sources", who: { token: editor.token, bearer: true } }))).json()) as { sources: Json[] };
    expect(listed.sources.map((s) => s.url)).toContain(`${server.url}/atom.xml`);

    const polled = await poll.POST(
      apiRequest({ method: "POST", path: `/api/sources/${source.id}/poll`, who: { token: editor.token, bearer: true } }),
      ctx({ id: String(source.id) }),
    );
    expect(polled.status).toBe(200);
    expect(await polled.json()).toMatchObject({ status: "ok", newItems: 0 });
    const detail = (await (
      await one.GET(apiRequest({ method: "GET", path: `/api/sources/${source.id}`, who: { token: editor.token, bearer: true } }), ctx({ id: String(source.id) }))
    ).json()) as Json;
    expect(detail).toMatchObject({ id: source.id, kind: "atom", lastStatus: "ok", items: [] });
    expect(typeof detail.nextFetchAt).toBe("string");

    expect((await one.GET(apiRequest({ method: "GET", path: "/api/sources/999", who: { token: editor.token, bearer: true } }), ctx({ id: "999" }))).status).toBe(404);
    expect((await one.GET(apiRequest({ method: "GET", path: "/api/sources/x", who: { token: editor.token, bearer: true } }), ctx({ id: "x" }))).status).toBe(400);
  });

  it("refuses bad input and a chain of more than 5 redirects", async () => {
    const bad = await list.POST(apiRequest({ method: "POST", path: "/api/sources", body: { url: "file:///etc/passwd" }, who: { token: editor.token, bearer: true } }));
    expect(bad.status).toBe(400);
    const pattern = await list.POST(
      apiRequest({ method: "POST", path: "/api/sources", body: { url: "https://example.org/", kind: "listing", linkPattern: "([" }, who: { token: editor.token, bearer: true } }),
    );
    expect(pattern.status).toBe(400);
    const hops = await list.POST(
      apiRequest({ method: "POST", path: "/api/sources", body: { url: `${server.url}/hop/0`, allowPrivate: true }, who: { token: admin.token, bearer: true } }),
    );
    expect(hops.status).toBe(400);
    expect(((await hops.json()) as Json).error).toMatch(/more than 5 redirects/);
  });
});
