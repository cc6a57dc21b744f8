import Link from "next/link";
import { cookies } from "next/headers";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { findArticleBySlug, getArticleDetail } from "@/db/queries/articles";
import { BilingualName } from "@/app/_components/bilingual-name";
import { PartialDateLabel } from "@/app/_components/partial-date-label";
import { segmentText, splitParagraphs } from "@/lib/articles/segment-text";
import { requireRole } from "@/lib/auth/require-role";
import { entityPath, KIND_LABELS } from "@/lib/entities/entity-url";
import { WhyPopover } from "./why-popover";
import { WHY_TEXT } from "./why-text";

export default async function ArticlePage(props: PageProps<"/articles/[slug]">) {
  const { slug } = await props.params;
  const db = getDb();
  const found = findArticleBySlug({ db, slug: decodeURIComponent(slug) });
  if (!found) notFound();
  const detail = getArticleDetail({ db, id: found.id })!;
  // entities ingestion only proposed are shown to editors alone, until one accepts them
  const editor = (await requireRole({ cookies: await cookies(), role: "editor", db })).ok;
  const shown = (status: string) => status === "confirmed" || (editor && status === "proposed");
  const { article } = detail;
  const mentions = detail.mentions.filter((m) => shown(m.entityStatus));
  const events = detail.events.filter((e) => shown(e.entityStatus));
  const statements = detail.relations.filter((r) => shown(r.subjectStatus) && shown(r.objectStatus));
  const whyOf = (m: (typeof mentions)[number]) =>
    m.why ?? { matched: m.surface, form: m.nameEn, rule: m.method === "descriptive" ? "description" : m.method === "pattern" ? "pattern" : "exact-alias" };
  const spans = mentions.map((m) => ({ ...m, href: entityPath(m) }));
  const linked = new Map<number, (typeof mentions)[number]>();
  for (const m of mentions) if (!linked.has(m.entityId)) linked.set(m.entityId, m);
  const published = article.publishedAt ? new Date(article.publishedAt) : null;

  return (
    <article className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]" data-testid="article-detail">
      <div className="space-y-4">
        <header className="space-y-1">
          <h1 lang={article.language} className="text-2xl font-semibold" data-testid="article-title">{article.title}</h1>
          <p className="text-sm text-slate-600">
            <span lang={article.language}>{article.publisher}</span>
            {published && !Number.isNaN(published.getTime()) ? (
              <time dateTime={article.publishedAt!} className="ml-2">
                {article.publishedAt!.length > 10
                  ? `${article.publishedAt!.slice(0, 10)} ${article.publishedAt!.slice(11, 16)} (UTC${article.publishedAt!.slice(-6)})`
                  : <PartialDateLabel date={article.publishedAt} />}
              </time>
            ) : null}
            {article.url ? (
              <a href={article.url} className="ml-2 text-brand-700 hover:underline" rel="noopener noreferrer nofollow" target="_blank">original</a>
            ) : null}
          </p>
        </header>
        <div lang={article.language} className="space-y-4 leading-relaxed text-slate-800" data-testid="article-body">
          {splitParagraphs(article.body).map((p) => (
            <p key={p.start}>
              {segmentText({
                text: p.text,
                spans: spans.filter((s) => s.start >= p.start && s.end <= p.start + p.text.length).map((s) => ({ ...s, start: s.start - p.start, end: s.end - p.start })),
              }).map((seg) =>
                seg.span ? (
                  <span key={seg.start}>
                    <Link
                      href={seg.span.href}
                      className={`rounded-sm px-0.5 ${seg.span.status === "confirmed" ? "bg-amber-200" : "bg-amber-100 underline decoration-dotted"}`}
                      title={`${KIND_LABELS[seg.span.kind].en}: ${seg.span.nameEn} (${seg.span.status})`}
                      data-testid="mention"
                      data-status={seg.span.status}
                    >
                      {seg.text}
                    </Link>
                    <WhyPopover why={whyOf(seg.span)} name={seg.span.nameEn} />
                  </span>
                ) : (
                  <span key={seg.start}>{seg.text}</span>
                ),
              )}
            </p>
          ))}
        </div>
      </div>
      <aside className="space-y-6">
        <section aria-label={WHY_TEXT.legendTitle} className="text-xs text-slate-600" data-testid="mention-legend">
          <h2 className="mb-1 font-semibold text-slate-800">{WHY_TEXT.legendTitle}</h2>
          <p><span className="rounded-sm bg-amber-200 px-1">&nbsp;</span> {WHY_TEXT.confirmed}</p>
          <p><span className="rounded-sm bg-amber-100 px-1 underline decoration-dotted">&nbsp;</span> {WHY_TEXT.suggested}</p>
        </section>
        {statements.length ? (
          <section>
            <h2 className="mb-1 font-semibold">{WHY_TEXT.statements}</h2>
            <p className="mb-2 text-xs text-slate-600">{WHY_TEXT.statementsNote}</p>
            <ul className="space-y-2 text-sm" data-testid="article-relations">
              {statements.map((r) => (
                <li key={r.id} data-testid="article-relation" data-status={r.status}>
                  <Link href={entityPath({ kind: r.subjectKind, slug: r.subjectSlug, iso3: r.subjectIso3 })} className="text-brand-700 hover:underline">{r.subjectName}</Link>{" "}
                  <span className="text-slate-600">{r.role}</span>{" "}
                  <Link href={entityPath({ kind: r.objectKind, slug: r.objectSlug, iso3: r.objectIso3 })} className="text-brand-700 hover:underline">{r.objectName}</Link>{" "}
                  <span className={`rounded px-1 text-xs ${r.status === "confirmed" ? "bg-amber-200" : "bg-amber-100"}`}>{r.status}</span>
                  {r.why ? <WhyPopover why={r.why} name={`${r.subjectName} ${r.role} ${r.objectName}`} /> : null}
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        <section>
          <h2 className="mb-2 font-semibold">Linked entities</h2>
          <ul className="space-y-1 text-sm" data-testid="linked-entities">
            {[...linked.values()].map((m) => (
              <li key={m.entityId}>
                <span className="mr-1 text-xs uppercase text-slate-500">{KIND_LABELS[m.kind].en}</span>
                <Link href={entityPath(m)} className="text-brand-700 hover:underline">
                  <BilingualName nameEn={m.nameEn} nameZh={m.nameZh} />
                </Link>
                {m.entityStatus === "proposed" ? <span className="ml-1 text-xs text-amber-700">proposed</span> : null}
              </li>
            ))}
          </ul>
        </section>
        {events.length ? (
          <section>
            <h2 className="mb-2 font-semibold">Events reported</h2>
            <ul className="space-y-3 text-sm" data-testid="article-events">
              {events.map((ev) => (
                <li key={ev.id}>
                  <Link href={`/events/${encodeURIComponent(ev.slug)}`} className="text-brand-700 hover:underline">
                    <BilingualName nameEn={ev.nameEn} nameZh={ev.nameZh} />
                  </Link>{" "}
                  <span className="text-slate-500"><PartialDateLabel date={ev.date} /></span>
                  <blockquote lang={article.language} className="mt-1 border-l-2 border-amber-300 pl-2 text-slate-700">{ev.evidence}</blockquote>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </aside>
    </article>
  );
}
