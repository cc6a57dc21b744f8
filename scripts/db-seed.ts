import { migrateDatabase, openDatabase } from "@/db/open";
import { seedDatabase } from "@/lib/seed/seed-database";
import { describeDelivery, flushSearchChanges } from "@/lib/search/deliver-search-changes";

const db = openDatabase();
migrateDatabase({ db });
const result = seedDatabase({ db });
console.log(describeDelivery(await flushSearchChanges({ db })));
db.$client.close();
process.exitCode = result.failedArticles > 0 ? 1 : 0;
