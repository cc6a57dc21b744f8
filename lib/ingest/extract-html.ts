import { createRequire } from "node:module";
import path from "node:path";
import type * as ReadabilityModule from "@mozilla/readability";
import { Parser } from "htmlparser2";
import type * as JsdomModule from "jsdom";
import { IngestError } from "@/lib/errors/ingest-error";
import { INGEST_LIMITS } from "./ingest-limits";
import { stripFurniture } from "./furniture";
import { parseEnglishMetaLine, parseSourceLine } from "./metadata";
import type { RawExtraction } from "./extract-text";

// jsdom takes over a second to load (1.3 s measured on a busy 2-core machine): it is loaded on first use, so only
// threads that extract HTML (the ingest worker threads, scripts) pay for it, never the web server's request thread,
// which only imports this module for its types and limits.
const requireAtRunTime = createRequire(path.join(process.cwd(), "package.json"));
let htmlLibraries: { JSDOM: typeof JsdomModule.JSDOM; VirtualConsole: typeof JsdomModule.VirtualConsole; Readability: typeof ReadabilityModule.Readability } | null = null;

/** Loads jsdom and Readability now (a worker does it before taking its first job, outside the job's time limit). */
export function loadHtmlLibraries() {
  if (!htmlLibraries) {
    const { JSDOM, VirtualConsole } = requireAtRunTime("jsdom") as typeof JsdomModule;
    const { Readability } = requireAtRunTime("@mozilla/readability") as typeof ReadabilityModule;
    htmlLibraries = { JSDOM, VirtualConsole, Readability };
  }
  return htmlLibraries;
}

const BLOCK = new Set([
  "P",
  "DIV",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "LI",
  "BLOCKQUOTE",
  "PRE",
  "SECTION",
  "ARTICLE",
  "TR",
  "TD",
  "TH",
  "UL",
  "OL",
  "TABLE",
  "FIGURE",
  "FIGCAPTION",
  "HEADER",
  "FOOTER",
  "ASIDE",
  "NAV",
  "MAIN",
  "DL",
  "DT",
  "DD",
  "HR",
]);

/** Visible text of a subtree with a line break at every block boundary. */
function blockText(node: Node): string {
  let out = "";
  const walk = (n: Node) => {
    if (n.nodeType === 3) {
      out += (n.nodeValue ?? "").replace(/\s+/g, " ");
      return;
    }
    if (n.nodeType !== 1) return;
    const el = n as Element;
    const tag = el.tagName;
    if (tag === "SCRIPT" || tag === "STYLE" || tag === "NOSCRIPT" || tag === "TEMPLATE" || tag === "svg") return;
    if (tag === "BR") {
      out += "\n";
      return;
    }
    const block = BLOCK.has(tag);
    if (block) out += "\n";
    for (const c of Array.from(el.childNodes)) walk(c);
    if (block) out += "\n";
  };
  walk(node);
  return out;
}

function meta(doc: Document, ...keys: string[]): string | null {
  for (const k of keys) {
    const el = doc.querySelector(`meta[property="${k}" i], meta[name="${k}" i], meta[itemprop="${k}" i]`);
    const v = el?.getAttribute("content")?.trim();
    if (v) return v;
  }
  return null;
}

function jsonLd(doc: Document): { datePublished?: string; publisher?: string; headline?: string } {
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      const data = JSON.parse(s.textContent ?? "");
      const items = Array.isArray(data) ? data : (data["@graph"] ?? [data]);
      for (const it of items) {
        if (it && (it.datePublished || it.headline)) {
          const pub = typeof it.publisher === "string" ? it.publisher : it.publisher?.name;
          return { datePublished: it.datePublished, publisher: pub, headline: it.headline };
        }
      }
    } catch {
      // ignore malformed JSON-LD
    }
  }
  return {};
}

/**
 * Refuses a page that would take minutes: jsdom's parse and Readability both grow faster than the nesting depth
 * (2,000 nested divs: 2 s to parse, 78 s in Readability), so depth and element count are measured first with a
 * streaming tokenizer (htmlparser2, linear, no tree) and nothing else runs when they are over the limits.
 */
export function checkHtmlSize(html: string): void {
  let depth = 0;
  let elements = 0;
  let refusal: string | null = null;
  const parser = new Parser(
    {
      onopentag() {
        elements++;
        depth++;
        if (refusal) return;
        if (depth > INGEST_LIMITS.maxDomDepth) {
          refusal = `the page nests its elements more than ${INGEST_LIMITS.maxDomDepth} deep; save the article's own text (or a simpler copy of the page) and upload that`;
        } else if (elements > INGEST_LIMITS.maxDomElements) {
          refusal = `the page has more than ${INGEST_LIMITS.maxDomElements.toLocaleString("en")} elements; save the article's own text and upload that`;
        }
        if (refusal) parser.pause();
      },
      onclosetag() {
        depth--;
      },
    },
    { decodeEntities: false },
  );
  parser.end(html);
  if (refusal) throw new IngestError("too-complex", refusal);
}

/**
 * HTML: main content via @mozilla/readability; title, site, URL and dates from og:/article: meta, JSON-LD,
 * <time>, or a "来源:" line; then the same furniture rules as plain text.
 */
export function extractHtml(html: string, baseUrl?: string | null): RawExtraction {
  checkHtmlSize(html);
  const { JSDOM, VirtualConsole, Readability } = loadHtmlLibraries();
  const virtualConsole = new VirtualConsole();
  const dom = new JSDOM(html, { url: baseUrl && /^https?:\/\//.test(baseUrl) ? baseUrl : "https://example.invalid/", virtualConsole });
  const doc = dom.window.document;
  try {
    const ld = jsonLd(doc);
    let title: string | null =
      meta(doc, "og:title", "twitter:title", "title", "headline") ?? ld.headline ?? doc.querySelector("h1")?.textContent?.trim() ?? doc.title?.trim() ?? null;
    let publisher = meta(doc, "og:site_name", "application-name", "publisher", "source", "article:publisher") ?? ld.publisher ?? null;
    if (publisher && /^https?:/.test(publisher)) publisher = null;
    let published =
      meta(
        doc,
        "article:published_time",
        "og:article:published_time",
        "pubdate",
        "publishdate",
        "publish_date",
        "publication_date",
        "datePublished",
        "date",
        "dc.date",
        "dc.date.issued",
        "sailthru.date",
        "parsely-pub-date",
      ) ??
      ld.datePublished ??
      doc.querySelector("time[datetime]")?.getAttribute("datetime") ??
      null;
    const url = meta(doc, "og:url") ?? doc.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? null;
    const lang = doc.documentElement.getAttribute("lang");
    void lang;

    const article = new Readability(doc.cloneNode(true) as Document, { charThreshold: 100 }).parse();
    let text: string;
    if (article?.content) {
      const holder = doc.createElement("div");
      holder.innerHTML = article.content;
      text = blockText(holder);
      title ??= article.title ?? null;
      publisher ??= article.siteName ?? null;
      published ??= article.publishedTime ?? null;
    } else {
      for (const el of Array.from(doc.querySelectorAll("script, style, nav, header, footer, aside, form"))) el.remove();
      text = doc.body ? blockText(doc.body) : "";
    }
    let lines = text
      .split("\n")
      .map((l) => l.replace(/\s+/g, " ").trim())
      .filter(Boolean);
    // "来源:" lines inside the content give metadata and are not body
    lines = lines.filter((l) => {
      if (l.length > 80) return true;
      const src = parseSourceLine(l) ?? parseEnglishMetaLine(l);
      if (!src) return true;
      publisher ??= src.publisher;
      published ??= src.published;
      return false;
    });
    if (title) {
      // "Headline - Site name" / "标题_新闻_网站"
      const cleaned = title.split(/\s+[|–—-]\s+|_/)[0].trim();
      if (cleaned.length >= 6) title = cleaned;
    }
    const paragraphs = stripFurniture(lines).filter((p) => p !== title);
    return { title, publisher, published, url, paragraphs };
  } finally {
    dom.window.close();
  }
}
