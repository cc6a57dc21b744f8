import type { EntityKind, EntityStatus, Language, RelationRole } from "@/db/schema";
import type { DatePrecision } from "@/lib/dates/partial-date";
import type { Gazetteer } from "./gazetteer";

/** One entity as the linker sees it (loaded by load-gazetteer.ts, or built in memory by tests and the bench). */
export type GazetteerEntry = {
  id: number;
  kind: EntityKind;
  slug: string;
  nameEn: string;
  nameZh: string | null;
  status?: EntityStatus;
  /** finer type inside the kind ("network", "group-of-friends", "law" …): what a short noun phrase may call it */
  subtype?: string | null;
  date?: string | null;
  iso3?: string | null;
  symbol?: string | null;
  /** the symbol of the draft a resolution was adopted from ("A/78/L.49"): the draft names the resolution */
  draftSymbol?: string | null;
  session?: number | null;
  aliases: { alias: string; language: Language | null; aliasType: string; linkable?: boolean }[];
  /** Entities this one is related to (relations in either direction). */
  relatedIds?: number[];
  /** The states the atlas says hosted this event (host or co-host). */
  hostIds?: number[];
  /** The states and bodies the atlas says chaired this event or body (chair or co-chair). */
  chairIds?: number[];
  /** A text's makers: the bodies that adopted it and the processes it is part of (not its signatories). */
  madeByIds?: number[];
  /** The states and bodies the atlas says put this text forward (sponsor or proposer; not co-sponsors). */
  sponsorIds?: number[];
};

/** How a mention was found (stored in mentions.method). */
export type MentionMethod = "gazetteer" | "symbol" | "descriptive" | "pattern";

/** Why a link was made: the text matched, the alias/title form (or cue) it matched, and the rule. */
export type LinkWhy = {
  matched: string;
  form: string;
  rule: "exact-alias" | "title-variant" | "description" | "pattern" | "statement-model";
  /** set when a description fits several entities equally: their slugs (one suggestion per candidate) */
  candidates?: string[];
};

/** A participation statement read from one sentence (subject —role→ object); always a suggestion. */
export type FoundRelation = {
  subjectId: number;
  objectId: number;
  role: RelationRole;
  evidence: string;
  evidenceStart: number;
  /** the statement's span in the article body (subject, trigger and object) */
  start: number;
  end: number;
  confidence: number;
  why: LinkWhy;
};

export type FoundMention = {
  entityId: number;
  kind: EntityKind;
  surface: string;
  start: number;
  end: number;
  confidence: number;
  method: MentionMethod;
  evidence: string;
  evidenceStart: number;
  why?: LinkWhy;
};

export type Sentence = { text: string; start: number; end: number };

export type DateMention = {
  start: number;
  end: number;
  surface: string;
  /** partial ISO date */
  date: string;
  precision: DatePrecision;
  /** true when resolved against the publication date (去年12月, last month, 5月6日 …). */
  relative: boolean;
};

export type EventActor = { entityId: number; role: RelationRole };

export type ProposedEvent = {
  date: string;
  precision: DatePrecision;
  evidence: string;
  evidenceStart: number;
  evidenceEnd: number;
  actors: EventActor[];
  /** initiatives / resolutions / events the sentence names */
  linkedIds: number[];
  /** an existing entity (event, or the initiative/resolution whose launch/adoption this is) */
  matchedEntityId: number | null;
  confidence: number;
  /** set when nothing matched: what a new proposed event entity would be */
  proposal: { slug: string; nameEn: string; nameZh: string | null } | null;
  /** matched as an act (adopting, signing) on the document named, on a date not the document's own */
  act?: boolean;
};

export type ProposedEntity = {
  kind: "initiative" | "resolution";
  nameEn: string | null;
  nameZh: string | null;
  symbol: string | null;
  surface: string;
  start: number;
  end: number;
  evidence: string;
  evidenceStart: number;
};

/** What a finder of further mentions reads: the body, its sentences, the mentions found so far, the atlas's names. */
export type MentionFinderInput = {
  text: string;
  sentences: Sentence[];
  mentions: FoundMention[];
  gazetteer: Gazetteer;
};

/** What the readers of statements about reported events take (readEventSpeakers, readRoleTitles). */
export type EventStatementInput = {
  text: string;
  /** the article as written (`text` may be its simplified-character reading, same offsets) */
  source: string;
  sentences: Sentence[];
  mentions: FoundMention[];
  reportedEvents: { sentenceStart: number; eventId: number }[];
};
