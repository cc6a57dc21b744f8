import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

/** Presses Tab until the element with this test id has the focus (keyboard only, as a person would). */
async function tabTo(page: Page, selector: string, maxPresses = 80) {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return i + 1;
  }
  throw new Error(`${selector} never got the focus after ${maxPresses} Tab presses`);
}

test("keyboard only: the skip link jumps to the content", async ({ page }) => {
  await page.goto("/timeline");
  await page.keyboard.press("Tab");
  await expect(page.getByTestId("skip-link")).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
});

test("keyboard only: search, arrow to a result, open it; the box keeps the focus while typing", async ({ page }) => {
  await page.goto("/search");
  await expect(page.getByTestId("search-input")).toBeFocused();
  await page.keyboard.type("global ai governance initiative", { delay: 30 });
  await expect(page.getByTestId("search-result").first()).toBeVisible();
  // wait for the whole query's results (an earlier keystroke's answer arriving late would reset the selection)
  await expect(page).toHaveURL(/q=global\+ai\+governance\+initiative/);
  await expect(page.getByTestId("search-status")).not.toContainText("…");
  await expect(page.getByTestId("search-input")).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(page.getByTestId("search-result").first()).toHaveAttribute("data-active", "true");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/initiatives\/global-ai-governance-initiative$/);
});

test("keyboard only: filter the timeline by a country", async ({ page }) => {
  await page.goto("/timeline");
  await tabTo(page, '[data-testid="filter-country"]');
  await page.keyboard.type("Zambia");
  await expect(page.getByTestId("filter-country")).toHaveAttribute("aria-expanded", "true");
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("combobox-chip")).toHaveAttribute("data-value", "ZMB");
  await page.keyboard.press("Escape");
  await tabTo(page, '[data-testid="filter-submit"]');
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/country=ZMB/);
  await expect(page.getByTestId("active-filters")).toContainText("Zambia");
});

test("keyboard only: the map is one tab stop; arrows move between countries and Enter opens one", async ({ page }) => {
  await page.goto("/countries");
  await expect(page.locator("a[data-map-country][tabindex='0']")).toHaveCount(1);
  await tabTo(page, "a[data-map-country]");
  const first = await page.evaluate(() => document.activeElement?.getAttribute("data-map-country"));
  await page.keyboard.press("ArrowRight");
  const second = await page.evaluate(() => document.activeElement?.getAttribute("data-map-country"));
  expect(second).toBeTruthy();
  expect(second).not.toBe(first);
  await expect(page.getByTestId("map-tooltip")).toBeVisible();
  // one Tab leaves the map: the next stop is not another country
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => document.activeElement?.hasAttribute("data-map-country"))).toBe(false);
  await page.keyboard.press("Shift+Tab");
  expect(await page.evaluate(() => document.activeElement?.getAttribute("data-map-country"))).toBe(second);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/countries/${second}$`));
});
