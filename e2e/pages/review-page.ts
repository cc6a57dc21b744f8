import { expect, type Locator, type Page } from "@playwright/test";

/** The /review queue. Items are found by the entity they propose (data-target-slug). */
export class ReviewPage {
  readonly items: Locator;
  readonly message: Locator;

  constructor(private readonly page: Page) {
    this.items = page.getByTestId("review-item");
    this.message = page.getByTestId("review-message");
  }

  async open() {
    await this.page.goto("/review");
    await expect(this.page.getByRole("heading", { name: "Review queue" })).toBeVisible();
  }

  item({ slug, type }: { slug: string; type?: "mention" | "event" | "entity" | "relation" }): Locator {
    return this.page.locator(`[data-testid="review-item"][data-target-slug="${slug}"]${type ? `[data-type="${type}"]` : ""}`).first();
  }

  /** A suggested participation: subject (ISO3 or slug) —role→ object slug. */
  relation({ subject, object }: { subject: string; object: string }): Locator {
    return this.page.locator(`[data-testid="review-item"][data-type="relation"][data-subject-slug="${subject}"][data-target-slug="${object}"]`).first();
  }

  async accept(item: Locator) {
    await item.getByTestId("review-accept").click();
    await expect(item).toBeHidden();
  }

  async reject(item: Locator) {
    await item.getByTestId("review-reject").click();
    await expect(item).toBeHidden();
  }

  /** Keyboard review: select the item, then press a (accept) or r (reject). */
  async decideWithKey(item: Locator, key: "a" | "r") {
    await item.locator("p").first().click();
    await expect(item).toHaveAttribute("data-current", "true");
    await this.page.keyboard.press(key);
    await expect(item).toBeHidden();
  }
}
