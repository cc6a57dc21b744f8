import { migrateDatabase, openDatabase } from "@/db/open";
import { getSearchClient } from "@/lib/search/client";
import { reindexAll } from "@/lib/search/sync-index";
import { withSearchServer } from "./lib/with-search-server";

const db = openDatabase();
migrateDatabase({ db });
await withSearchServer(async () => {
  const started = performance.now();
  const { documents } = await reindexAll({ db, client: getSearchClient()! });
  console.log(`reindexed ${documents} documents in ${((performance.now() - started) / 1000).toFixed(1)} s`);
});
db.$client.close();
