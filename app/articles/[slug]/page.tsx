import Link from "@/app/_components/locale-link";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { findArticleBySlug, getArticleDetail } from "@/db/queries/articles";
import { BilingualName } from "@/app/_components/bilingual-name";
import { PartialDateLabel } from "@/app/_components/partial-date-label";
import { segmentText, splitParagraphs } from "@/lib/articles/segment-text";
import { entityPath, KIND_LABELS } from "@/lib/entities/entity-url";

export default async function ArticlePage(props: PageProps<"/articles/[slug]">) {
  const { slug } = await props.params;
  const db = getDb();
  const found = findArticleBySlug({ db, slug: decodeURIComponent(slug) });
  if (!found) notFound();
  const { article, mentions, events } = getArticleDetail({ db, id: found.id })!;
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
                  <Link
                    key={seg.start}
                    href={seg.span.href}
                    className={`rounded-sm px-0.5 ${seg.span.status === "confirmed" ? "bg-amber-200" : "bg-amber-100 underline decoration-dotted"}`}
                    title={`${KIND_LABELS[seg.span.kind].en}: ${seg.span.nameEn} (${seg.span.status})`}
                    data-testid="mention"
                  >
                    {seg.text}
                  </Link>
                ) : (
                  <span key={seg.start}>{seg.text}</span>
                ),
              )}
            </p>
          ))}
        </div>
      </div>
      <aside className="space-y-6">
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
