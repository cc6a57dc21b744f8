/**
 * npm run import:votes -- FILE
 * Imports a recorded-votes CSV (header symbol,iso3,vote,source; see db/seed/data/README.md) all or nothing.
 * Every problem is printed with its line number and the exit code is 1; nothing is written then.
 */
import fs from "node:fs";
import { migrateDatabase, openDatabase } from "@/db/open";
import { importVotes, VoteImportError } from "@/lib/votes/import-votes";

function main() {
  const file = process.argv.slice(2).find((a) => !a.startsWith("--"));
  if (!file) {
    console.error("usage: npm run import:votes -- FILE.csv");
    process.exitCode = 2;
    return;
  }
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (error) {
    console.error(`cannot read ${file}: ${(error as Error).message}`);
    process.exitCode = 2;
    return;
  }
  const db = openDatabase();
  migrateDatabase({ db });
  try {
    const result = importVotes({ db, text });
    console.log(`imported ${result.imported} votes on ${result.resolutions.join(", ")}`);
  } catch (error) {
    if (!(error instanceof VoteImportError)) throw error;
    console.error(error.message);
    process.exitCode = 1;
  } finally {
    db.$client.close();
  }
}

main();
