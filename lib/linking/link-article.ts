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
export function linkArticle({ body, publishedAt, language, gazetteer }: { body: string; publishedAt: string | null; language: "zh" | "en"; gazetteer: Gazetteer }): ArticleLinks {
  const sentences = splitSentences(body);
  const { mentions, dates, proposedResolutions } = findMentions({ text: body, gazetteer, publishedAt, sentences });
  const events = proposeEvents({ sentences, mentions, dates, gazetteer, language });
  const proposedEntities = [...proposedResolutions, ...findProposedInitiatives({ text: body, sentences, mentions })];
  const relations = extractRelations({ text: body, sentences, mentions, language }).map((r) => toReportedEvent({ relation: r, events, gazetteer }));
  return { sentences, mentions, dates, events, proposedEntities, relations };
}

const EVENT_ROLES = new Set(["host", "co-host", "chair", "co-chair", "participant"]);

/** "共同举办之友小组会议" read as hosting the group: when the sentence reports a known meeting of it, the meeting is meant. */
function toReportedEvent({ relation, events, gazetteer }: { relation: FoundRelation; events: ProposedEvent[]; gazetteer: Gazetteer }): FoundRelation {
  if (!EVENT_ROLES.has(relation.role) || gazetteer.entries.get(relation.objectId)?.kind !== "organisation") return relation;
  const reported = events.find((e) => e.evidenceStart === relation.evidenceStart && e.matchedEntityId !== null && gazetteer.entries.get(e.matchedEntityId)?.kind === "event");
  if (!reported || !gazetteer.related.get(reported.matchedEntityId!)?.has(relation.objectId)) return relation;
  return { ...relation, objectId: reported.matchedEntityId! };
}
