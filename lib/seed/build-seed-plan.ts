/**
 * Turns the seed data in db/seed/data (reference facts, curated organisations, curation, country aliases,
 * UN membership) and the ISO 3166-1 country list into a SeedPlan. Pure and deterministic: the JSON files are
 * imported statically (bundled by Next/tsx), nothing is read from disk at run time. See db/seed/data/README.md.
 */
import countryCodes from "i18n-iso-countries";
import enLocale from "i18n-iso-countries/langs/en.json";
import zhLocale from "i18n-iso-countries/langs/zh.json";
import { z } from "zod";
import countryAliasesJson from "../../db/seed/data/country-aliases.json";
import curationJson from "../../db/seed/data/curation.json";
import organisationsJson from "../../db/seed/data/organisations.json";
import referenceJson from "../../db/seed/data/reference-facts.json";
import translationsJson from "../../db/seed/data/translations.json";
import unMembersJson from "../../db/seed/data/un-members.json";
import { LANGUAGES, RELATION_ROLES, type EntityKind, type RelationRole } from "../../db/schema";
import { isPartialDate, precisionOf } from "../dates/partial-date";
import { toReaderText } from "../content/reader-text";
import { mergeContentSources, undocsUrl, type ContentSources } from "./content-sources";
import type { SeedEntity, SeedParticipationList, SeedPlan, SeedRelation } from "./types";

// ---------------------------------------------------------------- data shapes (validated on every build)

const role = z.enum(RELATION_ROLES);
const aliasInput = z.object({
  alias: z.string().min(1),
  language: z.enum(LANGUAGES).nullable(),
  aliasType: z.string().min(1),
  linkable: z.boolean().optional(),
  /** Latin abbreviation to be linked only in exactly this case ("US", never "us"); kept as aliasType "abbreviation". */
  caseSensitive: z.boolean().optional(),
  sourceUrl: z.string().optional(),
});
const sourceInput = z.object({ url: z.string().url(), note: z.string().optional() });
const roleSpec = z.union([role, z.object({ role, note: z.string().optional(), sourceUrl: z.string().optional() })]);

const referenceEntry = z.object({
  id: z.string(),
  type: z.enum(["initiative", "resolution", "event", "organisation", "document"]),
  name_en: z.string(),
  name_zh: z.string().nullable(),
  aliases: z.array(z.string()),
  date: z.string().nullable(),
  date_precision: z.enum(["year", "month", "day"]).nullable(),
  end_date: z.string().nullable(),
  countries: z.array(z.string()),
  organisations: z.array(z.string()),
  symbol: z.string().nullable(),
  summary: z.string(),
  sources: z.array(z.string().url()).min(1),
});
type ReferenceEntry = z.infer<typeof referenceEntry>;

const curatedOrganisation = z.object({
  slug: z.string(),
  referenceId: z.string().optional(),
  nameEn: z.string(),
  nameZh: z.string().nullable(),
  subtype: z.string(),
  description: z.string(),
  partOf: z.string().optional(),
  aliases: z.array(aliasInput),
  sources: z.array(sourceInput).min(1),
});
type CuratedOrganisation = z.infer<typeof curatedOrganisation>;

const entryCuration = z.object({
  sourceUrl: z.string(),
  nameZh: z.object({ value: z.string(), sourceUrl: z.string(), note: z.string() }).optional(),
  aliases: z.array(aliasInput).optional(),
  location: z.string().optional(),
  resolution: z
    .object({
      unBody: z.string(),
      session: z.number().int(),
      adoptionMethod: z.enum(["vote", "consensus"]),
      vote: z.string().nullable().optional(),
      sourceUrl: z.string().optional(),
      note: z.string().optional(),
    })
    .optional(),
  defaultCountryRole: role.optional(),
  defaultOrganisationRole: role.optional(),
  countryRoles: z.record(z.string(), z.array(roleSpec)).optional(),
  organisationRoles: z.record(z.string(), roleSpec).optional(),
  countryNote: z.string().optional(),
  partialCountryList: z.string().optional(),
  dropCountries: z.object({ countries: z.array(z.string()), reason: z.string() }).optional(),
});
type EntryCuration = z.infer<typeof entryCuration>;

const curationFile = z.object({
  extraSources: z.record(z.string(), z.string()),
  subtypes: z.record(z.string(), z.string()),
  entries: z.record(z.string(), entryCuration),
  relations: z.array(z.object({ subject: z.string(), object: z.string(), role, sourceUrl: z.string(), note: z.string().optional() })),
});
const organisationsFile = z.object({
  organisations: z.array(curatedOrganisation),
  organisationNameToSlug: z.record(z.string(), z.string()),
});
const countryAliasesFile = z.object({
  sources: z.object({ zh: z.string().url(), en: z.string().url() }),
  countries: z.record(
    z.string(),
    z.object({
      nameEn: z.string().optional(),
      nameZh: z.string().optional(),
      excludeLibraryNames: z.array(z.string()).optional(),
      aliases: z.array(aliasInput),
    }),
  ),
});
const translationsFile = z.object({
  _about: z.string(),
  entities: z.record(z.string(), z.object({ nameZh: z.string().min(1).nullable(), descriptionZh: z.string().min(1) })),
});
const unMembersFile = z.object({ source: z.string().url(), members: z.array(z.string().length(3)).length(193) });

export const REFERENCE: ReferenceEntry[] = z.array(referenceEntry).parse(referenceJson);
const CURATION = curationFile.parse(curationJson);
const ORGANISATIONS = organisationsFile.parse(organisationsJson);
const COUNTRY_ALIASES = countryAliasesFile.parse(countryAliasesJson);
const UN_MEMBERS = unMembersFile.parse(unMembersJson);
const TRANSLATIONS = translationsFile.parse(translationsJson);

/** English name used in a reference `organisations` array → slug of the one organisation it stands for. */
export const ORGANISATION_NAME_TO_SLUG: Readonly<Record<string, string>> = ORGANISATIONS.organisationNameToSlug;

// ---------------------------------------------------------------- mapping rules

/** `document` entries (declarations, reports, laws…) become initiatives; the document kind goes to `subtype`. */
const KIND_BY_TYPE: Record<ReferenceEntry["type"], EntityKind> = {
  initiative: "initiative",
  resolution: "resolution",
  event: "event",
  organisation: "organisation",
  document: "initiative",
};
/** The role a country listed in a reference entry plays, by the entry's type (reference README). */
const COUNTRY_ROLE_BY_TYPE: Record<ReferenceEntry["type"], RelationRole> = {
  resolution: "co-sponsor",
  event: "participant",
  organisation: "member",
  document: "signatory",
  initiative: "participant",
};
const ORGANISATION_ROLE_BY_TYPE: Record<ReferenceEntry["type"], RelationRole> = {
  resolution: "adopted-by",
  event: "participant",
  organisation: "member",
  document: "signatory",
  initiative: "participant",
};
/** Roles read "entry → other" (the resolution is adopted by the UNGA); all others read "other → entry". */
const ENTRY_IS_SUBJECT = new Set<RelationRole>(["part-of", "adopted-by", "follow-up-of"]);
/** Codes in i18n-iso-countries that are not ISO 3166-1 assignments (XK: Kosovo, user-assigned). */
const NOT_ISO_3166_1 = new Set(["XK"]);
const ISO_SOURCE = { url: "https://www.iso.org/iso-3166-country-codes.html", note: "ISO 3166-1 codes" };
const LIBRARY_SOURCE = {
  url: "https://github.com/michaelwittig/node-i18n-iso-countries",
  note: "English and Chinese names (i18n-iso-countries)",
};

/**
 * Taiwan and Hong Kong usage (南韓, 肯亞, 紐西蘭, 義大利 …): Unicode CLDR's Traditional Chinese region names, which
 * the runtime ships (Intl.DisplayNames), so articles from Taipei and Hong Kong link their countries. Georgia's
 * Taiwanese name (喬治亞) is also the US state's, and 蒙古 is inside 內蒙古: both are left out.
 */
const CLDR_SOURCE = { url: "https://v8.dev/features/intl-displaynames", note: "Taiwan and Hong Kong Chinese names (Unicode CLDR, via Intl.DisplayNames)" };
const CLDR_LOCALES = ["zh-Hant-TW", "zh-Hant-HK"];
const CLDR_LEFT_OUT = new Set(["GEO", "MNG"]);
function cldrNames({ iso2, iso3 }: { iso2: string; iso3: string }): string[] {
  if (CLDR_LEFT_OUT.has(iso3)) return [];
  const out = new Set<string>();
  for (const locale of CLDR_LOCALES) {
    const name = new Intl.DisplayNames([locale], { type: "region", fallback: "none" }).of(iso2);
    // (a name with a parenthesis is a disambiguated form no article writes)
    if (name && /^[\u3400-\u9fff·]+$/.test(name)) out.add(name);
  }
  return [...out];
}

type Ref = { kind: EntityKind; slug: string };
type AliasInput = z.infer<typeof aliasInput>;
type SeedAlias = SeedEntity["aliases"][number];

// ---------------------------------------------------------------- small helpers

function inferAlias(alias: string): SeedAlias {
  if (/[\u3400-\u9fff]/.test(alias)) return { alias, language: "zh", aliasType: "other" };
  const language = /[a-z]/.test(alias) ? "en" : null;
  if (/\d\/|\/\d/.test(alias)) return { alias, language, aliasType: "other" };
  const abbreviation = !/[a-z]/.test(alias) && alias.length <= 10;
  return { alias, language, aliasType: abbreviation ? "abbreviation" : "other" };
}

function toSeedAlias(input: AliasInput): SeedAlias {
  const out: SeedAlias = {
    alias: input.alias,
    language: input.language,
    aliasType: input.caseSensitive ? "abbreviation" : input.aliasType,
  };
  if (input.linkable === false) out.linkable = false;
  return out;
}

/** Later aliases override earlier ones with the same text; aliases equal to the entity's own names are dropped. */
function mergeAliases({ names, aliases }: { names: (string | null)[]; aliases: SeedAlias[] }): SeedAlias[] {
  const byText = new Map<string, SeedAlias>();
  for (const a of aliases) if (!names.includes(a.alias)) byText.set(a.alias, a);
  return [...byText.values()];
}

function uniqueSources(sources: SeedEntity["sources"]): SeedEntity["sources"] {
  const byUrl = new Map<string, SeedEntity["sources"][number]>();
  for (const s of sources) if (!byUrl.has(s.url)) byUrl.set(s.url, s);
  return [...byUrl.values()];
}

function readerNote(note: string | null): string | null {
  return note ? toReaderText(note) : null;
}

function joinNotes(...notes: (string | null | undefined)[]): string | null {
  const text = notes.filter(Boolean).join(" ");
  return text || null;
}

function checkDate({ date, precision, where }: { date: string | null; precision?: string | null; where: string }) {
  if (date === null) return;
  if (!isPartialDate(date)) throw new Error(`${where}: not a partial ISO date: ${date}`);
  if (precision && precisionOf(date) !== precision) throw new Error(`${where}: ${date} is not of precision ${precision}`);
}

// ---------------------------------------------------------------- countries

function buildCountries(): SeedEntity[] {
  countryCodes.registerLocale(enLocale);
  countryCodes.registerLocale(zhLocale);
  const members = new Set(UN_MEMBERS.members);
  const enNames = countryCodes.getNames("en", { select: "all" });
  const zhNames = countryCodes.getNames("zh", { select: "all" });
  const entities = Object.entries(countryCodes.getAlpha2Codes())
    .filter(([iso2]) => !NOT_ISO_3166_1.has(iso2))
    .map(([iso2, iso3]): SeedEntity => {
      const curated = COUNTRY_ALIASES.countries[iso3];
      const excluded = new Set(curated?.excludeLibraryNames ?? []);
      const libraryEn = enNames[iso2].filter((n) => !excluded.has(n));
      const libraryZh = zhNames[iso2].filter((n) => !excluded.has(n));
      const nameEn = curated?.nameEn ?? libraryEn[0];
      const nameZh = curated?.nameZh ?? libraryZh[0];
      if (!nameEn || !nameZh) throw new Error(`country ${iso3} lacks an English or Chinese name`);
      const aliases = [
        ...libraryEn.map((alias) => ({ ...inferAlias(alias), language: "en" as const })),
        ...libraryZh.map((alias) => ({ ...inferAlias(alias), language: "zh" as const })),
        ...cldrNames({ iso2, iso3 }).map((alias) => ({ ...inferAlias(alias), language: "zh" as const })),
        ...(curated?.aliases ?? []).map(toSeedAlias),
      ];
      const member = members.has(iso3);
      return {
        kind: "country",
        slug: iso3.toLowerCase(),
        nameEn,
        nameZh,
        nameZhProvenance: "official",
        iso2,
        iso3,
        unMember: member,
        aliases: mergeAliases({ names: [nameEn, nameZh], aliases }),
        sources: [
          ISO_SOURCE,
          LIBRARY_SOURCE,
          ...(cldrNames({ iso2, iso3 }).length ? [CLDR_SOURCE] : []),
          { url: UN_MEMBERS.source, note: member ? "UN Member State" : "Not a UN Member State" },
          ...(curated?.nameZh ? [{ url: COUNTRY_ALIASES.sources.zh, note: "Chinese name (curated)" }] : []),
        ],
      };
    });
  for (const code of members) {
    if (!entities.some((e) => e.iso3 === code)) throw new Error(`UN member ${code} is not an ISO 3166-1 country`);
  }
  for (const code of Object.keys(COUNTRY_ALIASES.countries)) {
    if (!entities.some((e) => e.iso3 === code)) throw new Error(`country-aliases.json: unknown country ${code}`);
  }
  return entities.sort((a, b) => a.slug.localeCompare(b.slug));
}

// ---------------------------------------------------------------- reference entries and curated organisations

const ORGANISATION_BY_REFERENCE = new Map(ORGANISATIONS.organisations.filter((o) => o.referenceId).map((o) => [o.referenceId as string, o]));

/** The entity a reference entry became (merged organisations keep their curated slug). */
export function findReferenceEntity(id: string): Ref {
  const entry = REFERENCE.find((e) => e.id === id);
  if (!entry) throw new Error(`unknown reference id ${id}`);
  const merged = ORGANISATION_BY_REFERENCE.get(id);
  return merged ? { kind: "organisation", slug: merged.slug } : { kind: KIND_BY_TYPE[entry.type], slug: id };
}

function curationOf(entry: ReferenceEntry): EntryCuration | undefined {
  const curation = CURATION.entries[entry.id];
  if (!curation) return undefined;
  const allowed = new Set([...entry.sources, ...Object.keys(CURATION.extraSources)]);
  const urls = [
    curation.sourceUrl,
    curation.nameZh?.sourceUrl,
    curation.resolution?.sourceUrl,
    ...(curation.aliases ?? []).map((a) => a.sourceUrl),
    ...Object.values(curation.countryRoles ?? {}).flatMap((specs) => specs.map((s) => (typeof s === "string" ? undefined : s.sourceUrl))),
    ...Object.values(curation.organisationRoles ?? {}).map((s) => (typeof s === "string" ? undefined : s.sourceUrl)),
  ];
  for (const url of urls) {
    if (url && !allowed.has(url)) throw new Error(`curation of ${entry.id}: ${url} is not one of its sources`);
  }
  return curation;
}

/** Curated URLs that are not reference sources (e.g. the People's Daily article) become entity sources too. */
function extraSourcesOf(curation: EntryCuration | undefined): SeedEntity["sources"] {
  if (!curation) return [];
  const urls = [curation.nameZh?.sourceUrl, ...(curation.aliases ?? []).map((a) => a.sourceUrl)];
  return urls.filter((url): url is string => !!url && url in CURATION.extraSources).map((url) => ({ url, note: readerSourceNote(CURATION.extraSources[url]) }));
}

/** Reference summaries rewritten for readers where they speak of the project's own research. */
const READER_DESCRIPTIONS: Record<string, string> = {
  "group-of-friends-thematic-meeting-2025-05":
    "Meeting co-hosted by China and Zambia and chaired by Ambassador Fu Cong, attended by 70+ countries and the ITU and ODET, where Fu reported two seminars (Beijing, Shanghai) with 180+ participants from 40+ countries; its theme 'From Divide to Synergy' is reported only by the People's Daily commentary of 7 May 2025.",
};

/** The reader-facing part of a curated source description (the rest explains the seed mechanics to editors). */
function readerSourceNote(note: string): string {
  return toReaderText(note.replace(/:\s*the first seed article[\s\S]*$/, "."));
}

function buildReferenceEntity(entry: ReferenceEntry): SeedEntity {
  const curation = curationOf(entry);
  checkDate({ date: entry.date, precision: entry.date_precision, where: entry.id });
  checkDate({ date: entry.end_date, where: `${entry.id} end_date` });
  const kind = KIND_BY_TYPE[entry.type];
  const nameZh = curation?.nameZh?.value ?? entry.name_zh;
  const resolution = kind === "resolution" ? curation?.resolution : undefined;
  const ownSymbol = entry.type === "resolution" || entry.type === "document";
  const aliases = [...entry.aliases.map(inferAlias), ...(curation?.aliases ?? []).map(toSeedAlias)];
  return {
    kind,
    slug: entry.id,
    nameEn: entry.name_en,
    nameZh,
    nameZhProvenance: nameZh ? "official" : null,
    description: toReaderText(READER_DESCRIPTIONS[entry.id] ?? entry.summary),
    subtype: CURATION.subtypes[entry.id] ?? null,
    date: entry.date,
    endDate: entry.end_date,
    symbol: ownSymbol ? entry.symbol : null,
    documentUrl: kind === "resolution" && entry.symbol ? undocsUrl(entry.symbol) : null,
    unBody: resolution?.unBody ?? null,
    session: resolution?.session ?? null,
    adoptionMethod: resolution?.adoptionMethod ?? null,
    vote: resolution?.vote ?? null,
    location: curation?.location ?? null,
    aliases: mergeAliases({ names: [entry.name_en, nameZh], aliases }),
    sources: uniqueSources([...entry.sources.map((url) => ({ url })), ...extraSourcesOf(curation)]),
  };
}

function buildOrganisation(org: CuratedOrganisation): SeedEntity {
  const entry = org.referenceId ? REFERENCE.find((e) => e.id === org.referenceId) : undefined;
  if (org.referenceId && !entry) throw new Error(`organisation ${org.slug}: unknown reference ${org.referenceId}`);
  if (entry) checkDate({ date: entry.date, precision: entry.date_precision, where: entry.id });
  const nameZh = org.nameZh ?? entry?.name_zh ?? null;
  const aliases = [...(entry ? [entry.name_en, ...entry.aliases].map(inferAlias) : []), ...org.aliases.map(toSeedAlias)];
  return {
    kind: "organisation",
    slug: org.slug,
    nameEn: org.nameEn,
    nameZh,
    nameZhProvenance: nameZh ? "official" : null,
    description: toReaderText(entry?.summary ?? org.description),
    subtype: org.subtype,
    date: entry?.date ?? null,
    endDate: entry?.end_date ?? null,
    aliases: mergeAliases({ names: [org.nameEn, nameZh], aliases }),
    sources: uniqueSources([...org.sources, ...(entry?.sources ?? []).map((url) => ({ url }))]),
  };
}

// ---------------------------------------------------------------- relations

function relate({ entity, other, role, sourceUrl, note }: { entity: Ref; other: Ref; role: RelationRole; sourceUrl: string; note: string | null }): SeedRelation {
  const [subject, object] = ENTRY_IS_SUBJECT.has(role) ? [entity, other] : [other, entity];
  return { subject, object, role, sourceUrl, note };
}

function buildCountryRelations({ entry, countries }: { entry: ReferenceEntry; countries: Set<string> }): SeedRelation[] {
  const curation = curationOf(entry);
  const entity = findReferenceEntity(entry.id);
  const dropped = new Set(curation?.dropCountries?.countries ?? []);
  const defaultRole = curation?.defaultCountryRole ?? COUNTRY_ROLE_BY_TYPE[entry.type];
  for (const code of Object.keys(curation?.countryRoles ?? {})) {
    if (!entry.countries.includes(code)) throw new Error(`curation of ${entry.id}: ${code} is not in its countries`);
  }
  return entry.countries
    .filter((code) => !dropped.has(code))
    .flatMap((code) => {
      if (!countries.has(code)) throw new Error(`${entry.id}: unknown country ${code}`);
      const specs = curation?.countryRoles?.[code] ?? [defaultRole];
      return specs.map((spec) => {
        const s = typeof spec === "string" ? { role: spec } : spec;
        const curated = curation?.countryRoles?.[code] !== undefined;
        return relate({
          entity,
          other: { kind: "country", slug: code.toLowerCase() },
          role: s.role,
          sourceUrl: ("sourceUrl" in s && s.sourceUrl) || (curated ? curation!.sourceUrl : entry.sources[0]),
          // the partial-list remark is said once, on the list (buildParticipationLists), not on every row
          note: readerNote(joinNotes("note" in s ? s.note : null, curation?.countryNote)),
        });
      });
    });
}

function buildOrganisationRelations(entry: ReferenceEntry): SeedRelation[] {
  const curation = curationOf(entry);
  const entity = findReferenceEntity(entry.id);
  for (const name of Object.keys(curation?.organisationRoles ?? {})) {
    if (!entry.organisations.includes(name)) throw new Error(`curation of ${entry.id}: ${name} is not in its organisations`);
  }
  return entry.organisations.map((name) => {
    const slug = ORGANISATION_NAME_TO_SLUG[name];
    if (!slug) throw new Error(`${entry.id}: organisation name ${JSON.stringify(name)} has no slug`);
    const spec = curation?.organisationRoles?.[name];
    const s = spec === undefined ? undefined : typeof spec === "string" ? { role: spec } : spec;
    return relate({
      entity,
      other: { kind: "organisation", slug },
      role: s?.role ?? curation?.defaultOrganisationRole ?? ORGANISATION_ROLE_BY_TYPE[entry.type],
      sourceUrl: (s && "sourceUrl" in s && s.sourceUrl) || (s ? curation!.sourceUrl : entry.sources[0]),
      note: readerNote(s && "note" in s ? (s.note ?? null) : null),
    });
  });
}

function buildStructuralRelations(): SeedRelation[] {
  const toRef = (key: string): Ref => {
    const [kind, slug] = key.split(":");
    return slug ? { kind: kind as EntityKind, slug } : findReferenceEntity(key);
  };
  const curated = CURATION.relations.map((r): SeedRelation => {
    const ends = [r.subject, r.object].filter((k) => !k.includes(":")).map((id) => REFERENCE.find((e) => e.id === id)!);
    if (!ends.some((e) => e.sources.includes(r.sourceUrl)) && !(r.sourceUrl in CURATION.extraSources)) {
      throw new Error(`curated relation ${r.subject} ${r.role} ${r.object}: ${r.sourceUrl} is not a source of either end`);
    }
    return { subject: toRef(r.subject), object: toRef(r.object), role: r.role, sourceUrl: r.sourceUrl, note: readerNote(r.note ?? null) };
  });
  const partOf = ORGANISATIONS.organisations
    .filter((o) => o.partOf)
    .map((o): SeedRelation => ({
      subject: { kind: "organisation", slug: o.slug },
      object: { kind: "organisation", slug: o.partOf as string },
      role: "part-of",
      sourceUrl: o.sources[0].url,
      note: o.subtype === "un-agency" ? "UN specialized agency (part of the UN system)." : null,
    }));
  return [...curated, ...partOf];
}

// ---------------------------------------------------------------- plan

const keyOf = (r: Ref) => `${r.kind}:${r.slug}`;

/** An alias carried by two or more entities (as alias or name) is too ambiguous to link on: searchable only. */
function markAmbiguousAliases(entities: SeedEntity[]): void {
  const owners = new Map<string, Set<string>>();
  const own = (text: string | null | undefined, entity: SeedEntity) => {
    if (!text) return;
    const k = text.toLowerCase();
    owners.set(k, (owners.get(k) ?? new Set()).add(keyOf(entity)));
  };
  for (const e of entities) [e.nameEn, e.nameZh, ...e.aliases.map((a) => a.alias)].forEach((t) => own(t, e));
  for (const e of entities) {
    for (const a of e.aliases) if ((owners.get(a.alias.toLowerCase())?.size ?? 0) > 1) a.linkable = false;
  }
}

function checkPlan({ entities, relations }: SeedPlan): void {
  const keys = new Set<string>();
  for (const e of entities) {
    if (keys.has(keyOf(e))) throw new Error(`duplicate entity ${keyOf(e)}`);
    keys.add(keyOf(e));
  }
  for (const r of relations) {
    for (const end of [r.subject, r.object]) if (!keys.has(keyOf(end))) throw new Error(`relation to missing ${keyOf(end)}`);
    if (keyOf(r.subject) === keyOf(r.object)) throw new Error(`relation from ${keyOf(r.subject)} to itself`);
  }
}

/** Deduplicates (subject, object, role), keeping the first, and sorts for a stable order. */
function uniqueRelations(relations: SeedRelation[]): SeedRelation[] {
  const byKey = new Map<string, SeedRelation>();
  for (const r of relations) {
    const k = `${keyOf(r.subject)}|${r.role}|${keyOf(r.object)}`;
    if (!byKey.has(k)) byKey.set(k, r);
  }
  return [...byKey.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, r]) => r);
}

/**
 * Totals the reference and curation state for a list (and the source that states them). Only totals given
 * as a number are recorded; "about 80" or "more than 140" stay without a total, which keeps the list partial.
 */
const STATED_TOTALS: Record<string, { role?: RelationRole; expectedTotal: number; asOf?: string; why: string }> = {
  "bletchley-declaration": { expectedTotal: 28, why: "28 countries and the EU signed" },
  "ai-safety-summit-bletchley-2023": { expectedTotal: 28, why: "28 countries and the EU took part" },
  "unga-res-78-265": { expectedTotal: 123, why: "adopted with 123 co-sponsors" },
  "oecd-ai-principles-2019": { expectedTotal: 42, why: "36 OECD members and six non-members adhered" },
  "political-declaration-military-ai": { expectedTotal: 54, asOf: "2024-03", why: "54 states had endorsed it by March 2024" },
  "international-ai-safety-report-2025": { expectedTotal: 30, why: "the advisory panel has 30 countries (plus the UN, EU and OECD)" },
  "gpai-launch-2020": { expectedTotal: 14, why: "15 founding members: 14 countries and the EU" },
  "international-network-ai-safety-institutes": { expectedTotal: 9, why: "ten initial members: nine countries and the EU" },
};

/** One list per reference entry whose country list is known to be partial or whose total is stated. */
function buildParticipationLists(): SeedParticipationList[] {
  for (const id of Object.keys(STATED_TOTALS)) findReferenceEntity(id);
  return REFERENCE.flatMap((entry): SeedParticipationList[] => {
    const curation = curationOf(entry);
    const total = STATED_TOTALS[entry.id];
    if (!curation?.partialCountryList && !total) return [];
    return [
      {
        entity: findReferenceEntity(entry.id),
        role: total?.role ?? curation?.defaultCountryRole ?? COUNTRY_ROLE_BY_TYPE[entry.type],
        expectedTotal: total?.expectedTotal ?? null,
        asOf: total ? (total.asOf ?? entry.date) : null,
        sourceUrl: total ? (curation?.sourceUrl ?? entry.sources[0]) : null,
        note: curation?.partialCountryList ? toReaderText(curation.partialCountryList) : null,
      },
    ];
  });
}

/** The atlas's own Chinese names (where no sourced one exists) and Chinese descriptions, marked translated. */
function applyTranslations({ entities }: { entities: SeedEntity[] }): void {
  const bySlug = new Map(entities.filter((e) => e.kind !== "country").map((e) => [e.slug, e]));
  for (const [slug, t] of Object.entries(TRANSLATIONS.entities)) {
    const e = bySlug.get(slug);
    // Entities the research file adds are translated here too; without that file (or with another one) they
    // are absent. A test checks every translation names an entity of the full seed.
    if (!e) continue;
    if (!e.nameZh && t.nameZh) {
      e.nameZh = t.nameZh;
      e.nameZhProvenance = "translated";
      e.aliases = e.aliases.filter((a) => a.alias !== t.nameZh);
    }
    if (e.description) {
      e.descriptionZh = t.descriptionZh;
      e.descriptionZhProvenance = "translated";
    }
  }
}

/** The slugs translations.json gives names or descriptions for (for the check that each names an entity). */
export function listTranslatedSlugs(): string[] {
  return Object.keys(TRANSLATIONS.entities);
}

/** The seed plan; `contentSources` is the optional research file (db/seed reads it when it exists). */
export function buildSeedPlan({ contentSources, warnings }: { contentSources?: ContentSources; warnings?: string[] } = {}): SeedPlan {
  const countries = buildCountries();
  const organisations = ORGANISATIONS.organisations.map(buildOrganisation);
  const references = REFERENCE.filter((e) => !ORGANISATION_BY_REFERENCE.has(e.id)).map(buildReferenceEntity);
  for (const id of Object.keys(CURATION.entries)) findReferenceEntity(id);
  const entities = [...countries, ...organisations, ...references];

  const countryCodesSet = new Set(countries.map((c) => c.iso3 as string));
  let plan: SeedPlan = {
    entities,
    relations: [
      ...REFERENCE.flatMap((entry) => buildCountryRelations({ entry, countries: countryCodesSet })),
      ...REFERENCE.flatMap(buildOrganisationRelations),
      ...buildStructuralRelations(),
    ],
    participationLists: buildParticipationLists(),
    sourceDocuments: [],
  };
  if (contentSources) plan = mergeContentSources({ plan, content: contentSources, warnings });
  applyTranslations({ entities: plan.entities });
  markAmbiguousAliases(plan.entities);
  plan.relations = uniqueRelations(plan.relations);
  checkPlan(plan);
  return plan;
}
