import { redirect } from "next/navigation";
import { actionWrite } from "@/app/_lib/action-write";
import { articleSourceFromForm } from "@/lib/ingest/api-input";
import { requirePageRole } from "@/app/_lib/page-guard";
import { IngestError } from "@/lib/errors/ingest-error";
import { ingestExtracted } from "@/lib/ingest/ingest-article";
import { prepareArticleInWorker } from "@/lib/ingest/prepare-in-worker";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "@/app/_components/locale-link";
import { isLocale, localizeHref } from "@/lib/i18n/locales";

export async function generateMetadata() {
  return { title: (await getTranslations())("ingest.title") };
}
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
  const locale = await getLocale();
  // back to the form in the editor's language
  const target = typeof refused === "string" ? refused : `/ingest?error=${encodeURIComponent(refused.error ?? "the upload could not be stored")}`;
  redirect(localizeHref({ href: target, locale: isLocale(locale) ? locale : "en" }));
}

const input = "mt-1 block w-full rounded border border-slate-300 px-2 py-1.5 text-sm focus:border-brand-600 focus:outline-none";

export default async function IngestPage(props: PageProps<"/ingest">) {
  await requirePageRole({ role: "editor", next: "/ingest" });
  const sp = await props.searchParams;
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const done = one(sp.done);
  const error = one(sp.error);
  const t = await getTranslations();
  const optional = <span className="font-normal text-slate-500">{t("ingest.optional")}</span>;
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1 className="text-2xl font-semibold">{t("ingest.title")}</h1>
      <p className="text-sm text-slate-600">
        {t("ingest.intro")} <code>npm run ingest -- FOLDER</code>
        {t("participation.end")}
      </p>
      {done ? (
        <p role="status" data-testid="ingest-result" className="rounded border border-green-300 bg-green-50 p-3 text-sm">
          {one(sp.duplicate) ? t("ingest.already") : t("ingest.done")}{" "}
          <Link className="font-medium text-brand-700 underline" href={`/articles/${encodeURIComponent(done)}`}>
            {done}
          </Link>
          {one(sp.duplicate) ? null : ` ${t("ingest.counts", { mentions: Number(one(sp.mentions) ?? 0) || 0, events: Number(one(sp.events) ?? 0) || 0 })}`}
        </p>
      ) : null}
      {error ? (
        <p role="alert" data-testid="ingest-error" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-800">
          {error}
        </p>
      ) : null}
      <form action={upload} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4" data-testid="ingest-form">
        <label className="block text-sm font-medium">
          {t("ingest.file")}
          <input type="file" name="file" accept=".txt,.html,.htm,.md,.markdown,text/plain,text/html,text/markdown" className="mt-1 block text-sm" />
        </label>
        <label className="block text-sm font-medium">
          {t("ingest.paste")}
          <textarea name="body" rows={8} className={input} />
        </label>
        <div className="grid gap-4 sm:grid-cols-2">
          <label className="block text-sm font-medium">
            {t("articles.title")} {optional}
            <input name="title" className={input} />
          </label>
          <label className="block text-sm font-medium">
            {t("ingest.url")} {optional}
            <input name="url" type="url" className={input} placeholder="https://" />
          </label>
          <label className="block text-sm font-medium">
            {t("articles.publisher")} {optional}
            <input name="publisher" className={input} />
          </label>
          <label className="block text-sm font-medium">
            {t("articles.published")} {optional}
            <input name="publishedAt" className={input} placeholder="2025-05-07 08:48" />
          </label>
          <label className="block text-sm font-medium">
            {t("ingest.language")}
            <select name="language" className={input} defaultValue="">
              <option value="">{t("ingest.detect")}</option>
              <option value="zh">中文</option>
              <option value="en" lang="en">
                English
              </option>
            </select>
          </label>
        </div>
        <button type="submit" className="rounded bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">
          {t("ingest.submit")}
        </button>
      </form>
    </div>
  );
}
