/**
 * One writer process for tests/integration/concurrent-writes.test.ts: opens the SQLite file given in
 * DATABASE_PATH (its own connection, as `npm run ingest` or the web server would) and makes WRITES
 * ingestions and WRITES entity edits through the write path, interleaved, as fast as it can. Prints one JSON
 * line: how many succeeded and the errors it saw.
 */
import { openDatabase } from "@/db/open";
import { ingestArticle } from "@/lib/ingest/ingest-article";
import { patchEntity } from "@/lib/curation/entity-commands";
import { entityPatchSchema } from "@/lib/curation/entity-commands";
import { OPERATOR, runCommand } from "@/lib/write/run-command";

const writer = process.env.WRITER_ID ?? "0";
const writes = Number(process.env.WRITES ?? 20);
const entityIds = (process.env.ENTITY_IDS ?? "").split(",").map(Number);
const db = openDatabase({ file: process.env.DATABASE_PATH });
const errors: string[] = [];
let ingested = 0;
let edited = 0;

for (let i = 0; i < writes; i++) {
  const text =
    `Concurrent article ${writer}-${i} on AI governance\n\nPublished: 2025-03-0${1 + (i % 9)}T10:00:00Z\n\n` +
    `On 3 March 2025, delegations discussed the Test Initiative and the Second Initiative at length (writer ${writer}, article ${i}). ` +
    `They agreed that developing countries need help with capacity building, shared computing and data, and that the digital divide must close.\n\n` +
    `Officials said further meetings would follow later in the year, with experts from universities, companies and civil society joining the talks.\n`;
  const outcome = ingestArticle({ db, bytes: Buffer.from(text), fileName: `w${writer}-${i}.txt` });
  if (outcome.ok && !outcome.duplicate) ingested++;
  else errors.push(outcome.ok ? "duplicate" : outcome.error);
  try {
    const id = entityIds[i % entityIds.length];
    await runCommand({
      db,
      actor: OPERATOR,
      role: "editor",
      schema: entityPatchSchema,
      input: { description: `edit ${writer}.${i}` },
      command: ({ tx, input, userId }) => patchEntity({ tx, id, patch: input, expectedVersion: null, userId }),
    });
    edited++;
  } catch (error) {
    errors.push(error instanceof Error ? error.message : String(error));
  }
}
db.$client.close();
console.log(JSON.stringify({ writer, ingested, edited, errors }));
