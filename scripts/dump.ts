/** `npm run dump -- DIR`: writes the open-data dump (atlas.json.gz, atlas-csv.zip) into DIR. */
import path from "node:path";
import { migrateDatabase, openDatabase } from "@/db/open";
import { buildDumpFiles } from "@/lib/dump/build-dump-files";
import { writeDumpFiles } from "@/lib/dump/current-dump";

const dir = process.argv[2];
if (!dir) {
  console.error("usage: npm run dump -- DIR");
  process.exit(2);
}
const db = openDatabase();
migrateDatabase({ db });
const files = buildDumpFiles({ db });
db.$client.close();
for (const file of writeDumpFiles({ dir: path.resolve(dir), files })) console.log(file);
console.log(
  Object.entries(files.counts)
    .map(([name, n]) => `${name}: ${n}`)
    .join(", "),
);
