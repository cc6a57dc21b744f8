import { expect, type Locator, type Page } from "@playwright/test";

/** /signin and the header's account area. */
export class SignInPage {
  readonly email: Locator;
  readonly password: Locator;
  readonly submit: Locator;
  readonly error: Locator;
  readonly accountMenu: Locator;
  readonly signInLink: Locator;

  constructor(private readonly page: Page) {
    this.email = page.getByTestId("signin-email");
    this.password = page.getByTestId("signin-password");
    this.submit = page.getByTestId("signin-submit");
    this.error = page.getByTestId("signin-error");
    this.accountMenu = page.getByTestId("account-menu");
    this.signInLink = page.getByTestId("signin-link");
  }

  async signIn({ email, password, next = "/" }: { email: string; password: string; next?: string }) {
    await this.page.goto(`/signin?next=${encodeURIComponent(next)}`);
    await this.email.fill(email);
    await this.password.fill(password);
    await this.submit.click();
    await expect(this.page.getByTestId("account-email")).toHaveText(email);
  }

  async signOut() {
    await this.page.getByTestId("signout-button").click();
    await expect(this.signInLink).toBeVisible();
  }
}
