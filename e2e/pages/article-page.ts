import { expect, type Locator, type Page } from "@playwright/test";

/** An article page: the body with its links, the why popovers, and the who-did-what list. */
export class ArticlePage {
  readonly body: Locator;
  readonly relations: Locator;
  readonly legend: Locator;

  constructor(private readonly page: Page) {
    this.body = page.getByTestId("article-body");
    this.relations = page.getByTestId("article-relation");
    this.legend = page.getByTestId("mention-legend");
  }

  async open(url: string) {
    await this.page.goto(url);
    await expect(this.page.getByTestId("article-title")).toBeVisible();
  }

  /** The why button right after a linked name in the body. */
  whyButton(surface: string): Locator {
    return this.body
      .locator("span", { has: this.page.getByTestId("mention").filter({ hasText: surface }) })
      .getByTestId("why-button")
      .first();
  }
}
