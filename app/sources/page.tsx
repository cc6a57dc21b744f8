import { getLocale, getTranslations } from "next-intl/server";
import { isLocale, localizeHref } from "@/lib/i18n/locales";
import Link from "@/app/_components/locale-link";
import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { listWatchedSources } from "@/db/queries/sources";
import { WATCHED_SOURCE_KINDS } from "@/db/schema";
import { requirePageRole } from "@/app/_lib/page-guard";
import { hasRole } from "@/lib/auth/roles";
import { zodMessage } from "@/lib/http/zod-message";
import { addWatchedSource, sourceInputSchema, SourceRequestError } from "@/lib/sources/manage-sources";
import { pollSourceNow } from "@/lib/sources/poll-now";
import { parseSourceId } from "@/lib/sources/source-id";

export async function generateMetadata() {
  return { title: (await getTranslations())("sources.title") };
}
export const dynamic = "force-dynamic";

const field = (form: FormData, k: string) => {
  const v = form.get(k);
  return typeof v === "string" && v.trim() !== "" ? v.trim() : undefined;
};

async function addSource(form: FormData) {
  "use server";
  const user = await requirePageRole({ role: "editor", next: "/sources" });
  const parsed = sourceInputSchema.safeParse({
    url: field(form, "url"),
    kind: field(form, "kind"),
    language: field(form, "language"),
    intervalMinutes: field(form, "intervalMinutes") ? Number(field(form, "intervalMinutes")) : undefined,
    linkPattern: field(form, "linkPattern"),
    allowPrivate: form.get("allowPrivate") === "on" ? true : undefined,
  });
  let target: string;
  if (!parsed.success) target = `/sources?error=${encodeURIComponent(zodMessage(parsed.error))}`;
  else {
    try {
      const source = await addWatchedSource({ db: getDb(), input: parsed.data, user });
      target = `/sources?added=${source.id}`;
    } catch (error) {
      if (!(error instanceof SourceRequestError)) throw error;
      target = `/sources?error=${encodeURIComponent(error.message)}`;
    }
  }
  redirect(await localized(target));
}

/** Back to the page in the editor's language (the form posted to /zh/sources stays in Chinese). */
async function localized(href: string): Promise<string> {
  const locale = await getLocale();
  return localizeHref({ href, locale: isLocale(locale) ? locale : "en" });
}

async function pollNow(form: FormData) {
  "use server";
  await requirePageRole({ role: "editor", next: "/sources" });
  const id = parseSourceId(field(form, "id"));
  if (id === null) redirect(await localized("/sources?error=no+such+source"));
  const s = await pollSourceNow({ db: getDb(), id });
  const t = await getTranslations();
  const message =
    s.status === "error"
      ? t("sources.pollError", { id, error: s.error ?? "" })
      : t("sources.polled", { id, count: s.newItems, ingested: s.counts.ingested, copy: s.counts.copy, failed: s.counts.failed });
  redirect(await localized(`/sources?${s.status === "error" ? "error" : "done"}=${encodeURIComponent(message)}`));
}

const input = "mt-1 block w-full rounded border border-slate-300 px-2 py-1.5 text-sm focus:border-brand-600 focus:outline-none";
const when = (iso: string | null) => (iso ? `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC` : "—");

export default async function SourcesPage(props: PageProps<"/sources">) {
  const user = await requirePageRole({ role: "editor", next: "/sources" });
  const sp = await props.searchParams;
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const sources = listWatchedSources({ db: getDb() });
  const isAdmin = hasRole({ actual: user.role, required: "admin" });
  const t = await getTranslations();
  const status = (value: string) => (t.has(`sources.status.${value}`) ? t(`sources.status.${value}`) : value);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t("sources.title")}</h1>
      <p className="max-w-3xl text-sm text-slate-600">
        {t.rich("sources.intro", {
          link: (chunks) => (
            <Link href="/review" className="text-brand-700 underline">
              {chunks}
            </Link>
          ),
        })}
      </p>
      {one(sp.done) || one(sp.added) ? (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-sm" data-testid="sources-message" data-outcome={one(sp.done) ? "polled" : "added"}>
          {one(sp.done) ?? t("sources.added", { id: one(sp.added) ?? "" })}
        </p>
      ) : null}
      {one(sp.error) ? (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-800" data-testid="sources-error">
          {one(sp.error)}
        </p>
      ) : null}
      <section className="overflow-x-auto">
        {sources.length === 0 ? (
          <p className="text-sm text-slate-500" data-testid="sources-empty">
            {t("sources.empty")}
          </p>
        ) : (
          <table className="w-full text-left text-sm" data-testid="sources-table">
            <thead className="text-slate-500">
              <tr>
                <th className="py-1 pr-3">{t("sources.source")}</th>
                <th className="py-1 pr-3">{t("sources.lastPoll")}</th>
                <th className="py-1 pr-3">{t("sources.nextPoll")}</th>
                <th className="py-1 pr-3">{t("sources.items")}</th>
                <th className="py-1" />
              </tr>
            </thead>
            <tbody>
              {sources.map((s) => (
                <tr key={s.id} className="border-t border-slate-200 align-top" data-testid="source-row" data-source-url={s.url}>
                  <td className="py-2 pr-3">
                    <a href={`/api/sources/${s.id}`} className="break-all text-brand-700 underline">
                      {s.url}
                    </a>
                    <div className="text-xs text-slate-500">
                      {s.kind}
                      {s.language ? ` · ${s.language}` : ""} · {t("sources.every", { minutes: s.intervalMinutes })}
                      {s.allowPrivate ? ` · ${t("sources.privateAllowed")}` : ""}
                    </div>
                  </td>
                  <td className="py-2 pr-3">
                    <span data-testid="source-status">{s.lastStatus ? status(s.lastStatus) : t("sources.neverPolled")}</span>
                    <div className="text-xs text-slate-500">{when(s.lastFetchedAt)}</div>
                    {s.error ? (
                      <div className="max-w-xs text-xs text-red-700" data-testid="source-error">
                        {s.error}
                      </div>
                    ) : null}
                  </td>
                  <td className="py-2 pr-3">{s.nextFetchAt ? when(s.nextFetchAt) : t("sources.now")}</td>
                  <td className="py-2 pr-3" data-testid="source-counts">
                    {t("sources.counts", { ingested: s.counts.ingested, copy: s.counts.copy, duplicate: s.counts.duplicate, failed: s.counts.failed, skipped: s.counts.skipped })}
                    {s.counts.pending ? ` · ${t("sources.pending", { count: s.counts.pending })}` : ""}
                  </td>
                  <td className="py-2">
                    <form action={pollNow}>
                      <input type="hidden" name="id" value={s.id} />
                      <button type="submit" className="rounded border border-slate-300 px-2 py-1 text-sm hover:bg-slate-50" data-testid="source-poll">
                        {t("sources.pollNow")}
                      </button>
                    </form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <form action={addSource} className="max-w-2xl space-y-3 rounded-lg border border-slate-200 bg-white p-4" data-testid="source-form">
        <h2 className="text-lg font-semibold">{t("sources.add")}</h2>
        <label className="block text-sm font-medium">
          {t("sources.url")}
          <input type="url" name="url" required className={input} data-testid="source-url" />
        </label>
        <div className="grid gap-3 sm:grid-cols-3">
          <label className="block text-sm font-medium">
            {t("review.kind")}
            <select name="kind" className={input} data-testid="source-kind" defaultValue="">
              <option value="">{t("sources.detect")}</option>
              {WATCHED_SOURCE_KINDS.map((k) => (
                <option key={k} value={k}>
                  {k}
                </option>
              ))}
            </select>
          </label>
          <label className="block text-sm font-medium">
            {t("ingest.language")}
            <select name="language" className={input} defaultValue="">
              <option value="">{t("sources.detectPerArticle")}</option>
              <option value="zh">{t("sources.chinese")}</option>
              <option value="en">{t("sources.english")}</option>
            </select>
          </label>
          <label className="block text-sm font-medium">
            {t("sources.everyMinutes")}
            <input type="number" name="intervalMinutes" min={5} max={10080} placeholder="60" className={input} />
          </label>
        </div>
        <label className="block text-sm font-medium">
          {t("sources.pattern")} <span className="font-normal text-slate-500">{t("sources.patternHint")}</span>
          <input type="text" name="linkPattern" className={input} data-testid="source-pattern" />
        </label>
        {isAdmin ? (
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="allowPrivate" data-testid="source-allow-private" /> {t("sources.allowPrivate")}
          </label>
        ) : null}
        <button type="submit" className="rounded bg-brand-600 px-3 py-1.5 text-sm text-white" data-testid="source-add">
          {t("sources.addSubmit")}
        </button>
      </form>
    </div>
  );
}
