import { migrateDatabase, openDatabase } from "@/db/open";
import { seedDatabase } from "@/lib/seed/seed-database";
import { drainIfConfigured } from "./lib/drain-if-configured";

const db = openDatabase();
migrateDatabase({ db });
const result = seedDatabase({ db });
await drainIfConfigured({ db });
db.$client.close();
process.exitCode = result.failedArticles > 0 ? 1 : 0;
