/**
 * npx tsx --conditions=react-server scripts/content-figures.ts [DATABASE_FILE]
 * Prints the content figures of issue 12 for a database (default: a fresh temporary seed of this checkout):
 * UN members with recorded participation, participation lists complete/partial, sources and relations by
 * quality, entities with Chinese names and descriptions. Works on databases from before the content model
 * (no participation_lists / source_documents / votes tables), so before/after can be compared.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { migrateDatabase, openDatabase } from "@/db/open";
import { seedDatabase } from "@/lib/seed/seed-database";
import { getContentCoverage } from "@/db/queries/content-coverage";
import { PARTICIPATION_ROLES } from "@/lib/participation/participation-roles";
import { classifySource, isAuthoritative } from "@/lib/source-quality/classify-source";

function seededTemp(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "atlas-figures-"));
  const file = path.join(dir, "atlas.sqlite");
  const db = openDatabase({ file });
  migrateDatabase({ db });
  seedDatabase({ db, log: () => {} });
  db.$client.close();
  return file;
}

const file = process.argv[2] ?? seededTemp();
// a database this script seeded itself is thrown away afterwards
if (!process.argv[2]) process.once("exit", () => fs.rmSync(path.dirname(file), { recursive: true, force: true }));
const sqlite = new Database(file, { readonly: true });
const has = (table: string) => !!sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table);
const roles = PARTICIPATION_ROLES.map((r) => `'${r}'`).join(", ");
const one = (sql: string) => (sqlite.prepare(sql).get() as { n: number }).n;

const unMembersWith = one(`SELECT count(*) AS n FROM entities c WHERE c.kind = 'country' AND c.un_member = 1 AND (
  EXISTS (SELECT 1 FROM relations r WHERE r.subject_id = c.id AND r.status = 'confirmed' AND r.deleted_at IS NULL AND r.role IN (${roles}))
  ${has("votes") ? "OR EXISTS (SELECT 1 FROM votes v WHERE v.country_id = c.id)" : ""})`);
const withRelations = one(`SELECT count(*) AS n FROM entities c WHERE c.kind = 'country' AND c.un_member = 1 AND
  EXISTS (SELECT 1 FROM relations r WHERE r.subject_id = c.id AND r.status = 'confirmed' AND r.deleted_at IS NULL AND r.role IN (${roles}))`);

const reviewed = new Map<string, string>(
  has("source_documents") ? (sqlite.prepare("SELECT url, quality FROM source_documents").all() as { url: string; quality: string }[]).map((r) => [r.url, r.quality]) : [],
);
const quality = (url: string | null) => (url ? (reviewed.get(url) ?? classifySource({ url })) : "news");
const tally = (urls: (string | null)[]) => {
  const out: Record<string, number> = { primary: 0, official: 0, news: 0, secondary: 0 };
  for (const u of urls) out[quality(u)]++;
  return out;
};
const sourceUrls = (sqlite.prepare("SELECT DISTINCT coalesce(url, 'article:' || article_id) AS u FROM sources").all() as { u: string }[]).map((r) =>
  r.u.startsWith("article:") ? null : r.u,
);
const relationUrls = (
  sqlite
    .prepare(
      "SELECT source_url AS u, source_article_id AS a FROM relations WHERE status = 'confirmed' AND deleted_at IS NULL AND (source_url IS NOT NULL OR source_article_id IS NOT NULL)",
    )
    .all() as { u: string | null }[]
).map((r) => r.u);
const relationQ = tally(relationUrls);
const authoritative = (["primary", "official"] as const).reduce((n, q) => n + relationQ[q], 0);
void isAuthoritative;

const nonCountries = one("SELECT count(*) AS n FROM entities WHERE kind <> 'country' AND status = 'confirmed' AND deleted_at IS NULL AND merged_into_id IS NULL");
const withZh = one("SELECT count(*) AS n FROM entities WHERE kind <> 'country' AND status = 'confirmed' AND deleted_at IS NULL AND merged_into_id IS NULL AND name_zh IS NOT NULL");
const cols = (sqlite.prepare("PRAGMA table_info(entities)").all() as { name: string }[]).map((c) => c.name);
const withZhDesc = cols.includes("description_zh")
  ? one("SELECT count(*) AS n FROM entities WHERE kind <> 'country' AND status = 'confirmed' AND deleted_at IS NULL AND merged_into_id IS NULL AND description_zh IS NOT NULL")
  : 0;
const translated = cols.includes("name_zh_provenance")
  ? one("SELECT count(*) AS n FROM entities WHERE kind <> 'country' AND name_zh_provenance = 'translated' AND deleted_at IS NULL")
  : 0;

let lists: string;
if (has("participation_lists")) {
  sqlite.close();
  const db = openDatabase({ file });
  const c = getContentCoverage({ db });
  db.$client.close();
  lists = `${c.lists.total} lists: ${c.lists.complete} complete, ${c.lists.partial} partial with a stated total, ${c.lists.totalUnknown} without a recorded total`;
} else {
  const groups = one(
    `SELECT count(*) AS n FROM (SELECT DISTINCT r.object_id, r.role FROM relations r JOIN entities c ON c.id = r.subject_id WHERE c.kind = 'country' AND r.role IN ('signatory','co-sponsor','member','participant','supporter') AND r.deleted_at IS NULL)`,
  );
  const marked = one(
    `SELECT count(*) AS n FROM (SELECT DISTINCT r.object_id, r.role FROM relations r JOIN entities c ON c.id = r.subject_id WHERE c.kind = 'country' AND r.note LIKE '%Partial list%' AND r.deleted_at IS NULL)`,
  );
  lists = `${groups} country lists (entity × main role): 0 with a recorded total (no completeness model), ${marked} (entity × role) groups carry a per-row "Partial list" note`;
  sqlite.close();
}

console.log(`database: ${file}`);
console.log(`UN members with recorded participation: ${unMembersWith} of 193 (relations only: ${withRelations})`);
console.log(`participation lists: ${lists}`);
console.log(`distinct sources cited by entities by quality: ${JSON.stringify(tally(sourceUrls))}`);
console.log(
  `relations by source quality: ${JSON.stringify(relationQ)}; primary/official: ${authoritative} of ${relationUrls.length} (${((100 * authoritative) / Math.max(1, relationUrls.length)).toFixed(1)} %)`,
);
console.log(`non-country entities with a Chinese name: ${withZh} of ${nonCountries} (translated by the atlas: ${translated}); with a Chinese description: ${withZhDesc}`);
