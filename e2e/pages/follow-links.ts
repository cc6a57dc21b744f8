import type { Locator, Page } from "@playwright/test";

/** The "Follow" links (Atom feed, webcal calendar) on entity, search and timeline pages. */
export class FollowLinks {
  readonly atom: Locator;
  readonly calendar: Locator;

  constructor(page: Page) {
    this.atom = page.getByTestId("follow-atom");
    this.calendar = page.getByTestId("follow-calendar");
  }
}
