import { and, eq, isNull } from "drizzle-orm";
import type { AtlasDatabase } from "@/db/open";
import { articles } from "@/db/schema";
import { enqueueSearchSync } from "@/lib/search/enqueue-search-sync";
import { loadGazetteer } from "@/lib/linking/load-gazetteer";
import type { Gazetteer } from "@/lib/linking/gazetteer";
import { NO_INPUT, OPERATOR, runCommandSync } from "@/lib/write/run-command";
import { writeLinks } from "./ingest-article";

/**
 * Re-runs linking on every live article against the current gazetteer, one write (lib/write) per article. Only the
 * difference is written (see writeLinks), so a second run changes nothing; editor-reviewed rows are kept.
 */
export function relinkAll({
  db,
  gazetteer,
  onArticle,
}: {
  db: AtlasDatabase;
  gazetteer?: Gazetteer;
  onArticle?: (r: { slug: string; mentions: number; events: number; changed: boolean }) => void;
}): { articles: number; changed: number; mentions: number; events: number } {
  const gz = gazetteer ?? loadGazetteer({ db });
  const rows = db
    .select({ id: articles.id, slug: articles.slug, body: articles.body, publishedAt: articles.publishedAt, language: articles.language })
    .from(articles)
    .where(and(isNull(articles.deletedAt), isNull(articles.copyOfId))) // copies carry no links of their own
    .orderBy(articles.id)
    .all();
  let changed = 0;
  let mentions = 0;
  let events = 0;
  for (const row of rows) {
    const r = runCommandSync({
      db,
      actor: OPERATOR,
      role: "editor",
      schema: NO_INPUT,
      input: undefined,
      command: ({ tx }) => {
        const current = tx.select({ id: articles.id }).from(articles).where(eq(articles.id, row.id)).get();
        if (!current) return null;
        const res = writeLinks({ tx, client: db.$client, articleId: row.id, article: row, gazetteer: gz });
        if (res.changed) enqueueSearchSync({ tx, docType: "article", docId: row.id });
        return res;
      },
    });
    if (!r) continue;
    if (r.changed) changed++;
    mentions += r.mentions;
    events += r.events;
    onArticle?.({ slug: row.slug, ...r });
  }
  return { articles: rows.length, changed, mentions, events };
}
