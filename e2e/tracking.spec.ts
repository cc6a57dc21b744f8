import fs from "node:fs";
import { XMLParser } from "fast-xml-parser";
import { articlePage, rssFeed, startFeedServer, staticRoute, type FeedServer } from "../scripts/lib/feed-server";
import { expect, test } from "./fixtures";
import { E2E_ADMIN } from "./global-setup";
import { FollowLinks } from "./pages/follow-links";

// A real news story (tests/fixtures/articles/05-g20-rio-en.txt) served by a local "news site" with an RSS feed.
const story = fs.readFileSync("tests/fixtures/articles/05-g20-rio-en.txt", "utf8").split("\n").slice(2, 5).filter(Boolean);
const title = "G20 leaders meet in Rio as AI governance rises on the agenda";

let server: FeedServer;
test.beforeAll(async () => {
  server = await startFeedServer();
  server.routes.set("/robots.txt", staticRoute({ body: "User-agent: *\nAllow: /\n", type: "text/plain" }));
  server.routes.set("/world/2024/11/19/g20-rio.html", staticRoute({ body: articlePage({ title, paragraphs: story, site: "Example Wire" }) }));
  server.routes.set(
    "/rss.xml",
    staticRoute({
      body: rssFeed({ title: "Example Wire: world", items: [{ url: `${server.url}/world/2024/11/19/g20-rio.html`, title, date: "2024-11-19T10:00:00Z" }] }),
      type: "application/rss+xml",
    }),
  );
});
test.afterAll(async () => {
  await server?.close();
});

test("an editor adds a watched feed, polls it, and finds the new article and its suggestions in the review queue", async ({ page, signInPage, sourcesPage, reviewPage }) => {
  test.setTimeout(90_000);
  // The feed server is on 127.0.0.1, which only an admin may allow.
  await signInPage.signIn({ email: E2E_ADMIN.email, password: E2E_ADMIN.password, next: "/sources" });
  await sourcesPage.open();
  const feedUrl = `${server.url}/rss.xml`;
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
