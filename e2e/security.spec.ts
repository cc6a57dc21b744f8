import { expect, test } from "./fixtures";
import { E2E_EDITOR } from "./global-setup";

test("an anonymous visitor sees no edit controls and every direct write is refused", async ({ page, request }) => {
  await page.goto("/initiatives/global-ai-governance-initiative");
  await expect(page.getByTestId("entity-name")).toBeVisible();
  await expect(page.getByTestId("signin-link")).toBeVisible();
  for (const id of ["edit-entity-link", "history-link", "account-menu", "nav-review", "review-accept"]) await expect(page.getByTestId(id)).toHaveCount(0);

  await page.goto("/review");
  await expect(page).toHaveURL(/\/signin\?next=%2Freview/);
  await page.goto("/edit/initiative/global-ai-governance-initiative");
  await expect(page).toHaveURL(/\/signin\?next=/);

  const writes = [
    request.post("/api/entities", { data: { kind: "initiative", slug: "anon", nameEn: "Anon" } }),
    request.patch("/api/entities/initiative/global-ai-governance-initiative", { data: { nameZh: "篡改" } }),
    request.delete("/api/entities/initiative/global-ai-governance-initiative"),
    request.post("/api/entities/initiative/global-ai-governance-initiative/merge", { data: { into: { kind: "initiative", key: "x" } } }),
    request.post("/api/review", { data: { action: "bulk-accept" } }),
    request.post("/api/articles", { data: { title: "anon", body: "匿名投稿。" } }),
  ];
  for (const response of await Promise.all(writes)) expect([401, 403], `${response.url()} → ${response.status()}`).toContain(response.status());
  const entity = await (await request.get("/api/entities/initiative/global-ai-governance-initiative")).json();
  expect(entity.nameZh).not.toBe("篡改");
});

test("pages carry the security headers", async ({ request }) => {
  const home = await request.get("/");
  const csp = home.headers()["content-security-policy"];
  expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(home.headers()["x-content-type-options"]).toBe("nosniff");
  expect(home.headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  // Both JSON paths: one through Next, and search, which the production server answers itself.
  for (const path of ["/api/health", "/api/search?q=GAIGI"]) {
    const api = await request.get(path);
    expect(api.headers()["x-content-type-options"], path).toBe("nosniff");
    expect(api.headers()["content-security-policy"], path).toBe("default-src 'none'; frame-ancestors 'none'");
  }
});

test("a cross-site form post with the editor's cookie is refused", async ({ page, signInPage }) => {
  await signInPage.signIn({ email: E2E_EDITOR.email, password: E2E_EDITOR.password });
  const response = await page.request.post("/api/entities", {
    data: { kind: "initiative", slug: "csrf-attempt", nameEn: "CSRF" },
    headers: { Origin: "https://evil.example", "Sec-Fetch-Site": "cross-site" },
  });
  expect(response.status()).toBe(403);
});

test("an article with script, onerror and javascript: payloads is ingested and rendered inert", async ({ page, signInPage }) => {
  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await signInPage.signIn({ email: E2E_EDITOR.email, password: E2E_EDITOR.password });

  const title = `<script>alert("title")</script><img src=x onerror="alert('title-img')"> 恶意标题测试`;
  const body = [
    `中方与赞比亚在纽约举办会议。<script>window.__xss = "body-script"; alert("body")</script>`,
    `<img src="x" onerror="window.__xss='img'; alert('img')"> 以及 <a href="javascript:alert('link')">点击这里</a>。`,
    `[markdown link](javascript:alert('md')) <svg onload="alert('svg')"></svg> <iframe src="javascript:alert('frame')"></iframe>`,
  ].join("\n\n");
  const refused = await page.request.post("/api/articles", { data: { title: "x", body: "x", url: "javascript:alert(1)" } });
  expect(refused.status()).toBe(400);
  const created = await page.request.post("/api/articles", { data: { title, body, language: "zh", publisher: `<b onmouseover="alert('pub')">pub</b>` } });
  expect(created.status(), await created.text()).toBeLessThan(300);
  const { url } = await created.json();

  await page.goto(url);
  await expect(page.getByTestId("article-title")).toContainText('<script>alert("title")</script>');
  await expect(page.getByTestId("article-body")).toContainText('<img src="x" onerror=');
  await expect(page.locator("article script, article img, article iframe, article svg")).toHaveCount(0);
  await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0);
  // hover and click everything in the article: nothing may run
  await page.getByTestId("article-body").hover();
  await page.getByTestId("article-title").click();
  await page.goto("/articles");
  await page.goto(`/search?q=${encodeURIComponent("恶意标题测试")}`);
  await page.goto("/review");
  expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();
  expect(dialogs).toEqual([]);
});

test("sign-in never sends the browser to another site, whatever ?next= says", async ({ page, baseURL }) => {
  const offsite: string[] = [];
  await page.route(
    (url) => url.hostname.endsWith("evil.example"),
    async (route) => {
      offsite.push(route.request().url());
      await route.abort();
    },
  );
  const payloads = ["/.//evil.example", "/./\\evil.example", "/%2e//evil.example", "/a/..//evil.example", "/\\evil.example", "//evil.example"];
  // The form itself: sign in with a hostile next.
  await page.goto(`/signin?next=${encodeURIComponent(payloads[0])}`);
  await page.getByTestId("signin-email").fill(E2E_EDITOR.email);
  await page.getByTestId("signin-password").fill(E2E_EDITOR.password);
  await page.getByTestId("signin-submit").click();
  await expect(page.getByTestId("account-email")).toHaveText(E2E_EDITOR.email);
  expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
  // Signed in, /signin redirects straight to next: every payload must land on this site.
  for (const next of payloads) {
    await page.goto(`/signin?next=${encodeURIComponent(next)}`);
    await expect(page.getByTestId("account-email")).toHaveText(E2E_EDITOR.email);
    expect(new URL(page.url()).origin, next).toBe(new URL(baseURL!).origin);
  }
  expect(offsite).toEqual([]);
});
