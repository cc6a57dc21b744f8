/**
 * An article page never renders unbounded markup: the body is cut into pages of at most `maxChars`
 * characters and `maxMentions` highlighted mentions, at paragraph boundaries where possible. A single
 * paragraph over a limit is cut inside, but never through a mention.
 */
export const ARTICLE_PAGE_LIMITS = { maxChars: 20_000, maxMentions: 200 } as const;

export type ArticlePageRange = { start: number; end: number };

export function paginateArticle({
  body,
  paragraphStarts,
  mentions,
  maxChars = ARTICLE_PAGE_LIMITS.maxChars,
  maxMentions = ARTICLE_PAGE_LIMITS.maxMentions,
}: {
  body: string;
  /** ascending offsets where paragraphs begin */
  paragraphStarts: number[];
  /** the mentions, ascending by start */
  mentions: { start: number; end: number }[];
  maxChars?: number;
  maxMentions?: number;
}): ArticlePageRange[] {
  const length = body.length;
  if (length === 0) return [{ start: 0, end: 0 }];
  const boundaries = [...paragraphStarts.filter((p) => p > 0 && p < length), length];
  const pages: ArticlePageRange[] = [];
  let first = 0; // index of the first mention not yet on a page
  let b = 0; // index into boundaries
  for (let start = 0; start < length;) {
    // The furthest paragraph boundary within both limits.
    let end = -1;
    let m = first;
    while (b < boundaries.length && boundaries[b] - start <= maxChars) {
      let k = m;
      while (k < mentions.length && mentions[k].start < boundaries[b]) k++;
      if (k - first > maxMentions) break;
      end = boundaries[b];
      m = k;
      b++;
    }
    if (end === -1) {
      // One paragraph over a limit: cut it at the character limit or before the mention over the limit…
      end = Math.min(start + maxChars, length);
      if (first + maxMentions < mentions.length) end = Math.min(end, mentions[first + maxMentions].start);
      // …moved back to before a mention it would cut through, and never to an empty page.
      const crossing = mentions.find((x, i) => i >= first && x.start < end && x.end > end);
      if (crossing && crossing.start > start) end = crossing.start;
      if (end <= start) end = Math.min(length, Math.max(start + 1, crossing?.end ?? start + 1));
      while (m < mentions.length && mentions[m].start < end) m++;
      while (b < boundaries.length && boundaries[b] <= end) b++;
    }
    pages.push({ start, end });
    first = m;
    start = end;
  }
  return pages;
}
