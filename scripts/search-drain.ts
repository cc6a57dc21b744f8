import { migrateDatabase, openDatabase } from "@/db/open";
import { getSearchClient } from "@/lib/search/client";
import { drainSearchOutbox } from "@/lib/search/sync-index";
import { withSearchServer } from "./lib/with-search-server";

const db = openDatabase();
migrateDatabase({ db });
await withSearchServer(async () => {
  const r = await drainSearchOutbox({ db, client: getSearchClient()! });
  console.log(`delivered ${r.delivered}; pending ${r.pending}${r.error ? ` (${r.error})` : ""}`);
  process.exitCode = r.error ? 1 : 0;
});
db.$client.close();
