/**
 * `npm run db:restore -- FILE`: verify the backup, refuse while `npm start` serves this data directory,
 * replace the database atomically, apply newer migrations, then rebuild the search index.
 */
import { migrateDatabase, openDatabase } from "@/db/open";
import { resolveDatabasePath, resolveDataDir } from "@/lib/config/paths";
import { BackupError } from "@/lib/backup/backup-database";
import { restoreDatabase } from "@/lib/backup/restore-database";
import { getSearchClient } from "@/lib/search/client";
import { reindexAll } from "@/lib/search/sync-index";
import { withSearchServer } from "./lib/with-search-server";

const source = process.argv[2];
if (!source) {
  console.error("usage: npm run db:restore -- FILE");
  process.exit(2);
}
try {
  const { file } = restoreDatabase({ source, target: resolveDatabasePath(), dataDir: resolveDataDir() });
  console.log(`restored ${source} to ${file}`);
} catch (error) {
  if (!(error instanceof BackupError)) throw error;
  console.error(error.message);
  process.exit(1);
}
const db = openDatabase();
migrateDatabase({ db });
await withSearchServer(async () => {
  const { documents } = await reindexAll({ db, client: getSearchClient()! });
  console.log(`search index rebuilt: ${documents} documents`);
});
db.$client.close();
