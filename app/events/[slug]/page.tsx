import { cookies } from "next/headers";
import Link from "@/app/_components/locale-link";
import { notFound, permanentRedirect } from "next/navigation";
import { cache } from "react";
import { BilingualName } from "@/app/_components/bilingual-name";
import { PartialDateLabel } from "@/app/_components/partial-date-label";
import { RelationList, type RelationListRow } from "@/app/_components/relation-list";
import { CountryName } from "@/app/timeline/_components/timeline-links";
import { getDb } from "@/db";
import { findEntityByKey, getEntityCore } from "@/db/queries/entities";
import { listItemEvidence, listItemRelations, type ItemRelation } from "@/db/queries/timeline";
import { requireRole } from "@/lib/auth/require-role";
import { getLocale, getTranslations } from "next-intl/server";
import { entityPath } from "@/lib/urls/entity-url";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { chineseForLocale, pickNames } from "@/lib/i18n/content-language";
import { EnglishOnlyMark } from "@/app/_components/english-only-mark";
import { entityMetadata } from "@/app/_components/entity-detail-page";
import { describeTimelineKind } from "@/lib/timeline/describe-timeline-kind";
import { buildTimelineQuery, NO_FILTERS } from "@/lib/timeline-query/timeline-filters";
import { SourceList } from "@/app/_components/source-list";
import { ParticipationNotes } from "@/app/_components/participation-notes";
import { BilingualDescription } from "@/app/_components/bilingual-description";
import { TranslatedMark } from "@/app/_components/translated-mark";
import { getParticipation, getSourceInfo, type SourceInfo } from "@/db/queries/content";
import { listsWorthNoting } from "@/lib/participation/completeness";

/** Shared by the metadata and the page: one lookup per request. */
const findEvent = cache((key: string) => findEntityByKey({ db: getDb(), kind: "event", key }));

export async function generateMetadata(props: PageProps<"/events/[slug]">) {
  return entityMetadata({ kind: "event", keyParam: (await props.params).slug });
}

/** Event relations as rows of the shared relation list (countries with their flag). */
function toRows(rows: ItemRelation[], sourceInfo: Map<string, SourceInfo>, locale: Locale): RelationListRow[] {
  return rows.map((r) => ({
    sourceQuality: r.sourceUrl ? sourceInfo.get(r.sourceUrl)?.quality : null,
    id: r.id,
    href: entityPath(r),
    name:
      r.kind === "country" ? (
        <CountryName iso2={r.iso2} nameEn={r.nameEn} nameZh={chineseForLocale({ text: r.nameZh, locale })} />
      ) : (
        <BilingualName nameEn={r.nameEn} nameZh={r.nameZh} />
      ),
    role: r.role,
    direction: r.direction,
    status: r.status,
    note: r.note,
    sourceUrl: r.sourceUrl,
  }));
}

/** An event: when and where, who took part in which role, what it belongs to, and the article sentences reporting it. */
export default async function EventPage(props: PageProps<"/events/[slug]">) {
  const { slug } = await props.params;
  const key = slug;
  const db = getDb();
  const entity = findEvent(key);
  if (!entity || entity.status === "rejected") notFound();
  // a guess from ingestion is visible to editors only, until one accepts it
  if (entity.status === "proposed" && !(await requireRole({ cookies: await cookies(), role: "editor" })).ok) notFound();
  const canonical = entityPath(entity);
  if (canonical !== `/events/${encodeURIComponent(key)}`) permanentRedirect(canonical);
  // Names and sources only: this page lists relations and evidence the timeline way (below), not getEntityDetail's.
  const detail = getEntityCore({ db, id: entity.id })!;
  const relationRows = listItemRelations({ db, id: entity.id });
  const evidence = listItemEvidence({ db, id: entity.id });
  const e = detail.entity;
  const kind = describeTimelineKind({ kind: "event", subtype: e.subtype });
  const sourceInfo = getSourceInfo({ db, urls: [...detail.sources.map((s) => s.url), ...relationRows.map((r) => r.sourceUrl)] });
  const participation = listsWorthNoting(getParticipation({ db, entityId: entity.id }));
  const year = e.date?.slice(0, 4);
  const t = await getTranslations();
  const rawLocale = await getLocale();
  const locale = isLocale(rawLocale) ? rawLocale : "en";
  const byKind = (k: string) =>
    toRows(
      relationRows.filter((r) => r.kind === k),
      sourceInfo,
      locale,
    );
  const names = pickNames({ nameEn: e.nameEn, nameZh: e.nameZh, locale });
  const zhLang = locale === "zh-hant" ? "zh-Hant" : "zh-Hans";
  const zhNameIsTranslated = e.nameZhProvenance === "translated";

  return (
    <article className="space-y-6" data-testid="entity-detail">
      <header className="space-y-1">
        <p className="text-sm uppercase tracking-wide text-slate-500">
          {locale === "en" ? (
            <>
              {kind.en} <span lang="zh-Hans">{kind.zh}</span>
            </>
          ) : (
            <>
              {t("kinds.event.one")}
              {e.subtype && e.subtype !== "event" ? <span lang="en"> · {e.subtype.replace(/[-_]+/g, " ")}</span> : null}
            </>
          )}
          {e.status === "proposed" ? <span className="ml-2 rounded bg-amber-100 px-1.5 normal-case text-amber-800">{t("entity.proposed")}</span> : null}
        </p>
        <h1 className="text-2xl font-semibold" data-testid="entity-name" lang={names.primary.lang === "zh" ? zhLang : locale === "en" ? undefined : "en"}>
          {names.primary.text}
          {names.primary.lang === "zh" && zhNameIsTranslated ? <TranslatedMark /> : null}
          {names.fallback ? <EnglishOnlyMark label={t("content.englishOnly")} /> : null}
        </h1>
        {names.secondary ? (
          <p className="text-xl text-slate-600">
            <span lang={names.secondary.lang === "zh" ? zhLang : "en"} data-testid="entity-name-zh">
              {names.secondary.text}
            </span>
            {names.secondary.lang === "zh" && zhNameIsTranslated ? <TranslatedMark /> : null}
          </p>
        ) : null}
        <p className="flex flex-wrap gap-x-4 text-slate-700">
          {e.date ? (
            <span data-testid="event-date">
              <PartialDateLabel date={e.date} endDate={e.endDate} />
            </span>
          ) : (
            <span className="text-slate-500">{t("event.dateUnknown")}</span>
          )}
          {e.location ? <span data-testid="event-location">{e.location}</span> : null}
        </p>
        <BilingualDescription description={e.description} descriptionZh={e.descriptionZh} provenance={e.descriptionZhProvenance} locale={locale} />
        {year ? (
          <p className="text-sm">
            <Link
              href={`/timeline${buildTimelineQuery({ filters: { ...NO_FILTERS, from: year, to: year } })}#year-${year}`}
              className="text-brand-700 hover:underline"
              data-testid="event-timeline-link"
            >
              {t("event.seeYear", { year })}
            </Link>
          </p>
        ) : null}
      </header>

      {detail.aliases.length ? (
        <section>
          <h2 className="mb-1 text-sm font-medium text-slate-500">{t("entity.aliases")}</h2>
          <ul className="flex flex-wrap gap-2 text-sm" data-testid="aliases">
            {detail.aliases.map((a) => (
              <li key={a.id} lang={a.language ?? undefined} className="rounded-full border border-slate-200 bg-white px-2 py-0.5">
                {a.alias}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section className="space-y-3">
        <h2 className="text-lg font-semibold">{t("event.participants")}</h2>
        <ParticipationNotes participation={participation} />
        {relationRows.length ? (
          <div className="grid gap-3 md:grid-cols-2">
            <RelationList title={t("kinds.country.other")} rows={byKind("country")} testId="event-countries" />
            <RelationList title={t("kinds.organisation.other")} rows={byKind("organisation")} testId="event-organisations" />
            <RelationList title={t("kinds.initiative.other")} rows={byKind("initiative")} testId="event-initiatives" />
            <RelationList title={t("kinds.resolution.other")} rows={byKind("resolution")} testId="event-resolutions" />
            <RelationList title={t("event.relatedEvents")} rows={byKind("event")} testId="event-events" />
          </div>
        ) : (
          <p className="text-sm text-slate-500">{t("event.noParticipants")}</p>
        )}
      </section>

      <section className="space-y-2" id="evidence" aria-labelledby="evidence-heading">
        <h2 id="evidence-heading" className="text-lg font-semibold">
          {t("entity.evidence")}
        </h2>
        {evidence.length ? (
          <ul className="space-y-2">
            {evidence.map((m, i) => (
              <li key={i} className="rounded-lg border border-slate-200 bg-white p-3 text-sm" data-testid="evidence">
                <blockquote lang={m.articleLanguage} className="text-slate-800" data-testid="evidence-sentence">
                  “{m.evidence}”
                </blockquote>
                <p className="mt-1 flex flex-wrap gap-x-2 text-xs text-slate-500">
                  <Link href={`/articles/${encodeURIComponent(m.articleSlug)}`} lang={m.articleLanguage} className="text-brand-700 hover:underline" data-testid="evidence-article">
                    {m.articleTitle}
                  </Link>
                  {m.publisher ? <span>{m.publisher}</span> : null}
                  {m.publishedAt ? <PartialDateLabel date={m.publishedAt.slice(0, 10)} /> : null}
                  <span>{m.source === "event" ? t("event.reportsIt") : t("event.mentionsIt")}</span>
                  {m.status === "suggested" ? <span className="text-amber-700">{t("entity.suggestedLink")}</span> : null}
                </p>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-slate-500">{t("event.noEvidence")}</p>
        )}
      </section>

      <SourceList sources={detail.sources.map((s) => ({ ...s, ...(s.url ? sourceInfo.get(s.url) : { quality: "news" as const }) }))} />
    </article>
  );
}
