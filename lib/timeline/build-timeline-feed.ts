import { XMLBuilder } from "fast-xml-parser";
import { partialDateBounds } from "@/lib/dates/partial-date";
import { entityPath } from "@/lib/urls/entity-url";
import { describeTimelineItem } from "./build-timeline-ics";
import type { TimelineItem } from "@/lib/timeline-query/timeline-item";

export type FeedArticleInput = { slug: string; title: string; publisher: string | null; language: "zh" | "en"; publishedAt: string | null; ingestedAt: string };

/** A usable instant for an article: its publication time when parseable, else when it was ingested. */
function articleInstant(a: FeedArticleInput): Date {
  const candidates = [a.publishedAt && a.publishedAt.length > 10 ? a.publishedAt : a.publishedAt ? `${partialDateBounds(a.publishedAt).first}T00:00:00Z` : null, a.ingestedAt];
  for (const c of candidates) {
    const d = c ? new Date(c) : null;
    if (d && !Number.isNaN(d.getTime())) return d;
  }
  return new Date(0);
}

type FeedEntry = { at: Date; title: string; id: string; link: string; updated: Date; summary?: string; category: string };

/**
 * Atom 1.0 feed of the newest timeline items and articles, newest first. An item's instant is the first day
 * of its date (what happened when), its <updated> is the item's last edit; article entries link to the
 * article page. Entry ids are tag-like URLs that never change for the same item. Every name is written as
 * `type="text"` (escaped, never read as markup), and `stylesheetUrl` makes browsers show the feed readably.
 */
export function buildTimelineFeed({
  items,
  articles,
  origin,
  selfUrl,
  limit = 50,
  title = "Policy Atlas: AI governance timeline",
  alternateUrl,
  stylesheetUrl,
  subtitle = "Newest events, initiatives, resolutions and articles on global AI governance, with their sources.",
  rights = "Facts carry their sources; article texts belong to their publishers.",
}: {
  items: TimelineItem[];
  articles: FeedArticleInput[];
  origin: string;
  selfUrl: string;
  limit?: number;
  /** what the feed follows, e.g. "Policy Atlas — Zambia" */
  title?: string;
  /** the page the feed follows (default: the timeline) */
  alternateUrl?: string;
  stylesheetUrl?: string;
  /** the feed's subtitle and rights line, in the feed's language (the routes take them from the catalogue) */
  subtitle?: string;
  rights?: string;
}): string {
  const entries: FeedEntry[] = [
    ...items.map((item) => {
      const url = new URL(entityPath(item), origin).toString();
      const at = new Date(`${partialDateBounds(item.date).first}T00:00:00Z`);
      return {
        at,
        title: item.nameZh ? `${item.nameEn} · ${item.nameZh}` : item.nameEn,
        id: url,
        link: url,
        updated: new Date(item.updatedAt),
        summary: describeTimelineItem({ item }),
        category: item.kind,
      };
    }),
    ...articles.map((a) => {
      const url = new URL(`/articles/${encodeURIComponent(a.slug)}`, origin).toString();
      const at = articleInstant(a);
      return { at, title: a.title, id: url, link: url, updated: at, summary: a.publisher ?? undefined, category: "article" };
    }),
  ]
    .sort((x, y) => y.at.getTime() - x.at.getTime())
    .slice(0, limit);
  const valid = (d: Date) => (Number.isNaN(d.getTime()) ? new Date(0) : d);
  const updated = entries.reduce<Date>((max, e) => (valid(e.updated) > max ? valid(e.updated) : max), new Date(0));
  const text = (value: string) => ({ "@_type": "text", "#text": value });
  const feed = {
    "?xml": { "@_version": "1.0", "@_encoding": "utf-8" },
    ...(stylesheetUrl ? { "?xml-stylesheet": { "@_type": "text/xsl", "@_href": stylesheetUrl } } : {}),
    feed: {
      "@_xmlns": "http://www.w3.org/2005/Atom",
      id: selfUrl,
      title: text(title),
      subtitle: text(subtitle),
      updated: updated.toISOString(),
      generator: "Policy Atlas",
      link: [
        { "@_rel": "self", "@_type": "application/atom+xml", "@_href": selfUrl },
        { "@_rel": "alternate", "@_type": "text/html", "@_href": alternateUrl ?? new URL("/timeline", origin).toString() },
      ],
      rights: text(rights),
      entry: entries.map((e) => ({
        title: text(e.title),
        id: e.id,
        link: { "@_rel": "alternate", "@_type": "text/html", "@_href": e.link },
        published: valid(e.at).toISOString(),
        updated: valid(e.updated).toISOString(),
        ...(e.summary ? { summary: text(e.summary) } : {}),
        category: { "@_term": e.category, "@_label": e.category },
      })),
    },
  };
  return builder.build(feed) as string;
}

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: "@_", format: true, suppressEmptyNode: true, processEntities: true });
