/**
 * The atlas's closed vocabularies: every word a column may hold where the schema allows only a fixed set
 * (entity kinds, relation roles, review and entity statuses, languages, source qualities, vote values, user
 * roles, watched-source kinds, source-item statuses), each with its type.
 *
 * A leaf below db/: `db/schema.ts` builds its `enum` columns from these lists and re-exports them, and the
 * leaves db/ itself uses (lib/participation, lib/timeline-query, lib/source-quality) name them from here, so
 * nothing under db/ reaches back up to the schema. Plain data: it imports nothing.
 */

export const ENTITY_KINDS = ["initiative", "resolution", "event", "organisation", "country"] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export const RELATION_ROLES = [
  "participant",
  "host",
  "co-host",
  "co-chair",
  "chair",
  "founder",
  "co-founder",
  "member",
  "sponsor",
  "co-sponsor",
  "proposer",
  "adopted-by",
  "signatory",
  "part-of",
  "follow-up-of",
  "organiser",
  "supporter",
  /** A reported refusal ("did not sign"): recorded so a list can say who stayed out, never a participation. */
  "non-signatory",
] as const;
export type RelationRole = (typeof RELATION_ROLES)[number];

/** Confirmed facts are shown as facts; suggested ones come from ingestion and wait for an editor. */
export const REVIEW_STATUSES = ["suggested", "confirmed", "rejected"] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/** `proposed` entities were guessed by ingestion and stay out of lists and search until confirmed. */
export const ENTITY_STATUSES = ["confirmed", "proposed", "rejected"] as const;
export type EntityStatus = (typeof ENTITY_STATUSES)[number];

export const LANGUAGES = ["zh", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

/** Where a Chinese name or description comes from. */
export const ZH_PROVENANCES = ["official", "translated"] as const;
export type ZhProvenance = (typeof ZH_PROVENANCES)[number];

/** How far a source can be trusted: the instrument or its host, a government/IGO statement, the press, the rest. */
export const SOURCE_QUALITIES = ["primary", "official", "news", "secondary"] as const;
export type SourceQuality = (typeof SOURCE_QUALITIES)[number];

export const VOTE_VALUES = ["yes", "no", "abstain", "non-voting"] as const;
export type VoteValue = (typeof VOTE_VALUES)[number];

export const USER_ROLES = ["editor", "admin"] as const;
export type UserRole = (typeof USER_ROLES)[number];

/** What the poller watches, and what became of each item it found there. */
export const WATCHED_SOURCE_KINDS = ["rss", "atom", "jsonfeed", "sitemap", "listing"] as const;
export type WatchedSourceKind = (typeof WATCHED_SOURCE_KINDS)[number];
export const SOURCE_ITEM_STATUSES = ["pending", "ingested", "copy", "duplicate", "failed", "skipped"] as const;
export type SourceItemStatus = (typeof SOURCE_ITEM_STATUSES)[number];
