import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import type { AtlasDatabase } from "@/db/open";
import { relations, sources } from "@/db/schema";
import { NO_INPUT, OPERATOR, runCommandSync } from "@/lib/write/run-command";

/** Seed data cites a shipped article as `seed-article:<file name>`: its original URL is not known. */
export const SEED_ARTICLE_SOURCE_PREFIX = "seed-article:";

/**
 * Turns `seed-article:<file>` sources and relation sources into links to the ingested article (article_id /
 * source_article_id), so pages show the article and its evidence rather than a made-up URL. Idempotent:
 * a re-seed that re-adds the placeholder finds the article link already there and drops the duplicate.
 */
export function linkSeedArticleSources({ db, file, articleId }: { db: AtlasDatabase; file: string; articleId: number }) {
  const token = `${SEED_ARTICLE_SOURCE_PREFIX}${file}`;
  return runCommandSync({
    db,
    actor: OPERATOR,
    role: "admin",
    schema: NO_INPUT,
    input: undefined,
    command: ({ tx }) => {
      let linked = 0;
      for (const row of tx.select().from(sources).where(eq(sources.url, token)).all()) {
        const already = tx
          .select({ id: sources.id })
          .from(sources)
          .where(and(eq(sources.entityId, row.entityId), eq(sources.articleId, articleId), isNull(sources.url)))
          .get();
        if (already) tx.delete(sources).where(eq(sources.id, row.id)).run();
        else tx.update(sources).set({ url: null, articleId }).where(eq(sources.id, row.id)).run();
        linked++;
      }
      linked += tx.update(relations).set({ sourceUrl: null, sourceArticleId: articleId }).where(eq(relations.sourceUrl, token)).run().changes;
      return { linked };
    },
  });
}
