import "server-only";
import { and, eq, isNull, notInArray, or } from "drizzle-orm";
import { snapshotEntity, type EntitySnapshot } from "@/db/queries/history";
import { aliases, entities, relations, sources } from "@/db/schema";
import { enqueueSearchSync } from "@/lib/search/enqueue-search-sync";
import type { EntityInput } from "./entity-form-schema";
import { ENTITY_FIELDS, pickEntityFields } from "./entity-fields";
import { EntityWriteError } from "@/lib/errors/entity-write-error";
import { recordRevision, type Tx } from "./record-revision";

/** Replaces aliases and web sources with exactly the given lists (article-backed sources are kept). */
function replaceAliasesAndSources({
  tx,
  id,
  input,
}: {
  tx: Tx;
  id: number;
  input: Pick<EntitySnapshot, "aliases"> & { sources: { url: string | null; note: string | null; articleId?: number | null }[] };
}) {
  const wanted = input.aliases.map((a) => a.alias);
  tx.delete(aliases)
    .where(and(eq(aliases.entityId, id), wanted.length ? notInArray(aliases.alias, wanted) : undefined))
    .run();
  for (const a of input.aliases) {
    tx.insert(aliases)
      .values({ entityId: id, alias: a.alias, language: a.language, aliasType: a.aliasType, linkable: a.linkable })
      .onConflictDoUpdate({ target: [aliases.entityId, aliases.alias], set: { language: a.language, aliasType: a.aliasType, linkable: a.linkable } })
      .run();
  }
  const urls = input.sources.flatMap((s) => (s.url && !s.articleId ? [s.url] : []));
  tx.delete(sources)
    .where(and(eq(sources.entityId, id), isNull(sources.articleId), urls.length ? notInArray(sources.url, urls) : undefined))
    .run();
  for (const s of input.sources) {
    if (!s.url || s.articleId) continue;
    tx.insert(sources)
      .values({ entityId: id, url: s.url, note: s.note })
      .onConflictDoUpdate({ target: [sources.entityId, sources.url], set: { note: s.note } })
      .run();
  }
}

/** An alias given without its type or linking keeps those it had (a new one is an ordinary, linked alias). */
function withKeptAliasTypes({ aliases, before }: { aliases: EntityInput["aliases"]; before: EntitySnapshot["aliases"] }): EntitySnapshot["aliases"] {
  return aliases.map((a) => {
    const was = before.find((b) => b.alias === a.alias);
    return { alias: a.alias, language: a.language, aliasType: a.aliasType ?? was?.aliasType ?? "other", linkable: a.linkable ?? was?.linkable ?? true };
  });
}

const sameState = (a: EntitySnapshot | undefined, b: EntitySnapshot | undefined) => JSON.stringify(a) === JSON.stringify(b);

/** A new confirmed entity from the editor's form. The (kind, slug) must be free, deleted entities included. */
export function createEntity({ tx, input, userId }: { tx: Tx; input: EntityInput; userId: number | null }): { id: number } {
  const taken = tx
    .select({ id: entities.id })
    .from(entities)
    .where(and(eq(entities.kind, input.kind), eq(entities.slug, input.slug)))
    .get();
  if (taken) throw new EntityWriteError(`a ${input.kind} with the slug "${input.slug}" already exists`, 409, "slug");
  if (input.iso3) {
    const iso = tx.select({ id: entities.id }).from(entities).where(eq(entities.iso3, input.iso3)).get();
    if (iso) throw new EntityWriteError(`ISO code ${input.iso3} is already used`, 409, "iso3");
  }
  const id = tx
    .insert(entities)
    .values({ kind: input.kind, slug: input.slug, status: "confirmed", ...pickEntityFields(input) })
    .returning({ id: entities.id })
    .get().id;
  replaceAliasesAndSources({ tx, id, input: { ...input, aliases: withKeptAliasTypes({ aliases: input.aliases, before: [] }) } });
  recordRevision({ tx, targetType: "entity", targetId: id, action: "create", userId, before: null, after: snapshotEntity({ db: tx, id }) });
  enqueueSearchSync({ tx, docType: "entity", docId: id });
  return { id };
}

/**
 * Applies the form to an existing entity: fields, and the full alias and source lists (removing one in the
 * form removes it here). Kind and slug never change (URLs stay stable; merges use redirects). A no-op edit
 * records nothing and queues nothing.
 */
export function updateEntity({ tx, id, input, userId }: { tx: Tx; id: number; input: EntityInput; userId: number | null }): { changed: boolean } {
  const before = snapshotEntity({ db: tx, id });
  if (!before || before.deletedAt || before.mergedIntoId) throw new EntityWriteError("no such entity (deleted or merged)", 404);
  if (before.kind !== input.kind) throw new EntityWriteError("the kind of an entity cannot change", 400, "kind");
  if (input.iso3 && input.iso3 !== before.iso3) {
    const iso = tx.select({ id: entities.id }).from(entities).where(eq(entities.iso3, input.iso3)).get();
    if (iso) throw new EntityWriteError(`ISO code ${input.iso3} is already used`, 409, "iso3");
  }
  return applyEntityState({
    tx,
    id,
    before,
    state: {
      ...before,
      ...pickEntityFields(input),
      aliases: withKeptAliasTypes({ aliases: input.aliases, before: before.aliases }),
      sources: input.sources.map((s) => ({ url: s.url, note: s.note, articleId: null })),
    },
    userId,
    action: "update",
  });
}

/** Writes a full snapshot's editable state (fields, aliases, sources) and records the revision. */
export function applyEntityState({
  tx,
  id,
  before,
  state,
  userId,
  action,
  extra = {},
}: {
  tx: Tx;
  id: number;
  before: EntitySnapshot;
  state: Pick<EntitySnapshot, (typeof ENTITY_FIELDS)[number] | "aliases" | "sources">;
  userId: number | null;
  action: "update" | "restore";
  extra?: { deletedAt?: string | null };
}): { changed: boolean } {
  tx.update(entities)
    .set({ ...pickEntityFields(state), ...extra, updatedAt: new Date().toISOString() })
    .where(eq(entities.id, id))
    .run();
  // web sources in the snapshot are restored; article-backed ones are left as they are
  replaceAliasesAndSources({ tx, id, input: { aliases: state.aliases, sources: state.sources.filter((s) => s.url && !s.articleId) } });
  const after = snapshotEntity({ db: tx, id });
  if (sameState(before, after)) return { changed: false };
  recordRevision({ tx, targetType: "entity", targetId: id, action, userId, before, after });
  enqueueSearchSync({ tx, docType: "entity", docId: id });
  return { changed: true };
}

/** Entities on the other end of live relations: their search filters name this one. */
export function relatedEntityIds({ tx, id }: { tx: Tx; id: number }): number[] {
  const rows = tx
    .select({ s: relations.subjectId, o: relations.objectId })
    .from(relations)
    .where(and(or(eq(relations.subjectId, id), eq(relations.objectId, id)), isNull(relations.deletedAt)))
    .all();
  return [...new Set(rows.map((r) => (r.s === id ? r.o : r.s)))];
}
