import { expect, test } from "./fixtures";
import { E2E_EDITOR } from "./global-setup";

test.describe.configure({ mode: "serial" });

test("an editor reviews the seed article's suggestions, edits a Chinese alias, finds it in search, signs out", async ({ page, signInPage, reviewPage, searchPage }) => {
  await signInPage.signIn({ email: E2E_EDITOR.email, password: E2E_EDITOR.password, next: "/review" });
  await expect(page).toHaveURL(/\/review$/);

  // two accepted (one by click, one by keyboard), one rejected, all from the seed article
  const thematic = reviewPage.item({ slug: "group-of-friends-thematic-meeting-2025-05", type: "event" });
  const resolution = reviewPage.item({ slug: "unga-res-78-311", type: "event" });
  const g20 = reviewPage.item({ slug: "g20-rio-summit-2024", type: "event" });
  for (const item of [thematic, resolution, g20]) {
    await expect(item).toBeVisible();
    await expect(item.getByTestId("review-evidence")).not.toBeEmpty();
    await expect(item).toContainText("高举全球人工智能公平普惠发展的旗帜");
  }
  const before = await reviewPage.items.count();
  await reviewPage.accept(thematic);
  await reviewPage.decideWithKey(resolution, "a");
  await reviewPage.reject(g20);
  await expect(reviewPage.items).toHaveCount(before - 3);
  // decisions are stored, not just hidden
  await reviewPage.open();
  await expect(reviewPage.item({ slug: "group-of-friends-thematic-meeting-2025-05", type: "event" })).toHaveCount(0);
  await expect(reviewPage.item({ slug: "g20-rio-summit-2024", type: "event" })).toHaveCount(0);

  // edit the Global AI Governance Initiative's Chinese aliases from its page
  await page.goto("/initiatives/global-ai-governance-initiative");
  await page.getByTestId("edit-entity-link").click();
  await expect(page.getByTestId("entity-form")).toBeVisible();
  const zh = page.getByTestId("input-aliasesZh");
  const alias = "全球智能治理倡议测试别名";
  await zh.fill(`${await zh.inputValue()}\n${alias}`.trim());
  await page.getByTestId("entity-save").click();
  await expect(page).toHaveURL(/\/initiatives\/global-ai-governance-initiative$/);
  await expect(page.getByTestId("aliases")).toContainText(alias);

  // the edit reaches the search index (delivered by the outbox right after the write)
  await expect(async () => {
    await searchPage.open(alias);
    await expect(searchPage.firstResult()).toContainText("Global AI Governance Initiative", { timeout: 1000 });
  }).toPass();

  // the history records it
  await page.goto("/history/initiative/global-ai-governance-initiative");
  await expect(page.getByTestId("revision").first()).toContainText(alias);
  await expect(page.getByTestId("revision").first()).toContainText(E2E_EDITOR.email);

  await signInPage.signOut();
  await page.goto("/initiatives/global-ai-governance-initiative");
  await expect(page.getByTestId("edit-entity-link")).toHaveCount(0);
});

test("a field error is shown next to the field and nothing is saved", async ({ page, signInPage }) => {
  await signInPage.signIn({ email: E2E_EDITOR.email, password: E2E_EDITOR.password });
  await page.goto("/edit/initiative/global-ai-governance-initiative");
  await page.getByTestId("input-date").fill("2023-02-30");
  await page.getByTestId("entity-save").click();
  await expect(page.getByTestId("error-date")).toContainText("YYYY");
  await page.goto("/initiatives/global-ai-governance-initiative");
  await expect(page.getByTestId("entity-detail")).toContainText("2023");
});

test("a relation's date is edited in place; an impossible date is refused", async ({ page, signInPage }) => {
  await signInPage.signIn({ email: E2E_EDITOR.email, password: E2E_EDITOR.password });
  await page.goto("/edit/organisation/group-of-friends-ai-capacity-building");
  const zambia = page.getByTestId("edit-relation").filter({ hasText: "Zambia" }).first();
  await zambia.getByTestId("relation-details").locator("summary").click();
  await zambia.getByTestId("relation-date").fill("2024-12");
  await zambia.getByTestId("relation-details-form-submit").click();
  await expect(zambia.getByTestId("relation-details-form")).toContainText("Saved.");
  await expect(zambia.getByTestId("edit-relation-date")).toHaveText("Dec 2024");
  await zambia.getByTestId("relation-date").fill("2024-13");
  await zambia.getByTestId("relation-details-form-submit").click();
  await expect(zambia.getByTestId("relation-details-form-error")).toContainText("date");
});

test("two editors open the same form: the second save is refused with the current values, nothing is overwritten", async ({ page, signInPage }) => {
  await signInPage.signIn({ email: E2E_EDITOR.email, password: E2E_EDITOR.password });
  const other = await page.context().newPage();
  await page.goto("/edit/organisation/g20");
  await other.goto("/edit/organisation/g20");
  await page.getByTestId("input-description").fill("Saved first, by the first editor.");
  await page.getByTestId("entity-save").click();
  await expect(page).toHaveURL(/\/organisations\/g20$/);

  await other.getByTestId("input-description").fill("Saved second, from a form opened before the first save.");
  await other.getByTestId("entity-save").click();
  await expect(other.getByTestId("form-error")).toContainText("someone else changed this entity");
  await expect(other.getByTestId("conflict-description")).toHaveText("Saved first, by the first editor.");
  await other.goto("/organisations/g20");
  await expect(other.getByTestId("entity-detail")).toContainText("Saved first, by the first editor.");
  await expect(other.getByTestId("entity-detail")).not.toContainText("Saved second");
  await other.close();
});
