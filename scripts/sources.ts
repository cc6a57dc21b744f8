/**
 * npm run sources -- add URL [--kind K] [--language zh|en] [--interval MIN] [--pattern REGEX] [--allow-private]
 *                  | list | poll [ID]
 * Watched sources from the command line (run by the operator, so --allow-private is permitted here).
 * `poll` without an ID polls every source that is due; with one, that source now.
 */
import { parseArgs } from "node:util";
import { migrateDatabase, openDatabase } from "@/db/open";
import { listWatchedSources } from "@/db/queries/sources";
import { addWatchedSource, sourceInputSchema, SourceRequestError } from "@/lib/sources/manage-sources";
import { SourcePoller, type PollSummary } from "@/lib/sources/poll-source";
import { parseSourceId } from "@/lib/sources/source-id";
import { describeDelivery, flushSearchChanges } from "@/lib/search/deliver-search-changes";

const usage =
  "usage: npm run sources -- add URL [--kind rss|atom|jsonfeed|sitemap|listing] [--language zh|en] [--interval MINUTES] [--pattern REGEX] [--allow-private] | list | poll [ID]";

function printSummary(s: PollSummary) {
  const c = s.counts;
  console.log(
    `source ${s.sourceId}: ${s.status}${s.error ? ` (${s.error})` : ""}; listed ${s.listed}, new ${s.newItems}; items: ${c.ingested} ingested, ${c.copy} copies, ${c.duplicate} duplicates, ${c.failed} failed, ${c.skipped} skipped, ${c.pending} pending`,
  );
}

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { kind: { type: "string" }, language: { type: "string" }, interval: { type: "string" }, pattern: { type: "string" }, "allow-private": { type: "boolean" } },
  });
  const [command, arg] = positionals;
  const db = openDatabase();
  migrateDatabase({ db });
  if (command === "add" && arg) {
    const parsed = sourceInputSchema.safeParse({
      url: arg,
      kind: values.kind,
      language: values.language,
      intervalMinutes: values.interval ? Number(values.interval) : undefined,
      linkPattern: values.pattern,
      allowPrivate: values["allow-private"] || undefined,
    });
    if (!parsed.success) throw new SourceRequestError(parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "), 400);
    const source = await addWatchedSource({ db, input: parsed.data, user: { id: 0, role: "admin" } });
    console.log(`added source ${source.id}: ${source.kind} ${source.url} (every ${source.intervalMinutes} min)`);
  } else if (command === "list") {
    for (const s of listWatchedSources({ db })) {
      console.log(
        `${s.id}\t${s.kind}\t${s.url}\tlast: ${s.lastStatus ?? "never"}${s.error ? ` (${s.error})` : ""}\tnext: ${s.nextFetchAt ?? "now"}\titems: ${s.counts.ingested} ingested, ${s.counts.copy} copies, ${s.counts.failed} failed`,
      );
    }
  } else if (command === "poll") {
    const poller = new SourcePoller(db);
    if (arg) {
      const id = parseSourceId(arg);
      if (id === null) throw new SourceRequestError(`"${arg}" is not a source id`, 400);
      printSummary(await poller.poll(id));
    } else for (const s of await poller.pollDue()) printSummary(s);
    console.error(describeDelivery(await flushSearchChanges({ db })));
  } else {
    console.error(usage);
    process.exitCode = 2;
  }
}

main().catch((error) => {
  console.error(error instanceof SourceRequestError ? error.message : `sources: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
});
