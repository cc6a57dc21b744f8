import "server-only";
import { sql } from "drizzle-orm";
import { migrateDatabase, openDatabase, type AtlasDatabase } from "@/db/open";
import { entities } from "@/db/schema";
import { seedDatabase } from "@/lib/seed/seed-database";
import { backfillArticleBands } from "@/lib/copies/backfill-article-bands";

/** Opens the database, applies migrations, and seeds it when it has no entities yet. */
export function prepareDatabase({ file, log = console.log }: { file?: string; log?: (line: string) => void } = {}): AtlasDatabase {
  const db = openDatabase(file ? { file } : {});
  migrateDatabase({ db });
  const count =
    db
      .select({ n: sql<number>`count(*)` })
      .from(entities)
      .get()?.n ?? 0;
  if (count === 0) {
    log("database is empty: seeding");
    seedDatabase({ db, log });
  }
  const banded = backfillArticleBands({ db });
  if (banded) log(`copy detection: ${banded} earlier articles indexed`);
  return db;
}
