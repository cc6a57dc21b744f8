import { isFurnitureLine, isTailMarker, stripFurniture } from "./furniture";
import { parseEnglishMetaLine, parseSourceLine, SENTENCE_ZH } from "./metadata";

export type RawExtraction = {
  title: string | null;
  publisher: string | null;
  /** as written on the page; parsed later with the language */
  published: string | null;
  url: string | null;
  paragraphs: string[];
};

const TERMINAL = /[。！？.!?”"'’:：;；)）\]】…]$/;

/** Joins hard-wrapped lines of a block into paragraphs; keeps one paragraph per line otherwise. */
export function linesToParagraphs(lines: string[]): string[] {
  const out: string[] = [];
  let current: string | null = null;
  // the end of the lines closes the last paragraph as an empty line does: one push site, so V8's loop-compiled
  // code never meets a push after the loop that it has not seen run (it deoptimised there once per article)
  for (let i = 0; i <= lines.length; i++) {
    const line = i < lines.length ? lines[i].replace(/[\t\u00a0\u3000 ]+/g, " ").trim() : "";
    if (!line) {
      if (current !== null) out.push(current);
      current = null;
      continue;
    }
    if (current !== null && !TERMINAL.test(current) && /^[a-z(,;–—-]/.test(line) && !isFurnitureLine(line)) {
      current = `${current} ${line}`;
      continue;
    }
    if (current !== null) out.push(current);
    current = line;
  }
  return out;
}

const READING = /^正在阅读\s*[:：]\s*(.+)$/;
/** "來源:IT之家 美國東部時間 4 月 1 日晚，…": a source's name, then the first words of the story */
const SOURCE_THEN_STORY = /^((?:来源|來源|稿源)\s*[:：]\s*\S{2,20})\s+(.{20,})$/;

/**
 * A header line's metadata: "来源：新华网 2025-05-07", "Published: 1 July 2024"; and, when the source's line runs
 * on into the story ("來源:IT之家 美國東部時間 4 月 1 日晚，美國和英國簽署了…"), the story's words, which are kept.
 */
function readMetaLine(p: string): { publisher: string | null; published: string | null; story: string | null } | null {
  const story = SOURCE_THEN_STORY.exec(p);
  if (story && SENTENCE_ZH.test(story[2])) {
    const meta = parseSourceLine(story[1]);
    if (meta) return { ...meta, story: story[2] };
  }
  const meta = p.length <= 80 ? (parseSourceLine(p) ?? parseEnglishMetaLine(p)) : null;
  return meta && { ...meta, story: null };
}

/**
 * A paragraph of the story itself: long, with a sentence ending in it (a headline or a metadata line is neither).
 * Chinese says as much in a third of the characters: forty of them make a paragraph ("《框架》2.0版于2025年9月15日发布，
 * 由…牵头制定…。" is the story, not a header line).
 */
function isStoryProse(p: string): boolean {
  return (p.length >= 120 || (p.match(/[\u4e00-\u9fff]/g)?.length ?? 0) >= 40) && /[。！？.!?]/.test(p);
}

/**
 * Plain text as copied from a news page. The header (share buttons, "正在阅读:", breadcrumbs, the title, the
 * "来源:" line) gives the metadata and is dropped; the body runs to the first tail marker.
 */
export function extractPlainText(text: string): RawExtraction {
  const paragraphs = linesToParagraphs(text.split("\n"));
  let title: string | null = null;
  let publisher: string | null = null;
  let published: string | null = null;
  let bodyStart = 0;

  const headerSpan = Math.min(paragraphs.length, 30);
  for (let i = 0; i < headerSpan; i++) {
    const p = paragraphs[i];
    // the header ends where the story starts: a "Date: …" or "来源：…" line further down is part of the story
    // (a press release's "Media callback / Date: Friday, November 25"), not the page's own metadata
    if (isTailMarker(p) || isStoryProse(p)) break;
    const reading = READING.exec(p);
    if (reading) {
      title ??= reading[1].trim();
      bodyStart = Math.max(bodyStart, i + 1);
      continue;
    }
    const src = readMetaLine(p);
    if (src) {
      publisher ??= src.publisher;
      published ??= src.published;
      // (the story starts in the source's line: its own words are kept)
      if (src.story) {
        paragraphs[i] = src.story;
        bodyStart = Math.max(bodyStart, i);
        break;
      }
      bodyStart = Math.max(bodyStart, i + 1);
      continue;
    }
    if (title && p === title) bodyStart = Math.max(bodyStart, i + 1);
  }
  if (!title) {
    // first substantial line that reads like a headline
    for (let i = 0; i < headerSpan; i++) {
      const p = paragraphs[i];
      if (isTailMarker(p)) break;
      if (isFurnitureLine(p)) continue;
      if (p.length <= 120 && !/[。！？]$/.test(p) && !/[.!?]$/.test(p) && paragraphs.length > i + 1) {
        title = p;
        bodyStart = Math.max(bodyStart, i + 1);
      }
      break;
    }
  }
  // metadata lines right under the title (English bylines, dates)
  for (let i = bodyStart; i < Math.min(paragraphs.length, bodyStart + 4); i++) {
    const p = paragraphs[i];
    const meta = readMetaLine(p);
    if (meta) {
      publisher ??= meta.publisher;
      published ??= meta.published;
      if (meta.story) {
        paragraphs[i] = meta.story;
        bodyStart = i;
        break;
      }
      bodyStart = i + 1;
    } else if (/^by\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}(?:\s*[,|]\s*(.+))?$/.test(p)) {
      bodyStart = i + 1;
    } else if (isStoryProse(p)) {
      // (an abstract or a first paragraph: a "原文出处" line under it is not the page's header)
      break;
    }
  }
  const body = stripFurniture(paragraphs.slice(bodyStart)).filter((p) => p !== title);
  return { title, publisher, published, url: null, paragraphs: body };
}

/** Markdown: optional front matter (title, date, publisher/source, url), "# Title", then text without markup. */
export function extractMarkdown(text: string): RawExtraction {
  let rest = text;
  const meta: Record<string, string> = {};
  const fm = /^---\n([\s\S]*?)\n---\n/.exec(rest);
  if (fm) {
    for (const line of fm[1].split("\n")) {
      const kv = /^([A-Za-z_]+)\s*:\s*(.*)$/.exec(line);
      if (kv) meta[kv[1].toLowerCase()] = kv[2].trim().replace(/^["']|["']$/g, "");
    }
    rest = rest.slice(fm[0].length);
  }
  let title = meta.title ?? null;
  const h1 = /^#\s+(.+)$/m.exec(rest);
  if (h1 && !title) title = h1[1].trim();
  if (h1) rest = rest.replace(h1[0], "");
  const plain = rest
    .replace(/```[\s\S]*?```/g, "")
    .replace(/!\[[^\]]*\]\([^)]*\)/g, "")
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .replace(/^#{1,6}\s+/gm, "")
    .replace(/^>\s?/gm, "")
    .replace(/^\s*(?:[-*+]|\d+\.)\s+/gm, "")
    .replace(/(\*\*|__)(.+?)\1/g, "$2")
    .replace(/(?<![\w*])[*_]([^*_\n]+)[*_](?![\w*])/g, "$1")
    .replace(/`([^`]+)`/g, "$1")
    .replace(/^\s*(?:-{3,}|\*{3,})\s*$/gm, "");
  const inner = extractPlainText(title ? `${title}\n\n${plain}` : plain);
  return {
    title: title ?? inner.title,
    publisher: meta.publisher ?? meta.source ?? meta.site ?? inner.publisher,
    published: meta.date ?? meta.published ?? meta.publishedat ?? meta.published_at ?? inner.published,
    url: meta.url ?? meta.link ?? null,
    paragraphs: inner.paragraphs,
  };
}
