import { request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import { expect, test } from "./fixtures";
import { E2E_EDITOR } from "./global-setup";

// Anonymous readers are answered from the app server's cache of rendered pages; every kind of write must be
// visible to the very next anonymous request. Writes go through the public API with an editor's token.
test.describe.configure({ mode: "serial" });

let editor: APIRequestContext;
let reader: APIRequestContext;

test.beforeAll(async ({ baseURL }) => {
  const signIn = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL! } });
  const session = await signIn.post("/api/auth/signin", { data: { email: E2E_EDITOR.email, password: E2E_EDITOR.password } });
  expect(session.ok()).toBe(true);
  const { token } = (await session.json()) as { token: string };
  await signIn.dispose();
  editor = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${token}`, origin: baseURL! } });
  reader = await playwrightRequest.newContext({ baseURL });
});
test.afterAll(async () => {
  await editor.dispose();
  await reader.dispose();
});

/** Reads a page twice as an anonymous reader, so that the second answer came from the cache. */
async function readCached(path: string): Promise<string> {
  await reader.get(path);
  const second = await reader.get(path);
  expect(second.headers()["x-atlas-cache"], `${path} is served from the cache`).toBe("hit");
  return second.text();
}

test("pages are served from the cache, with an ETag that answers 304", async () => {
  await readCached("/timeline");
  const hit = await reader.get("/timeline");
  const etag = hit.headers()["etag"];
  expect(etag).toBeTruthy();
  expect((await reader.get("/timeline", { headers: { "if-none-match": etag } })).status()).toBe(304);
});

test("an edit, a new entity, a relation, a merge, a deletion and an ingest are each seen on the next read", async () => {
  // edit (PATCH)
  const page = "/initiatives/global-ai-governance-initiative";
  expect(await readCached(page)).not.toContain("Cache freshness check");
  const current = await editor.get("/api/entities/initiative/global-ai-governance-initiative");
  const ifMatch = current.headers()["etag"];
  const edited = await editor.patch("/api/entities/initiative/global-ai-governance-initiative", {
    data: { description: "Cache freshness check: the initiative's description as edited." },
    headers: ifMatch ? { "if-match": ifMatch } : {},
  });
  expect(edited.ok(), await edited.text()).toBe(true);
  expect(await (await reader.get(page)).text()).toContain("Cache freshness check");

  // create
  expect(await readCached("/initiatives")).not.toContain("Cache Freshness Initiative");
  for (const slug of ["cache-freshness-initiative", "cache-freshness-duplicate"]) {
    const created = await editor.post("/api/entities", {
      data: { kind: "initiative", slug, nameEn: slug === "cache-freshness-initiative" ? "Cache Freshness Initiative" : "Cache Freshness Duplicate" },
    });
    expect(created.status(), await created.text()).toBe(201);
  }
  const list = await (await reader.get("/initiatives")).text();
  expect(list).toContain("Cache Freshness Initiative");
  expect(list).toContain("Cache Freshness Duplicate");

  // relation: Zambia takes part in the new initiative
  expect(await readCached("/countries/ZMB")).not.toContain("Cache Freshness Initiative");
  const related = await editor.post("/api/entities/initiative/cache-freshness-initiative/relations", {
    data: { role: "participant", direction: "incoming", other: { kind: "country", key: "ZMB" } },
  });
  expect(related.ok(), await related.text()).toBe(true);
  expect(await (await reader.get("/countries/ZMB")).text()).toContain("Cache Freshness Initiative");

  // merge: the duplicate disappears from the list
  await readCached("/initiatives");
  const merged = await editor.post("/api/entities/initiative/cache-freshness-duplicate/merge", { data: { into: { kind: "initiative", key: "cache-freshness-initiative" } } });
  expect(merged.ok(), await merged.text()).toBe(true);
  expect(await (await reader.get("/initiatives")).text()).not.toContain("Cache Freshness Duplicate");

  // delete: the page is gone
  expect((await reader.get("/initiatives/cache-freshness-initiative")).status()).toBe(200);
  await readCached("/initiatives/cache-freshness-initiative");
  const deleted = await editor.delete("/api/entities/initiative/cache-freshness-initiative");
  expect(deleted.ok(), await deleted.text()).toBe(true);
  expect((await reader.get("/initiatives/cache-freshness-initiative")).status()).toBe(404);

  // ingest through the API: the article list shows it at once
  expect(await readCached("/articles")).not.toContain("Cache freshness article");
  const ingested = await editor.post("/api/articles", {
    data: {
      title: "Cache freshness article",
      body: [
        "This note was written for a cache freshness check of the atlas's pages.",
        "It names no country, no organisation, no initiative and no event, so that it adds nothing to what other tests read.",
        "Its only purpose is to appear in the list of articles on the very next request after it was sent.",
        "A few more plain sentences make it long enough to count as an article rather than as page furniture.",
        "Readers of the list will see its title, its language and the date it was added, and nothing else of interest.",
      ].join(" "),
    },
  });
  expect(ingested.ok(), await ingested.text()).toBe(true);
  expect(await (await reader.get("/articles")).text()).toContain("Cache freshness article");
});

test("a signed-in editor's pages are never served from the cache", async () => {
  await readCached("/timeline");
  const mine = await editor.get("/timeline");
  expect(mine.headers()["x-atlas-cache"]).toBeUndefined();
});

test("the filter comboboxes' option asset answers 304 to its ETag and carries a new organisation on the next read", async () => {
  const path = "/api/options/organisation?locale=zh";
  const first = await reader.get(path);
  expect(first.status()).toBe(200);
  expect(first.headers()["cache-control"]).toContain("no-cache");
  const etag = first.headers()["etag"];
  expect(etag).toBeTruthy();
  const body = (await first.json()) as { options: { value: string; label: string; search: string }[] };
  expect(body.options.length).toBeGreaterThan(0);
  expect(body.options.map((o) => o.value)).not.toContain("option-asset-freshness");
  expect((await reader.get(path, { headers: { "if-none-match": etag } })).status()).toBe(304);
  expect((await reader.get(path)).headers()["x-atlas-cache"]).toBe("hit");

  const created = await editor.post("/api/entities", {
    data: { kind: "organisation", slug: "option-asset-freshness", nameEn: "Option Asset Freshness Forum", nameZh: "选项新鲜度论坛" },
  });
  expect(created.ok(), await created.text()).toBe(true);
  const stale = await reader.get(path, { headers: { "if-none-match": etag } });
  expect(stale.status(), "the old ETag no longer matches after a write").toBe(200);
  const after = (await stale.json()) as { options: { value: string; label: string; search: string }[] };
  expect(after.options).toContainEqual(expect.objectContaining({ value: "option-asset-freshness", label: "选项新鲜度论坛" }));
  expect((await reader.get("/api/options/planet")).status()).toBe(400);
});
