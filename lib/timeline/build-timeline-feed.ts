import { Feed } from "feed";
import { partialDateBounds } from "@/lib/dates/partial-date";
import { entityPath } from "@/lib/entities/entity-url";
import { describeTimelineItem } from "./build-timeline-ics";
import type { TimelineItem } from "./types";

export type FeedArticleInput = { slug: string; title: string; publisher: string | null; language: "zh" | "en"; publishedAt: string | null; ingestedAt: string };

/**
 * The `feed` package always writes titles and summaries as `type="html"` (in CDATA), so a reader parses them as
 * HTML: names and descriptions are plain text and are escaped here, so `<script>` or `R&D` show as written.
 */
function asHtmlText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** A usable instant for an article: its publication time when parseable, else when it was ingested. */
function articleInstant(a: FeedArticleInput): Date {
  const candidates = [a.publishedAt && a.publishedAt.length > 10 ? a.publishedAt : a.publishedAt ? `${partialDateBounds(a.publishedAt).first}T00:00:00Z` : null, a.ingestedAt];
  for (const c of candidates) {
    const d = c ? new Date(c) : null;
    if (d && !Number.isNaN(d.getTime())) return d;
  }
  return new Date(0);
}

/**
 * Atom 1.0 feed of the newest timeline items and articles, newest first. An item's instant is the first day
 * of its date (what happened when), its <updated> is the item's last edit; article entries link to the
 * article page. Entry ids are tag-like URLs that never change for the same item.
 */
export function buildTimelineFeed({ items, articles, origin, selfUrl, limit = 50 }: { items: TimelineItem[]; articles: FeedArticleInput[]; origin: string; selfUrl: string; limit?: number }): string {
  const entries = [
    ...items.map((item) => {
      const url = new URL(entityPath(item), origin).toString();
      return {
        at: new Date(`${partialDateBounds(item.date).first}T00:00:00Z`),
        item: { title: asHtmlText(item.nameZh ? `${item.nameEn} · ${item.nameZh}` : item.nameEn), id: url, link: url, date: new Date(item.updatedAt), published: new Date(`${partialDateBounds(item.date).first}T00:00:00Z`), description: asHtmlText(describeTimelineItem({ item })), category: [{ name: item.kind, term: item.kind }] },
      };
    }),
    ...articles.map((a) => {
      const url = new URL(`/articles/${encodeURIComponent(a.slug)}`, origin).toString();
      const at = articleInstant(a);
      return { at, item: { title: asHtmlText(a.title), id: url, link: url, date: at, published: at, description: a.publisher ? asHtmlText(a.publisher) : undefined, category: [{ name: "article", term: "article" }] } };
    }),
  ]
    .sort((x, y) => y.at.getTime() - x.at.getTime())
    .slice(0, limit);
  const feed = new Feed({
    title: "Policy Atlas: AI governance timeline",
    description: "Newest events, initiatives, resolutions and articles on global AI governance.",
    id: selfUrl,
    link: new URL("/timeline", origin).toString(),
    language: "en",
    updated: entries.reduce<Date>((max, e) => (e.item.date > max ? e.item.date : max), new Date(0)),
    generator: "Policy Atlas",
    feedLinks: { atom: selfUrl },
    copyright: "Facts carry their sources; article texts belong to their publishers.",
  });
  for (const e of entries) feed.addItem(e.item);
  return feed.atom1();
}
