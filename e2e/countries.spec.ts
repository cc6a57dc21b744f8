import { parse } from "csv-parse/sync";
import { expect, test } from "./fixtures";

const GROUP = "organisation:group-of-friends-ai-capacity-building";

test("the map shows; selecting the Group of Friends highlights China and Zambia", async ({ page, countriesPage }, testInfo) => {
  await countriesPage.open();
  await expect(countriesPage.shapes).not.toHaveCount(0);
  expect(await countriesPage.shapes.count()).toBeGreaterThan(150);
  // the outlines come from one cached file that every country shape points into
  const sprite = await page.request.get((await countriesPage.shapes.first().getAttribute("href"))!.split("#")[0]);
  expect(sprite.headers()["content-type"]).toContain("image/svg+xml");
  expect(sprite.headers()["cache-control"]).toContain("immutable");
  expect(await sprite.text()).toContain('id="ZMB"');
  await expect(countriesPage.legend).toContainText("none recorded");
  await expect(countriesPage.country("CHN")).toHaveAttribute("data-highlighted", "true");

  // hover shows a tooltip with the name and the count
  // (China, not Zambia: the centre of Zambia's bounding box lies outside its concave outline)
  await countriesPage.country("CHN").hover();
  await expect(page.getByTestId("map-tooltip")).toContainText("China");

  await countriesPage.select(GROUP);
  await expect(countriesPage.country("CHN")).toHaveAttribute("data-highlighted", "true");
  await expect(countriesPage.country("ZMB")).toHaveAttribute("data-highlighted", "true");
  await expect(countriesPage.country("NZL")).toHaveAttribute("data-highlighted", "false");
  await expect(countriesPage.tableRow("ZMB")).toContainText("Co-founder");
  await expect(countriesPage.tableRow("CHN")).toContainText("Co-chair");
  await expect(countriesPage.legend).toContainText("Founder, proposer, chair or host");

  const shot = testInfo.outputPath("countries-map-group-of-friends-1280.png");
  await countriesPage.map.screenshot({ path: shot });
  await testInfo.attach("map: Group of Friends at 1280×800", { path: shot, contentType: "image/png" });

  // clicking a country on the map opens its page
  await countriesPage.country("CHN").click();
  await expect(page).toHaveURL(/\/countries\/CHN$/);
  await expect(page.getByTestId("entity-name-zh")).toHaveText("中国");
});

test("the table sorts by URL and links to compare without JavaScript", async ({ page, countriesPage }) => {
  await countriesPage.open("?sort=name&dir=asc");
  await expect(countriesPage.table.locator("tbody tr").first()).toHaveAttribute("data-iso3", "AFG");
  await page.getByTestId("sort-name").click();
  await expect(page).toHaveURL(/sort=name&dir=desc/);
  await expect(countriesPage.table.locator("tbody tr").first()).not.toHaveAttribute("data-iso3", "AFG");
  // 30 rows a page; the next page carries on in the same order
  await expect(countriesPage.table.locator("tbody tr")).toHaveCount(30);
  await page.getByTestId("country-table-pages").getByTestId("page-next").click();
  await expect(page).toHaveURL(/sort=name&dir=desc&page=2/);
  await expect(countriesPage.table.locator("tbody tr").first()).not.toHaveAttribute("data-iso3", "AFG");
  // the most active countries come first by default: tick two and compare them
  await countriesPage.open("?sort=total&dir=desc");
  await countriesPage.tableRow("CHN").getByRole("checkbox").check();
  await countriesPage.tableRow("ZMB").getByRole("checkbox").check();
  await page.getByTestId("compare-submit").click();
  await expect(page).toHaveURL(/\/compare\?countries=/);
  await expect(page.getByTestId("compare-country")).toHaveCount(2);
});

test("Zambia: co-founder and co-chair of the Group of Friends, with its 2024-12 and 2025-05-06 meetings", async ({ page, countriesPage }) => {
  await countriesPage.openCountry("ZMB");
  await expect(page.getByTestId("entity-name")).toHaveText("Zambia");
  await expect(page.getByTestId("entity-name-zh")).toHaveText("赞比亚");
  await expect(countriesPage.roleGroup("co-founder").getByTestId("relation").filter({ hasText: "Group of Friends" })).toBeVisible();
  await expect(countriesPage.roleGroup("co-chair").getByTestId("relation").filter({ hasText: "Group of Friends" })).toBeVisible();
  await expect(page.getByTestId("memberships")).toContainText("Group of Friends");
  // every participation carries its evidence
  await expect(countriesPage.roleGroup("co-founder").getByTestId("participation-evidence").first()).toBeVisible();
  const timeline = countriesPage.timelineEvents();
  await expect(timeline.filter({ hasText: "First meeting of the Group of Friends" })).toContainText("Dec 2024");
  await expect(timeline.filter({ hasText: "thematic meeting" })).toContainText("6 May 2025");
  await expect(page.getByTestId("counterpart").filter({ hasText: "China" })).toBeVisible();
  await expect(page.getByTestId("country-mention").first()).toBeVisible();
});

test("a country with no data says so and links to search; an unknown code is a 404", async ({ page }) => {
  await page.goto("/countries/ATA");
  await expect(page.getByTestId("country-empty")).toBeVisible();
  await expect(page.getByTestId("country-search-link")).toHaveAttribute("href", /\/search\?q=Antarctica/);
  const res = await page.goto("/countries/QQQ");
  expect(res?.status()).toBe(404);
});

test("compare China and Zambia: what they share and what only one has", async ({ page, countriesPage }) => {
  await countriesPage.compare(["CHN", "ZMB"]);
  await expect(page.getByTestId("compare-shared").getByTestId("compare-row").filter({ hasText: "Group of Friends for International Cooperation" }).first()).toBeVisible();
  await expect(page.getByTestId("compare-only-CHN")).toContainText("Global AI Governance Initiative");
  await page.goto("/compare?countries=CHN,NOTACODE");
  await expect(page.getByTestId("compare-error")).toBeVisible();
});

test("the matrix for the Group of Friends is viewable and its CSV parses back", async ({ page, request }) => {
  await page.goto(`/countries/matrix?selection=${GROUP}`);
  await expect(page.getByTestId("matrix-row").filter({ hasText: "Zambia" })).toContainText("Co-founder");
  const res = await request.get(`/countries/matrix.csv?selection=${GROUP}`);
  expect(res.headers()["content-type"]).toContain("text/csv");
  const records: Record<string, string>[] = parse(await res.text(), { bom: true, columns: true });
  const zambia = records.find((r) => r.iso3 === "ZMB");
  expect(zambia?.name_zh).toBe("赞比亚");
  expect(zambia?.["Group of Friends for International Cooperation on AI Capacity-building"]).toContain("co-founder");
});

test("the country API lists the Group of Friends for Zambia", async ({ request }) => {
  const res = await request.get("/api/countries/ZMB");
  expect(res.ok()).toBe(true);
  const body = await res.json();
  expect(body.participations.map((p: { entity: { slug: string } }) => p.entity.slug)).toContain("group-of-friends-ai-capacity-building");
  const all = await (await request.get("/api/countries")).json();
  expect(all.countries.find((c: { iso3: string }) => c.iso3 === "ZMB").total).toBeGreaterThan(0);
  expect((await request.get("/api/countries/12")).status()).toBe(400);
  expect((await request.get("/api/countries/QQQ")).status()).toBe(404);
});

test.describe("on a 390-px phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("the map fits the screen and stays readable", async ({ page, countriesPage }, testInfo) => {
    await countriesPage.open(`?selection=${GROUP}`);
    const box = await countriesPage.mapSvg.boundingBox();
    expect(box!.width).toBeGreaterThan(330);
    expect(box!.width).toBeLessThanOrEqual(390);
    // the page itself does not scroll sideways (the wide table scrolls inside its own box)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // China is large enough to tap
    const china = await countriesPage.country("CHN").boundingBox();
    expect(china!.width).toBeGreaterThan(30);
    await expect(countriesPage.legend).toBeVisible();
    const shot = testInfo.outputPath("countries-map-group-of-friends-390.png");
    await page.screenshot({ path: shot });
    await testInfo.attach("map: Group of Friends at 390 px", { path: shot, contentType: "image/png" });
  });
});
