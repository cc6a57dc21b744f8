import { expect, type Locator, type Page } from "@playwright/test";

/** /admin/users: the admin's account management. */
export class AccountsPage {
  readonly list: Locator;

  constructor(private readonly page: Page) {
    this.list = page.getByTestId("account-list");
  }

  async open() {
    await this.page.getByTestId("nav-accounts").click();
    await expect(this.page).toHaveURL(/\/admin\/users$/);
  }

  row(email: string): Locator {
    return this.page.locator(`[data-testid="account-row"][data-email="${email}"]`);
  }

  async create({ email, role, password }: { email: string; role: "editor" | "admin"; password: string }) {
    await this.page.getByTestId("account-create-email").fill(email);
    await this.page.getByTestId("account-create-role").selectOption(role);
    await this.page.getByTestId("account-create-password").fill(password);
    await this.page.getByTestId("account-create-submit").click();
    await expect(this.row(email)).toBeVisible();
  }

  async toggleDisabled(email: string) {
    await this.row(email).getByTestId("account-disable-form-submit").click();
  }
}
