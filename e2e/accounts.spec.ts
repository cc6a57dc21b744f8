import { expect, test } from "./fixtures";
import { E2E_ADMIN, E2E_EDITOR } from "./global-setup";
import { SignInPage } from "./pages/signin-page";

test("an editor cannot reach the accounts page", async ({ page, signInPage }) => {
  await signInPage.signIn(E2E_EDITOR);
  await expect(page.getByTestId("nav-accounts")).toHaveCount(0);
  await page.goto("/admin/users");
  await expect(page).toHaveURL(/\/signin\?next=%2Fadmin%2Fusers&error=forbidden/);
  await expect(page.getByTestId("signin-forbidden")).toBeVisible();
});

test("an admin adds an editor, who signs in; disabling the account signs them out at once", async ({ page, browser, signInPage, accountsPage }) => {
  const newcomer = { email: `newcomer-${Date.now()}@e2e.test`, password: "newcomer passphrase" };
  await signInPage.signIn(E2E_ADMIN);
  await accountsPage.open();
  await accountsPage.create({ ...newcomer, role: "editor" });
  await expect(accountsPage.row(newcomer.email).getByTestId("account-status")).toHaveText("active");

  // The newcomer, in a browser of their own.
  const other = await browser.newContext();
  const theirPage = await other.newPage();
  await new SignInPage(theirPage).signIn({ ...newcomer, next: "/review" });
  await expect(theirPage).toHaveURL(/\/review$/);

  await page.reload();
  await expect(accountsPage.row(newcomer.email).getByTestId("account-sessions")).toContainText("1 live session");
  await accountsPage.toggleDisabled(newcomer.email);
  await expect(accountsPage.row(newcomer.email).getByTestId("account-status")).toContainText("disabled");

  await theirPage.goto("/review");
  await expect(theirPage).toHaveURL(/\/signin\?next=%2Freview/);
  await other.close();

  // An admin cannot lock themselves out.
  await accountsPage.toggleDisabled(E2E_ADMIN.email);
  await expect(accountsPage.row(E2E_ADMIN.email).getByTestId("account-disable-form-error")).toHaveText("You cannot disable your own account.");
});
