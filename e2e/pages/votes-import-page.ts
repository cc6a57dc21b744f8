import type { Locator, Page } from "@playwright/test";

/** /votes/import: the editors' form for recorded votes. */
export class VotesImportPage {
  readonly text: Locator;
  readonly submit: Locator;
  readonly result: Locator;
  readonly error: Locator;

  constructor(private readonly page: Page) {
    this.text = page.getByTestId("votes-import-text");
    this.submit = page.getByTestId("votes-import-submit");
    this.result = page.getByTestId("votes-import-result");
    this.error = page.getByTestId("votes-import-error");
  }

  async open() {
    await this.page.goto("/votes/import");
  }

  async importText(csv: string) {
    await this.text.fill(csv);
    await this.submit.click();
  }
}
