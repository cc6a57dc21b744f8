import { extractRelations } from "./extract-relations";
import { findMentions } from "./find-mentions";
import { findProposedInitiatives } from "./find-proposed-initiatives";
import type { Gazetteer } from "./gazetteer";
import { proposeEvents } from "./propose-events";
import { splitSentences } from "./sentences";
import type { DateMention, FoundMention, FoundRelation, ProposedEntity, ProposedEvent, Sentence } from "./types";

export type ArticleLinks = {
  sentences: Sentence[];
  mentions: FoundMention[];
  dates: DateMention[];
  events: ProposedEvent[];
  proposedEntities: ProposedEntity[];
  /** participation statements (suggestions for an editor) */
  relations: FoundRelation[];
};

/** The whole linking pass over one article body. Pure: no database access. */
export function linkArticle({
  body,
  publishedAt,
  language,
  gazetteer,
}: {
  body: string;
  publishedAt: string | null;
  language: "zh" | "en";
  gazetteer: Gazetteer;
}): ArticleLinks {
  const sentences = splitSentences(body);
  const { mentions, dates, proposedResolutions } = findMentions({ text: body, gazetteer, publishedAt, sentences });
  const events = proposeEvents({ sentences, mentions, dates, gazetteer, language });
  const proposedEntities = [...proposedResolutions, ...findProposedInitiatives({ text: body, sentences, mentions })];
  const relations = extractRelations({ text: body, sentences, mentions, language });
  return { sentences, mentions, dates, events, proposedEntities, relations };
}
