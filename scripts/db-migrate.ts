import { migrateDatabase, openDatabase } from "@/db/open";
import { resolveDatabasePath } from "@/lib/config/paths";

const db = openDatabase();
migrateDatabase({ db });
db.$client.close();
console.log(`migrated ${resolveDatabasePath()}`);
