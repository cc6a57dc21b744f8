import { expect, type Locator, type Page } from "@playwright/test";

/** The editors' /sources page: the watched sources, their health, the add form and poll-now buttons. */
export class SourcesPage {
  readonly rows: Locator;
  readonly message: Locator;
  readonly error: Locator;

  constructor(private readonly page: Page) {
    this.rows = page.getByTestId("source-row");
    this.message = page.getByTestId("sources-message");
    this.error = page.getByTestId("sources-error");
  }

  async open() {
    await this.page.goto("/sources");
    await expect(this.page.getByRole("heading", { name: /Watched sources/ })).toBeVisible();
  }

  async add({ url, kind, allowPrivate = false }: { url: string; kind?: string; allowPrivate?: boolean }) {
    await this.page.getByTestId("source-url").fill(url);
    if (kind) await this.page.getByTestId("source-kind").selectOption(kind);
    if (allowPrivate) await this.page.getByTestId("source-allow-private").check();
    await this.page.getByTestId("source-add").click();
    await expect(this.message).toContainText("added");
  }

  row(url: string): Locator {
    return this.page.locator(`[data-testid="source-row"][data-source-url="${url}"]`);
  }

  /** Polls one source and waits for the poll's own outcome (the "added" message may already be showing). */
  async pollNow(url: string) {
    await this.row(url).getByTestId("source-poll").click();
    await expect(this.message.and(this.page.locator('[data-outcome="polled"]')).or(this.error)).toBeVisible({ timeout: 30_000 });
  }
}
