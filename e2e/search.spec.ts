import { expect, test } from "./fixtures";

test("type with a typo, filter, open with the keyboard, come back to the same search", async ({ page, searchPage }) => {
  await searchPage.open();
  // "/" focuses the box from anywhere on the page.
  await page.locator("body").click({ position: { x: 5, y: 5 } });
  await page.keyboard.press("/");
  await expect(searchPage.input).toBeFocused();

  await searchPage.type("global ai govrnance initiative");
  await expect(searchPage.firstResult()).toContainText("Global AI Governance Initiative");
  await expect(searchPage.firstResult()).toContainText("全球人工智能治理倡议");
  await expect(searchPage.firstResult().locator("time")).toHaveText("18 Oct 2023");

  await searchPage.kindFilter("initiative").check();
  await expect(page).toHaveURL(/kind=initiative/);
  await expect(searchPage.results.first()).toHaveAttribute("data-kind", "initiative");
  expect(await searchPage.results.evaluateAll((items) => items.every((li) => li.getAttribute("data-kind") === "initiative"))).toBe(true);
  // The kind facet keeps counting the other kinds while one is chosen.
  await expect(searchPage.kindCount("initiative")).not.toHaveText("0");

  await searchPage.input.focus();
  await page.keyboard.press("ArrowDown");
  await expect(searchPage.activeResult()).toContainText("Global AI Governance Initiative");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/initiatives\/global-ai-governance-initiative$/);
  await expect(page.getByTestId("entity-name")).toContainText("Global AI Governance Initiative");

  await page.goBack();
  await expect(page).toHaveURL(/\/search\?/);
  await expect(searchPage.input).toHaveValue("global ai govrnance initiative");
  await expect(searchPage.kindFilter("initiative")).toBeChecked();
  await expect(searchPage.firstResult()).toContainText("Global AI Governance Initiative");
});

test("the country filter is a multi-select combobox: typing 赞比 or a code adds a country, chips remove it", async ({ page, searchPage }) => {
  await page.goto("/search?q=group%20of%20friends");
  await expect(searchPage.firstResult()).toBeVisible();
  const input = page.locator('[data-testid="filter-country"][role="combobox"]');
  await expect(input).toBeVisible();
  await input.fill("赞比");
  await page.getByTestId("filter-country-options").locator('[data-testid="combobox-option"][data-value="ZMB"]').click();
  await expect(page).toHaveURL(/country=ZMB/);
  await input.fill("CHN");
  await input.press("Enter");
  await expect(page).toHaveURL(/country=ZMB&country=CHN/);
  const chips = page.getByTestId("filter-country-combobox").getByTestId("combobox-chip");
  await expect(chips).toHaveCount(2);
  // reloaded from the URL, the chips are rendered by the server with their names
  await page.reload();
  await expect(page.getByTestId("filter-country-combobox").locator('[data-testid="combobox-chip"][data-value="ZMB"]')).toContainText("Zambia");
  await page.getByTestId("filter-country-combobox").locator('[data-testid="combobox-chip"][data-value="ZMB"]').click();
  await expect(page).not.toHaveURL(/country=ZMB/);
  await expect(page).toHaveURL(/country=CHN/);
});

test("traditional Chinese finds the simplified names; abbreviations and symbols too", async ({ searchPage }) => {
  await searchPage.open("之友小組");
  await expect(searchPage.firstResult()).toContainText("Group of Friends for International Cooperation on AI Capacity-building");
  await searchPage.open("A/RES/78/311");
  await expect(searchPage.firstResult()).toContainText("A/RES/78/311");
  await searchPage.open("GAIGI");
  await expect(searchPage.firstResult()).toContainText("also known as GAIGI");
});

test("no results: says so and offers the search without filters", async ({ page, searchPage }) => {
  await page.goto("/search?q=Zambia&kind=resolution&yearTo=1990");
  await expect(searchPage.noResults).toBeVisible();
  await page.getByTestId("suggest-without-filters").click();
  await expect(page).toHaveURL(/\/search\?q=Zambia$/);
  await expect(searchPage.firstResult()).toContainText("Zambia");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the plain form searches and filters", async ({ page, searchPage }) => {
    await searchPage.open();
    await searchPage.input.fill("Group of Friends");
    await page.getByTestId("filter-kind-event").check();
    await page.getByTestId("search-submit").click();
    await expect(page).toHaveURL(/q=Group\+of\+Friends/);
    await expect(page).toHaveURL(/kind=event/);
    await expect(searchPage.firstResult()).toHaveAttribute("data-kind", "event");
    await expect(searchPage.firstResult()).toContainText("Group of Friends");
  });
});

test("bad input is a friendly page and a clear 400 from the API", async ({ page, request }) => {
  await page.goto("/search?yearFrom=2030&yearTo=2020");
  await expect(page.getByTestId("search-invalid")).toContainText("yearFrom must not be after yearTo");
  const res = await request.get("/api/search?kind=planet");
  expect(res.status()).toBe(400);
  expect((await res.json()).error).toMatch(/kind must be one of/);
  const ok = await request.get("/api/search?q=%E8%B5%9E%E6%AF%94%E4%BA%9A&kind=country");
  const body = await ok.json();
  expect(body).toMatchObject({ engine: "meilisearch", hits: [{ kind: "country", slug: "ZMB", url: "/countries/ZMB" }] });
  expect(body.facets.kind.country).toBe(1);
});
