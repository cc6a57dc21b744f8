import type { Gazetteer } from "@/lib/linking/gazetteer";
import { linkArticle, type ArticleLinks } from "@/lib/linking/link-article";
import { IngestError } from "@/lib/errors/ingest-error";
import { INGEST_LIMITS } from "./ingest-limits";
import type { ExtractedArticle } from "./extract-article";

// Kept apart from ingest-article.ts (the write): the ingest worker thread runs this, and must not load the
// write path's server-only modules.

/** What linking found, without the intermediate sentences and dates: what a worker thread sends back. */
export type FoundLinks = Pick<ArticleLinks, "mentions" | "events" | "namedEvents" | "proposedEntities" | "relations">;

/**
 * Links `body` and refuses an article with more mentions than INGEST_LIMITS.maxMentions (a 4.9 MB repetitive
 * article made 120,000 and a 68 MB page). Refused rather than cut: a partial set of links would look complete.
 */
export function linkWithinLimits({ article, gazetteer }: { article: Pick<ExtractedArticle, "body" | "publishedAt" | "language">; gazetteer: Gazetteer }): FoundLinks {
  const { mentions, events, namedEvents, proposedEntities, relations } = linkArticle({
    body: article.body,
    publishedAt: article.publishedAt,
    language: article.language,
    gazetteer,
  });
  const found = mentions.length + proposedEntities.length;
  if (found > INGEST_LIMITS.maxMentions) {
    throw new IngestError(
      "too-many-mentions",
      `the article names entities ${found.toLocaleString("en")} times, more than the ${INGEST_LIMITS.maxMentions.toLocaleString("en")} one article may hold; split it into parts`,
    );
  }
  return { mentions, events, namedEvents, proposedEntities, relations };
}
