import { redirect } from "next/navigation";
import { actionWrite } from "@/app/_lib/action-write";
import { articleSourceFromForm } from "@/lib/ingest/api-input";
import { requirePageRole } from "@/app/_lib/page-guard";
import { IngestError } from "@/lib/ingest/errors";
import { ingestExtracted } from "@/lib/ingest/ingest-article";
import { prepareArticleInWorker } from "@/lib/ingest/prepare-in-worker";

export const metadata = { title: "Add an article" };
export const dynamic = "force-dynamic";

/** The upload goes through the write path like every write: its search document is delivered at once. */
async function upload(form: FormData) {
  "use server";
  const refused = await actionWrite<string>({
    next: "/ingest",
    handle: async ({ db, actor }) => {
      try {
        // Extraction and linking in a worker thread with a time limit: the server keeps answering meanwhile.
        const { article, links } = await prepareArticleInWorker({ source: await articleSourceFromForm(form), databaseFile: db.$client.name });
        const outcome = ingestExtracted({ db, article, links, sourceName: "upload", actor });
        return outcome.ok
          ? `/ingest?done=${encodeURIComponent(outcome.slug)}&mentions=${outcome.mentions}&events=${outcome.events}${outcome.duplicate ? "&duplicate=1" : ""}`
          : `/ingest?error=${encodeURIComponent(outcome.error)}`;
      } catch (error) {
        return `/ingest?error=${encodeURIComponent(error instanceof IngestError ? error.message : "the upload could not be read")}`;
      }
    },
  });
  redirect(typeof refused === "string" ? refused : `/ingest?error=${encodeURIComponent(refused.error ?? "the upload could not be stored")}`);
}

const input = "mt-1 block w-full rounded border border-slate-300 px-2 py-1.5 text-sm focus:border-brand-600 focus:outline-none";

export default async function IngestPage(props: PageProps<"/ingest">) {
  await requirePageRole({ role: "editor", next: "/ingest" });
  const sp = await props.searchParams;
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const done = one(sp.done);
  const error = one(sp.error);
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1 className="text-2xl font-semibold">
        Add an article{" "}
        <span lang="zh" className="text-lg font-normal text-slate-500">
          添加文章
        </span>
      </h1>
      <p className="text-sm text-slate-600">
        Upload a news page saved as HTML, Markdown or plain text (UTF-8 or GB18030/GBK, up to 5 MB), or paste its text. Countries, organisations, initiatives, resolutions and dated
        events are linked with the sentence that proves them, as suggestions for review. Many files at once: <code>npm run ingest -- FOLDER</code>.
      </p>
      {done ? (
        <p role="status" data-testid="ingest-result" className="rounded border border-green-300 bg-green-50 p-3 text-sm">
          {one(sp.duplicate) ? "Already ingested: " : "Ingested: "}
          <a className="font-medium text-brand-700 underline" href={`/articles/${encodeURIComponent(done)}`}>
            {done}
          </a>
          {one(sp.duplicate) ? null : ` (${one(sp.mentions) ?? 0} mentions, ${one(sp.events) ?? 0} events)`}
        </p>
      ) : null}
      {error ? (
        <p role="alert" data-testid="ingest-error" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-800">
          {error}
        </p>
      ) : null}
      <form action={upload} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4" data-testid="ingest-form">
        <label className="block text-sm font-medium">
          File
          <input type="file" name="file" accept=".txt,.html,.htm,.md,.markdown,text/plain,text/html,text/markdown" className="mt-1 block text-sm" />
        </label>
        <label className="block text-sm font-medium">
          …or paste the text (or HTML)
          <textarea name="body" rows={8} className={input} />
        </label>
        <div className="grid gap-4 sm:grid-cols-2">
          <label className="block text-sm font-medium">
            Title <span className="font-normal text-slate-500">(optional)</span>
            <input name="title" className={input} />
          </label>
          <label className="block text-sm font-medium">
            Source URL <span className="font-normal text-slate-500">(optional)</span>
            <input name="url" type="url" className={input} placeholder="https://" />
          </label>
          <label className="block text-sm font-medium">
            Publisher <span className="font-normal text-slate-500">(optional)</span>
            <input name="publisher" className={input} />
          </label>
          <label className="block text-sm font-medium">
            Published <span className="font-normal text-slate-500">(optional)</span>
            <input name="publishedAt" className={input} placeholder="2025-05-07 08:48" />
          </label>
          <label className="block text-sm font-medium">
            Language
            <select name="language" className={input} defaultValue="">
              <option value="">Detect</option>
              <option value="zh">中文</option>
              <option value="en">English</option>
            </select>
          </label>
        </div>
        <button type="submit" className="rounded bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">
          Ingest
        </button>
      </form>
    </div>
  );
}
