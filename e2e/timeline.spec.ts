import { expect, test } from "./fixtures";

const THEMATIC = "group-of-friends-thematic-meeting-2025-05";
const FIRST = "group-of-friends-first-meeting-2024";

test("filter the timeline by Zambia, see both Group of Friends meetings, open one and read its evidence", async ({ page, timelinePage }) => {
  await timelinePage.open();
  await expect(timelinePage.items.first()).toBeVisible();
  await timelinePage.filterByCountries(["ZMB"]);
  await expect(page.getByTestId("active-filter")).toContainText("Zambia");

  const thematic = timelinePage.item(THEMATIC);
  await expect(thematic).toBeVisible();
  await expect(thematic.getByTestId("timeline-item-date")).toHaveText("6 May 2025");
  await expect(thematic.getByTestId("timeline-item-countries")).toContainText("Zambia");
  await expect(thematic.getByTestId("timeline-item-organisations")).toContainText("International Telecommunication Union");

  const first = timelinePage.item(FIRST);
  await expect(first).toBeVisible();
  await expect(first).toHaveAttribute("data-date", /^2024-12/);
  await expect(timelinePage.yearHeading("2024")).toBeVisible();
  await expect(timelinePage.monthHeading("Dec 2024")).toBeVisible();
  // everything listed involves Zambia
  for (const countries of await page.getByTestId("timeline-item-countries").all()) await expect(countries).toContainText("Zambia");

  await timelinePage.openItem(THEMATIC);
  await expect(page).toHaveURL(new RegExp(`/events/${THEMATIC}$`));
  await expect(page.getByTestId("entity-name")).toContainText("Group of Friends");
  await expect(page.getByTestId("event-countries").getByTestId("relation").filter({ hasText: "Zambia" })).toContainText("co-hosted by");
  await expect(page.getByTestId("evidence-sentence").filter({ hasText: "赞比亚" }).first()).toBeVisible();
});

test("brushing the density strip narrows the list to the chosen months", async ({ page, timelinePage }) => {
  await timelinePage.open("?country=ZMB");
  await expect(timelinePage.item(FIRST)).toBeVisible();
  // Zambia's strip covers 2024–2025: the right half is 2025
  await timelinePage.brush(0.56, 0.97);
  await expect(page).toHaveURL(/from=2025-\d\d&to=2025-\d\d/);
  await expect(timelinePage.item(THEMATIC)).toBeVisible();
  await expect(timelinePage.item(FIRST)).toHaveCount(0);
  await expect(page.getByTestId("active-filter").filter({ hasText: /^from / })).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the filter form and the year links still work", async ({ page, timelinePage }) => {
    await timelinePage.open();
    await timelinePage.filterByCountries(["ZMB", "CHN"]);
    // oldest first: the 2023 initiative is on the first page, the 2025 meeting further on
    await expect(timelinePage.item("global-ai-governance-initiative")).toBeVisible();
    await page.getByTestId("timeline-years").getByRole("link", { name: /^2025/ }).click();
    await expect(page).toHaveURL(/from=2025&to=2025/);
    await expect(timelinePage.item("global-ai-governance-initiative")).toHaveCount(0);
    await expect(timelinePage.item(THEMATIC)).toBeVisible();
  });
});

test("exports link to the current filter", async ({ page, request, timelinePage }) => {
  await timelinePage.open("?country=ZMB");
  await expect(page.getByTestId("export-ics")).toHaveAttribute("href", "/timeline.ics?country=ZMB");
  const api = await request.get("/api/timeline?country=ZMB");
  const body = (await api.json()) as { events: { slug: string; date: string; datePrecision: string }[] };
  expect(body.events).toContainEqual(expect.objectContaining({ slug: THEMATIC, date: "2025-05-06", datePrecision: "day" }));
  expect(body.events.map((e) => e.slug)).toContain(FIRST);
  const ics = await request.get("/timeline.ics?country=ZMB");
  expect(await ics.text()).toContain("BEGIN:VCALENDAR");
});
