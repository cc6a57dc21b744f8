import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { E2E_ADMIN, E2E_EDITOR } from "./global-setup";

/**
 * Every public page in /zh shows its interface in Chinese: after removing what is content in English on
 * purpose (text marked lang="en", article bodies, quotations, code, links to outside sources), no English interface word is left. The
 * words are those the pages used before they took their text from the catalogues, so a string that bypasses
 * the catalogue again shows up here.
 */
const ENGLISH_UI =
  /\b(About the data|Coverage and completeness|What it holds today|Where the facts come from|Reuse|Kind|Confirmed|with a source|awaiting review|Title|Publisher|Published|Links|Add articles|No articles yet|Previous|Next|Page \d|Key|Why\?|Who did what|Linked entities|Events reported|Also published by|A reprint of|original|Date unknown|See \d{4} on the timeline|Also known as|Participants and links|Related events|Evidence from articles|No recorded participants|reports the event|mentions it|suggested link|Participation matrix|Download CSV|Back to the map|Country|Each cell|Sign in|E-mail|Password|Showing \d|Show more|incomplete list|and \d+ more|see them all|Timeline of its events|The latest \d+|Recorded votes?|Votes as a list|Source of the total|Sources?:|Follow|Calendar|Atom feed|translated|primary|official|news|secondary|checked|known|recorded|none recorded|Not recorded|Took part|Part played|participations?|Relations|Sources|No sources recorded|Entities|Chinese name|Chinese description|Participation lists|Known|Total|As of|State|complete|partial|Sources by quality|Quality|UN members)\b/g;

/** The interface text of <main>, without the English that is content (names, titles, quotations, code). */
async function interfaceText(page: Page, { content = "" }: { content?: string } = {}): Promise<string> {
  return page.evaluate((extra) => {
    const main = document.querySelector("main")!.cloneNode(true) as HTMLElement;
    main.querySelectorAll(`[lang^="en"], [data-testid="article-body"], blockquote, q, code, svg, a[href^="http"]${extra}`).forEach((e) => e.remove());
    return main.textContent ?? "";
  }, content);
}

async function expectChineseInterface(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  const traditional = path.startsWith("/zh-hant");
  await expect(page.locator("html")).toHaveAttribute("lang", traditional ? "zh-Hant" : "zh-Hans");
  const text = await interfaceText(page);
  expect([...new Set(text.match(ENGLISH_UI) ?? [])], `English interface words on ${path}`).toEqual([]);
  expect(text, path).toMatch(/\p{Script=Han}/u);
  // the tab's title is in Chinese too
  expect(await page.title(), path).toMatch(traditional ? /政策圖譜/ : /政策图谱/);
}

test.describe("every public page in /zh (and some in /zh-hant)", () => {
  for (const path of [
    "/zh",
    "/zh/about",
    "/zh/about/coverage",
    "/zh/articles",
    "/zh/countries/matrix",
    "/zh/signin",
    "/zh/compare?countries=CHN,ZMB,FRA,USA,GBR,DEU",
    "/zh/countries/CHN",
    "/zh/countries/ZMB",
    "/zh/countries",
    "/zh/initiatives/global-ai-governance-initiative",
    "/zh/resolutions/unga-res-78-311",
    "/zh/organisations/g20",
    "/zh/events",
    "/zh-hant/about",
    "/zh-hant/countries/matrix",
    "/zh-hant/articles",
  ]) {
    test(`${path} shows its interface in Chinese`, async ({ page }) => {
      await expectChineseInterface(page, path);
    });
  }

  test("an article page and an event page show their interface in Chinese", async ({ page }) => {
    await page.goto("/zh/articles");
    const articleHref = await page.getByTestId("article-link").first().getAttribute("href");
    expect(articleHref).toMatch(/^\/zh\/articles\//);
    await expectChineseInterface(page, articleHref!);
    // the "why" popover of a link speaks Chinese too
    const why = page.getByTestId("why-button").first();
    if (await why.count()) {
      await expect(why).toHaveText("为何？");
      await why.click();
      await expect(page.getByTestId("why-popover")).toContainText("文中原文");
    }
    await page.goto("/zh/events");
    const eventHref = await page.locator('main a[href^="/zh/events/"]').first().getAttribute("href");
    await expectChineseInterface(page, eventHref!);
  });

  test("the country page's <title> is in the page's language", async ({ page }) => {
    await page.goto("/zh/countries/ZMB");
    expect(await page.title()).toMatch(/^赞比亚 Zambia · 政策图谱$/);
    await page.goto("/countries/ZMB");
    expect(await page.title()).toMatch(/^Zambia 赞比亚 · Policy Atlas$/);
  });
});

test("an editor signing in at /zh gets the sign-in errors, account menu, review queue and upload form in Chinese", async ({ page }) => {
  await page.goto("/zh/signin?next=/review");
  await page.getByTestId("signin-email").fill(E2E_EDITOR.email);
  await page.getByTestId("signin-password").fill("not the password");
  await page.getByTestId("signin-submit").click();
  await expect(page.getByTestId("signin-error")).toHaveText("电子邮箱或密码错误。");
  await page.getByTestId("signin-password").fill(E2E_EDITOR.password);
  await page.getByTestId("signin-submit").click();
  // back to where the editor was going, in the same language
  await expect(page).toHaveURL(/\/zh\/review$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("审核队列");
  await expect(page.getByTestId("nav-review")).toHaveText("审核");
  await expect(page.getByTestId("signout-button")).toHaveText("退出登录");
  await expect(page.getByTestId("review-count")).toContainText("项待审核");
  await page.goto("/zh/ingest");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("添加文章");
});

/** The words the editors' pages (accounts, edit, history) used before they took their text from the catalogues. */
const ENGLISH_EDITOR_UI =
  /\b(Accounts|Add an account|Add account|Set role|Set password|Sign out everywhere|live sessions?|Disable|Enable|Edit|view page|history|Relations|remove|edit date, source, note|Add relation|this is the|has as|Merge|Merge into|Delete|Deleting hides it|Kind|Slug|Name \(English\)|Name \(Chinese\)|Date|Type|Description|Chinese aliases|English aliases|Other aliases|one per line|Sources|Save changes|Create|New entity|History of|restore this version|No recorded changes|system)\b/g;

test("an admin at /zh gets the accounts, edit, new-entity and history pages in Chinese", async ({ page }) => {
  await page.goto("/zh/signin?next=/admin/users");
  await page.getByTestId("signin-email").fill(E2E_ADMIN.email);
  await page.getByTestId("signin-password").fill(E2E_ADMIN.password);
  await page.getByTestId("signin-submit").click();
  await expect(page).toHaveURL(/\/zh\/admin\/users$/);
  for (const path of [
    "/zh/admin/users",
    "/zh/edit/initiative/global-ai-governance-initiative",
    "/zh/edit/new?kind=resolution",
    "/zh/history/initiative/global-ai-governance-initiative",
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    // what editors typed (form fields, the recorded values of a change) is content
    const text = await interfaceText(page, { content: ", textarea, [data-testid='revision'] table" });
    expect([...new Set(text.match(ENGLISH_EDITOR_UI) ?? [])], `English interface words on ${path}`).toEqual([]);
    expect(await page.title(), path).toMatch(/政策图谱/);
  }
});

test.describe("exports in the requested language", () => {
  test("CSV headers: stable names by default, Chinese with lang=zh (timeline and matrix)", async ({ request }) => {
    const en = await request.get("/timeline.csv");
    expect((await en.text()).replace(/^\uFEFF/, "").split("\r\n")[0]).toMatch(/^date,date_precision,end_date,kind,/);
    const zh = await request.get("/timeline.csv?lang=zh");
    expect((await zh.text()).replace(/^\uFEFF/, "").split("\r\n")[0]).toMatch(/^日期,日期精度,结束日期,类别,/);
    const matrixEn = await request.get("/countries/matrix.csv");
    expect((await matrixEn.text()).replace(/^\uFEFF/, "").split("\r\n")[0]).toMatch(/^iso3,name_en,name_zh,/);
    const matrixZh = await request.get("/countries/matrix.csv?lang=zh-hant");
    expect((await matrixZh.text()).replace(/^\uFEFF/, "").split("\r\n")[0]).toMatch(/^ISO3 代碼,英文名稱,中文名稱,/);
  });

  test("feed and calendar titles come from the catalogue", async ({ request }) => {
    expect(await (await request.get("/feed.xml")).text()).toContain("Policy Atlas — AI governance timeline");
    const feed = await (await request.get("/feed.xml?lang=zh&country=ZMB")).text();
    expect(feed).toContain("政策图谱 — 赞比亚");
    expect(feed).toContain("全球人工智能治理的最新事件");
    expect(await (await request.get("/timeline.ics?lang=zh")).text()).toContain("政策图谱时间线");
  });

  test("a Chinese page links its exports with lang=zh", async ({ page }) => {
    await page.goto("/zh/timeline");
    await expect(page.getByTestId("export-csv")).toHaveAttribute("href", /[?&]lang=zh(&|$)/);
    await expect(page.getByTestId("follow-atom")).toHaveAttribute("href", /[?&]lang=zh(&|$)/);
    await page.goto("/timeline");
    await expect(page.getByTestId("export-csv")).not.toHaveAttribute("href", /lang=/);
  });

  test("/favicon.ico answers with an icon", async ({ request }) => {
    const res = await request.get("/favicon.ico");
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toMatch(/image\/(x-icon|vnd\.microsoft\.icon)/);
    expect((await res.body()).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]));
  });
});
