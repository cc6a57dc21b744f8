import { cookies } from "next/headers";
import Link from "@/app/_components/locale-link";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { explainMention, keepVisibleLinks } from "@/lib/articles/keep-visible-links";
import { findArticleBySlug, getArticleDetail } from "@/db/queries/articles";
import { BilingualName } from "@/app/_components/bilingual-name";
import { PartialDateLabel } from "@/app/_components/partial-date-label";
import { paginateArticle } from "@/lib/articles/paginate-article";
import { segmentText, splitParagraphs } from "@/lib/articles/segment-text";
import { requireRole } from "@/lib/auth/require-role";
import { NextIntlClientProvider } from "next-intl";
import { pickClientMessages, WHY_POPOVER_MESSAGES } from "@/app/_lib/client-messages";
import { getMessages, getTranslations } from "next-intl/server";
import { entityPath } from "@/lib/urls/entity-url";
import { WhyPopover } from "./why-popover";

/** The side list of linked entities is bounded like the body (see lib/articles/paginate-article.ts). */
const MAX_LINKED_SHOWN = 200;

/** The tab's title: the article's own title (in its own language, as published). */
export async function generateMetadata(props: PageProps<"/articles/[slug]">) {
  const found = findArticleBySlug({ db: getDb(), slug: (await props.params).slug });
  return { title: found?.title ?? (await getTranslations())("kinds.article.one") };
}

export default async function ArticlePage(props: PageProps<"/articles/[slug]">) {
  const { slug } = await props.params;
  const pageParam = (await props.searchParams).page;
  const db = getDb();
  const found = findArticleBySlug({ db, slug: slug });
  if (!found) notFound();
  const detail = getArticleDetail({ db, id: found.id })!;
  // entities ingestion only proposed are shown to editors alone, until one accepts them
  const editor = (await requireRole({ cookies: await cookies(), role: "editor", db })).ok;
  const { article, copyOf, copies } = detail;
  const { mentions, events, relations: statements } = keepVisibleLinks({ detail, includeProposed: editor });
  const whyOf = explainMention;
  const paragraphs = splitParagraphs(article.body);
  const pages = paginateArticle({ body: article.body, paragraphStarts: paragraphs.map((p) => p.start), mentions });
  const pageNumber = Math.min(Math.max(1, Number.parseInt(String(Array.isArray(pageParam) ? pageParam[0] : (pageParam ?? "1")), 10) || 1), pages.length);
  const range = pages[pageNumber - 1];
  // The paragraphs of this page, cut to its range, with the mentions inside it.
  const shown = paragraphs
    .map((p) => ({ start: Math.max(p.start, range.start), end: Math.min(p.start + p.text.length, range.end) }))
    .filter((p) => p.end > p.start)
    .map((p) => ({ start: p.start, text: article.body.slice(p.start, p.end) }));
  const spans = mentions.filter((m) => m.start >= range.start && m.end <= range.end).map((m) => ({ ...m, href: entityPath(m) }));
  const linked = new Map<number, (typeof mentions)[number]>();
  for (const m of mentions) if (!linked.has(m.entityId)) linked.set(m.entityId, m);
  const pageEvents = pages.length === 1 ? events : events.filter((ev) => ev.evidenceStart >= range.start && ev.evidenceStart < range.end);
  const pageHref = (n: number) => `/articles/${encodeURIComponent(article.slug)}${n > 1 ? `?page=${n}` : ""}`;
  const published = article.publishedAt ? new Date(article.publishedAt) : null;
  const t = await getTranslations();
  // the "why" popovers are client components: they get only their own section of the catalogue
  const whyMessages = pickClientMessages({ messages: await getMessages(), scope: WHY_POPOVER_MESSAGES });
  const statusLabel = (status: string) => (t.has(`article.status.${status}`) ? t(`article.status.${status}`) : status);
  const roleLabel = (role: string) => (t.has(`roles.outgoing.${role}`) ? t(`roles.outgoing.${role}`) : role);

  return (
    <NextIntlClientProvider messages={whyMessages}>
      <article className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]" data-testid="article-detail">
        <div className="space-y-4">
          <header className="space-y-1">
            <h1 lang={article.language} className="text-2xl font-semibold" data-testid="article-title">
              {article.title}
            </h1>
            <p className="text-sm text-slate-600">
              <span lang={article.language}>{article.publisher}</span>
              {published && !Number.isNaN(published.getTime()) ? (
                <time dateTime={article.publishedAt!} className="ml-2">
                  {article.publishedAt!.length > 10 ? (
                    <>
                      <PartialDateLabel date={article.publishedAt!.slice(0, 10)} />
                      {` ${article.publishedAt!.slice(11, 16)} (UTC${article.publishedAt!.slice(-6)})`}
                    </>
                  ) : (
                    <PartialDateLabel date={article.publishedAt} />
                  )}
                </time>
              ) : null}
              {article.url ? (
                <a href={article.url} className="ml-2 text-brand-700 hover:underline" rel="noopener noreferrer nofollow" target="_blank">
                  {t("article.original")}
                </a>
              ) : null}
            </p>
            {copyOf ? (
              <p className="text-sm text-slate-700" data-testid="article-copy-of">
                {t("article.reprintOf")}{" "}
                <Link href={`/articles/${encodeURIComponent(copyOf.slug)}`} className="text-brand-700 underline">
                  {copyOf.title}
                </Link>
                {copyOf.publisher ? <> ({copyOf.publisher})</> : null}
                {t("article.reprintCounted")}
              </p>
            ) : null}
            {copies.length > 0 ? (
              <p className="text-sm text-slate-700" data-testid="article-also-published">
                {t("article.alsoPublishedBy")}{" "}
                {copies.map((c, i) => (
                  <span key={c.slug}>
                    {i > 0 ? ", " : null}
                    <Link href={`/articles/${encodeURIComponent(c.slug)}`} className="text-brand-700 underline">
                      {c.publisher ?? (c.url ? new URL(c.url).hostname : c.title)}
                    </Link>
                  </span>
                ))}
              </p>
            ) : null}
          </header>
          <div lang={article.language} className="space-y-4 leading-relaxed text-slate-800" data-testid="article-body">
            {shown.map((p) => (
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
                        title={`${t(`kinds.${seg.span.kind}.one`)}: ${seg.span.nameEn} (${statusLabel(seg.span.status)})`}
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
          {pages.length > 1 ? (
            <nav aria-label={t("article.pages")} className="flex items-center gap-4 text-sm" data-testid="article-pages">
              {pageNumber > 1 ? (
                <Link href={pageHref(pageNumber - 1)} className="text-brand-700 underline" data-testid="article-page-previous">
                  {t("timeline.previous")}
                </Link>
              ) : null}
              <span data-testid="article-page-status">{t("article.pageOf", { page: pageNumber, pages: pages.length })}</span>
              {pageNumber < pages.length ? (
                <Link href={pageHref(pageNumber + 1)} className="text-brand-700 underline" data-testid="article-page-next">
                  {t("timeline.next")}
                </Link>
              ) : null}
            </nav>
          ) : null}
        </div>
        <aside className="space-y-6">
          <section aria-label={t("article.legendTitle")} className="text-xs text-slate-600" data-testid="mention-legend">
            <h2 className="mb-1 font-semibold text-slate-800">{t("article.legendTitle")}</h2>
            <p>
              <span className="rounded-sm bg-amber-200 px-1">&nbsp;</span> {t("article.legendConfirmed")}
            </p>
            <p>
              <span className="rounded-sm bg-amber-100 px-1 underline decoration-dotted">&nbsp;</span> {t("article.legendSuggested")}
            </p>
          </section>
          {statements.length ? (
            <section>
              <h2 className="mb-1 font-semibold">{t("article.statements")}</h2>
              <p className="mb-2 text-xs text-slate-600">{t("article.statementsNote")}</p>
              <ul className="space-y-2 text-sm" data-testid="article-relations">
                {statements.map((r) => (
                  <li key={r.id} data-testid="article-relation" data-status={r.status}>
                    <Link href={entityPath({ kind: r.subjectKind, slug: r.subjectSlug, iso3: r.subjectIso3 })} className="text-brand-700 hover:underline">
                      {r.subjectName}
                    </Link>{" "}
                    <span className="text-slate-600">{roleLabel(r.role)}</span>{" "}
                    <Link href={entityPath({ kind: r.objectKind, slug: r.objectSlug, iso3: r.objectIso3 })} className="text-brand-700 hover:underline">
                      {r.objectName}
                    </Link>{" "}
                    <span className={`rounded px-1 text-xs ${r.status === "confirmed" ? "bg-amber-200" : "bg-amber-100"}`}>{statusLabel(r.status)}</span>
                    {r.why ? <WhyPopover why={r.why} name={`${r.subjectName} ${roleLabel(r.role)} ${r.objectName}`} /> : null}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          <section>
            <h2 className="mb-2 font-semibold">{t("article.linked")}</h2>
            <ul className="space-y-1 text-sm" data-testid="linked-entities">
              {[...linked.values()].slice(0, MAX_LINKED_SHOWN).map((m) => (
                <li key={m.entityId}>
                  <span className="mr-1 text-xs uppercase text-slate-500">{t(`kinds.${m.kind}.one`)}</span>
                  <Link href={entityPath(m)} className="text-brand-700 hover:underline">
                    <BilingualName nameEn={m.nameEn} nameZh={m.nameZh} />
                  </Link>
                  {m.entityStatus === "proposed" ? <span className="ml-1 text-xs text-amber-700">{t("article.status.proposed")}</span> : null}
                </li>
              ))}
            </ul>
            {linked.size > MAX_LINKED_SHOWN ? <p className="mt-1 text-sm text-slate-600">{t("common.andMore", { count: linked.size - MAX_LINKED_SHOWN })}</p> : null}
          </section>
          {pageEvents.length ? (
            <section>
              <h2 className="mb-2 font-semibold">{t("article.events")}</h2>
              <ul className="space-y-3 text-sm" data-testid="article-events">
                {pageEvents.map((ev) => (
                  <li key={ev.id}>
                    <Link href={`/events/${encodeURIComponent(ev.slug)}`} className="text-brand-700 hover:underline">
                      <BilingualName nameEn={ev.nameEn} nameZh={ev.nameZh} />
                    </Link>{" "}
                    <span className="text-slate-500">
                      <PartialDateLabel date={ev.date} />
                    </span>
                    <blockquote lang={article.language} className="mt-1 border-l-2 border-amber-300 pl-2 text-slate-700">
                      {ev.evidence}
                    </blockquote>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </aside>
      </article>
    </NextIntlClientProvider>
  );
}
