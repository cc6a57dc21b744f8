import { expect, test } from "./fixtures";

test("home shows counts and a search box; a search opens the Group of Friends", async ({ page, searchPage }) => {
  await page.goto("/");
  await expect(page.getByTestId("kind-counts")).toContainText("Countries");
  await page.getByTestId("home-search-input").fill("之友小组");
  await page.getByTestId("home-search-input").press("Enter");
  await expect(page).toHaveURL(/\/search\?q=/);
  const first = searchPage.firstResult();
  await expect(first).toContainText("Group of Friends");
  await first.getByRole("link").first().click();
  await expect(page.getByTestId("entity-name")).toContainText("Group of Friends");
  await expect(page.getByTestId("relation").filter({ hasText: "Zambia" }).first()).toBeVisible();
});

test("Zambia's page shows its Chinese name and the Group of Friends", async ({ page }) => {
  await page.goto("/countries/ZMB");
  await expect(page.getByTestId("entity-name-zh")).toHaveText("赞比亚");
  await expect(page.getByTestId("relation").filter({ hasText: "Group of Friends" }).first()).toBeVisible();
});

test("the EU's page lists the European Commission apart from its names, as an institution articles are linked through", async ({ page }) => {
  await page.goto("/organisations/european-union");
  await expect(page.getByTestId("aliases")).toContainText("欧盟");
  await expect(page.getByTestId("aliases")).not.toContainText("European Commission");
  await expect(page.getByTestId("institution-aliases")).toContainText("European Commission");
});

test("the seed article shows its linked entities with highlighted evidence", async ({ page }) => {
  await page.goto("/articles");
  await page.getByTestId("article-link").filter({ hasText: "高举全球人工智能公平普惠发展的旗帜" }).click();
  await expect(page.getByTestId("article-title")).toContainText("高举全球人工智能公平普惠发展的旗帜");
  await expect(page.getByTestId("mention").filter({ hasText: "赞比亚" }).first()).toBeVisible();
  await expect(page.getByTestId("article-body")).not.toContainText("结核病");
});

test("the footer leads to what the atlas holds and where it comes from", async ({ page }) => {
  await page.goto("/");
  await page.getByTestId("about-link").click();
  await expect(page).toHaveURL(/\/about$/);
  await expect(page.locator('[data-testid="coverage-row"][data-kind="country"]')).toContainText("249");
  await expect(page.getByTestId("coverage-relations")).toContainText("confirmed relations");
});
