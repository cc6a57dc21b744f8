import type { MessagePort } from "node:worker_threads";
import { IngestError, type IngestErrorCode } from "@/lib/errors/ingest-error";
import { loadHtmlLibraries } from "./extract-html";
import { prepareArticle, type ArticleSource, type PreparedArticle } from "./prepare-article";

export type PrepareJob = { source: ArticleSource; databaseFile: string };
export type PrepareReply = { ok: true; prepared: PreparedArticle } | { ok: false; code: IngestErrorCode | null; message: string };

/** Inside the worker: one job per message, answered with the prepared article or why it was refused. */
export function runPrepareJob({ port }: { port: MessagePort | null }): void {
  port?.on("message", (job: PrepareJob) => {
    let reply: PrepareReply;
    try {
      reply = { ok: true, prepared: prepareArticle(job) };
    } catch (error) {
      reply =
        error instanceof IngestError
          ? { ok: false, code: error.code, message: error.message }
          : { ok: false, code: null, message: error instanceof Error ? error.message.split("\n")[0] : String(error) };
    }
    port.postMessage(reply);
  });
  loadHtmlLibraries();
  port?.postMessage({ ready: true });
}
