import { expect, type Locator, type Page } from "@playwright/test";

/** An entity page (initiative, resolution, organisation, event): names, lists' completeness, sources, votes. */
export class EntityPage {
  readonly name: Locator;
  readonly nameZh: Locator;
  readonly translatedMarks: Locator;
  readonly participationNotes: Locator;
  readonly sourceQualities: Locator;
  readonly voteSection: Locator;
  readonly voteMap: Locator;
  readonly voteTally: Locator;
  readonly voteList: Locator;

  constructor(private readonly page: Page) {
    this.name = page.getByTestId("entity-name");
    this.nameZh = page.getByTestId("entity-name-zh");
    this.translatedMarks = page.getByTestId("translated-mark");
    this.participationNotes = page.getByTestId("participation-note");
    this.sourceQualities = page.getByTestId("source-quality");
    this.voteSection = page.getByTestId("vote-section");
    this.voteMap = page.getByTestId("vote-map");
    this.voteTally = page.getByTestId("vote-tally");
    this.voteList = page.getByTestId("vote-list");
  }

  async open(path: string) {
    await this.page.goto(path);
    await expect(this.name).toBeVisible();
  }

  /** A country on the vote map. */
  voteMapCountry(iso3: string): Locator {
    return this.voteMap.locator(`[data-iso3="${iso3}"]`).first();
  }
}
