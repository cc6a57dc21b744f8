import { expect, type Locator, type Page } from "@playwright/test";

/** The /timeline page as a user sees it: filter form, density strip, list grouped by year and month. */
export class TimelinePage {
  readonly items: Locator;
  readonly countrySelect: Locator;
  readonly submit: Locator;
  readonly strip: Locator;
  readonly count: Locator;

  constructor(private readonly page: Page) {
    this.items = page.getByTestId("timeline-item");
    this.countrySelect = page.getByTestId("filter-country");
    this.submit = page.getByTestId("filter-submit");
    this.strip = page.getByTestId("timeline-density").locator("svg");
    this.count = page.getByTestId("timeline-count");
  }

  async open(query = "") {
    await this.page.goto(`/timeline${query}`);
    await expect(this.page.getByRole("heading", { level: 1, name: /Timeline/ })).toBeVisible();
  }

  /** Chooses countries in the filter form by typing each (ISO3 or a name) into the combobox, then applies. */
  async filterByCountries(iso3s: string[]) {
    // without JavaScript the field is a text box taking codes; with it, it becomes a combobox once hydrated
    // (a page served from the cache can arrive before that: wait for it rather than race it)
    if (await this.comboboxReady()) for (const code of iso3s) await this.chooseCountry(code, code);
    else await this.countrySelect.fill(iso3s.join(", "));
    await this.submit.click();
    await expect(this.page).toHaveURL(new RegExp(`country=${iso3s[0]}`));
  }

  /** Whether the country field has become the combobox (never, without JavaScript). */
  async comboboxReady(): Promise<boolean> {
    return this.page
      .locator('[data-testid="filter-country"][role="combobox"]')
      .waitFor({ state: "visible", timeout: 5_000 })
      .then(
        () => true,
        () => false,
      );
  }

  /** Types into the country combobox and picks the option with this ISO3 code. */
  async chooseCountry(typed: string, iso3: string) {
    await expect(this.page.locator('[data-testid="filter-country"][role="combobox"]')).toBeVisible();
    await this.countrySelect.fill(typed);
    await this.page.getByTestId("filter-country-options").locator(`[data-testid="combobox-option"][data-value="${iso3}"]`).click();
    await expect(this.page.getByTestId("filter-country-combobox").locator(`[data-testid="combobox-chip"][data-value="${iso3}"]`)).toBeVisible();
  }

  item(slug: string): Locator {
    return this.page.locator(`[data-testid="timeline-item"][data-slug="${slug}"]`);
  }

  monthHeading(label: string): Locator {
    return this.page.getByRole("heading", { level: 3, name: label });
  }

  yearHeading(year: string): Locator {
    return this.page.getByRole("heading", { level: 2, name: year });
  }

  /** Drags across the density strip between two fractions of its width (0 = left edge, 1 = right). */
  async brush(fromFraction: number, toFraction: number) {
    const box = await this.strip.boundingBox();
    if (!box) throw new Error("density strip not visible");
    const y = box.y + box.height * 0.4;
    await this.page.mouse.move(box.x + box.width * fromFraction, y);
    await this.page.mouse.down();
    await this.page.mouse.move(box.x + box.width * ((fromFraction + toFraction) / 2), y, { steps: 5 });
    await this.page.mouse.move(box.x + box.width * toFraction, y, { steps: 5 });
    await this.page.mouse.up();
  }

  async openItem(slug: string) {
    await this.item(slug).getByTestId("timeline-item-link").click();
  }
}
