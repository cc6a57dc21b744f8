import { request as playwrightRequest } from "@playwright/test";
import type { Page, TestInfo } from "@playwright/test";
import { expect, test } from "./fixtures";
import { E2E_EDITOR } from "./global-setup";

/** The three interfaces: English at today's URLs, simplified under /zh, traditional under /zh-hant. */
const LANGUAGES = [
  { prefix: "", htmlLang: "en", nav: { timeline: "Timeline", search: "Search" }, zambia: "Zambia", typed: "Zam", compare: "China, Zambia" },
  { prefix: "/zh", htmlLang: "zh-Hans", nav: { timeline: "时间线", search: "搜索" }, zambia: "赞比亚", typed: "赞比", compare: "中国，赞比亚" },
  { prefix: "/zh-hant", htmlLang: "zh-Hant", nav: { timeline: "時間線", search: "搜索" }, zambia: "尚比亞", typed: "尚比", compare: "中國、尚比亞" },
] as const;

const at = (prefix: string, path: string) => (path === "/" ? prefix || "/" : `${prefix}${path}`);

async function snapshot(page: Page, testInfo: TestInfo, name: string) {
  await testInfo.attach(name, { body: await page.screenshot({ fullPage: false }), contentType: "image/png" });
}

for (const lang of LANGUAGES) {
  const label = lang.prefix || "/ (English)";

  test.describe(`interface ${label}`, () => {
    test("navigation keeps the language, with one h1 and the right <html lang>", async ({ page }, testInfo) => {
      await page.goto(at(lang.prefix, "/"));
      await expect(page.locator("html")).toHaveAttribute("lang", lang.htmlLang);
      await expect(page.locator("h1")).toHaveCount(1);
      await expect(page.getByTestId("nav-compare")).toBeVisible();
      await expect(page.getByTestId("nav-events")).toBeVisible();
      const timelineLink = page.getByTestId("nav-timeline");
      await expect(timelineLink).toHaveText(lang.nav.timeline);
      await timelineLink.click();
      await expect(page).toHaveURL(new RegExp(`${lang.prefix}/timeline$`));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(lang.nav.timeline);
      await expect(page.locator("h1")).toHaveCount(1);
      await snapshot(page, testInfo, `timeline${lang.prefix || "-en"}`);
      // the switch goes to the same page in another language
      const other = lang.prefix === "/zh" ? "en" : "zh";
      await page.getByTestId("language-switch").getByTestId(`language-${other}`).click();
      await expect(page).toHaveURL(new RegExp(`${other === "en" ? "" : "/zh"}/timeline$`));
      await expect(page.locator("html")).toHaveAttribute("lang", other === "en" ? "en" : "zh-Hans");
    });

    test("a search finds Zambia and links to its page in the same language", async ({ page }, testInfo) => {
      await page.goto(at(lang.prefix, "/search"));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(lang.nav.search);
      await page.getByTestId("search-input").fill("Zambia");
      const first = page.getByTestId("search-result").first();
      await expect(first.getByTestId("search-result-link")).toHaveAttribute("href", `${lang.prefix}/countries/ZMB`);
      await expect(first.getByTestId("search-result-link")).toContainText(lang.zambia);
      await snapshot(page, testInfo, `search${lang.prefix || "-en"}`);
      await first.getByTestId("search-result-link").click();
      await expect(page).toHaveURL(new RegExp(`${lang.prefix}/countries/ZMB$`));
    });

    test("a country page names the country in the page's language, the other beside it", async ({ page }, testInfo) => {
      await page.goto(at(lang.prefix, "/countries/ZMB"));
      await expect(page.getByTestId("entity-name")).toHaveText(lang.zambia);
      await expect(page.getByTestId("entity-name-zh")).toHaveText(lang.prefix ? "Zambia" : "赞比亚");
      await expect(page.getByTestId("entity-name-zh")).toHaveAttribute("lang", lang.prefix ? "en" : "zh-Hans");
      await expect(page.locator("h1")).toHaveCount(1);
      await snapshot(page, testInfo, `country${lang.prefix || "-en"}`);
    });

    test("the timeline is filtered by a country chosen by typing its name", async ({ page }, testInfo) => {
      await page.goto(at(lang.prefix, "/timeline"));
      // the native multi-select becomes the combobox once the page is hydrated
      const input = page.locator('[data-testid="filter-country"][role="combobox"]');
      await expect(input).toBeVisible();
      await input.fill(lang.typed);
      const option = page.getByTestId("filter-country-options").getByTestId("combobox-option").first();
      await expect(option).toHaveAttribute("data-value", "ZMB");
      await input.press("Enter");
      await expect(page.getByTestId("filter-country-combobox").getByTestId("combobox-chip")).toHaveAttribute("data-value", "ZMB");
      await page.getByTestId("filter-submit").click();
      await expect(page).toHaveURL(new RegExp(`${lang.prefix}/timeline\\?country=ZMB`));
      await expect(page.getByTestId("timeline-item").first()).toBeVisible();
      await expect(page.getByTestId("active-filters")).toContainText(lang.zambia);
      await snapshot(page, testInfo, `timeline-zambia${lang.prefix || "-en"}`);
    });

    test("compare reads country names", async ({ page }, testInfo) => {
      await page.goto(at(lang.prefix, "/compare"));
      await page.getByTestId("compare-input").fill(lang.compare);
      await page.getByTestId("compare-submit").click();
      await expect(page.getByTestId("compare-country")).toHaveCount(2);
      await expect(page.getByTestId("compare-country").nth(0)).toHaveAttribute("data-iso3", "CHN");
      await expect(page.getByTestId("compare-country").nth(1)).toHaveAttribute("data-iso3", "ZMB");
      await expect(page.getByTestId("compare-error")).toHaveCount(0);
      await snapshot(page, testInfo, `compare${lang.prefix || "-en"}`);
    });
  });
}

test("the home page offers the Chinese interface to a browser preferring Chinese, without redirecting", async ({ browser }) => {
  const context = await browser.newContext({ locale: "zh-CN", extraHTTPHeaders: { "accept-language": "zh-CN,zh;q=0.9,en;q=0.5" } });
  const page = await context.newPage();
  const response = await page.goto("/");
  expect(response?.status()).toBe(200);
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByTestId("language-suggestion-link")).toHaveAttribute("href", "/zh");
  await context.close();
  const english = await browser.newContext({ extraHTTPHeaders: { "accept-language": "en-GB,en;q=0.9" } });
  const englishPage = await english.newPage();
  await englishPage.goto("/");
  await expect(englishPage.getByTestId("home-link")).toBeVisible();
  await expect(englishPage.getByTestId("language-suggestion")).toHaveCount(0);
  await english.close();
});

test("an entity without a Chinese name is shown in English with a visible mark on Chinese pages", async ({ page, baseURL }) => {
  await page.goto("/zh/timeline?order=newest");
  await expect(page.getByTestId("timeline-item").first()).toBeVisible();
  await page.goto("/zh/initiatives/global-ai-governance-initiative");
  await expect(page.getByTestId("entity-name")).toHaveText("全球人工智能治理倡议");
  // every seeded entity has a Chinese name now: an editor adds one with an English name only
  const signIn = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL! } });
  const session = await signIn.post("/api/auth/signin", { data: { email: E2E_EDITOR.email, password: E2E_EDITOR.password } });
  const created = await signIn.post("/api/entities", {
    data: { kind: "initiative", slug: "english-only-initiative", nameEn: "An English-only initiative", description: "Described in English only." },
  });
  expect([session.status(), created.status()]).toEqual([200, 201]);
  await signIn.dispose();
  await page.goto("/zh/initiatives/english-only-initiative");
  await expect(page.getByTestId("entity-name")).toContainText("An English-only initiative");
  await expect(page.getByTestId("english-only").first()).toBeVisible();
});

test("the timeline runs newest first on request, with a jump to a year", async ({ page }) => {
  await page.goto("/timeline?order=newest");
  const dates = await page.getByTestId("timeline-item").evaluateAll((items) => items.map((i) => i.getAttribute("data-date") ?? ""));
  expect(dates.length).toBeGreaterThan(3);
  expect(dates[0].slice(0, 4) >= dates.at(-1)!.slice(0, 4)).toBe(true);
  const jump = page.getByTestId("timeline-jump").getByRole("link", { name: "2024" });
  await expect(jump).toHaveAttribute("href", /order=newest.*#year-2024|#year-2024/);
  await jump.click();
  await expect(page.locator("#year-2024")).toBeInViewport();
});

test("exports are never prefetched and the favicon is served", async ({ page, request }) => {
  const requested: string[] = [];
  page.on("request", (r) => requested.push(new URL(r.url()).pathname));
  await page.goto("/about");
  await page.goto("/zh/timeline");
  await page.waitForLoadState("networkidle");
  expect(requested.filter((p) => /\.(csv|ics|xml)$/.test(p))).toEqual([]);
  const icon = await request.get("/icon.svg");
  expect(icon.status()).toBe(200);
  await expect(page.locator('link[rel="icon"]').first()).toHaveAttribute("href", /icon/);
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("timeline filters fold behind a button and results come first", async ({ page }, testInfo) => {
    await page.goto("/timeline?country=ZMB");
    await expect(page.getByTestId("filters-toggle")).toHaveText("Filters (1)");
    await expect(page.getByTestId("timeline-filters")).toBeHidden();
    const first = await page.getByTestId("timeline-item").first().boundingBox();
    expect(first!.y).toBeLessThan(844 * 1.5);
    await snapshot(page, testInfo, "timeline-phone");
    await page.getByTestId("filters-toggle").click();
    await expect(page.getByTestId("timeline-filters")).toBeVisible();
  });

  test("long participant lists keep a space before 'and N more'", async ({ page }) => {
    await page.goto("/timeline?resolution=unga-res-78-311");
    const list = page
      .getByTestId("timeline-item-countries")
      .filter({ has: page.locator("summary") })
      .first();
    await expect(list).toBeVisible();
    expect(await list.innerText()).toMatch(/\S and \d+ more/);
  });
});
