import { XMLParser } from "fast-xml-parser";
import type { WatchedSourceKind } from "@/db/schema";

/** One link a source lists. */
export type ListedItem = { url: string; title: string | null; publishedAt: string | null };

/** Most items read from one fetch of a source (a sitemap of 50,000 URLs is read in its newest slice). */
export const MAX_ITEMS_PER_FETCH = 2000;

export class SourceParseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SourceParseError";
  }
}

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  removeNSPrefix: true,
  processEntities: true,
  htmlEntities: true,
  isArray: (name) => ["item", "entry", "link", "url", "sitemap"].includes(name),
});

const arr = <T>(v: T | T[] | undefined | null): T[] => (v == null ? [] : Array.isArray(v) ? v : [v]);
function text(v: unknown): string | null {
  if (v == null) return null;
  if (typeof v === "string" || typeof v === "number") return String(v).trim() || null;
  if (typeof v === "object" && "#text" in (v as object)) return text((v as { "#text": unknown })["#text"]);
  return null;
}

/** Guesses the kind of a source from its body (and content type). */
export function detectSourceKind({ body, contentType }: { body: string; contentType?: string | null }): WatchedSourceKind {
  const head = body
    .slice(0, 4000)
    .replace(/^\uFEFF/, "")
    .trimStart();
  if ((contentType ?? "").includes("json") || head.startsWith("{")) {
    if (/jsonfeed\.org\/version/.test(head)) return "jsonfeed";
  }
  if (/<rss[\s>]/i.test(head) || /<rdf:RDF/i.test(head)) return "rss";
  if (/<feed[\s>]/i.test(head) && /http:\/\/www\.w3\.org\/2005\/Atom/.test(head)) return "atom";
  if (/<(urlset|sitemapindex)[\s>]/i.test(head)) return "sitemap";
  return "listing";
}

function resolve(href: string | null, base: string): string | null {
  if (!href) return null;
  try {
    const u = new URL(href.trim(), base);
    if (u.protocol !== "http:" && u.protocol !== "https:") return null;
    u.hash = "";
    return u.href;
  } catch {
    return null;
  }
}

type Parsed = { items: ListedItem[]; sitemaps: string[] };

function parseRss(doc: Record<string, unknown>, base: string): ListedItem[] {
  const rss = (doc.rss ?? doc.RDF) as Record<string, unknown> | undefined;
  const channel = (rss?.channel ?? {}) as Record<string, unknown>;
  const items = arr((channel.item ?? rss?.item) as Record<string, unknown>[] | undefined);
  return items.flatMap((it) => {
    const url = resolve(text(arr(it.link as unknown[])[0]) ?? (isPermalink(it.guid) ? text(it.guid) : null), base);
    return url ? [{ url, title: text(it.title), publishedAt: isoDate(text(it.pubDate) ?? text(it.date)) }] : [];
  });
}

function isPermalink(guid: unknown): boolean {
  if (guid == null) return false;
  if (typeof guid === "object") return (guid as Record<string, unknown>)["@isPermaLink"] !== "false";
  return /^https?:\/\//.test(String(guid));
}

function parseAtom(doc: Record<string, unknown>, base: string): ListedItem[] {
  const feed = (doc.feed ?? {}) as Record<string, unknown>;
  return arr(feed.entry as Record<string, unknown>[] | undefined).flatMap((e) => {
    const links = arr(e.link as Record<string, unknown>[]);
    const link = links.find((l) => !l["@rel"] || l["@rel"] === "alternate") ?? links[0];
    const url = resolve(link ? text(link["@href"]) : null, base);
    return url ? [{ url, title: text(e.title), publishedAt: isoDate(text(e.published) ?? text(e.updated)) }] : [];
  });
}

function parseSitemap(doc: Record<string, unknown>, base: string): Parsed {
  const index = doc.sitemapindex as Record<string, unknown> | undefined;
  if (index) return { items: [], sitemaps: arr(index.sitemap as Record<string, unknown>[]).flatMap((s) => resolve(text(s.loc), base) ?? []) };
  const set = (doc.urlset ?? {}) as Record<string, unknown>;
  const items = arr(set.url as Record<string, unknown>[]).flatMap((u) => {
    const url = resolve(text(u.loc), base);
    // news sitemaps (<news:news>) carry the headline and publication date
    const news = u.news as Record<string, unknown> | undefined;
    return url ? [{ url, title: news ? text(news.title) : null, publishedAt: isoDate((news ? text(news.publication_date) : null) ?? text(u.lastmod)) }] : [];
  });
  // newest first when dated, so the cap keeps the newest
  items.sort((a, b) => (b.publishedAt ?? "").localeCompare(a.publishedAt ?? ""));
  return { items, sitemaps: [] };
}

function parseJsonFeed(body: string, base: string): ListedItem[] {
  let doc: { items?: unknown };
  try {
    doc = JSON.parse(body);
  } catch {
    throw new SourceParseError("the JSON Feed is not valid JSON");
  }
  if (!Array.isArray(doc.items)) throw new SourceParseError("the JSON Feed has no items list");
  return doc.items.flatMap((raw: unknown) => {
    const it = (raw ?? {}) as Record<string, unknown>;
    const url = resolve(typeof it.url === "string" ? it.url : typeof it.external_url === "string" ? it.external_url : null, base);
    return url
      ? [{ url, title: typeof it.title === "string" ? it.title.trim() || null : null, publishedAt: isoDate(typeof it.date_published === "string" ? it.date_published : null) }]
      : [];
  });
}

const ANCHOR = /<a\b[^>]*?\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))[^>]*>([\s\S]*?)<\/a\s*>/gi;

/** A plain listing page: every link whose absolute URL matches `linkPattern` (a regular expression). */
function parseListing(body: string, base: string, linkPattern: string | null): ListedItem[] {
  const pattern = linkPattern ? new RegExp(linkPattern) : null;
  const baseHost = new URL(base).host;
  const seen = new Set<string>();
  const out: ListedItem[] = [];
  for (const m of body.matchAll(ANCHOR)) {
    const url = resolve(decodeEntities(m[1] ?? m[2] ?? m[3] ?? ""), base);
    if (!url || seen.has(url)) continue;
    // without a pattern: links on the same site that look like articles (a path with a digit in it)
    if (pattern ? !pattern.test(url) : new URL(url).host !== baseHost || !/\d/.test(new URL(url).pathname)) continue;
    seen.add(url);
    const title = decodeEntities(m[4].replace(/<[^>]*>/g, " "))
      .replace(/\s+/g, " ")
      .trim();
    out.push({ url, title: title || null, publishedAt: null });
  }
  return out;
}

function decodeEntities(s: string): string {
  return s
    .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&");
}

function isoDate(v: string | null): string | null {
  if (!v) return null;
  const d = new Date(v);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

/** The items (and, for a sitemap index, the child sitemaps) a fetched source lists. */
export function parseSource({ kind, body, baseUrl, linkPattern = null }: { kind: WatchedSourceKind; body: string; baseUrl: string; linkPattern?: string | null }): Parsed {
  let parsed: Parsed;
  if (kind === "jsonfeed") parsed = { items: parseJsonFeed(body, baseUrl), sitemaps: [] };
  else if (kind === "listing") parsed = { items: parseListing(body, baseUrl, linkPattern), sitemaps: [] };
  else {
    let doc: Record<string, unknown>;
    try {
      doc = xml.parse(body) as Record<string, unknown>;
    } catch (error) {
      throw new SourceParseError(`the ${kind} document is not well-formed XML (${error instanceof Error ? error.message.split("\n")[0] : "parse error"})`);
    }
    if (kind === "rss") parsed = { items: parseRss(doc, baseUrl), sitemaps: [] };
    else if (kind === "atom") parsed = { items: parseAtom(doc, baseUrl), sitemaps: [] };
    else parsed = parseSitemap(doc, baseUrl);
    if (parsed.items.length === 0 && parsed.sitemaps.length === 0 && !(kind === "rss" ? doc.rss || doc.RDF : kind === "atom" ? doc.feed : doc.urlset || doc.sitemapindex)) {
      throw new SourceParseError(`the document is not ${kind === "rss" ? "an RSS" : kind === "atom" ? "an Atom" : "a sitemap"} document`);
    }
  }
  const seen = new Set<string>();
  parsed.items = parsed.items.filter((i) => !seen.has(i.url) && seen.add(i.url)).slice(0, MAX_ITEMS_PER_FETCH);
  return parsed;
}
