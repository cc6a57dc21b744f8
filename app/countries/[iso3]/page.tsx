import type { Metadata } from "next";
import { FollowLinks } from "@/app/_components/follow-links";
import Link from "@/app/_components/locale-link";
import { notFound, permanentRedirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { EnglishOnlyMark } from "@/app/_components/english-only-mark";
import { pickNames, withNameZhForLocale } from "@/lib/i18n/content-language";
import { isLocale } from "@/lib/i18n/locales";
import { cache } from "react";
import { BilingualName } from "@/app/_components/bilingual-name";
import { PartialDateLabel } from "@/app/_components/partial-date-label";
import { getDb } from "@/db";
import { findEntityByKey } from "@/db/queries/entities";
import { iso3Schema } from "@/lib/countries/country-params";
import { keepLatestEvents } from "@/lib/countries/group-participations";
import { loadCountryProfile } from "@/lib/countries/load-country-profile";
import { entityPath } from "@/lib/urls/entity-url";
import { getCountryVotes } from "@/db/queries/content";
import { CountryVotes } from "../_components/country-votes";
import { CountryYearEvents, RelationItems } from "../_components/country-lists";

/** Items listed per role and kind, and events on the mini timeline: the full lists are on the paginated timeline. */
const ITEMS_PER_KIND = 12;
const LATEST_EVENTS = 40;

/** Shared by the metadata and the page: one lookup per request. */
const findCountry = cache((raw: string) => {
  const parsed = iso3Schema.safeParse(raw);
  if (!parsed.success) return undefined;
  const country = findEntityByKey({ db: getDb(), kind: "country", key: parsed.data });
  return country && country.status !== "rejected" ? country : undefined;
});

export async function generateMetadata(props: PageProps<"/countries/[iso3]">): Promise<Metadata> {
  const country = findCountry((await props.params).iso3);
  const t = await getTranslations();
  if (!country) return { title: t("country.notFound") };
  const rawLocale = await getLocale();
  const names = pickNames({ nameEn: country.nameEn, nameZh: country.nameZh, locale: isLocale(rawLocale) ? rawLocale : "en" });
  // the page's language first, the other beside it (as on the page)
  return { title: names.secondary ? `${names.primary.text} ${names.secondary.text}` : names.primary.text };
}

export default async function CountryPage(props: PageProps<"/countries/[iso3]">) {
  const { iso3 } = await props.params;
  const country = findCountry(iso3);
  if (!country) notFound();
  if (iso3 !== country.iso3) permanentRedirect(entityPath(country));
  const profile = loadCountryProfile({ db: getDb(), countryId: country.id });
  const recent = keepLatestEvents({ years: profile.timeline, max: LATEST_EVENTS });
  const timelineHref = `/timeline?country=${country.iso3}`;
  const t = await getTranslations();
  const rawLocale = await getLocale();
  const locale = isLocale(rawLocale) ? rawLocale : "en";
  const names = pickNames({ nameEn: country.nameEn, nameZh: country.nameZh, locale });
  // the lists are client components: their Chinese names go in the page's script, converted here
  const inScript = <T extends { entity: { nameZh: string | null } }>(item: T): T => ({ ...item, entity: withNameZhForLocale({ row: item.entity, locale }) });
  const zhLang = locale === "zh-hant" ? "zh-Hant" : "zh-Hans";
  const name = names.primary.text;
  const roleLabel = (role: string) => (t.has(`roles.plain.${role}`) ? t(`roles.plain.${role}`) : role);
  const compareWith = [country.iso3, ...profile.counterparts.slice(0, 2).map((c) => c.iso3)].join(",");

  return (
    <article className="space-y-8" data-testid="country-page">
      <header className="space-y-1">
        <p className="text-sm uppercase tracking-wide text-slate-500">
          {t("kinds.country.one")} · {country.iso3}
          {country.unMember ? ` · ${t("country.unMember")}` : ""}
        </p>
        <h1 className="text-2xl font-semibold" data-testid="entity-name" lang={names.primary.lang === "zh" ? zhLang : locale === "en" ? undefined : "en"}>
          {name}
          {names.fallback ? <EnglishOnlyMark label={t("content.englishOnly")} /> : null}
        </h1>
        {names.secondary ? (
          <p lang={names.secondary.lang === "zh" ? zhLang : "en"} className="text-xl text-slate-600" data-testid="entity-name-zh">
            {names.secondary.text}
          </p>
        ) : null}
        <p className="text-sm text-slate-600" data-testid="country-summary">
          {t("country.summary", { total: profile.total, articles: profile.mentions.length })}{" "}
          <Link href="/countries" className="text-brand-700 hover:underline">
            {t("country.all")}
          </Link>{" "}
          ·{" "}
          <a href={`/api/countries/${country.iso3}`} className="text-slate-500 hover:underline">
            JSON
          </a>
        </p>
        <FollowLinks query={`country=${encodeURIComponent(country.iso3 ?? "")}`} label={name} />
      </header>

      {profile.items.length === 0 ? (
        <section className="rounded-lg border border-dashed border-slate-300 bg-white p-4 text-slate-700" data-testid="country-empty">
          <p>{t("country.empty", { name })}</p>
          <p className="mt-1">
            <Link href={`/search?q=${encodeURIComponent(country.nameEn)}`} className="text-brand-700 hover:underline" data-testid="country-search-link">
              {t("country.searchFor", { name })}
            </Link>
            {country.nameZh ? (
              <>
                {" · "}
                <Link href={`/search?q=${encodeURIComponent(country.nameZh)}`} lang="zh-Hans" className="text-brand-700 hover:underline">
                  {/* a search by the Chinese name, labelled in Chinese whatever the page's language */}
                  搜索 {country.nameZh}
                </Link>
              </>
            ) : null}
          </p>
        </section>
      ) : null}

      {profile.memberships.length ? (
        <section className="space-y-2" data-testid="memberships">
          <h2 className="text-lg font-semibold">{t("country.memberships")}</h2>
          <ul className="flex flex-wrap gap-2 text-sm">
            {profile.memberships.map((m) => (
              <li key={m.entity.id} className="rounded-lg border border-slate-200 bg-white px-3 py-1.5" data-testid="membership">
                <Link href={entityPath(m.entity)} className="text-brand-700 hover:underline">
                  <BilingualName nameEn={m.entity.nameEn} nameZh={m.entity.nameZh} />
                </Link>
                <span className="ml-2 text-xs text-slate-500">{m.roles.map(roleLabel).join(", ")}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {profile.byRole.length ? (
        <section className="space-y-3" data-testid="participations">
          <h2 className="text-lg font-semibold">{t("country.byRole")}</h2>
          <div className="grid gap-3 lg:grid-cols-2">
            {profile.byRole.map((group) => (
              <section key={group.role} className="rounded-lg border border-slate-200 bg-white p-4" data-testid="role-group" data-role={group.role}>
                <h3 className="mb-2 font-medium text-slate-800">
                  {t.has(`roles.outgoing.${group.role}`) ? t(`roles.outgoing.${group.role}`) : group.role} <span className="text-sm font-normal text-slate-500">{group.count}</span>
                </h3>
                {group.kinds.map((k) => (
                  <div key={k.kind} className="mb-2 last:mb-0">
                    <h4 className="text-xs uppercase tracking-wide text-slate-500">{t(`kinds.${k.kind}.other`)}</h4>
                    <RelationItems items={k.items.slice(0, ITEMS_PER_KIND).map(inScript)} />
                    {k.items.length > ITEMS_PER_KIND ? (
                      <p className="mt-1 text-sm text-slate-600" data-testid="role-group-more">
                        {t("country.andMore", { count: k.items.length - ITEMS_PER_KIND })}{" "}
                        <Link href={timelineHref} className="text-brand-700 hover:underline">
                          {t("country.seeAllOnTimeline")}
                        </Link>
                      </p>
                    ) : null}
                  </div>
                ))}
              </section>
            ))}
          </div>
        </section>
      ) : null}

      {profile.refusals.length ? (
        <section className="space-y-2" data-testid="country-refusals">
          <h2 className="text-lg font-semibold">{t("country.refusals")}</h2>
          <ul className="space-y-1 text-sm">
            {profile.refusals.map((r) => (
              <li key={`${r.id}:${r.role}`} className="flex flex-wrap items-baseline gap-x-2" data-testid="refusal">
                <Link href={entityPath(r)} className="text-brand-700 hover:underline">
                  <BilingualName nameEn={r.nameEn} nameZh={r.nameZh} />
                </Link>
                {r.sourceUrl ? (
                  <a href={r.sourceUrl} className="text-xs text-slate-500 hover:underline" rel="noopener noreferrer nofollow" target="_blank">
                    {t("entity.source")}
                  </a>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {profile.timeline.length ? (
        <section className="space-y-2" data-testid="country-timeline">
          <h2 className="text-lg font-semibold">{t("country.timeline")}</h2>
          {recent.omitted ? (
            <p className="text-sm text-slate-600" data-testid="country-timeline-more">
              {t("country.latestOf", { shown: LATEST_EVENTS, total: LATEST_EVENTS + recent.omitted })}{" "}
              <Link href={timelineHref} className="text-brand-700 hover:underline">
                {t("country.allOnTimeline")}
              </Link>
              {t("participation.end")}
            </p>
          ) : null}
          <ol className="relative space-y-3 border-l-2 border-brand-100 pl-4">
            {recent.years.map((year) => (
              <li key={year.year}>
                <h3 className="-ml-[1.45rem] mb-1 flex items-center gap-2 text-sm font-semibold text-slate-700">
                  <span aria-hidden className="inline-block h-2.5 w-2.5 rounded-full bg-brand-600" />
                  {year.year}
                </h3>
                <CountryYearEvents events={year.events.map(inScript)} />
              </li>
            ))}
          </ol>
        </section>
      ) : null}

      {profile.counterparts.length ? (
        <section className="space-y-2" data-testid="counterparts">
          <h2 className="text-lg font-semibold">{t("country.oftenWith")}</h2>
          <ul className="flex flex-wrap gap-2 text-sm">
            {profile.counterparts.map((c) => (
              <li key={c.id} className="rounded-full border border-slate-200 bg-white px-3 py-1" data-testid="counterpart">
                <Link href={`/countries/${c.iso3}`} className="text-brand-700 hover:underline">
                  <BilingualName nameEn={c.nameEn} nameZh={c.nameZh} />
                </Link>
                <span className="ml-1.5 text-xs text-slate-500">{t("country.shared", { count: c.shared })}</span>
                <Link href={`/compare?countries=${country.iso3},${c.iso3}`} className="ml-2 text-xs text-slate-500 hover:underline">
                  {t("country.compareOne")}
                </Link>
              </li>
            ))}
          </ul>
          <p className="text-sm">
            <Link href={`/compare?countries=${compareWith}`} className="text-brand-700 hover:underline" data-testid="compare-link">
              {t("country.compareClosest", { name })}
            </Link>
          </p>
        </section>
      ) : null}

      <CountryVotes votes={getCountryVotes({ db: getDb(), countryId: country.id })} />

      <section className="space-y-2" data-testid="country-mentions">
        <h2 className="text-lg font-semibold">{t("country.mentions", { name })}</h2>
        {profile.mentions.length ? (
          <ul className="space-y-2">
            {profile.mentions.map((m) => (
              <li key={m.id} className="rounded-lg border border-slate-200 bg-white p-3 text-sm" data-testid="country-mention">
                <Link href={`/articles/${encodeURIComponent(m.slug)}`} className="font-medium text-brand-700 hover:underline" lang={m.language}>
                  {m.title}
                </Link>
                <span className="ml-2 text-xs text-slate-500">
                  {m.publisher ? `${m.publisher} · ` : ""}
                  <PartialDateLabel date={m.publishedAt?.slice(0, 10)} />
                  {m.confirmed ? "" : ` · ${t("entity.suggestedLink")}`}
                </span>
                <blockquote lang={m.language} className="mt-1 text-slate-700">
                  “{m.evidence}”
                </blockquote>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-slate-500">
            {t("country.noMentions", { name })}{" "}
            <Link href={`/search?q=${encodeURIComponent(country.nameEn)}`} className="text-brand-700 hover:underline">
              {t("country.search")}
            </Link>
          </p>
        )}
      </section>
    </article>
  );
}
