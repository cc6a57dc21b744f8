import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./fixtures";
import { E2E_ADMIN } from "./global-setup";

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
// axe walks every node of a page: on a busy 2-core machine one analysis can take longer than a default test.
test.describe.configure({ timeout: 120_000 });
type Violations = Awaited<ReturnType<AxeBuilder["analyze"]>>["violations"];
/** One line per rule, with the first few offending elements: readable in a failure message. */
const summarise = (violations: Violations) =>
  violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.nodes.length}× ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(" "))
        .join(" | ")}`,
  );

// The pages people land on, checked by axe-core against WCAG 2.1 A/AA in a real browser.
const PAGES = [
  "/",
  "/search?q=global%20ai%20govrnance%20initiative",
  "/timeline?country=ZMB",
  "/countries",
  "/countries/ZMB",
  "/initiatives/global-ai-governance-initiative",
  "/organisations/group-of-friends-ai-capacity-building",
  "/resolutions/unga-res-78-311",
  "/signin",
  "/timeline",
  "/compare?countries=CHN,ZMB",
  "/articles",
  "/about",
];

for (const path of PAGES) {
  test(`no WCAG A/AA violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(summarise(violations)).toEqual([]);
  });
}

// The main pages in each interface language, on a desktop and on a phone, with a screenshot of each kept.
const MAIN_PAGES = ["/", "/search?q=zambia", "/timeline?country=ZMB", "/countries", "/countries/ZMB", "/initiatives/global-ai-governance-initiative", "/compare?countries=CHN,ZMB"];
for (const prefix of ["", "/zh", "/zh-hant"]) {
  for (const width of [1280, 390]) {
    test(`no WCAG A/AA violations in ${prefix || "English"} at ${width} px`, async ({ page }, testInfo) => {
      test.setTimeout(120_000);
      await page.setViewportSize({ width, height: width === 390 ? 844 : 800 });
      for (const path of MAIN_PAGES) {
        await page.goto(path === "/" ? prefix || "/" : `${prefix}${path}`);
        await testInfo.attach(`${prefix || "/en"}${path} @${width}`.replace(/[/?=,]/g, "_"), { body: await page.screenshot(), contentType: "image/png" });
        const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
        expect(summarise(violations), `${prefix}${path} at ${width} px`).toEqual([]);
      }
    });
  }
}

test("no WCAG A/AA violations on the editors' pages", async ({ page, signInPage }) => {
  await signInPage.signIn(E2E_ADMIN);
  for (const path of [
    "/review",
    "/edit/initiative/global-ai-governance-initiative",
    "/edit/new",
    "/ingest",
    "/admin/users",
    "/history/initiative/global-ai-governance-initiative",
  ]) {
    await page.goto(path);
    const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(summarise(violations), path).toEqual([]);
  }
});
