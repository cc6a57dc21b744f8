/**
 * The research data file db/seed/data/content-sources.json (format: CONTENT-FORMAT in the seed README):
 * source qualities, official Chinese names, participation lists with totals, new entities, UN document
 * links, source replacements and reclassifications. Optional: the seed works without it. Pure: the caller
 * reads the file; `mergeContentSources` folds it into a SeedPlan.
 */
import { z } from "zod";
import { ENTITY_KINDS, LANGUAGES, RELATION_ROLES, SOURCE_QUALITIES, type EntityKind, type Language, type RelationRole } from "../../db/schema";
import { isPartialDate } from "../dates/partial-date";
import { toReaderText } from "../content/reader-text";
import { isParticipationRole } from "@/lib/participation/participation-roles";
import type { SeedEntity, SeedPlan, SeedRelation } from "./types";

const partialDate = z.string().refine(isPartialDate, "not a partial ISO date (YYYY, YYYY-MM or YYYY-MM-DD)");
const url = z.string().url();
/** Research wording → the product's role names; a role still unknown after this is skipped with a warning. */
const ROLE_SYNONYMS: Record<string, RelationRole> = {
  adherent: "signatory",
  adherents: "signatory",
  signatories: "signatory",
  ratification: "signatory",
  ratified: "signatory",
  party: "signatory",
  endorser: "supporter",
  endorsement: "supporter",
  endorsed: "supporter",
  cosponsor: "co-sponsor",
  "co-sponsors": "co-sponsor",
  attendee: "participant",
  participants: "participant",
  "founding-member": "founder",
  members: "member",
};
const role = z
  .string()
  .min(1)
  .transform((r) => ROLE_SYNONYMS[r.toLowerCase()] ?? r.toLowerCase());
const isRelationRole = (r: string): r is RelationRole => (RELATION_ROLES as readonly string[]).includes(r);
const alias = z.object({ alias: z.string().min(1), language: z.enum(LANGUAGES).nullable().optional(), aliasType: z.string().min(1).optional() });

export const contentSourcesSchema = z.object({
  _about: z.string().optional(),
  sources: z.record(url, z.object({ quality: z.enum(SOURCE_QUALITIES), title: z.string().nullable().optional(), verifiedAt: partialDate.nullable().optional() })).default({}),
  names: z.record(z.string(), z.object({ nameZh: z.string().min(1), sourceUrl: url, aliases: z.array(alias).optional() })).default({}),
  /** Other names an entity goes by in the news, in any language, each with the page it was read on. */
  aliases: z.record(z.string(), z.array(alias.extend({ sourceUrl: url }))).default({}),
  participation: z
    .array(
      z.object({
        entity: z.string(),
        role,
        expectedTotal: z.number().int().nonnegative().nullable().optional(),
        asOf: partialDate.nullable().optional(),
        totalSourceUrl: url.nullable().optional(),
        participants: z.array(z.object({ iso3: z.string().length(3), sourceUrl: url, date: partialDate.nullable().optional() })).default([]),
        nonParticipants: z.array(z.object({ iso3: z.string().length(3), role: z.string(), sourceUrl: url })).optional(),
        note: z.string().nullable().optional(),
      }),
    )
    .default([]),
  entities: z
    .array(
      z.object({
        slug: z.string().min(1),
        kind: z.enum(ENTITY_KINDS).exclude(["country"]),
        subtype: z.string().nullable().optional(),
        nameEn: z.string().min(1),
        nameZh: z.string().nullable().optional(),
        nameZhSourceUrl: url.nullable().optional(),
        date: partialDate.nullable().optional(),
        endDate: partialDate.nullable().optional(),
        symbol: z.string().nullable().optional(),
        description: z.string().nullable().optional(),
        aliases: z.array(alias).default([]),
        sources: z.array(url).min(1),
        relations: z.array(z.object({ subject: z.string(), role, object: z.string(), sourceUrl: url, note: z.string().nullable().optional() })).default([]),
      }),
    )
    .default([]),
  resolutions: z
    .record(
      z.string(),
      z.object({
        symbol: z.string().nullable().optional(),
        documentUrl: url.nullable().optional(),
        draftSymbol: z.string().nullable().optional(),
        undlUrl: url.nullable().optional(),
        sourceUrl: url.nullable().optional(),
      }),
    )
    .default({}),
  sourceReplacements: z.array(z.object({ entity: z.string(), old: z.string(), new: url })).default([]),
  reclassify: z
    .array(z.object({ entity: z.string(), kind: z.enum(ENTITY_KINDS).exclude(["country"]), subtype: z.string().nullable().optional(), reason: z.string().optional() }))
    .default([]),
});
export type ContentSources = z.infer<typeof contentSourcesSchema>;

/** Parses the file's JSON text; a bad file is an error naming the first problem, never a silent skip. */
export function parseContentSources(text: string): ContentSources {
  const parsed = contentSourcesSchema.safeParse(JSON.parse(text));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`content-sources.json: ${issue.path.join(".")}: ${issue.message}`);
  }
  return parsed.data;
}

type Ref = { kind: EntityKind; slug: string };

/** An end of a relation in the file: an ISO alpha-3 code (upper case, 3 letters) or an entity slug. */
function refOf({ key, bySlug }: { key: string; bySlug: Map<string, SeedEntity> }): Ref {
  if (/^[A-Z]{3}$/.test(key)) return { kind: "country", slug: key.toLowerCase() };
  const entity = bySlug.get(key);
  if (!entity) throw new Error(`content-sources.json: unknown entity ${key}`);
  return { kind: entity.kind, slug: entity.slug };
}

/**
 * Folds the research file into the plan (mutates and returns it): official names win over translations.
 * What cannot be placed (an unknown slug, country or role) is skipped and reported in `warnings`, so one
 * bad line of research never stops the seed; the shape of the file itself is checked by the schema.
 */
export function mergeContentSources({ plan, content, warnings = [] }: { plan: SeedPlan; content: ContentSources; warnings?: string[] }): SeedPlan {
  const bySlug = new Map(plan.entities.filter((e) => e.kind !== "country").map((e) => [e.slug, e]));
  const entityOf = (slug: string, where: string) => {
    const e = bySlug.get(slug);
    if (!e) warnings.push(`${where}: unknown entity ${slug}, skipped`);
    return e;
  };
  const countryKeys = new Set(plan.entities.filter((e) => e.kind === "country").map((e) => e.slug));
  const country = (iso3: string): Ref | undefined => (countryKeys.has(iso3.toLowerCase()) ? { kind: "country", slug: iso3.toLowerCase() } : undefined);
  // ISO alpha-3 in upper case, an entity slug, or a country's own (lower-case) slug, as the file's log allows for objects
  const endOf = (key: string): Ref | undefined =>
    /^[A-Z]{3}$/.test(key) ? country(key) : bySlug.has(key) ? refOf({ key, bySlug }) : /^[a-z]{3}$/.test(key) ? country(key) : undefined;

  for (const e of content.entities) {
    if (bySlug.has(e.slug)) {
      warnings.push(`entities: ${e.slug} already exists, skipped`);
      continue;
    }
    const entity: SeedEntity = {
      kind: e.kind,
      slug: e.slug,
      nameEn: e.nameEn,
      nameZh: e.nameZh ?? null,
      nameZhProvenance: e.nameZh ? (e.nameZhSourceUrl ? "official" : "translated") : null,
      description: e.description ? toReaderText(e.description) : null,
      subtype: e.subtype ?? null,
      date: e.date ?? null,
      endDate: e.endDate ?? null,
      symbol: e.symbol ?? null,
      documentUrl: e.kind === "resolution" && e.symbol ? undocsUrl(e.symbol) : null,
      aliases: e.aliases
        .filter((a) => a.alias !== e.nameEn && a.alias !== e.nameZh)
        .map((a) => ({ alias: a.alias, language: a.language ?? null, aliasType: a.aliasType ?? "other" })),
      sources: [...new Set([...e.sources, ...(e.nameZhSourceUrl ? [e.nameZhSourceUrl] : [])])].map((u) => ({ url: u })),
    };
    plan.entities.push(entity);
    bySlug.set(e.slug, entity);
  }
  for (const e of content.entities) {
    for (const r of e.relations) {
      const [subject, object] = [endOf(r.subject), endOf(r.object)];
      if (!subject || !object || !isRelationRole(r.role)) {
        warnings.push(`entities.${e.slug}.relations: ${r.subject} ${r.role} ${r.object} names an unknown entity, country or role, skipped`);
        continue;
      }
      plan.relations.push({ subject, object, role: r.role, sourceUrl: r.sourceUrl, note: r.note ? toReaderText(r.note) : null });
    }
  }

  for (const [slug, name] of Object.entries(content.names)) {
    const e = entityOf(slug, "names");
    if (!e) continue;
    // (the name it replaces stays a name the entity goes by)
    const before = e.nameZh;
    e.nameZh = name.nameZh;
    e.nameZhProvenance = "official";
    if (before) addAlias({ entity: e, alias: before, language: "zh" });
    for (const a of name.aliases ?? []) addAlias({ entity: e, alias: a.alias, language: a.language ?? "zh", aliasType: a.aliasType });
    addSource({ entity: e, url: name.sourceUrl, note: "Chinese name" });
  }

  for (const [slug, forms] of Object.entries(content.aliases)) {
    const e = entityOf(slug, "aliases");
    if (!e) continue;
    for (const a of forms) {
      addAlias({ entity: e, alias: a.alias, language: a.language ?? null, aliasType: a.aliasType });
      addSource({ entity: e, url: a.sourceUrl, note: "Other name" });
    }
  }

  for (const [slug, doc] of Object.entries(content.resolutions)) {
    const e = entityOf(slug, "resolutions");
    if (!e) continue;
    // A symbol the research verified for a resolution the reference knew without one (votes attach by symbol).
    if (doc.symbol && !e.symbol) e.symbol = doc.symbol;
    if (doc.documentUrl) e.documentUrl = doc.documentUrl;
    if (doc.draftSymbol !== undefined) e.draftSymbol = doc.draftSymbol;
    if (doc.undlUrl !== undefined) e.undlUrl = doc.undlUrl;
    if (doc.sourceUrl) addSource({ entity: e, url: doc.sourceUrl });
  }

  for (const swap of content.sourceReplacements) {
    const e = entityOf(swap.entity, "sourceReplacements");
    if (!e) continue;
    e.sources = e.sources.filter((s) => s.url !== swap.old);
    addSource({ entity: e, url: swap.new });
    for (const r of plan.relations) {
      const touches = [r.subject, r.object].some((end) => end.kind === e.kind && end.slug === e.slug);
      if (touches && r.sourceUrl === swap.old) r.sourceUrl = swap.new;
    }
  }

  for (const change of content.reclassify) {
    const e = entityOf(change.entity, "reclassify");
    if (!e) continue;
    const from = { kind: e.kind, slug: e.slug };
    e.kind = change.kind;
    if (change.subtype !== undefined) e.subtype = change.subtype;
    for (const r of plan.relations) for (const end of [r.subject, r.object]) if (end.kind === from.kind && end.slug === from.slug) end.kind = change.kind;
    for (const l of plan.participationLists ?? []) if (l.entity.kind === from.kind && l.entity.slug === from.slug) l.entity.kind = change.kind;
  }

  const lists = (plan.participationLists ??= []);
  for (const list of content.participation) {
    const e = entityOf(list.entity, "participation");
    if (!e) continue;
    const listRole = list.role;
    if (!isRelationRole(listRole)) {
      warnings.push(`participation: ${list.entity} has the unknown role ${listRole}, skipped`);
      continue;
    }
    const entity = { kind: e.kind, slug: e.slug };
    const record = {
      entity,
      role: listRole,
      expectedTotal: list.expectedTotal ?? null,
      asOf: list.asOf ?? null,
      sourceUrl: list.totalSourceUrl ?? null,
      note: list.note ? toReaderText(list.note) : null,
    };
    const at = lists.findIndex((l) => l.entity.slug === e.slug && l.entity.kind === e.kind && l.role === listRole);
    if (at >= 0) lists[at] = record;
    else lists.push(record);
    for (const p of list.participants) {
      const subject = country(p.iso3);
      if (!subject) {
        warnings.push(`participation: ${list.entity}: unknown country ${p.iso3}, skipped`);
        continue;
      }
      const relation: SeedRelation = { subject, object: entity, role: listRole, date: p.date ?? null, sourceUrl: p.sourceUrl, note: null };
      const same = plan.relations.find(
        (r) => r.role === relation.role && r.subject.slug === relation.subject.slug && r.subject.kind === "country" && r.object.slug === e.slug && r.object.kind === e.kind,
      );
      // a better (researched) source replaces the reference's for the same fact
      if (same) same.sourceUrl = p.sourceUrl;
      else plan.relations.push(relation);
    }
    // who reportedly stayed out ("did not sign") is a fact readers ask for, kept apart from the participants
    for (const n of list.nonParticipants ?? []) {
      const subject = country(n.iso3);
      if (!subject || !isRelationRole(n.role) || isParticipationRole(n.role)) {
        warnings.push(`participation: ${list.entity}: non-participant ${n.iso3} ${n.role} is not a known country and non-participation role, skipped`);
        continue;
      }
      plan.relations.push({ subject, object: entity, role: n.role, date: null, sourceUrl: n.sourceUrl, note: null });
    }
  }

  plan.sourceDocuments = Object.entries(content.sources).map(([u, s]) => ({ url: u, quality: s.quality, title: s.title ?? null, verifiedAt: s.verifiedAt ?? null }));
  return plan;
}

/** The UN Official Document System link for a symbol ("A/RES/78/311" → https://undocs.org/A/RES/78/311). */
export function undocsUrl(symbol: string): string | null {
  if (!/^(A|S|E|A\/C\.\d)\/[\w./-]+$/.test(symbol)) return null;
  return `https://undocs.org/${symbol.split("/").map(encodeURIComponent).join("/")}`;
}

/** A name the entity does not go by yet (not its own English or Chinese name, not an alias it has). */
function addAlias({ entity, alias, language, aliasType = "other" }: { entity: SeedEntity; alias: string; language: Language | null; aliasType?: string }): void {
  if (alias === entity.nameEn || alias === entity.nameZh || entity.aliases.some((a) => a.alias === alias)) return;
  entity.aliases.push({ alias, language, aliasType });
}

/** A source the entity does not cite yet. */
function addSource({ entity, url, note }: { entity: SeedEntity; url: string; note?: string }): void {
  if (!entity.sources.some((s) => s.url === url)) entity.sources.push(note ? { url, note } : { url });
}
