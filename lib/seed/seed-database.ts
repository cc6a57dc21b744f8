import "server-only";
import fs from "node:fs";
import path from "node:path";
import type { AtlasDatabase } from "@/db/open";
import { ingestArticle } from "@/lib/ingest/ingest-article";
import { buildSeedPlan } from "@/lib/seed/build-seed-plan";
import { parseContentSources } from "@/lib/seed/content-sources";
import { importVotes } from "@/lib/votes/import-votes";
import { applySeedPlan } from "./apply-seed-plan";
import { linkSeedArticleSources } from "./link-seed-article-sources";

/** Articles shipped with the repo (copied from the project's shared material, with their provenance). */
export const SEED_ARTICLES_DIR = path.join(process.cwd(), "db", "seed", "data", "articles");
const SEED_DATA_DIR = path.join(process.cwd(), "db", "seed", "data");

/** A file of the seed data that may not exist yet (the research files): its text, or undefined. */
function readOptional(file: string): string | undefined {
  try {
    return fs.readFileSync(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

/**
 * Countries, reference entities and relations (with the research file content-sources.json when present),
 * then the seed articles, then the recorded votes (votes.csv when present). Idempotent. `dataDir` lets
 * tests seed with their own research files.
 */
export function seedDatabase({ db, log = console.log, dataDir = SEED_DATA_DIR }: { db: AtlasDatabase; log?: (line: string) => void; dataDir?: string }) {
  const contentText = readOptional(path.join(dataDir, "content-sources.json"));
  const contentSources = contentText === undefined ? undefined : parseContentSources(contentText);
  const warnings: string[] = [];
  const result = applySeedPlan({ db, plan: buildSeedPlan({ contentSources, warnings }) });
  for (const warning of warnings) log(`seed: content-sources.json: ${warning}`);
  log(
    `seed: ${result.entities} entities (${result.entitiesChanged} new or changed), ${result.relations} relations (${result.relationsAdded} new), ${result.participationLists} participation lists${contentSources ? "" : " (no content-sources.json)"}`,
  );
  const files = fs
    .readdirSync(SEED_ARTICLES_DIR)
    .filter((f) => /\.(txt|html?|md)$/i.test(f))
    .sort();
  let failed = 0;
  for (const file of files) {
    const outcome = ingestArticle({ db, bytes: fs.readFileSync(path.join(SEED_ARTICLES_DIR, file)), fileName: file });
    if (outcome.ok) {
      log(`seed: article ${file} → ${outcome.slug} (${outcome.duplicate ? "already there" : `${outcome.mentions} mentions, ${outcome.events} events`})`);
      linkSeedArticleSources({ db, file, articleId: outcome.articleId });
    } else {
      failed++;
      log(`seed: article ${file} failed: ${outcome.error}`);
    }
  }
  const votesText = readOptional(path.join(dataDir, "votes.csv"));
  const votes = votesText === undefined ? undefined : importVotes({ db, text: votesText });
  if (votes) log(`seed: ${votes.imported} recorded votes on ${votes.resolutions.length} resolutions`);
  return { ...result, articles: files.length, failedArticles: failed, votes: votes?.imported ?? 0 };
}
