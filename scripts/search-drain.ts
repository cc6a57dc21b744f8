import { migrateDatabase, openDatabase } from "@/db/open";
import { describeDelivery, flushSearchChanges } from "@/lib/search/deliver-search-changes";
import { withSearchServer } from "./lib/with-search-server";

const db = openDatabase();
migrateDatabase({ db });
await withSearchServer(async () => {
  const r = await flushSearchChanges({ db });
  console.log(describeDelivery(r));
  process.exitCode = r.error ? 1 : 0;
});
db.$client.close();
