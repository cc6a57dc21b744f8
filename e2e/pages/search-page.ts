import { expect, type Locator, type Page } from "@playwright/test";

/** The /search page as a user sees it. */
export class SearchPage {
  readonly input: Locator;
  readonly results: Locator;
  readonly status: Locator;
  readonly noResults: Locator;
  readonly degradedNotice: Locator;

  constructor(private readonly page: Page) {
    this.input = page.getByTestId("search-input").or(page.getByTestId("home-search-input")).first();
    this.results = page.getByTestId("search-result");
    this.status = page.getByTestId("search-status");
    this.noResults = page.getByTestId("no-results");
    this.degradedNotice = page.getByTestId("search-degraded");
  }

  async open(query = "") {
    await this.page.goto(query ? `/search?q=${encodeURIComponent(query)}` : "/search");
  }

  /** Submits a query the way a user without as-you-type would: fill, then Enter. */
  async search(query: string) {
    await this.input.fill(query);
    await this.input.press("Enter");
    await expect(this.results.first()).toBeVisible();
  }

  /** Types key by key (as-you-type search runs, debounced) and waits until the URL carries the query. */
  async type(query: string) {
    await this.input.click();
    await this.input.pressSequentially(query, { delay: 30 });
    await expect(this.page).toHaveURL((url) => url.searchParams.get("q") === query);
  }

  kindFilter(kind: string): Locator {
    return this.page.getByTestId(`filter-kind-${kind}`);
  }

  kindCount(kind: string): Locator {
    return this.page.getByTestId(`facet-count-${kind}`);
  }

  firstResult(): Locator {
    return this.results.first();
  }

  activeResult(): Locator {
    return this.page.locator('[data-testid="search-result"][data-active="true"]');
  }
}
