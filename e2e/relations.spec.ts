import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./fixtures";
import { E2E_EDITOR } from "./global-setup";

test.describe.configure({ mode: "serial" });
// several pages in one story, on a shared 2-core machine
test.setTimeout(120_000);

const BODY = ["London, 5 March 2025 - Mongolia signed the Bletchley Declaration on Tuesday, its foreign ministry said.", "The country did not sign the declaration in 2023."].join(
  "\n\n",
);

test("an article's participation statement waits as a suggestion; the editor accepts it and it reaches the country page and map", async ({
  page,
  signInPage,
  reviewPage,
  articlePage,
  countriesPage,
}) => {
  await signInPage.signIn({ email: E2E_EDITOR.email, password: E2E_EDITOR.password });
  const created = await page.request.post("/api/articles", { data: { title: "Mongolia signs the Bletchley Declaration", body: BODY, language: "en", publishedAt: "2025-03-05" } });
  expect(created.status(), await created.text()).toBeLessThan(300);
  const { url, slug } = await created.json();

  // the API carries the suggested relation with its why; mentions carry theirs
  const json = await (await page.request.get(`/api/articles/${encodeURIComponent(slug)}`)).json();
  expect(json.relations).toEqual([
    expect.objectContaining({
      subject: expect.objectContaining({ kind: "country", iso3: "MNG" }),
      role: "signatory",
      object: expect.objectContaining({ slug: "bletchley-declaration" }),
      status: "suggested",
      why: { matched: "signed", form: "signatory", rule: "pattern" },
    }),
  ]);
  expect(json.mentions.every((m: { why?: { rule: string } }) => !!m.why?.rule)).toBe(true);

  // not a fact yet: the country page and the map do not show it
  await countriesPage.openCountry("MNG");
  await expect(countriesPage.roleGroup("signatory")).toHaveCount(0);

  // the article page explains each link in a popover that opens by click and keyboard and closes with Escape
  await articlePage.open(url);
  await expect(articlePage.legend).toContainText("suggested");
  await expect(articlePage.relations.first()).toContainText("Mongolia");
  await expect(articlePage.relations.first()).toHaveAttribute("data-status", "suggested");
  const why = articlePage.whyButton("Mongolia");
  await expect(why).toHaveAttribute("aria-expanded", "false");
  await why.click();
  await expect(why).toHaveAttribute("aria-expanded", "true");
  await expect(page.getByTestId("why-popover")).toContainText("Mongolia");
  await page.keyboard.press("Escape");
  await expect(why).toHaveAttribute("aria-expanded", "false");
  await why.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("why-popover")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("why-popover")).toHaveCount(0);

  // the editor accepts it from the review queue
  await reviewPage.open();
  const item = reviewPage.relation({ subject: "MNG", object: "bletchley-declaration" });
  await expect(item).toBeVisible();
  await expect(item.getByTestId("review-relation")).toContainText("signatory");
  await expect(item.getByTestId("review-evidence")).toContainText("Mongolia signed the Bletchley Declaration");
  await reviewPage.accept(item);

  // now a fact with the article as its source: on the country page and on the map
  await countriesPage.openCountry("MNG");
  await expect(countriesPage.roleGroup("signatory")).toContainText("Bletchley Declaration");
  await countriesPage.open("?selection=initiative:bletchley-declaration");
  await expect(countriesPage.country("MNG")).toHaveAttribute("data-highlighted", "true");
});

test("a proposed entity is hidden from readers: its page answers 404 until an editor accepts it", async ({ page, signInPage, browser }) => {
  await signInPage.signIn({ email: E2E_EDITOR.email, password: E2E_EDITOR.password });
  const created = await page.request.post("/api/articles", {
    data: {
      title: "Compute pact",
      body: [
        "Ministers from several Pacific states gathered in Suva this week to discuss shared computing for research and public services. Officials met on Thursday",
        "The Pacific Compute Sharing Initiative was announced in Suva after two days of talks between governments, universities and regional agencies.",
        "Organisers said the next meeting would review progress on training, data centres and common procurement of computing capacity.",
      ].join("\n\n"),
      language: "en",
      publishedAt: "2025-03-06",
    },
  });
  expect(created.status(), await created.text()).toBeLessThan(300);
  const json = await (await page.request.get(`/api/articles/${encodeURIComponent((await created.json()).slug)}`)).json();
  const proposed = json.mentions.filter((m: { proposedEntity?: boolean }) => m.proposedEntity);
  // one proposal, and it does not start with the weekday that ends the previous paragraph
  expect(proposed.map((m: { name: string }) => m.name)).toEqual(["Pacific Compute Sharing Initiative"]);
  const path = `/initiatives/${proposed[0].slug}`;
  expect((await page.request.get(path)).status()).toBe(200);

  const reader = await browser.newContext();
  try {
    expect((await reader.request.get(path)).status()).toBe(404);
    expect((await reader.request.get(`/api/entities/initiative/${proposed[0].slug}`)).status()).toBe(404);
    const anon = await (await reader.request.get(`/api/articles/${encodeURIComponent(json.slug)}`)).json();
    expect(anon.mentions.some((m: { proposedEntity?: boolean }) => m.proposedEntity)).toBe(false);
    const search = await (await reader.request.get(`/api/search?q=${encodeURIComponent("Pacific Compute Sharing")}`)).json();
    expect(search.hits.map((h: { slug: string }) => h.slug)).not.toContain(proposed[0].slug);
  } finally {
    await reader.close();
  }
});

test("the seed article page, with a why popover open, has no WCAG A/AA violations", async ({ page, articlePage }) => {
  await page.goto("/articles");
  await page.getByTestId("article-link").filter({ hasText: "高举全球人工智能公平普惠发展的旗帜" }).click();
  await expect(articlePage.legend).toBeVisible();
  await articlePage.whyButton("赞比亚").click();
  await expect(page.getByTestId("why-popover")).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(
    violations.map(
      (v) =>
        `${v.id}: ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(" | ")}`,
    ),
  ).toEqual([]);
});
