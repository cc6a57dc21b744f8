import { expect, type Locator, type Page } from "@playwright/test";

/** /countries (map, selector, table), a country page and /compare, as a user sees them. */
export class CountriesPage {
  readonly map: Locator;
  readonly mapSvg: Locator;
  readonly shapes: Locator;
  readonly legend: Locator;
  readonly selection: Locator;
  readonly table: Locator;

  constructor(private readonly page: Page) {
    this.map = page.getByTestId("world-map");
    this.mapSvg = page.getByTestId("world-map-svg");
    this.shapes = this.mapSvg.locator("use");
    this.legend = page.getByTestId("map-legend");
    this.selection = page.getByTestId("selection-select");
    this.table = page.getByTestId("country-table");
  }

  async open(query = "") {
    await this.page.goto(`/countries${query}`);
    await expect(this.mapSvg).toBeVisible();
  }

  /** A country's shape (or dot) on the map. */
  country(iso3: string): Locator {
    return this.mapSvg.locator(`[data-iso3="${iso3}"]`).first();
  }

  /** Picks an initiative/resolution/organisation/event in the selector; the page reloads with ?selection=. */
  async select(optionValue: string) {
    await this.selection.selectOption(optionValue);
    await expect(this.page).toHaveURL(new RegExp(`selection=${encodeURIComponent(optionValue).replace(/[-/\\^$*+?.()|[\]{}]/g, "\\$&")}`));
    await expect(this.page.getByTestId("selection-summary")).toBeVisible();
  }

  tableRow(iso3: string): Locator {
    return this.table.locator(`tr[data-iso3="${iso3}"]`);
  }

  async openCountry(iso3: string) {
    await this.page.goto(`/countries/${iso3}`);
    await expect(this.page.getByTestId("entity-name")).toBeVisible();
  }

  roleGroup(role: string): Locator {
    return this.page.locator(`[data-testid="role-group"][data-role="${role}"]`);
  }

  timelineEvents(): Locator {
    return this.page.getByTestId("timeline-event");
  }

  async compare(codes: string[]) {
    await this.page.goto(`/compare?countries=${codes.join(",")}`);
    await expect(this.page.getByTestId("compare-countries")).toBeVisible();
  }
}
