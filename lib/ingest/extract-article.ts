import { createHash } from "node:crypto";
import { decodeBytes } from "./decode";
import { IngestError } from "@/lib/errors/ingest-error";
import { INGEST_LIMITS } from "./ingest-limits";
import { extractHtml } from "./extract-html";
import { extractMarkdown, extractPlainText, type RawExtraction } from "./extract-text";
import { dateFromUrl, detectLanguage, parsePublishedAt } from "./metadata";
import { cleanPublisherName } from "@/lib/articles/clean-publisher-name";

export type ArticleFormat = "html" | "markdown" | "text";

export type ExtractedArticle = {
  title: string;
  publisher: string | null;
  url: string | null;
  language: "zh" | "en";
  /** ISO-8601 with offset when the time is known, else a partial date, or null */
  publishedAt: string | null;
  /** paragraphs separated by a blank line */
  body: string;
  format: ArticleFormat;
  encoding: string;
};

/** Overrides from an upload form or API call (they win over what the page says). */
export type ArticleHints = {
  title?: string | null;
  url?: string | null;
  publisher?: string | null;
  publishedAt?: string | null;
  language?: "zh" | "en" | null;
};

export function detectFormat(text: string, fileName?: string | null): ArticleFormat {
  const ext = (fileName ?? "").toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
  if (ext === "html" || ext === "htm" || ext === "xhtml") return "html";
  if (ext === "md" || ext === "markdown") return "markdown";
  const head = text.slice(0, 2000).trimStart().toLowerCase();
  if (
    head.startsWith("<!doctype html") ||
    head.startsWith("<html") ||
    /<(?:html|body|article|head)[\s>]/.test(head) ||
    (text.match(/<\/?(?:p|div|span|a|br)\b/gi)?.length ?? 0) > 5
  ) {
    return "html";
  }
  if (ext === "txt") return "text";
  if (/^---\n[\s\S]*?\n---\n/.test(text) || /^#\s+\S/m.test(text) || /\[[^\]]+\]\([^)]+\)/.test(text)) return "markdown";
  return "text";
}

/**
 * Pinyin glosses left by flattened ruby markup or a converter ("聯(lián)合國(guó)", "研討班(bān)"): a bracketed
 * syllable with a tone mark straight after a Han character. A tone mark is required, so "(AI)", "(ITU)" and
 * "(2024)" stay.
 */
const PINYIN_GLOSS = /(?<=[\u3400-\u9fff])[(（](?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]{1,6}[)）]/g;

/** Unicode NFC, no zero-width characters or pinyin glosses, single spaces, paragraphs separated by one blank line. */
export function normaliseBody(paragraphs: string[]): string {
  return paragraphs
    .map((p) =>
      p
        .normalize("NFC")
        .replace(/[\u200b-\u200d\u2060\ufeff]/g, "")
        .replace(PINYIN_GLOSS, "")
        .replace(/[ \t\u00a0]+/g, " ")
        .trim(),
    )
    .filter(Boolean)
    .join("\n\n");
}

export function contentHash(body: string): string {
  return createHash("sha256").update(body).digest("hex");
}

function meaningfulLength(body: string): number {
  let n = 0;
  for (const ch of body) if (/[\p{L}\p{N}]/u.test(ch)) n++;
  return n;
}

function tooLong(chars: number): IngestError {
  return new IngestError(
    "too-long",
    `the article's text is ${chars.toLocaleString("en")} characters, more than the ${INGEST_LIMITS.maxBodyChars.toLocaleString("en")} limit; split it into parts`,
  );
}

/** From raw text (already decoded) to a clean article; throws IngestError("no-body") when nothing is left. */
export function extractFromText({
  text,
  fileName,
  hints = {},
  encoding = "utf-8",
  format: forced,
}: {
  text: string;
  fileName?: string | null;
  hints?: ArticleHints;
  encoding?: string;
  format?: ArticleFormat;
}): ExtractedArticle {
  const format = forced ?? detectFormat(text, fileName);
  // Text and Markdown lose little in extraction: refuse what cannot fit before spending time on it.
  if (format !== "html" && text.length > 2 * INGEST_LIMITS.maxBodyChars) throw tooLong(text.length);
  let raw: RawExtraction;
  if (format === "html") raw = extractHtml(text, hints.url);
  else if (format === "markdown") raw = extractMarkdown(text);
  else raw = extractPlainText(text);
  const body = normaliseBody(raw.paragraphs);
  if (body.length > INGEST_LIMITS.maxBodyChars) throw tooLong(body.length);
  const language = hints.language ?? detectLanguage(`${raw.title ?? ""}\n${body}`);
  if (meaningfulLength(body) < (language === "zh" ? 40 : 120)) {
    throw new IngestError("no-body", "no article body could be extracted (too little text after removing page furniture)");
  }
  const title = (hints.title ?? raw.title ?? body.split("\n")[0].slice(0, 80)).replace(/\s+/g, " ").trim();
  // (a page that states no date may still carry its day in its address)
  const publishedAt = hints.publishedAt
    ? (parsePublishedAt(hints.publishedAt, language) ?? hints.publishedAt)
    : (parsePublishedAt(raw.published, language) ?? dateFromUrl({ url: hints.url ?? raw.url }));
  return {
    title,
    // a name, never a metadata URL or a byline: the editor's value first, else the page's, cleaned either way
    publisher: cleanPublisherName(hints.publisher) ?? cleanPublisherName(raw.publisher),
    url: hints.url ?? raw.url ?? null,
    language,
    publishedAt,
    body,
    format,
    encoding,
  };
}

/** Bytes of a file or upload → clean article. Throws IngestError with a reason an editor can act on. */
export function extractArticle({ bytes, fileName, hints }: { bytes: Uint8Array; fileName?: string | null; hints?: ArticleHints }): ExtractedArticle {
  const { text, encoding } = decodeBytes(bytes);
  if (!text.trim()) throw new IngestError("empty", "the file contains only white space");
  return extractFromText({ text, fileName, hints, encoding });
}
