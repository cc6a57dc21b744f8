import { describe, expect, it } from "vitest";
import { paginateArticle } from "./paginate-article";
import { splitParagraphs } from "./segment-text";

const starts = (body: string) => splitParagraphs(body).map((p) => p.start);

function mentionsOf(body: string, word: string) {
  const out: { start: number; end: number }[] = [];
  for (let i = body.indexOf(word); i !== -1; i = body.indexOf(word, i + 1)) out.push({ start: i, end: i + word.length });
  return out;
}

/** Pages cover the body exactly once, in order, and respect both limits. */
function expectValid({
  body,
  pages,
  mentions,
  maxChars,
  maxMentions,
}: {
  body: string;
  pages: { start: number; end: number }[];
  mentions: { start: number; end: number }[];
  maxChars: number;
  maxMentions: number;
}) {
  expect(pages[0].start).toBe(0);
  expect(pages.at(-1)!.end).toBe(body.length);
  for (let i = 1; i < pages.length; i++) expect(pages[i].start).toBe(pages[i - 1].end);
  for (const p of pages) {
    expect(p.end - p.start).toBeLessThanOrEqual(maxChars);
    expect(mentions.filter((m) => m.start >= p.start && m.start < p.end).length).toBeLessThanOrEqual(maxMentions);
    // no mention is cut by a page boundary
    expect(mentions.some((m) => m.start < p.end && m.end > p.end)).toBe(false);
  }
}

describe("paginateArticle", () => {
  it("keeps a short article on one page", () => {
    const body = "China and France.\n\nThe UN met.";
    expect(paginateArticle({ body, paragraphStarts: starts(body), mentions: mentionsOf(body, "UN") })).toEqual([{ start: 0, end: body.length }]);
  });

  it("cuts at paragraph boundaries by mention count", () => {
    const body = Array.from({ length: 30 }, () => "France and France and France.").join("\n\n");
    const mentions = mentionsOf(body, "France");
    const pages = paginateArticle({ body, paragraphStarts: starts(body), mentions, maxChars: 10_000, maxMentions: 10 });
    expectValid({ body, pages, mentions, maxChars: 10_000, maxMentions: 10 });
    expect(pages).toHaveLength(10);
    for (const p of pages.slice(1)) expect(body[p.start - 1]).toBe("\n");
  });

  it("cuts one huge paragraph (the 4.9 MB repetitive article) without cutting a mention", () => {
    const body = "The Global AI Governance Initiative and China. ".repeat(5000).trim();
    const mentions = [...mentionsOf(body, "Global AI Governance Initiative"), ...mentionsOf(body, "China")].sort((a, b) => a.start - b.start);
    const pages = paginateArticle({ body, paragraphStarts: starts(body), mentions, maxChars: 5000, maxMentions: 150 });
    expectValid({ body, pages, mentions, maxChars: 5000, maxMentions: 150 });
    expect(pages.length).toBeGreaterThan(40);
  });
});
