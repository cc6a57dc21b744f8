import { spawnSync } from "node:child_process";
import path from "node:path";
import { expect, test } from "./fixtures";
import { E2E_EDITOR } from "./global-setup";

// Content a researcher can cite: partial lists say so, votes show on a map, translations are marked.
// The recorded vote comes from a fixture CSV imported with the project's own command into the run's database.
const VOTE_COLOURS = { yes: "#1b7837", no: "#b2182b", abstain: "#f1a340" };

test.beforeAll(() => {
  const dataDir = process.env.ATLAS_E2E_DATA_DIR!;
  const result = spawnSync(path.join("node_modules", ".bin", "tsx"), ["--conditions=react-server", "scripts/import-votes.ts", "tests/fixtures/votes/good.csv"], {
    encoding: "utf8",
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_PATH: path.join(dataDir, "atlas.sqlite") },
  });
  if (result.status !== 0) throw new Error(`import:votes failed: ${result.stderr || result.stdout}`);
});

test("a partial selection on /countries shows the completeness banner above the map", async ({ countriesPage, page }) => {
  await countriesPage.open("?selection=initiative:bletchley-declaration");
  const banner = page.getByTestId("partial-selection-banner");
  await expect(banner).toBeVisible();
  await expect(banner).toContainText("of 28 signatories known");
  await expect(banner).toContainText("as of 1 Nov 2023");
});

test("a resolution with a recorded vote shows the tally, a vote map with its legend, and the list", async ({ entityPage, page }) => {
  await entityPage.open("/resolutions/unga-res-78-241-laws");
  await expect(entityPage.voteSection).toBeVisible();
  // the fixture's two yes votes and one non-voting state come on top of the no votes and abstentions the seed records
  await expect(entityPage.voteTally).toContainText("2 in favour");
  await expect(entityPage.voteTally).toContainText("1 not voting");
  await expect(entityPage.voteMapCountry("CHN")).toHaveAttribute("fill", VOTE_COLOURS.abstain);
  await expect(entityPage.voteMapCountry("IND")).toHaveAttribute("fill", VOTE_COLOURS.no);
  await expect(entityPage.voteMapCountry("AUT")).toHaveAttribute("fill", VOTE_COLOURS.yes);
  await expect(entityPage.voteMap.getByTestId("map-legend")).toContainText("Abstained");
  await entityPage.voteList.locator("summary").click();
  await expect(entityPage.voteList.getByRole("link", { name: "China" })).toBeVisible();
  await expect(page.getByTestId("document-url")).toHaveAttribute("href", "https://undocs.org/A/RES/78/241");
  // the country's page lists its vote too
  await page.goto("/countries/CHN");
  await expect(page.getByTestId("country-vote").filter({ hasText: "A/RES/78/241" })).toContainText("Abstained");
});

test("the atlas's own translations are marked, and every source carries its quality", async ({ entityPage }) => {
  await entityPage.open("/initiatives/frontier-ai-safety-commitments");
  await expect(entityPage.nameZh).toHaveText("前沿人工智能安全承诺");
  await expect(entityPage.translatedMarks.first()).toBeVisible();
  await expect(entityPage.sourceQualities.first()).toBeVisible();
  await entityPage.open("/initiatives/bletchley-declaration");
  await expect(entityPage.participationNotes.first()).toContainText("17 of 28 signatories known");
});

test("the coverage page is linked from /about", async ({ page }) => {
  await page.goto("/about");
  await page.getByTestId("coverage-link").click();
  await expect(page.getByTestId("coverage-page")).toBeVisible();
  await expect(page.getByTestId("coverage-lists")).toContainText("complete");
});

test("an editor imports votes from the form: a bad file is refused line by line and nothing is written, a good one shows on the vote map", async ({
  page,
  signInPage,
  votesImportPage,
  entityPage,
}) => {
  await page.goto("/votes/import");
  await expect(page).toHaveURL(/\/signin\?next=%2Fvotes%2Fimport/);
  await signInPage.signIn({ email: E2E_EDITOR.email, password: E2E_EDITOR.password, next: "/votes/import" });
  await votesImportPage.importText("symbol,iso3,vote,source\nA/RES/78/265,NOR,yes,https://example.org/fixture/a-78-pv-63\nA/RES/78/265,XXX,maybe,https://example.org/x\n");
  await expect(votesImportPage.error).toContainText("Nothing was imported");
  await expect(votesImportPage.error).toContainText("line 3");
  await entityPage.open("/resolutions/unga-res-78-265");
  await expect(entityPage.voteSection).toHaveCount(0);
  await votesImportPage.open();
  await votesImportPage.importText("symbol,iso3,vote,source\nA/RES/78/265,NOR,yes,https://example.org/fixture/a-78-pv-63\n");
  await expect(votesImportPage.result).toContainText("1 votes imported");
  await entityPage.open("/resolutions/unga-res-78-265");
  await expect(entityPage.voteTally).toContainText("1 in favour");
  await expect(entityPage.voteMapCountry("NOR")).toHaveAttribute("fill", VOTE_COLOURS.yes);
});

test("who did not sign shows on the country's page and on the statement's, never as a participant", async ({ page, entityPage }) => {
  await page.goto("/countries/GBR");
  const refusals = page.getByTestId("country-refusals");
  await expect(refusals.getByTestId("refusal").filter({ hasText: "Statement on Inclusive and Sustainable" })).toBeVisible();
  await expect(page.getByTestId("participations").getByRole("link", { name: /Statement on Inclusive and Sustainable/ })).toHaveCount(0);
  await entityPage.open("/initiatives/paris-statement-inclusive-sustainable-ai");
  await expect(page.getByTestId("relation").filter({ hasText: "did not sign" }).filter({ hasText: "United Kingdom" })).toBeVisible();
});
