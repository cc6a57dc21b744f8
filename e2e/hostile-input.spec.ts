import { expect, test } from "./fixtures";

// Through the real production server (Next + lib/runtime/create-app-server.ts): answers that never 500.

test("badly encoded paths: API → 400/404 JSON, pages → the 404 page", async ({ request, page }) => {
  for (const [path, status] of [
    ["/api/entities/initiative/%ff", 400],
    ["/api/entities/initiative/global%252Dai%252Dgovernance%252Dinitiative", 404],
    ["/api/entities/initiative/50%25", 404],
    ["/api/articles/%25", 404],
  ] as const) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(status);
    expect(response.headers()["content-type"], path).toMatch(/application\/json/);
    expect(await response.json(), path).toEqual({ error: expect.any(String) });
  }
  for (const path of ["/initiatives/%ff", "/initiatives/50%25", "/events/%25", "/articles/%ff%fe"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.locator("h1"), path).toBeVisible();
  }
});

test("a malformed session cookie is no session, not a 500", async ({ request }) => {
  const write = await request.patch("/api/entities/initiative/global-ai-governance-initiative", { data: { description: "x" }, headers: { Cookie: "atlas_session=%E0%A4%A" } });
  expect(write.status()).toBe(401);
  const review = await request.get("/review", { headers: { Cookie: "atlas_session=%" }, maxRedirects: 0 });
  expect(review.status()).toBeLessThan(500);
});

test("a 100k-character query is a 414 with a JSON message", async ({ request }) => {
  const response = await request.get(`/api/search?q=${"a".repeat(100_000)}`);
  expect(response.status()).toBe(414);
  expect(await response.json()).toEqual({ error: expect.stringMatching(/too long/) });
});

test("the open-data dump downloads, with its name and an ETag", async ({ request }) => {
  for (const [path, name] of [
    ["/dump/atlas.json.gz", "atlas.json.gz"],
    ["/dump/atlas-csv.zip", "atlas-csv.zip"],
  ]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-disposition"]).toBe(`attachment; filename="${name}"`);
    const etag = response.headers()["etag"];
    expect(etag).toBeTruthy();
    expect((await response.body()).length).toBeGreaterThan(1000);
    expect((await request.get(path, { headers: { "If-None-Match": etag } })).status()).toBe(304);
  }
});
