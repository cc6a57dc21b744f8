import fs from "node:fs";
import { XMLParser } from "fast-xml-parser";
import { articlePage, rssFeed, startFeedServer, staticRoute, type FeedServer } from "../scripts/lib/feed-server";
import { expect, test } from "./fixtures";
import { E2E_ADMIN } from "./global-setup";
import { FollowLinks } from "./pages/follow-links";

/**
 * Real news stories (tests/fixtures/articles) served by a local "news site" with an RSS feed. Each run of the
 * test (--repeat-each, the CI retry) serves its own story on its own path: a story the atlas already stored is
 * a duplicate (or a copy) the second time, never "1 ingested".
 */
const STORIES = [
  "05-g20-rio-en.txt",
  "14-armenia-signs-coe-en.txt",
  "26-civil-ge-georgia-coe-en.txt",
  "24-korea-herald-seoul-announced-en.txt",
  "22-reuters-paris-not-signed-en.txt",
  "20-kyodo-first-ai-resolution-en.txt",
];
function storyFor(run: number): { title: string; paragraphs: string[] } {
  const file = STORIES[run % STORIES.length];
  // the fixtures' article text: the long lines (headlines, bylines and dates are short)
  const paragraphs = fs
    .readFileSync(`tests/fixtures/articles/${file}`, "utf8")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l.length > 80)
    .slice(0, 3);
  return { title: `Example Wire ${run + 1}: ${paragraphs[0].split(" ").slice(0, 8).join(" ")}`, paragraphs };
}

let server: FeedServer;
test.beforeAll(async () => {
  server = await startFeedServer();
  server.routes.set("/robots.txt", staticRoute({ body: "User-agent: *\nAllow: /\n", type: "text/plain" }));
});
test.afterAll(async () => {
  await server?.close();
});

test("an editor adds a watched feed, polls it, and finds the new article and its suggestions in the review queue", async ({
  page,
  signInPage,
  sourcesPage,
  reviewPage,
}, testInfo) => {
  test.setTimeout(90_000);
  const run = testInfo.repeatEachIndex * (testInfo.project.retries + 1) + testInfo.retry;
  const { title, paragraphs } = storyFor(run);
  const articlePath = `/world/run-${run}/story.html`;
  server.routes.set(articlePath, staticRoute({ body: articlePage({ title, paragraphs, site: "Example Wire" }) }));
  server.routes.set(
    `/run-${run}/rss.xml`,
    staticRoute({
      body: rssFeed({ title: "Example Wire: world", items: [{ url: `${server.url}${articlePath}`, title, date: "2025-11-19T10:00:00Z" }] }),
      type: "application/rss+xml",
    }),
  );
  // The feed server is on 127.0.0.1, which only an admin may allow.
  await signInPage.signIn({ email: E2E_ADMIN.email, password: E2E_ADMIN.password, next: "/sources" });
  await sourcesPage.open();
  const feedUrl = `${server.url}/run-${run}/rss.xml`;
  await sourcesPage.add({ url: feedUrl, allowPrivate: true });
  await expect(sourcesPage.row(feedUrl)).toContainText("rss");
  await sourcesPage.pollNow(feedUrl);
  await expect(sourcesPage.row(feedUrl).getByTestId("source-status")).toHaveText("ok");
  await expect(sourcesPage.row(feedUrl).getByTestId("source-counts")).toContainText("1 ingested");

  await reviewPage.open();
  const fromFeed = reviewPage.items.filter({ hasText: title });
  await expect(fromFeed.first()).toBeVisible();
  expect(await fromFeed.count()).toBeGreaterThan(0);
  await fromFeed.first().getByRole("link", { name: title }).click();
  await expect(page.getByTestId("article-title")).toHaveText(title);
});

test("a reader follows Zambia: the feed is titled by it, has absolute links and parses as Atom", async ({ page, baseURL }) => {
  await page.goto("/countries/ZMB");
  const follow = new FollowLinks(page);
  const feedHref = await follow.atom.getAttribute("href");
  const calendarHref = await follow.calendar.getAttribute("href");
  const origin = new URL(baseURL!);
  expect(feedHref).toBe(`${origin.origin}/feed.xml?country=ZMB`);
  expect(calendarHref).toBe(`webcal://${origin.host}/timeline.ics?country=ZMB`);

  const response = await page.request.get(feedHref!);
  expect(response.headers()["content-type"]).toContain("application/atom+xml");
  const xml = await response.text();
  expect(xml).toContain('<?xml-stylesheet type="text/xsl" href="/feed.xsl"?>');
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (name) => name === "entry" || name === "link" }).parse(xml);
  expect(doc.feed["@xmlns"]).toBe("http://www.w3.org/2005/Atom");
  expect(doc.feed.title).toEqual({ "#text": "Policy Atlas — Zambia", "@type": "text" });
  const entries = doc.feed.entry as { id: string; title: { "#text": string; "@type": string }; published: string; link: { "@href": string }[] }[];
  expect(entries.length).toBeGreaterThan(0);
  for (const e of entries) {
    expect(e.title["@type"]).toBe("text");
    expect(e.link[0]["@href"].startsWith(`${origin.origin}/`)).toBe(true);
  }
  const published = entries.map((e) => e.published);
  expect([...published].sort().reverse()).toEqual(published); // newest first

  // Opened in the browser, the stylesheet turns it into a readable page.
  await page.goto(feedHref!);
  await expect(page.getByTestId("feed-title")).toHaveText("Policy Atlas — Zambia");
  await expect(page.getByTestId("feed-entry").first()).toBeVisible();
});
