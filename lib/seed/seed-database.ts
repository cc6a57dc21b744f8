import "server-only";
import fs from "node:fs";
import path from "node:path";
import type { AtlasDatabase } from "@/db/open";
import { ingestArticle } from "@/lib/ingest/ingest-article";
import { buildSeedPlan } from "@/lib/seed/build-seed-plan";
import { applySeedPlan } from "./apply-seed-plan";
import { linkSeedArticleSources } from "./link-seed-article-sources";

/** Articles shipped with the repo (copied from the project's shared material, with their provenance). */
export const SEED_ARTICLES_DIR = path.join(process.cwd(), "db", "seed", "data", "articles");

/** Countries, reference entities and relations, then the seed articles. Idempotent. */
export function seedDatabase({ db, log = console.log }: { db: AtlasDatabase; log?: (line: string) => void }) {
  const result = applySeedPlan({ db, plan: buildSeedPlan() });
  log(`seed: ${result.entities} entities (${result.entitiesChanged} new or changed), ${result.relations} relations (${result.relationsAdded} new)`);
  const files = fs.readdirSync(SEED_ARTICLES_DIR).filter((f) => /\.(txt|html?|md)$/i.test(f)).sort();
  let failed = 0;
  for (const file of files) {
    const outcome = ingestArticle({ db, bytes: fs.readFileSync(path.join(SEED_ARTICLES_DIR, file)), fileName: file });
    if (outcome.ok) {
      log(`seed: article ${file} → ${outcome.slug} (${outcome.duplicate ? "already there" : `${outcome.mentions} mentions, ${outcome.events} events`})`);
      linkSeedArticleSources({ db, file, articleId: outcome.articleId });
    }
    else {
      failed++;
      log(`seed: article ${file} failed: ${outcome.error}`);
    }
  }
  return { ...result, articles: files.length, failedArticles: failed };
}
