import { expect, type Locator, type Page } from "@playwright/test";

/** The /search page as a user sees it. */
export class SearchPage {
  readonly input: Locator;
  readonly results: Locator;

  constructor(private readonly page: Page) {
    this.input = page.getByTestId("search-input").or(page.getByTestId("home-search-input")).first();
    this.results = page.getByTestId("search-result");
  }

  async open(query = "") {
    await this.page.goto(query ? `/search?q=${encodeURIComponent(query)}` : "/search");
  }

  async search(query: string) {
    await this.input.fill(query);
    await this.input.press("Enter");
    await expect(this.results.first()).toBeVisible();
  }

  firstResult(): Locator {
    return this.results.first();
  }
}
