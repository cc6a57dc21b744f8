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

export const metadata = { title: "Watched sources" };
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
  redirect(target);
}

async function pollNow(form: FormData) {
  "use server";
  await requirePageRole({ role: "editor", next: "/sources" });
  const id = parseSourceId(field(form, "id"));
  if (id === null) redirect("/sources?error=no+such+source");
  const s = await pollSourceNow({ db: getDb(), id });
  const message =
    s.status === "error"
      ? `Source ${id}: ${s.error}`
      : `Source ${id} polled: ${s.newItems} new ${s.newItems === 1 ? "item" : "items"}; ${s.counts.ingested} ingested, ${s.counts.copy} copies, ${s.counts.failed} failed in all.`;
  redirect(`/sources?${s.status === "error" ? "error" : "done"}=${encodeURIComponent(message)}`);
}

const input = "mt-1 block w-full rounded border border-slate-300 px-2 py-1.5 text-sm focus:border-brand-600 focus:outline-none";
const when = (iso: string | null) => (iso ? `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC` : "—");

export default async function SourcesPage(props: PageProps<"/sources">) {
  const user = await requirePageRole({ role: "editor", next: "/sources" });
  const sp = await props.searchParams;
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const sources = listWatchedSources({ db: getDb() });
  const isAdmin = hasRole({ actual: user.role, required: "admin" });
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">
        Watched sources{" "}
        <span lang="zh" className="text-lg font-normal text-slate-500">
          监测来源
        </span>
      </h1>
      <p className="max-w-3xl text-sm text-slate-600">
        Feeds (RSS, Atom, JSON Feed), sitemaps (news sitemaps and sitemap indexes) and listing pages are polled on their schedule while the atlas runs. Each new article is fetched,
        linked and its suggestions wait in the{" "}
        <a href="/review" className="text-brand-700 underline">
          review queue
        </a>
        ; a reprint of a story already stored is kept as a copy of the first.
      </p>
      {one(sp.done) || one(sp.added) ? (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-sm" data-testid="sources-message">
          {one(sp.done) ?? `Source ${one(sp.added)} added; it is polled now and then on its schedule.`}
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
            No sources yet.
          </p>
        ) : (
          <table className="w-full text-left text-sm" data-testid="sources-table">
            <thead className="text-slate-500">
              <tr>
                <th className="py-1 pr-3">Source</th>
                <th className="py-1 pr-3">Last poll</th>
                <th className="py-1 pr-3">Next poll</th>
                <th className="py-1 pr-3">Items</th>
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
                      {s.language ? ` · ${s.language}` : ""} · every {s.intervalMinutes} min{s.allowPrivate ? " · private addresses allowed" : ""}
                    </div>
                  </td>
                  <td className="py-2 pr-3">
                    <span data-testid="source-status">{s.lastStatus ?? "never polled"}</span>
                    <div className="text-xs text-slate-500">{when(s.lastFetchedAt)}</div>
                    {s.error ? (
                      <div className="max-w-xs text-xs text-red-700" data-testid="source-error">
                        {s.error}
                      </div>
                    ) : null}
                  </td>
                  <td className="py-2 pr-3">{s.nextFetchAt ? when(s.nextFetchAt) : "now"}</td>
                  <td className="py-2 pr-3" data-testid="source-counts">
                    {s.counts.ingested} ingested · {s.counts.copy} copies · {s.counts.duplicate} duplicates · {s.counts.failed} failed · {s.counts.skipped} skipped
                    {s.counts.pending ? ` · ${s.counts.pending} waiting` : ""}
                  </td>
                  <td className="py-2">
                    <form action={pollNow}>
                      <input type="hidden" name="id" value={s.id} />
                      <button type="submit" className="rounded border border-slate-300 px-2 py-1 text-sm hover:bg-slate-50" data-testid="source-poll">
                        Poll now
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
        <h2 className="text-lg font-semibold">Add a source</h2>
        <label className="block text-sm font-medium">
          URL
          <input type="url" name="url" required className={input} data-testid="source-url" />
        </label>
        <div className="grid gap-3 sm:grid-cols-3">
          <label className="block text-sm font-medium">
            Kind
            <select name="kind" className={input} data-testid="source-kind" defaultValue="">
              <option value="">detect</option>
              {WATCHED_SOURCE_KINDS.map((k) => (
                <option key={k} value={k}>
                  {k}
                </option>
              ))}
            </select>
          </label>
          <label className="block text-sm font-medium">
            Language
            <select name="language" className={input} defaultValue="">
              <option value="">detect per article</option>
              <option value="zh">Chinese</option>
              <option value="en">English</option>
            </select>
          </label>
          <label className="block text-sm font-medium">
            Every (minutes)
            <input type="number" name="intervalMinutes" min={5} max={10080} placeholder="60" className={input} />
          </label>
        </div>
        <label className="block text-sm font-medium">
          Link pattern <span className="font-normal text-slate-500">(listing pages: a regular expression the article links match)</span>
          <input type="text" name="linkPattern" className={input} data-testid="source-pattern" />
        </label>
        {isAdmin ? (
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="allowPrivate" data-testid="source-allow-private" /> Allow private and local addresses (intranet or test servers)
          </label>
        ) : null}
        <button type="submit" className="rounded bg-brand-600 px-3 py-1.5 text-sm text-white" data-testid="source-add">
          Add source
        </button>
      </form>
    </div>
  );
}
