import "server-only";
import { inArray, sql } from "drizzle-orm";
import type { Meilisearch } from "meilisearch";
import type { AtlasDatabase } from "@/db/open";
import { searchOutbox } from "@/db/schema";
import { articleDocId, buildArticleDocuments, buildEntityDocuments, entityDocId, listAllDocumentIds, type SearchDocument } from "@/lib/search/build-search-documents";
import { searchIndexUid } from "./client";
import { SEARCH_SETTINGS } from "@/lib/search-settings/index-settings";

const BATCH = 500;
const TASK_TIMEOUT_MS = 60_000;

async function ensureIndex({ client }: { client: Meilisearch }): Promise<void> {
  const uid = searchIndexUid();
  const created = await client.createIndex(uid, { primaryKey: "id" }).waitTask({ timeout: TASK_TIMEOUT_MS });
  // "index already exists" is the normal case after the first run.
  if (created.status === "failed" && created.error?.code !== "index_already_exists") {
    throw new Error(`creating index ${uid} failed: ${created.error?.message}`);
  }
  const settings = await client.index(uid).updateSettings(SEARCH_SETTINGS).waitTask({ timeout: TASK_TIMEOUT_MS });
  if (settings.status !== "succeeded") throw new Error(`index settings failed: ${settings.error?.message}`);
}

async function writeDocuments({ client, docs, deleteIds }: { client: Meilisearch; docs: SearchDocument[]; deleteIds: string[] }) {
  const index = client.index<SearchDocument>(searchIndexUid());
  if (docs.length) {
    const task = await index.addDocuments(docs).waitTask({ timeout: TASK_TIMEOUT_MS });
    if (task.status !== "succeeded") throw new Error(`adding documents failed: ${task.error?.message ?? task.status}`);
  }
  if (deleteIds.length) {
    const task = await index.deleteDocuments(deleteIds).waitTask({ timeout: TASK_TIMEOUT_MS });
    if (task.status !== "succeeded") throw new Error(`deleting documents failed: ${task.error?.message ?? task.status}`);
  }
}

const settingsApplied = new WeakSet<Meilisearch>();

/**
 * Delivers pending outbox rows to Meilisearch, oldest first, in batches. A row is deleted only after its
 * task succeeded; on any error the rows stay (attempts + last_error recorded) and the next call retries.
 * Documents are rebuilt from the current SQLite state, so replaying a row is always safe.
 */
export async function drainSearchOutbox({ db, client }: { db: AtlasDatabase; client: Meilisearch }): Promise<{ delivered: number; pending: number; error?: string }> {
  let delivered = 0;
  try {
    if (!settingsApplied.has(client)) {
      await ensureIndex({ client });
      settingsApplied.add(client);
    }
    for (;;) {
      const rows = db.select().from(searchOutbox).orderBy(searchOutbox.id).limit(BATCH).all();
      if (rows.length === 0) break;
      const entityIds = [...new Set(rows.filter((r) => r.docType === "entity").map((r) => r.docId))];
      const articleIds = [...new Set(rows.filter((r) => r.docType === "article").map((r) => r.docId))];
      const e = buildEntityDocuments({ db, ids: entityIds });
      const a = buildArticleDocuments({ db, ids: articleIds });
      await writeDocuments({
        client,
        docs: [...e.docs, ...a.docs],
        deleteIds: [...e.missing.map(entityDocId), ...a.missing.map(articleDocId)],
      });
      db.delete(searchOutbox)
        .where(
          inArray(
            searchOutbox.id,
            rows.map((r) => r.id),
          ),
        )
        .run();
      delivered += rows.length;
    }
    return { delivered, pending: 0 };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    db.update(searchOutbox)
      .set({ attempts: sql`${searchOutbox.attempts} + 1`, lastError: message.slice(0, 500) })
      .where(sql`${searchOutbox.id} IN (SELECT id FROM ${searchOutbox} ORDER BY id LIMIT ${BATCH})`)
      .run();
    return { delivered, pending: countPendingOutbox({ db }), error: message };
  }
}

export function countPendingOutbox({ db }: { db: AtlasDatabase }): number {
  return (
    db
      .select({ n: sql<number>`count(*)` })
      .from(searchOutbox)
      .get()?.n ?? 0
  );
}

/** Rebuilds the whole index from SQLite: a fresh index swapped in atomically, so search never sees it half-built. */
export async function reindexAll({ db, client }: { db: AtlasDatabase; client: Meilisearch }): Promise<{ documents: number }> {
  const uid = searchIndexUid();
  const tmpUid = `${uid}_rebuild`;
  await client.deleteIndex(tmpUid).waitTask({ timeout: TASK_TIMEOUT_MS });
  const created = await client.createIndex(tmpUid, { primaryKey: "id" }).waitTask({ timeout: TASK_TIMEOUT_MS });
  if (created.status !== "succeeded") throw new Error(`creating ${tmpUid} failed: ${created.error?.message}`);
  const tmp = client.index<SearchDocument>(tmpUid);
  const settings = await tmp.updateSettings(SEARCH_SETTINGS).waitTask({ timeout: TASK_TIMEOUT_MS });
  if (settings.status !== "succeeded") throw new Error(`index settings failed: ${settings.error?.message}`);
  // Rows written while we rebuild stay in the outbox and are drained after the swap.
  const maxOutboxId =
    db
      .select({ id: sql<number>`coalesce(max(id), 0)` })
      .from(searchOutbox)
      .get()?.id ?? 0;
  const { entityIds, articleIds } = listAllDocumentIds({ db });
  let documents = 0;
  for (const [ids, build] of [
    [entityIds, buildEntityDocuments],
    [articleIds, buildArticleDocuments],
  ] as const) {
    for (let i = 0; i < ids.length; i += BATCH) {
      const { docs } = build({ db, ids: ids.slice(i, i + BATCH) });
      const task = await tmp.addDocuments(docs).waitTask({ timeout: TASK_TIMEOUT_MS });
      if (task.status !== "succeeded") throw new Error(`adding documents failed: ${task.error?.message}`);
      documents += docs.length;
    }
  }
  const exists = await client.getIndex(uid).then(
    () => true,
    () => false,
  );
  if (!exists) await client.createIndex(uid, { primaryKey: "id" }).waitTask({ timeout: TASK_TIMEOUT_MS });
  const swap = await client.swapIndexes([{ indexes: [uid, tmpUid], rename: false }]).waitTask({ timeout: TASK_TIMEOUT_MS });
  if (swap.status !== "succeeded") throw new Error(`swapping indexes failed: ${swap.error?.message}`);
  await client.deleteIndex(tmpUid).waitTask({ timeout: TASK_TIMEOUT_MS });
  db.delete(searchOutbox)
    .where(sql`${searchOutbox.id} <= ${maxOutboxId}`)
    .run();
  settingsApplied.add(client);
  return { documents };
}
