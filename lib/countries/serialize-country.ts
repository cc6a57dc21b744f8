import type { CountryCountsRow } from "@/db/queries/countries";
import type { Entity } from "@/db/schema";
import { precisionOf } from "@/lib/dates/partial-date";
import { entityPath } from "@/lib/urls/entity-url";
import type { ParticipationItem } from "./group-participations";
import type { CountryProfile } from "./load-country-profile";

const dated = (date: string | null) => (date ? { date, datePrecision: precisionOf(date) } : { date: null });

const entityRef = (e: ParticipationItem["entity"]) => ({
  kind: e.kind,
  slug: e.slug,
  url: entityPath(e),
  name: e.nameEn,
  nameZh: e.nameZh,
  ...(e.symbol ? { symbol: e.symbol } : {}),
});

/** GET /api/countries: counts per country. */
export function serializeCountryCounts({ rows, selection }: { rows: CountryCountsRow[]; selection: { kind: string; slug: string; name: string } | null }) {
  return {
    selection,
    countries: rows.map((r) => ({
      iso3: r.iso3,
      iso2: r.iso2,
      name: r.nameEn,
      nameZh: r.nameZh,
      url: `/countries/${r.iso3}`,
      total: r.total,
      byKind: r.byKind,
      byRole: r.byRole,
      articles: r.articles,
      ...(selection ? { selectionRoles: r.selectionRoles, viaParts: r.viaParts } : {}),
    })),
  };
}

/** GET /api/countries/{iso3}: the full participation of one country. */
export function serializeCountryProfile({ country, profile }: { country: Entity; profile: CountryProfile }) {
  return {
    iso3: country.iso3,
    iso2: country.iso2,
    url: entityPath(country),
    name: country.nameEn,
    nameZh: country.nameZh,
    names: { en: country.nameEn, zh: country.nameZh },
    unMember: country.unMember,
    counts: { total: profile.total, articles: profile.mentions.length },
    participations: profile.items.map((i) => ({
      role: i.role,
      entity: entityRef(i.entity),
      ...dated(i.date),
      evidence: i.evidence.map((e) =>
        e.type === "sentence"
          ? { sentence: e.sentence, article: e.article ? { slug: e.article.slug, title: e.article.title, url: `/articles/${e.article.slug}` } : null, source: e.sourceUrl }
          : { source: e.url, ofEntity: e.ofEntity },
      ),
    })),
    memberships: profile.memberships.map((m) => ({ entity: entityRef(m.entity), roles: m.roles, ...dated(m.date) })),
    events: profile.timeline.flatMap((y) => y.events.map((e) => ({ entity: entityRef(e.entity), roles: e.roles, ...dated(e.date) }))),
    mentions: profile.mentions.map((m) => ({
      article: m.slug,
      title: m.title,
      url: `/articles/${m.slug}`,
      publishedAt: m.publishedAt,
      evidence: m.evidence,
      confirmed: m.confirmed,
    })),
    counterparts: profile.counterparts.map((c) => ({ iso3: c.iso3, name: c.nameEn, nameZh: c.nameZh, shared: c.shared })),
    /** Reported refusals ("did not sign"), never counted in participation. */
    refusals: profile.refusals.map((r) => ({ kind: r.kind, slug: r.slug, name: r.nameEn, nameZh: r.nameZh, role: r.role, source: r.sourceUrl })),
  };
}
