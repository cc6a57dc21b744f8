import path from "node:path";
import { Worker, type WorkerOptions } from "node:worker_threads";
import { IngestError } from "@/lib/errors/ingest-error";
import { INGEST_LIMITS } from "./ingest-limits";
import type { ArticleSource, PreparedArticle } from "./prepare-article";
import type { PrepareJob, PrepareReply } from "./run-prepare-job";

/**
 * Extraction (jsdom + Readability) and linking of an upload run in a worker thread, never on the thread that
 * answers requests: one hostile page used to hold the whole site for 78 s. A small pool: at most MAX_WORKERS
 * jobs at once (2 cores), the others wait their turn; a worker that finished a job waits for the next one
 * (starting one and loading jsdom costs 2–3 s), and a job over its time limit is ended by terminating its worker.
 * The database write stays with the caller, in the main thread.
 */
const MAX_WORKERS = 2;
/** starting a worker is not the job's time, but it must not hang either */
const STARTUP_LIMIT_MS = 30_000;
const WORKER_ENTRY = path.join(process.cwd(), "lib", "ingest", "ingest-worker.mjs");

type PoolWorker = { worker: Worker; ready: Promise<void> };

let busy = 0;
const idle: PoolWorker[] = [];
const waiting: (() => void)[] = [];

function startWorker(): PoolWorker {
  // A page that makes jsdom balloon is refused rather than taking the server's memory.
  const options: WorkerOptions = { resourceLimits: { maxOldGenerationSizeMb: 768 } };
  // Constructed indirectly: Next's bundler would otherwise try to bundle the worker's file (and tsx in it),
  // which must be loaded by Node from disk at run time.
  const worker: Worker = Reflect.construct(Worker, [WORKER_ENTRY, options]);
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("the ingest worker did not start in time")), STARTUP_LIMIT_MS);
    const settle = (outcome: () => void) => {
      clearTimeout(timer);
      worker.off("message", onMessage);
      worker.off("error", onError);
      worker.off("exit", onExit);
      outcome();
    };
    const onMessage = (message: { ready?: boolean }) => message.ready && settle(resolve);
    const onError = (error: Error) => settle(() => reject(error));
    const onExit = (code: number) => settle(() => reject(new Error(`the ingest worker stopped while starting (exit code ${code})`)));
    worker.on("message", onMessage);
    worker.on("error", onError);
    worker.on("exit", onExit);
  });
  // Awaited by the job that takes this worker; a spare that fails to start must not be an unhandled rejection.
  ready.catch(() => {});
  // Idle workers must not keep a script's process alive, and one that ends while idle leaves the pool.
  worker.unref();
  const pooled = { worker, ready };
  worker.once("exit", () => {
    const at = idle.indexOf(pooled);
    if (at !== -1) idle.splice(at, 1);
  });
  return pooled;
}

async function takeWorker(): Promise<PoolWorker> {
  if (busy >= MAX_WORKERS) await new Promise<void>((resolve) => waiting.push(resolve));
  busy++;
  return idle.pop() ?? startWorker();
}

function giveBack({ pooled, reusable }: { pooled: PoolWorker; reusable: boolean }) {
  busy--;
  if (reusable && idle.length < MAX_WORKERS) {
    pooled.worker.unref();
    idle.push(pooled);
  } else {
    void pooled.worker.terminate();
    // A spare starts now, so the next upload does not wait for jsdom to load (seconds on a busy machine).
    if (idle.length === 0) idle.push(startWorker());
  }
  waiting.shift()?.();
}

export async function prepareArticleInWorker({
  source,
  databaseFile,
  timeLimitMs = Number(process.env.INGEST_TIME_LIMIT_MS) || INGEST_LIMITS.timeLimitMs,
}: {
  source: ArticleSource;
  databaseFile: string;
  timeLimitMs?: number;
}): Promise<PreparedArticle> {
  const pooled = await takeWorker();
  let reusable = false;
  try {
    pooled.worker.ref();
    await pooled.ready;
    const reply = await runJob({ worker: pooled.worker, job: { source, databaseFile }, timeLimitMs });
    reusable = true;
    if (reply.ok) return reply.prepared;
    throw reply.code ? new IngestError(reply.code, reply.message) : new Error(reply.message);
  } finally {
    giveBack({ pooled, reusable });
  }
}

function runJob({ worker, job, timeLimitMs }: { worker: Worker; job: PrepareJob; timeLimitMs: number }): Promise<PrepareReply> {
  return new Promise((resolve, reject) => {
    const settle = (outcome: () => void) => {
      clearTimeout(timer);
      worker.off("message", onMessage);
      worker.off("error", onError);
      worker.off("exit", onExit);
      outcome();
    };
    const timer = setTimeout(
      () =>
        settle(() =>
          reject(
            new IngestError(
              "timeout",
              `the article could not be processed in time (limit ${Math.round(timeLimitMs / 1000)} s); upload the article's own text or a simpler copy of the page`,
            ),
          ),
        ),
      timeLimitMs,
    );
    const onMessage = (reply: PrepareReply) => settle(() => resolve(reply));
    const onError = (error: Error & { code?: string }) =>
      settle(() =>
        reject(
          error.code === "ERR_WORKER_OUT_OF_MEMORY"
            ? new IngestError("too-complex", "the article needs more memory to process than one upload may take; upload the article's own text")
            : error,
        ),
      );
    const onExit = (code: number) => settle(() => reject(new Error(`the ingest worker stopped (exit code ${code})`)));
    worker.on("message", onMessage);
    worker.on("error", onError);
    worker.on("exit", onExit);
    worker.postMessage(job);
  });
}
