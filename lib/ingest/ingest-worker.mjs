// The worker thread's entry (prepare-in-worker.ts starts it): plain JavaScript, because the Next server's
// bundled code cannot hand a TypeScript file to a worker; tsx then loads the TypeScript job.
import { parentPort } from "node:worker_threads";
import { tsImport } from "tsx/esm/api";

const { runPrepareJob } = await tsImport("./run-prepare-job.ts", import.meta.url);
runPrepareJob({ port: parentPort });
