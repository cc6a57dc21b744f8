import { test as base } from "@playwright/test";
import { SearchPage } from "./pages/search-page";

/** Page objects, one per screen; specs ask for the ones they use. */
export const test = base.extend<{ searchPage: SearchPage }>({
  searchPage: async ({ page }, use) => {
    await use(new SearchPage(page));
  },
});

export { expect } from "@playwright/test";
