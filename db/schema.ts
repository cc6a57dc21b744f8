/**
 * Policy Atlas data model.
 *
 * Design choice: ONE `entities` table for all five kinds (initiative, resolution, event, organisation,
 * country) with nullable kind-specific columns, guarded by CHECK constraints. Aliases, sources, relations,
 * mentions, search sync and history all point at "an entity", whatever its kind, so one table keeps every
 * foreign key simple, lets relations connect any two kinds (country → event, event → initiative …) and
 * lets one search projection and one edit path serve all kinds. The kind-specific columns are few.
 *
 * Dates are stored as partial ISO strings whose length *is* the precision: "2024" (year), "2024-12"
 * (month), "2024-12-03" (day). Precision is derived (lib/dates), never stored twice, and lexicographic
 * order gives the timeline rule: a coarser date sorts before the finer dates inside it ("2024-12" before
 * "2024-12-03").
 *
 * Article publication times are full ISO-8601 strings with their offset ("2025-05-07T08:48:00+08:00").
 */
import { relations as defineRelations, sql } from "drizzle-orm";
import { check, index, integer, real, sqliteTable, text, uniqueIndex, type AnySQLiteColumn } from "drizzle-orm/sqlite-core";

// The closed vocabularies (the words an `enum` column may hold) live in a leaf below db/, so the leaves db/ uses
// can name them without reaching back up here; re-exported whole, so `@/db/schema` stays the one door to the model.
// (drizzle-kit 0.31 resolves the "@/" alias from tsconfig.json when it loads this file.)
import {
  ENTITY_KINDS,
  ENTITY_STATUSES,
  LANGUAGES,
  RELATION_ROLES,
  REVIEW_STATUSES,
  SOURCE_ITEM_STATUSES,
  SOURCE_QUALITIES,
  USER_ROLES,
  VOTE_VALUES,
  WATCHED_SOURCE_KINDS,
  ZH_PROVENANCES,
  type RelationRole,
} from "@/lib/vocabulary/atlas-terms";

export * from "@/lib/vocabulary/atlas-terms";

// ---------------------------------------------------------------- helpers

const createdAt = () =>
  text("created_at")
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`);
const updatedAt = () =>
  text("updated_at")
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`);
/** A partial ISO date: YYYY, YYYY-MM or YYYY-MM-DD. */
const PARTIAL_DATE_GLOB = (column: string) =>
  sql.raw(
    `${column} IS NULL OR ${column} GLOB '[0-9][0-9][0-9][0-9]' OR ${column} GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]' OR ${column} GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'`,
  );

// ---------------------------------------------------------------- tables

export const entities = sqliteTable(
  "entities",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    kind: text("kind", { enum: ENTITY_KINDS }).notNull(),
    /** Stable URL key, unique per kind. Countries use their ISO alpha-3 code in URLs, this slug is its lower case. */
    slug: text("slug").notNull(),
    nameEn: text("name_en").notNull(),
    nameZh: text("name_zh"),
    description: text("description"),
    /** Finer type inside a kind: "declaration", "statement", "summit", "meeting", "report", "centre" … */
    subtype: text("subtype"),
    status: text("status", { enum: ENTITY_STATUSES }).notNull().default("confirmed"),
    /** Events and initiatives: when (partial ISO, see top); resolutions: adoption date; organisations: founding. */
    date: text("date"),
    endDate: text("end_date"),
    // countries
    iso2: text("iso2"),
    iso3: text("iso3"),
    unMember: integer("un_member", { mode: "boolean" }),
    // resolutions
    symbol: text("symbol"),
    /** e.g. "UN General Assembly", "UN Security Council" */
    unBody: text("un_body"),
    /** e.g. 78 for the 78th session */
    session: integer("session"),
    adoptionMethod: text("adoption_method", { enum: ["vote", "consensus"] }),
    /** Free text of a recorded vote, e.g. "166-3-15". */
    vote: text("vote"),
    /** Where an event took place (free text, e.g. "UN Headquarters, New York"). */
    location: text("location"),
    /** Where nameZh comes from: `official` (a sourced record) or `translated` (the atlas's own translation). */
    nameZhProvenance: text("name_zh_provenance", { enum: ZH_PROVENANCES }),
    /** The description in Chinese, with the same provenance rule as the name. */
    descriptionZh: text("description_zh"),
    descriptionZhProvenance: text("description_zh_provenance", { enum: ZH_PROVENANCES }),
    // resolutions: links to the UN document (documentUrl falls back to https://undocs.org/<symbol>)
    documentUrl: text("document_url"),
    draftSymbol: text("draft_symbol"),
    undlUrl: text("undl_url"),
    /** Set when this entity was merged into another; its slug then redirects. */
    mergedIntoId: integer("merged_into_id"),
    deletedAt: text("deleted_at"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("entities_kind_slug_unique").on(t.kind, t.slug),
    uniqueIndex("entities_iso3_unique").on(t.iso3),
    index("entities_kind_date_idx").on(t.kind, t.date),
    index("entities_date_idx").on(t.date),
    index("entities_symbol_idx").on(t.symbol),
    check("entities_date_format", PARTIAL_DATE_GLOB("date")),
    check("entities_end_date_format", PARTIAL_DATE_GLOB("end_date")),
    check("entities_country_codes", sql`kind <> 'country' OR (iso3 IS NOT NULL AND iso2 IS NOT NULL)`),
  ],
);

/**
 * The alias type of an institution that acts for a body without being a name of it ("European Commission" for the
 * European Union): linked like a name, shown apart from the names.
 */
export const INSTITUTION_ALIAS_TYPE = "institution";

export const aliases = sqliteTable(
  "aliases",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    entityId: integer("entity_id")
      .notNull()
      .references(() => entities.id, { onDelete: "cascade" }),
    alias: text("alias").notNull(),
    /** zh, en, or null when the form is language-neutral (e.g. "G20", "A/RES/78/311"). */
    language: text("language", { enum: LANGUAGES }),
    /** abbreviation | short | former | demonym | descriptive | institution | other */
    aliasType: text("alias_type").notNull().default("other"),
    /** Ingestion may match this alias in article text; false for aliases too ambiguous to link on (e.g. "AI"). */
    linkable: integer("linkable", { mode: "boolean" }).notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("aliases_entity_alias_unique").on(t.entityId, t.alias), index("aliases_alias_idx").on(t.alias)],
);

export const articles = sqliteTable(
  "articles",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    slug: text("slug").notNull().unique(),
    title: text("title").notNull(),
    publisher: text("publisher"),
    url: text("url"),
    language: text("language", { enum: LANGUAGES }).notNull(),
    /** ISO-8601 with offset where the time is known ("2025-05-07T08:48:00+08:00"), else a partial date. */
    publishedAt: text("published_at"),
    body: text("body").notNull(),
    /** sha256 of the normalised body: the same text never becomes two articles. */
    contentHash: text("content_hash").notNull().unique(),
    /** File name or upload name it came from, for error reports and provenance. */
    sourceName: text("source_name"),
    ingestedAt: text("ingested_at")
      .notNull()
      .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
    updatedAt: updatedAt(),
    deletedAt: text("deleted_at"),
    /**
     * A reprint (near-duplicate text from another site) points at the first article of its story. A copy
     * carries no mentions or events of its own, so evidence is counted once, and lists and search show the
     * story once.
     */
    copyOfId: integer("copy_of_id").references((): AnySQLiteColumn => articles.id, { onDelete: "set null" }),
  },
  (t) => [index("articles_published_idx").on(t.publishedAt), index("articles_url_idx").on(t.url), index("articles_copy_of_idx").on(t.copyOfId)],
);

/** MinHash LSH band keys of an article's text (lib/copies): candidates for near-duplicate detection. */
export const articleBands = sqliteTable(
  "article_bands",
  {
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    band: text("band").notNull(),
  },
  (t) => [index("article_bands_band_idx").on(t.band), index("article_bands_article_idx").on(t.articleId)],
);

/** A feed, sitemap or listing page the poller watches for new articles. */
export const watchedSources = sqliteTable("watched_sources", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  url: text("url").notNull().unique(),
  kind: text("kind", { enum: WATCHED_SOURCE_KINDS }).notNull(),
  language: text("language", { enum: LANGUAGES }),
  intervalMinutes: integer("interval_minutes").notNull().default(60),
  /** listing pages: a regular expression the article links must match */
  linkPattern: text("link_pattern"),
  /** only an admin may allow private/loopback addresses (local test servers, intranets) */
  allowPrivate: integer("allow_private", { mode: "boolean" }).notNull().default(false),
  etag: text("etag"),
  lastModified: text("last_modified"),
  lastFetchedAt: text("last_fetched_at"),
  /** "ok", "not-modified" or "error" */
  lastStatus: text("last_status"),
  error: text("error"),
  consecutiveFailures: integer("consecutive_failures").notNull().default(0),
  nextFetchAt: text("next_fetch_at"),
  createdBy: integer("created_by").references(() => users.id, { onDelete: "set null" }),
  createdAt: createdAt(),
});

/** One link a source listed, and what became of it. */
export const sourceItems = sqliteTable(
  "source_items",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    sourceId: integer("source_id")
      .notNull()
      .references(() => watchedSources.id, { onDelete: "cascade" }),
    url: text("url").notNull(),
    title: text("title"),
    publishedAt: text("published_at"),
    status: text("status", { enum: SOURCE_ITEM_STATUSES }).notNull().default("pending"),
    articleId: integer("article_id").references(() => articles.id, { onDelete: "set null" }),
    error: text("error"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: text("next_attempt_at"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("source_items_source_url_unique").on(t.sourceId, t.url), index("source_items_status_idx").on(t.status, t.nextAttemptAt)],
);

/** Where a statement about an entity comes from: a URL, an article, or both. */
export const sources = sqliteTable(
  "sources",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    entityId: integer("entity_id")
      .notNull()
      .references(() => entities.id, { onDelete: "cascade" }),
    url: text("url"),
    articleId: integer("article_id").references(() => articles.id, { onDelete: "cascade" }),
    note: text("note"),
    createdAt: createdAt(),
  },
  (t) => [
    index("sources_entity_idx").on(t.entityId),
    uniqueIndex("sources_entity_url_unique").on(t.entityId, t.url),
    check("sources_has_origin", sql`url IS NOT NULL OR article_id IS NOT NULL`),
  ],
);

/**
 * A directed, typed link: `subject` plays `role` in `object`.
 * CHN —co-chair→ group-of-friends; ZMB —participant→ meeting; resolution —adopted-by→ UNGA;
 * meeting —part-of→ group-of-friends.
 */
export const relations = sqliteTable(
  "relations",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    subjectId: integer("subject_id")
      .notNull()
      .references(() => entities.id, { onDelete: "cascade" }),
    objectId: integer("object_id")
      .notNull()
      .references(() => entities.id, { onDelete: "cascade" }),
    role: text("role", { enum: RELATION_ROLES }).notNull(),
    date: text("date"),
    status: text("status", { enum: REVIEW_STATUSES }).notNull().default("confirmed"),
    sourceUrl: text("source_url"),
    sourceArticleId: integer("source_article_id").references(() => articles.id, { onDelete: "set null" }),
    /** The sentence that states it, when it came from an article. */
    evidence: text("evidence"),
    /** Where `evidence` starts in the source article's body, and the statement's span in it (read by ingestion). */
    evidenceStart: integer("evidence_start"),
    spanStart: integer("span_start"),
    spanEnd: integer("span_end"),
    /** Why ingestion suggested it: the text matched, the cue, the rule. */
    why: text("why", { mode: "json" }).$type<{ matched: string; form: string; rule: string; candidates?: string[] }>(),
    note: text("note"),
    deletedAt: text("deleted_at"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("relations_subject_object_role_unique").on(t.subjectId, t.objectId, t.role),
    index("relations_object_role_idx").on(t.objectId, t.role),
    index("relations_subject_idx").on(t.subjectId),
    // ingest and relink read an article's own suggestions on every write: without it, a scan of every relation
    index("relations_source_article_idx").on(t.sourceArticleId),
    check("relations_date_format", PARTIAL_DATE_GLOB("date")),
    check("relations_not_self", sql`subject_id <> object_id`),
  ],
);

/** Article → entity, with the sentence that proves it and the character offsets into `articles.body`. */
export const mentions = sqliteTable(
  "mentions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    entityId: integer("entity_id")
      .notNull()
      .references(() => entities.id, { onDelete: "cascade" }),
    /** The text as it stands in the article ("赞比亚", "GAIGI"). */
    surface: text("surface").notNull(),
    start: integer("start").notNull(),
    end: integer("end").notNull(),
    evidence: text("evidence").notNull(),
    evidenceStart: integer("evidence_start").notNull(),
    confidence: real("confidence").notNull(),
    status: text("status", { enum: REVIEW_STATUSES }).notNull().default("suggested"),
    /** gazetteer | symbol | descriptive | pattern | manual */
    method: text("method").notNull().default("gazetteer"),
    /** Why it was linked: the text matched, the alias/title form or cue, the rule. */
    why: text("why", { mode: "json" }).$type<{ matched: string; form: string; rule: string; candidates?: string[] }>(),
    reviewedBy: integer("reviewed_by").references(() => users.id, { onDelete: "set null" }),
    reviewedAt: text("reviewed_at"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("mentions_article_entity_start_unique").on(t.articleId, t.entityId, t.start),
    index("mentions_entity_idx").on(t.entityId, t.status),
    check("mentions_offsets", sql`start >= 0 AND "end" > start`),
  ],
);

/** An article reporting a dated event: evidence for an existing event, or the proposal of a new one. */
export const articleEvents = sqliteTable(
  "article_events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    eventId: integer("event_id")
      .notNull()
      .references(() => entities.id, { onDelete: "cascade" }),
    /** The date as resolved from this article (partial ISO). */
    date: text("date").notNull(),
    evidence: text("evidence").notNull(),
    evidenceStart: integer("evidence_start").notNull(),
    evidenceEnd: integer("evidence_end").notNull(),
    /** JSON: [{ entityId, role }] what the article's statements say of the reported event (accepting the report confirms them). */
    actors: text("actors", { mode: "json" }).$type<{ entityId: number; role: RelationRole }[]>().notNull().default([]),
    confidence: real("confidence").notNull(),
    status: text("status", { enum: REVIEW_STATUSES }).notNull().default("suggested"),
    reviewedBy: integer("reviewed_by").references(() => users.id, { onDelete: "set null" }),
    reviewedAt: text("reviewed_at"),
    createdAt: createdAt(),
  },
  (t) => [
    // (two acts on one text in one sentence, "adopted in May and in force since August", are two rows)
    uniqueIndex("article_events_article_event_unique").on(t.articleId, t.eventId, t.evidenceStart, t.date),
    index("article_events_event_idx").on(t.eventId),
    check("article_events_date_format", PARTIAL_DATE_GLOB("date")),
  ],
);

/**
 * Pending search-index changes, written in the same transaction as the change itself and drained to
 * Meilisearch by lib/search/outbox. A row stays until Meilisearch confirms the task succeeded.
 */
export const searchOutbox = sqliteTable(
  "search_outbox",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** "entity" or "article" */
    docType: text("doc_type", { enum: ["entity", "article"] }).notNull(),
    docId: integer("doc_id").notNull(),
    op: text("op", { enum: ["upsert", "delete"] }).notNull(),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    createdAt: createdAt(),
  },
  (t) => [index("search_outbox_doc_idx").on(t.docType, t.docId)],
);

/**
 * One row: how many writes have committed through the write path. Caches of rendered pages and the open-data
 * dump key on it (db/write-version.ts). Bookkeeping that readers never see (delivering the search outbox,
 * sessions) does not count, so it does not empty those caches.
 */
export const writeCounter = sqliteTable("write_counter", { id: integer("id").primaryKey(), version: integer("version").notNull().default(0) }, (t) => [
  check("write_counter_one_row", sql`${t.id} = 1`),
]);

/**
 * A participation list (signatories of X, co-sponsors of Y): how many participants there should be, as of
 * when, and the source that states the total. Known participants are the relations themselves; the list is
 * complete when they reach `expectedTotal`. `note` is one reader-facing sentence about the list.
 */
export const participationLists = sqliteTable(
  "participation_lists",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    entityId: integer("entity_id")
      .notNull()
      .references(() => entities.id, { onDelete: "cascade" }),
    role: text("role", { enum: RELATION_ROLES }).notNull(),
    expectedTotal: integer("expected_total"),
    asOf: text("as_of"),
    sourceUrl: text("source_url"),
    note: text("note"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("participation_lists_entity_role_unique").on(t.entityId, t.role),
    check("participation_lists_as_of_format", PARTIAL_DATE_GLOB("as_of")),
    check("participation_lists_total", sql`expected_total IS NULL OR expected_total >= 0`),
  ],
);

/** A country's recorded vote on a resolution, with its source. */
export const votes = sqliteTable(
  "votes",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    resolutionId: integer("resolution_id")
      .notNull()
      .references(() => entities.id, { onDelete: "cascade" }),
    countryId: integer("country_id")
      .notNull()
      .references(() => entities.id, { onDelete: "cascade" }),
    vote: text("vote", { enum: VOTE_VALUES }).notNull(),
    sourceUrl: text("source_url").notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("votes_resolution_country_unique").on(t.resolutionId, t.countryId), index("votes_country_idx").on(t.countryId)],
);

/** What is known about a cited URL, once per URL: its quality, title and when it was last checked. */
export const sourceDocuments = sqliteTable("source_documents", {
  url: text("url").primaryKey(),
  quality: text("quality", { enum: SOURCE_QUALITIES }).notNull(),
  title: text("title"),
  verifiedAt: text("verified_at"),
});

export const users = sqliteTable("users", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  email: text("email").notNull().unique(),
  /** scrypt or argon2id encoded hash, with its parameters. */
  passwordHash: text("password_hash").notNull(),
  role: text("role", { enum: USER_ROLES }).notNull(),
  disabledAt: text("disabled_at"),
  createdAt: createdAt(),
});

/** Server-side sessions so they can be revoked; the cookie holds a random token, we store its sha256. */
export const sessions = sqliteTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
    expiresAt: text("expires_at").notNull(),
    revokedAt: text("revoked_at"),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

/** Failed and successful sign-in attempts, for rate limiting by e-mail and by client address. */
export const loginAttempts = sqliteTable(
  "login_attempts",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    key: text("key").notNull(),
    ok: integer("ok", { mode: "boolean" }).notNull(),
    at: createdAt(),
  },
  (t) => [index("login_attempts_key_at_idx").on(t.key, t.at)],
);

/** Who changed what, when: before/after snapshots (JSON) of an entity, relation, mention or article. */
export const revisions = sqliteTable(
  "revisions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    targetType: text("target_type", { enum: ["entity", "relation", "mention", "article", "article_event"] }).notNull(),
    targetId: integer("target_id").notNull(),
    /** create | update | delete | restore | merge | review */
    action: text("action").notNull(),
    userId: integer("user_id").references(() => users.id, { onDelete: "set null" }),
    before: text("before", { mode: "json" }),
    after: text("after", { mode: "json" }),
    at: createdAt(),
  },
  (t) => [index("revisions_target_idx").on(t.targetType, t.targetId)],
);

/** Old slugs that still resolve: after a merge or a rename. */
export const slugRedirects = sqliteTable(
  "slug_redirects",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    kind: text("kind", { enum: ENTITY_KINDS }).notNull(),
    slug: text("slug").notNull(),
    entityId: integer("entity_id")
      .notNull()
      .references(() => entities.id, { onDelete: "cascade" }),
  },
  (t) => [uniqueIndex("slug_redirects_kind_slug_unique").on(t.kind, t.slug)],
);

// ---------------------------------------------------------------- relations (drizzle query API)

export const entitiesRelations = defineRelations(entities, ({ many }) => ({
  aliases: many(aliases),
  sources: many(sources),
  outgoing: many(relations, { relationName: "subject" }),
  incoming: many(relations, { relationName: "object" }),
  mentions: many(mentions),
}));
export const aliasesRelations = defineRelations(aliases, ({ one }) => ({
  entity: one(entities, { fields: [aliases.entityId], references: [entities.id] }),
}));
export const sourcesRelations = defineRelations(sources, ({ one }) => ({
  entity: one(entities, { fields: [sources.entityId], references: [entities.id] }),
  article: one(articles, { fields: [sources.articleId], references: [articles.id] }),
}));
export const relationsRelations = defineRelations(relations, ({ one }) => ({
  subject: one(entities, { fields: [relations.subjectId], references: [entities.id], relationName: "subject" }),
  object: one(entities, { fields: [relations.objectId], references: [entities.id], relationName: "object" }),
  sourceArticle: one(articles, { fields: [relations.sourceArticleId], references: [articles.id] }),
}));
export const articlesRelations = defineRelations(articles, ({ many }) => ({
  mentions: many(mentions),
  events: many(articleEvents),
}));
export const mentionsRelations = defineRelations(mentions, ({ one }) => ({
  article: one(articles, { fields: [mentions.articleId], references: [articles.id] }),
  entity: one(entities, { fields: [mentions.entityId], references: [entities.id] }),
}));
export const articleEventsRelations = defineRelations(articleEvents, ({ one }) => ({
  article: one(articles, { fields: [articleEvents.articleId], references: [articles.id] }),
  event: one(entities, { fields: [articleEvents.eventId], references: [entities.id] }),
}));
export const sessionsRelations = defineRelations(sessions, ({ one }) => ({
  user: one(users, { fields: [sessions.userId], references: [users.id] }),
}));

// ---------------------------------------------------------------- types

export type Entity = typeof entities.$inferSelect;
export type NewEntity = typeof entities.$inferInsert;
export type Alias = typeof aliases.$inferSelect;
export type Article = typeof articles.$inferSelect;
export type NewArticle = typeof articles.$inferInsert;
export type Source = typeof sources.$inferSelect;
export type Relation = typeof relations.$inferSelect;
export type Mention = typeof mentions.$inferSelect;
export type ArticleEvent = typeof articleEvents.$inferSelect;
export type OutboxRow = typeof searchOutbox.$inferSelect;
export type User = typeof users.$inferSelect;
export type Session = typeof sessions.$inferSelect;
export type Revision = typeof revisions.$inferSelect;
export type ParticipationList = typeof participationLists.$inferSelect;
export type Vote = typeof votes.$inferSelect;
export type WatchedSource = typeof watchedSources.$inferSelect;
export type SourceItem = typeof sourceItems.$inferSelect;
