// The link-ahead worker thread's entry (link-ahead.ts starts it): plain JavaScript, as ingest-worker.mjs, so that
// tsx loads the TypeScript job whatever started the process.
import { workerData } from "node:worker_threads";
import { tsImport } from "tsx/esm/api";

const { runLinkAhead } = await tsImport("./run-link-ahead.ts", import.meta.url);
runLinkAhead(workerData);
