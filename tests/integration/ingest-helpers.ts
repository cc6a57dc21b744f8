/**
 * Test helper for ingestion/linking tests, the eval and the bench: a temporary SQLite file with the seed plan
 * (lib/seed/build-seed-plan.ts when it exists, else a plan built here from db/seed/data) inserted directly into
 * entities / aliases / relations.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { migrateDatabase, openDatabase, type AtlasDatabase } from "@/db/open";
import { aliases, entities, relations, type EntityKind } from "@/db/schema";
import type { SeedEntity, SeedPlan, SeedRelation } from "@/lib/seed/types";

const require = createRequire(import.meta.url);
const DATA = path.join(process.cwd(), "db", "seed", "data");

type Fact = {
  id: string;
  type: string;
  name_en: string;
  name_zh: string | null;
  aliases: string[];
  date: string | null;
  end_date: string | null;
  countries: string[];
  organisations: string[];
  symbol: string | null;
  sources: string[];
};
type OrgSeed = {
  slug: string;
  nameEn: string;
  nameZh: string | null;
  subtype?: string;
  referenceId?: string;
  partOf?: string;
  aliases: { alias: string; language: "zh" | "en" | null; aliasType: string; linkable?: boolean }[];
  sources: { url: string }[];
};

/** A plan built from the data files, for when lib/seed/build-seed-plan.ts is not there yet. */
export function buildFallbackPlan(): SeedPlan {
  const countries = require("i18n-iso-countries");
  countries.registerLocale(require("i18n-iso-countries/langs/en.json"));
  countries.registerLocale(require("i18n-iso-countries/langs/zh.json"));
  const overlay = JSON.parse(fs.readFileSync(path.join(DATA, "country-aliases.json"), "utf8")).countries as Record<
    string,
    { nameEn?: string; nameZh?: string; aliases?: { alias: string; language: "zh" | "en" | null; aliasType: string; linkable?: boolean }[] }
  >;
  const plan: SeedPlan = { entities: [], relations: [] };
  const en = countries.getNames("en", { select: "all" }) as Record<string, string[]>;
  const zh = countries.getNames("zh", { select: "all" }) as Record<string, string[]>;
  for (const iso2 of Object.keys(en)) {
    const iso3 = countries.alpha2ToAlpha3(iso2) as string;
    const o = overlay[iso3] ?? {};
    const enNames = en[iso2] ?? [];
    const zhNames = zh[iso2] ?? [];
    const nameEn = o.nameEn ?? enNames[enNames.length > 1 ? 1 : 0] ?? iso3;
    const nameZh = o.nameZh ?? zhNames[0] ?? null;
    const al = new Map<string, SeedEntity["aliases"][number]>();
    for (const n of [...enNames, ...zhNames]) if (n !== nameEn && n !== nameZh) al.set(n, { alias: n, language: /[\u4e00-\u9fff]/.test(n) ? "zh" : "en", aliasType: "other" });
    for (const a of o.aliases ?? []) al.set(a.alias, a);
    plan.entities.push({ kind: "country", slug: iso3.toLowerCase(), nameEn, nameZh, iso2, iso3, aliases: [...al.values()], sources: [] });
  }
  const orgs = JSON.parse(fs.readFileSync(path.join(DATA, "organisations.json"), "utf8")).organisations as OrgSeed[];
  const facts = JSON.parse(fs.readFileSync(path.join(DATA, "reference-facts.json"), "utf8")) as Fact[];
  const absorbed = new Map(orgs.filter((o) => o.referenceId).map((o) => [o.referenceId!, o]));
  const orgByName = new Map<string, string>();
  for (const o of orgs) {
    const fact = o.referenceId ? facts.find((f) => f.id === o.referenceId) : undefined;
    const al = [...o.aliases];
    for (const a of fact?.aliases ?? []) if (!al.some((x) => x.alias === a)) al.push({ alias: a, language: null, aliasType: "other" });
    plan.entities.push({ kind: "organisation", slug: o.slug, nameEn: o.nameEn, nameZh: o.nameZh ?? fact?.name_zh ?? null, subtype: o.subtype, date: fact?.date ?? null, aliases: al, sources: o.sources });
    for (const n of [o.nameEn, ...o.aliases.map((a) => a.alias)]) orgByName.set(n, o.slug);
    if (o.partOf) plan.relations.push({ subject: { kind: "organisation", slug: o.slug }, object: { kind: "organisation", slug: o.partOf }, role: "part-of" });
  }
  orgByName.set("United Nations", "united-nations");
  const kindOf = (f: Fact): EntityKind =>
    f.type === "document" ? (f.symbol?.startsWith("A/RES") ? "resolution" : "initiative") : (f.type as EntityKind);
  for (const f of facts) {
    if (absorbed.has(f.id)) continue;
    const kind = kindOf(f);
    const session = f.symbol ? Number(/\/(\d{2})\//.exec(f.symbol)?.[1]) || null : null;
    plan.entities.push({
      kind,
      slug: f.id,
      nameEn: f.name_en,
      nameZh: f.name_zh,
      date: f.date,
      endDate: f.end_date,
      symbol: kind === "resolution" ? f.symbol : null,
      session: kind === "resolution" ? session : null,
      subtype: f.type === "document" ? "document" : null,
      aliases: f.aliases.map((a) => ({ alias: a, language: /[\u4e00-\u9fff]/.test(a) ? "zh" : null, aliasType: "other" })),
      sources: f.sources.map((url) => ({ url })),
    });
    for (const c of f.countries) plan.relations.push({ subject: { kind: "country", slug: c.toLowerCase() }, object: { kind, slug: f.id }, role: "participant" });
    for (const name of f.organisations) {
      const org = orgByName.get(name);
      if (org) plan.relations.push({ subject: { kind: "organisation", slug: org }, object: { kind, slug: f.id }, role: "participant" });
    }
  }
  return plan;
}

let cachedPlan: SeedPlan | null = null;
export async function loadSeedPlan(): Promise<SeedPlan> {
  if (cachedPlan) return cachedPlan;
  const file = path.join(process.cwd(), "lib", "seed", "build-seed-plan.ts");
  if (fs.existsSync(file) && process.env.INGEST_TEST_FALLBACK_PLAN !== "1") {
    try {
      const mod = (await import(/* @vite-ignore */ file)) as { buildSeedPlan: () => SeedPlan };
      cachedPlan = mod.buildSeedPlan();
      return cachedPlan;
    } catch {
      // not usable yet: fall back
    }
  }
  cachedPlan = buildFallbackPlan();
  return cachedPlan;
}

/** Inserts a plan with plain inserts (tests only: the product path is db/seed). */
export function insertPlan(db: AtlasDatabase, plan: SeedPlan): Map<string, number> {
  const ids = new Map<string, number>();
  db.transaction((tx) => {
    for (const e of plan.entities) {
      const id = tx
        .insert(entities)
        .values({
          kind: e.kind,
          slug: e.slug,
          nameEn: e.nameEn,
          nameZh: e.nameZh,
          subtype: e.subtype ?? null,
          date: e.date ?? null,
          endDate: e.endDate ?? null,
          iso2: e.iso2 ?? null,
          iso3: e.iso3 ?? null,
          symbol: e.symbol ?? null,
          session: e.session ?? null,
        })
        .returning({ id: entities.id })
        .get().id;
      ids.set(`${e.kind}:${e.slug}`, id);
      for (const a of e.aliases) {
        tx.insert(aliases).values({ entityId: id, alias: a.alias, language: a.language, aliasType: a.aliasType, linkable: a.linkable ?? true }).onConflictDoNothing().run();
      }
    }
    for (const r of plan.relations as SeedRelation[]) {
      const s = ids.get(`${r.subject.kind}:${r.subject.slug}`);
      const o = ids.get(`${r.object.kind}:${r.object.slug}`);
      if (s === undefined || o === undefined || s === o) continue;
      tx.insert(relations).values({ subjectId: s, objectId: o, role: r.role, date: r.date ?? null }).onConflictDoNothing().run();
    }
  });
  return ids;
}

export async function makeSeededDb(): Promise<{ db: AtlasDatabase; file: string; cleanup: () => void }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "atlas-ingest-"));
  const file = path.join(dir, "atlas.sqlite");
  const db = openDatabase({ file });
  migrateDatabase({ db });
  insertPlan(db, await loadSeedPlan());
  return {
    db,
    file,
    cleanup: () => {
      db.$client.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
