import { describe, expect, it } from "vitest";
import { isPrivateAddress } from "./fetch-safely";
import { detectSourceKind, parseSource, SourceParseError } from "./parse-source";

const base = "https://news.example.org/feeds/";

describe("parseSource", () => {
  it("reads RSS 2.0 items with relative links and dates", () => {
    const body = `<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><item><title>One &amp; two</title><link>/a/1.html</link><pubDate>Tue, 19 Nov 2024 10:00:00 GMT</pubDate></item><item><title>No link</title></item></channel></rss>`;
    expect(detectSourceKind({ body })).toBe("rss");
    expect(parseSource({ kind: "rss", body, baseUrl: base }).items).toEqual([
      { url: "https://news.example.org/a/1.html", title: "One & two", publishedAt: "2024-11-19T10:00:00.000Z" },
    ]);
  });
  it("reads Atom entries (alternate link) and JSON Feed items", () => {
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><entry><title type="text">新闻</title><link rel="self" href="https://x.example/self"/><link rel="alternate" href="https://x.example/a"/><published>2025-05-07T08:48:00+08:00</published></entry></feed>`;
    expect(detectSourceKind({ body: atom })).toBe("atom");
    expect(parseSource({ kind: "atom", body: atom, baseUrl: base }).items).toEqual([{ url: "https://x.example/a", title: "新闻", publishedAt: "2025-05-07T00:48:00.000Z" }]);
    const json = JSON.stringify({ version: "https://jsonfeed.org/version/1.1", title: "j", items: [{ id: "1", url: "https://x.example/j1", title: "J" }, { id: "2" }] });
    expect(detectSourceKind({ body: json })).toBe("jsonfeed");
    expect(parseSource({ kind: "jsonfeed", body: json, baseUrl: base }).items).toEqual([{ url: "https://x.example/j1", title: "J", publishedAt: null }]);
  });
  it("reads news sitemaps newest first, and sitemap indexes as child sitemaps", () => {
    const news = `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
      <url><loc>https://x.example/old</loc><news:news><news:publication_date>2024-01-01</news:publication_date><news:title>Old</news:title></news:news></url>
      <url><loc>https://x.example/new</loc><news:news><news:publication_date>2025-01-01</news:publication_date><news:title>New</news:title></news:news></url></urlset>`;
    expect(detectSourceKind({ body: news })).toBe("sitemap");
    expect(parseSource({ kind: "sitemap", body: news, baseUrl: base }).items.map((i) => i.title)).toEqual(["New", "Old"]);
    const index = `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>https://x.example/s1.xml</loc></sitemap></sitemapindex>`;
    expect(parseSource({ kind: "sitemap", body: index, baseUrl: base })).toEqual({ items: [], sitemaps: ["https://x.example/s1.xml"] });
  });
  it("reads a listing page's links that match the pattern, once each", () => {
    const html = `<html><body><a href="/world/2025/05/07/story.html">Story &amp; more</a><a href='/world/2025/05/07/story.html'>again</a><a href="/about">About</a><a href="javascript:alert(1)">x</a></body></html>`;
    expect(detectSourceKind({ body: html })).toBe("listing");
    expect(parseSource({ kind: "listing", body: html, baseUrl: "https://x.example/world/", linkPattern: "/world/\\d{4}/" }).items).toEqual([
      { url: "https://x.example/world/2025/05/07/story.html", title: "Story & more", publishedAt: null },
    ]);
  });
  it("refuses what is not the declared kind", () => {
    expect(() => parseSource({ kind: "rss", body: "<html><body>hi</body></html>", baseUrl: base })).toThrow(SourceParseError);
    expect(() => parseSource({ kind: "jsonfeed", body: "{", baseUrl: base })).toThrow(/not valid JSON/);
  });
});

describe("isPrivateAddress", () => {
  it("refuses loopback, private, link-local and mapped forms; allows public addresses", () => {
    for (const a of ["127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "0.0.0.0", "::1", "fe80::1", "fd00::1", "::ffff:127.0.0.1", "100.64.0.1"])
      expect(isPrivateAddress(a), a).toBe(true);
    for (const a of ["8.8.8.8", "203.0.114.1", "2001:4860:4860::8888"]) expect(isPrivateAddress(a), a).toBe(false);
  });
});
