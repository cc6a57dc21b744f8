import { and, isNull, sql } from "drizzle-orm";
import type { AtlasDatabase } from "@/db/open";
import { articles } from "@/db/schema";
import { textBands } from "./minhash";
import { storeArticleBands } from "./find-original-article";

/**
 * Articles stored before copy detection existed have no LSH bands, so a reprint of one would not be found:
 * gives every original without bands its bands (one transaction per 200 articles). Returns how many.
 */
export function backfillArticleBands({ db }: { db: AtlasDatabase }): number {
  let done = 0;
  for (;;) {
    const rows = db
      .select({ id: articles.id, body: articles.body })
      .from(articles)
      .where(and(isNull(articles.deletedAt), isNull(articles.copyOfId), sql`NOT EXISTS (SELECT 1 FROM article_bands b WHERE b.article_id = ${articles.id})`))
      .limit(200)
      .all();
    if (rows.length === 0) return done;
    db.transaction(
      () => {
        // the raw connection is the transaction's: storeArticleBands uses statements prepared on it
        for (const r of rows) storeArticleBands({ client: db.$client, articleId: r.id, bands: textBands(r.body) });
      },
      { behavior: "immediate" },
    );
    done += rows.length;
  }
}
