import { FollowLinks } from "@/app/_components/follow-links";
import { cookies } from "next/headers";
import Link from "@/app/_components/locale-link";
import { notFound, permanentRedirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { getDb } from "@/db";
import { findEntityByKey, getEntityDetail, type EntityRelationView } from "@/db/queries/entities";
import { INSTITUTION_ALIAS_TYPE, type EntityKind } from "@/db/schema";
import { requireRole } from "@/lib/auth/require-role";
import { listsWorthNoting } from "@/lib/participation/completeness";
import { loadEntityContent, resolutionDocumentUrl } from "@/lib/entities/load-entity-content";
import { ParticipationNotes } from "./participation-notes";
import { BilingualDescription } from "@/app/_components/bilingual-description";
import { TranslatedMark } from "./translated-mark";
import { VoteSection } from "./vote-section";
import { entityPath } from "@/lib/urls/entity-url";
import { isLocale } from "@/lib/i18n/locales";
import { guessTextLang, pickNames } from "@/lib/i18n/content-language";
import { BilingualName, EnglishOnlyMark } from "./bilingual-name";
import { PartialDateLabel } from "./partial-date-label";
import { RelationList } from "./relation-list";
import { SourceList } from "./source-list";

/** The page's <title>: the entity's name in the page's language, the other language beside it. */
export async function entityMetadata({ kind, keyParam }: { kind: EntityKind; keyParam: string }): Promise<{ title: string }> {
  const t = await getTranslations();
  const entity = findEntityByKey({ db: getDb(), kind, key: keyParam });
  if (!entity || entity.status !== "confirmed") return { title: t(`kinds.${kind}.one`) };
  const rawLocale = await getLocale();
  const names = pickNames({ nameEn: entity.nameEn, nameZh: entity.nameZh, locale: isLocale(rawLocale) ? rawLocale : "en" });
  return { title: names.secondary ? `${names.primary.text} ${names.secondary.text}` : names.primary.text };
}

/** The shared page for one entity of any kind: names, facts, relations by kind, evidence and sources. */
export async function EntityDetailPage({ kind, keyParam, basePath }: { kind: EntityKind; keyParam: string; basePath: string }) {
  const key = keyParam;
  const db = getDb();
  const entity = findEntityByKey({ db, kind, key });
  if (!entity || entity.status === "rejected") notFound();
  // a guess from ingestion is visible to editors only, until one accepts it
  if (entity.status === "proposed" && !(await requireRole({ cookies: await cookies(), role: "editor", db })).ok) notFound();
  const canonical = entityPath(entity);
  if (canonical !== `${basePath}/${encodeURIComponent(key)}`) permanentRedirect(canonical);
  const detail = getEntityDetail({ db, id: entity.id })!;
  const e = detail.entity;
  const content = loadEntityContent({ db, detail });
  const documentUrl = e.kind === "resolution" ? resolutionDocumentUrl(e) : null;
  const byKind = new Map<string, EntityRelationView[]>();
  for (const r of detail.relations) (byKind.get(r.other.kind) ?? byKind.set(r.other.kind, []).get(r.other.kind)!).push(r);
  const t = await getTranslations();
  const rawLocale = await getLocale();
  const locale = isLocale(rawLocale) ? rawLocale : "en";
  const names = pickNames({ nameEn: e.nameEn, nameZh: e.nameZh, locale });
  const zhLang = locale === "zh-hant" ? "zh-Hant" : "zh-Hans";
  // stored values in English (a body, a place, a subtype) carry their language on a Chinese page
  const stored = (key: string, text: string) => (
    <span key={key} lang={locale !== "en" ? guessTextLang(text) : undefined}>
      {text}
    </span>
  );
  const facts: [string, React.ReactNode][] = [];
  // an institution that acts for the body is linked like a name but is not one of its names
  const otherNames = detail.aliases.filter((a) => a.aliasType !== INSTITUTION_ALIAS_TYPE);
  const institutions = detail.aliases.filter((a) => a.aliasType === INSTITUTION_ALIAS_TYPE);
  if (e.date) facts.push([t("entity.date"), <PartialDateLabel key="d" date={e.date} endDate={e.endDate} />]);
  if (e.symbol) facts.push([t("entity.symbol"), e.symbol]);
  if (documentUrl)
    facts.push([
      t("entity.unDocument"),
      <a key="doc" href={documentUrl} className="text-brand-700 hover:underline" rel="noopener noreferrer nofollow" target="_blank" data-testid="document-url">
        {documentUrl}
      </a>,
    ]);
  if (e.draftSymbol) facts.push([t("entity.draft"), e.draftSymbol]);
  if (e.undlUrl)
    facts.push([
      t("entity.undl"),
      <a key="undl" href={e.undlUrl} className="text-brand-700 hover:underline" rel="noopener noreferrer nofollow" target="_blank" data-testid="undl-url">
        {e.undlUrl}
      </a>,
    ]);
  if (e.unBody) facts.push([t("entity.body"), e.session ? t("entity.session", { body: e.unBody, session: e.session }) : stored("body", e.unBody)]);
  if (e.adoptionMethod) facts.push([t("entity.adoptedBy"), e.adoptionMethod === "consensus" ? t("entity.consensus") : `${t("entity.vote")}${e.vote ? ` (${e.vote})` : ""}`]);
  if (e.iso3) facts.push([t("entity.iso"), `${e.iso2} / ${e.iso3}`]);
  if (e.kind === "country") facts.push([t("entity.unMember"), e.unMember ? t("entity.yes") : t("entity.no")]);
  if (e.location) facts.push([t("entity.location"), stored("location", e.location)]);
  if (e.subtype) facts.push([t("entity.type"), stored("subtype", e.subtype)]);
  // The description in the page's language when the atlas has it (its own translations carry the mark).
  const zhNameIsTranslated = e.nameZhProvenance === "translated";

  return (
    <article className="space-y-6" data-testid="entity-detail">
      <header className="space-y-1">
        <p className="text-sm uppercase tracking-wide text-slate-500">
          {t(`kinds.${e.kind}.one`)}
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
        <BilingualDescription description={e.description} descriptionZh={e.descriptionZh} provenance={e.descriptionZhProvenance} locale={locale} />
        {e.kind === "initiative" || e.kind === "resolution" || e.kind === "organisation" ? (
          <FollowLinks query={new URLSearchParams({ [e.kind]: e.slug }).toString()} label={names.primary.text} />
        ) : null}
      </header>
      {facts.length ? (
        <dl className="grid max-w-2xl grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
          {facts.map(([k, v]) => (
            <div key={k} className="contents">
              <dt className="text-slate-500">{k}</dt>
              <dd>{v}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      <AliasList heading={t("entity.aliases")} aliases={otherNames} testId="aliases" />
      <AliasList heading={t("entity.institutionAliases")} aliases={institutions} testId="institution-aliases" dashed />
      {e.kind === "resolution" && content.votes ? <VoteSection symbol={e.symbol} votes={content.votes} sourceInfo={content.sourceInfo} /> : null}
      {byKind.size ? (
        <section className="space-y-3">
          <h2 className="text-lg font-semibold">{t("entity.relations")}</h2>
          <ParticipationNotes participation={listsWorthNoting(content.participation)} />
          <div className="grid gap-3 md:grid-cols-2">
            {[...byKind.entries()].map(([k, rows]) => (
              <RelationList
                key={k}
                title={t(`kinds.${k as EntityKind}.other`)}
                rows={rows.map((r) => ({
                  ...r,
                  sourceQuality: r.sourceUrl ? content.sourceInfo.get(r.sourceUrl)?.quality : null,
                  href: entityPath(r.other),
                  name: <BilingualName nameEn={r.other.nameEn} nameZh={r.other.nameZh} />,
                  date: <PartialDateLabel date={r.date ?? r.other.date} />,
                }))}
              />
            ))}
          </div>
        </section>
      ) : (
        <p className="text-sm text-slate-500">
          {t("entity.noRelations")}{" "}
          <Link className="text-brand-700 hover:underline" href={`/search?q=${encodeURIComponent(e.nameEn)}`}>
            {t("entity.searchFor", { name: e.nameEn })}
          </Link>
        </p>
      )}
      {detail.eventEvidence.length || detail.mentions.length ? (
        <section className="space-y-2">
          <h2 className="text-lg font-semibold">{t("entity.evidence")}</h2>
          <ul className="space-y-2">
            {[...detail.eventEvidence, ...detail.mentions].map((m, i) => (
              <li key={i} className="rounded-lg border border-slate-200 bg-white p-3 text-sm" data-testid="evidence">
                <blockquote lang="zh" className="text-slate-800">
                  “{m.evidence}”
                </blockquote>
                <Link href={`/articles/${encodeURIComponent(m.articleSlug)}`} className="mt-1 inline-block text-xs text-brand-700 hover:underline">
                  {m.articleTitle}
                </Link>
                {m.status === "suggested" ? <span className="ml-2 text-xs text-amber-700">{t("entity.suggestedLink")}</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <SourceList sources={detail.sources.map((s) => ({ ...s, ...(s.url ? content.sourceInfo.get(s.url) : { quality: "news" as const }) }))} />
    </article>
  );
}

/** One list of an entity's aliases under its heading (nothing when the list is empty). */
function AliasList({
  heading,
  aliases,
  testId,
  dashed = false,
}: {
  heading: string;
  aliases: { id: number; alias: string; language: string | null }[];
  testId: string;
  /** (an institution's name is drawn apart from the entity's own names) */
  dashed?: boolean;
}) {
  if (!aliases.length) return null;
  return (
    <section>
      <h2 className="mb-1 text-sm font-medium text-slate-500">{heading}</h2>
      <ul className="flex flex-wrap gap-2 text-sm" data-testid={testId}>
        {aliases.map((a) => (
          <li key={a.id} lang={a.language ?? undefined} className={`rounded-full border bg-white px-2 py-0.5 ${dashed ? "border-dashed border-slate-300" : "border-slate-200"}`}>
            {a.alias}
          </li>
        ))}
      </ul>
    </section>
  );
}
