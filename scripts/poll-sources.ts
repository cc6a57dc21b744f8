/**
 * The poller worker `npm start` runs as a supervised child: every POLL_TICK_MS it polls the sources that are
 * due. A crash here ends only this process; start.ts restarts it with backoff and the web server keeps serving.
 */
import { openDatabase } from "@/db/open";
import { SourcePoller } from "@/lib/sources/poll-source";

const tickMs = Number(process.env.SOURCES_TICK_MS ?? 30_000);
const db = openDatabase();
let stopping = false;
process.on("SIGTERM", () => (stopping = true));
process.on("SIGINT", () => (stopping = true));

async function loop() {
  console.log(`[poller] watching sources (every ${tickMs / 1000} s)`);
  while (!stopping) {
    const summaries = await new SourcePoller(db).pollDue();
    for (const s of summaries) {
      const c = s.counts;
      console.log(`[poller] source ${s.sourceId}: ${s.status}${s.error ? ` (${s.error})` : ""}; ${s.newItems} new; ${c.ingested} ingested, ${c.copy} copies, ${c.failed} failed`);
    }
    for (let waited = 0; waited < tickMs && !stopping; waited += 500) await new Promise((r) => setTimeout(r, 500));
  }
  db.$client.close();
  process.exit(0);
}

loop().catch((error) => {
  console.error(`[poller] stopped by an error: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
