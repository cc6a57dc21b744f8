import type { EntityKind } from "@/db/schema";
import { comparePartialDates } from "@/lib/dates/partial-date";
import { compareRoles, sortRoles } from "@/lib/participation/participation-roles";

/** The slice of a participation row these pure functions need (db/queries/countries ParticipationRow fits). */
export type ParticipationInput = {
  role: string;
  relationDate: string | null;
  origin: "relation" | "article";
  sourceUrl: string | null;
  entitySourceUrl: string | null;
  evidence: string | null;
  article: { slug: string; title: string } | null;
  entity: { id: number; kind: EntityKind; slug: string; nameEn: string; nameZh: string | null; date: string | null; endDate: string | null; symbol: string | null };
};

export type Evidence =
  { type: "sentence"; sentence: string; article: { slug: string; title: string } | null; sourceUrl: string | null } | { type: "source"; url: string; ofEntity: boolean };

/** One thing a country did in one role, with every piece of evidence for it (relation and/or articles). */
export type ParticipationItem = {
  role: string;
  entity: ParticipationInput["entity"];
  /** The relation's date when recorded (e.g. joined in 2021), else the entity's own date. */
  date: string | null;
  evidence: Evidence[];
};

function evidenceOf(row: ParticipationInput): Evidence | null {
  if (row.evidence) return { type: "sentence", sentence: row.evidence, article: row.article, sourceUrl: row.sourceUrl };
  if (row.sourceUrl) return { type: "source", url: row.sourceUrl, ofEntity: false };
  return null;
}

/** Merges rows for the same (entity, role) coming from a relation and from confirmed article events. */
export function mergeParticipations({ rows }: { rows: ParticipationInput[] }): ParticipationItem[] {
  const items = new Map<string, ParticipationItem & { fallbackUrl: string | null }>();
  for (const row of rows) {
    const key = `${row.entity.id}:${row.role}`;
    let item = items.get(key);
    if (!item) items.set(key, (item = { role: row.role, entity: row.entity, date: null, evidence: [], fallbackUrl: null }));
    // A relation's own date wins over an article event's: it is the curated fact.
    if (row.relationDate && (!item.date || row.origin === "relation")) item.date = row.relationDate;
    item.fallbackUrl ??= row.entitySourceUrl;
    const ev = evidenceOf(row);
    if (ev && !item.evidence.some((e) => JSON.stringify(e) === JSON.stringify(ev))) item.evidence.push(ev);
  }
  return [...items.values()]
    .map(({ fallbackUrl, ...item }) => ({
      ...item,
      date: item.date ?? item.entity.date,
      evidence: item.evidence.length || !fallbackUrl ? item.evidence : [{ type: "source" as const, url: fallbackUrl, ofEntity: true }],
    }))
    .sort((a, b) => comparePartialDates(a.date, b.date) || a.entity.nameEn.localeCompare(b.entity.nameEn) || compareRoles(a.role, b.role));
}

const KIND_ORDER: EntityKind[] = ["organisation", "initiative", "resolution", "event"];

export type RoleGroup = { role: string; kinds: { kind: EntityKind; items: ParticipationItem[] }[]; count: number };

/** Role first (most prominent first), then kind, then date: "co-founder → organisations → Group of Friends". */
export function groupByRoleAndKind({ items }: { items: ParticipationItem[] }): RoleGroup[] {
  const byRole = new Map<string, Map<EntityKind, ParticipationItem[]>>();
  for (const item of items) {
    const kinds = byRole.get(item.role) ?? byRole.set(item.role, new Map()).get(item.role)!;
    (kinds.get(item.entity.kind) ?? kinds.set(item.entity.kind, []).get(item.entity.kind)!).push(item);
  }
  return sortRoles(byRole.keys()).map((role) => {
    const kinds = byRole.get(role)!;
    const list = KIND_ORDER.filter((k) => kinds.has(k)).map((kind) => ({ kind, items: kinds.get(kind)! }));
    return { role, kinds: list, count: list.reduce((n, k) => n + k.items.length, 0) };
  });
}

export type EntityParticipation = { entity: ParticipationInput["entity"]; roles: string[]; date: string | null };

/** One entry per entity with all the country's roles in it, dated, oldest first. */
export function collapseByEntity({ items }: { items: ParticipationItem[] }): EntityParticipation[] {
  const byEntity = new Map<number, EntityParticipation>();
  for (const item of items) {
    const e = byEntity.get(item.entity.id) ?? byEntity.set(item.entity.id, { entity: item.entity, roles: [], date: item.entity.date }).get(item.entity.id)!;
    e.roles.push(item.role);
  }
  for (const e of byEntity.values()) e.roles = sortRoles(e.roles);
  return [...byEntity.values()].sort((a, b) => comparePartialDates(a.date, b.date) || a.entity.nameEn.localeCompare(b.entity.nameEn));
}

/** Organisations (and groups) the country belongs to, in whatever role, for the "Memberships" panel. */
export function listMemberships({ items }: { items: ParticipationItem[] }): EntityParticipation[] {
  return collapseByEntity({ items: items.filter((i) => i.entity.kind === "organisation") });
}

/** The country's events in date order, grouped by year, for the mini timeline; undated events last. */
export function buildEventTimeline({ items }: { items: ParticipationItem[] }): { year: string; events: EntityParticipation[] }[] {
  const events = collapseByEntity({ items: items.filter((i) => i.entity.kind === "event") });
  const years = new Map<string, EntityParticipation[]>();
  for (const e of events) {
    const year = e.date?.slice(0, 4) ?? "Undated";
    (years.get(year) ?? years.set(year, []).get(year)!).push(e);
  }
  return [...years.entries()].map(([year, list]) => ({ year, events: list }));
}

/**
 * The latest `max` dated events of a year-grouped timeline (years keep their order), and how many were left
 * out: a country page shows its recent events and links to the full, paginated timeline for the rest.
 */
export function keepLatestEvents({ years, max }: { years: { year: string; events: EntityParticipation[] }[]; max: number }): {
  years: { year: string; events: EntityParticipation[] }[];
  omitted: number;
} {
  const total = years.reduce((n, y) => n + y.events.length, 0);
  if (total <= max) return { years, omitted: 0 };
  const dated = years.filter((y) => y.year !== "Undated");
  const kept: { year: string; events: EntityParticipation[] }[] = [];
  let room = max;
  for (let i = dated.length - 1; i >= 0 && room > 0; i--) {
    const events = dated[i].events.slice(-room);
    kept.unshift({ year: dated[i].year, events });
    room -= events.length;
  }
  return { years: kept, omitted: total - (max - room) };
}
