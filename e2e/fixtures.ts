import { test as base } from "@playwright/test";
import { SearchPage } from "./pages/search-page";
import { TimelinePage } from "./pages/timeline-page";
import { ReviewPage } from "./pages/review-page";
import { SignInPage } from "./pages/signin-page";
import { CountriesPage } from "./pages/countries-page";
import { AccountsPage } from "./pages/accounts-page";
import { EntityPage } from "./pages/entity-page";
import { SourcesPage } from "./pages/sources-page";
import { ArticlePage } from "./pages/article-page";
import { VotesImportPage } from "./pages/votes-import-page";

/** Page objects, one per screen; specs ask for the ones they use. */
export const test = base.extend<{
  searchPage: SearchPage;
  timelinePage: TimelinePage;
  signInPage: SignInPage;
  reviewPage: ReviewPage;
  countriesPage: CountriesPage;
  accountsPage: AccountsPage;
  entityPage: EntityPage;
  sourcesPage: SourcesPage;
  articlePage: ArticlePage;
  votesImportPage: VotesImportPage;
}>({
  searchPage: async ({ page }, use) => {
    await use(new SearchPage(page));
  },
  timelinePage: async ({ page }, use) => {
    await use(new TimelinePage(page));
  },
  signInPage: async ({ page }, use) => {
    await use(new SignInPage(page));
  },
  reviewPage: async ({ page }, use) => {
    await use(new ReviewPage(page));
  },
  countriesPage: async ({ page }, use) => {
    await use(new CountriesPage(page));
  },
  accountsPage: async ({ page }, use) => {
    await use(new AccountsPage(page));
  },
  entityPage: async ({ page }, use) => {
    await use(new EntityPage(page));
  },
  sourcesPage: async ({ page }, use) => {
    await use(new SourcesPage(page));
  },
  articlePage: async ({ page }, use) => {
    await use(new ArticlePage(page));
  },
  votesImportPage: async ({ page }, use) => {
    await use(new VotesImportPage(page));
  },
});

export { expect } from "@playwright/test";
