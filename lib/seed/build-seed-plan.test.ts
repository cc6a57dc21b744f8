import { findInternalText } from "@/lib/content/reader-text";
import { describe, expect, it } from "vitest";
import countryAliases from "../../db/seed/data/country-aliases.json";
import curation from "../../db/seed/data/curation.json";
import organisations from "../../db/seed/data/organisations.json";
import unMembers from "../../db/seed/data/un-members.json";
import { RELATION_ROLES, type EntityKind } from "../../db/schema";
import { isPartialDate, precisionOf } from "../dates/partial-date";
import fs from "node:fs";
import { ORGANISATION_NAME_TO_SLUG, REFERENCE, buildSeedPlan, findReferenceEntity, listTranslatedSlugs } from "./build-seed-plan";
import { parseContentSources } from "./content-sources";
import type { SeedEntity, SeedRelation } from "./types";

const plan = buildSeedPlan();
const keyOf = (r: { kind: string; slug: string }) => `${r.kind}:${r.slug}`;
const entity = (kind: EntityKind, slug: string): SeedEntity => {
  const found = plan.entities.find((e) => e.kind === kind && e.slug === slug);
  if (!found) throw new Error(`no ${kind}:${slug} in the plan`);
  return found;
};
const rolesOf = ({ subject, object }: { subject: string; object: string }) =>
  plan.relations.filter((r) => keyOf(r.subject) === subject && keyOf(r.object) === object).map((r) => r.role);
const relationsOf = (ref: { kind: EntityKind; slug: string }): SeedRelation[] => plan.relations.filter((r) => keyOf(r.subject) === keyOf(ref) || keyOf(r.object) === keyOf(ref));

describe("countries", () => {
  const countries = plan.entities.filter((e) => e.kind === "country");

  it("has all 249 ISO 3166-1 countries with English and Chinese names", () => {
    expect(countries).toHaveLength(249);
    for (const c of countries) {
      expect(c.nameEn, c.slug).toBeTruthy();
      expect(c.nameZh, c.slug).toBeTruthy();
      expect(c.iso2).toMatch(/^[A-Z]{2}$/);
      expect(c.slug).toBe(c.iso3?.toLowerCase());
    }
  });

  it("marks exactly the 193 UN member states", () => {
    const members = countries.filter((c) => c.unMember).map((c) => c.iso3);
    expect(members).toHaveLength(193);
    expect(new Set(members)).toEqual(new Set(unMembers.members));
    expect(entity("country", "vat").unMember).toBe(false);
    expect(entity("country", "pse").unMember).toBe(false);
  });

  it("uses the common Chinese names", () => {
    expect(entity("country", "zmb").nameZh).toBe("赞比亚");
    expect(entity("country", "chn").nameEn).toBe("China");
    expect(entity("country", "idn").nameZh).toBe("印度尼西亚");
    expect(entity("country", "esh").nameZh).toBe("西撒哈拉");
    expect(entity("country", "idn").aliases.map((a) => a.alias)).toContain("印尼");
    expect(entity("country", "sau").aliases.map((a) => a.alias)).toContain("沙特");
    expect(entity("country", "chn").aliases.map((a) => a.alias)).toContain("中方");
  });

  it("knows the states whose names start with Saint by the abbreviation news uses ('St. Lucia', 'St Kitts and Nevis')", () => {
    expect(entity("country", "lca").aliases.map((a) => a.alias)).toEqual(expect.arrayContaining(["St. Lucia", "St Lucia"]));
    expect(entity("country", "vct").aliases.map((a) => a.alias)).toContain("St. Vincent and the Grenadines");
    expect(entity("country", "kna").aliases.map((a) => a.alias)).toContain("St Kitts and Nevis");
  });

  it("keeps look-alike countries apart", () => {
    for (const [a, b] of [
      ["IDN", "IND"],
      ["NER", "NGA"],
      ["SSD", "SDN"],
      ["DMA", "DOM"],
      ["PNG", "GIN"],
    ]) {
      const x = entity("country", a.toLowerCase());
      const y = entity("country", b.toLowerCase());
      expect(x.nameEn).not.toBe(y.nameEn);
      expect(x.nameZh).not.toBe(y.nameZh);
    }
  });

  it("marks Latin abbreviations that must match case-sensitively as abbreviations", () => {
    const us = entity("country", "usa").aliases.find((a) => a.alias === "US");
    expect(us).toMatchObject({ aliasType: "abbreviation", language: "en" });
    for (const [code, c] of Object.entries(countryAliases.countries)) {
      for (const a of c.aliases) {
        if ("caseSensitive" in a && a.caseSensitive) expect(a.aliasType, `${code} ${a.alias}`).toBe("abbreviation");
        expect(["short", "demonym", "abbreviation", "former", "other"]).toContain(a.aliasType);
      }
    }
  });

  it("links plain Korea and Korean to the Republic of Korea, as the news writes them (North Korea keeps its own names)", () => {
    const kor = entity("country", "kor").aliases.filter((a) => a.alias === "Korea" || a.alias === "Korean");
    expect(kor.map((a) => [a.alias, a.linkable ?? true])).toEqual([
      ["Korea", true],
      ["Korean", true],
    ]);
    expect(entity("country", "prk").aliases.some((a) => a.alias === "Korea" || a.alias === "Korean")).toBe(false);
  });

  it("does not link on aliases shared by two countries", () => {
    const congo = entity("country", "cod").aliases.find((a) => a.alias === "Congo");
    expect(congo?.linkable).toBe(false);
  });
});

describe("reference entries", () => {
  it("keeps every reference entry, its date precision and all its sources", () => {
    for (const entry of REFERENCE) {
      const ref = findReferenceEntity(entry.id);
      const e = entity(ref.kind, ref.slug);
      expect(e.date, entry.id).toBe(entry.date);
      if (e.date) {
        expect(isPartialDate(e.date)).toBe(true);
        expect(precisionOf(e.date)).toBe(entry.date_precision);
      }
      const urls = e.sources.map((s) => s.url);
      for (const url of entry.sources) expect(urls, entry.id).toContain(url);
    }
  });

  it("marks a sourced Chinese name official and gives every other entity the atlas's translation, marked translated", () => {
    const curated = curation.entries as Record<string, { nameZh?: { value: string; sourceUrl: string } }>;
    const merged = new Set(organisations.organisations.flatMap((o) => ("referenceId" in o ? [o.referenceId] : [])));
    for (const entry of REFERENCE) {
      const ref = findReferenceEntity(entry.id);
      const nameZh = entity(ref.kind, ref.slug).nameZh;
      const given = curated[entry.id]?.nameZh;
      if (merged.has(entry.id)) continue; // curated organisations carry their own sourced names (below)
      if (given) expect(given.sourceUrl).toBeTruthy();
      const sourced = given?.value ?? entry.name_zh;
      const e = entity(ref.kind, ref.slug);
      if (sourced) expect({ nameZh, provenance: e.nameZhProvenance }, entry.id).toEqual({ nameZh: sourced, provenance: "official" });
      else expect({ translated: !!nameZh, provenance: e.nameZhProvenance }, entry.id).toEqual({ translated: true, provenance: "translated" });
    }
    for (const e of plan.entities) {
      expect(e.nameZh, e.slug).toBeTruthy();
      if (e.kind === "country") expect(e.nameZhProvenance).toBe("official");
      else if (e.description) expect({ has: !!e.descriptionZh, provenance: e.descriptionZhProvenance }, e.slug).toEqual({ has: true, provenance: "translated" });
    }
  });

  it("maps documents to initiatives with a document subtype", () => {
    expect(entity("initiative", "bletchley-declaration").subtype).toBe("declaration");
    expect(entity("initiative", "eu-ai-act").subtype).toBe("law");
    expect(entity("initiative", "us-eo-14110").subtype).toBe("executive-order");
    expect(plan.entities.some((e) => e.slug === "un-odet" && e.kind !== "organisation")).toBe(false);
  });

  it("merges the reference ODET entry into the one ODET organisation", () => {
    const odet = plan.entities.filter((e) => e.nameEn.includes("Digital and Emerging Technologies"));
    expect(odet).toHaveLength(1);
    expect(odet[0]).toMatchObject({ kind: "organisation", slug: "un-odet", nameZh: "联合国数字和新兴技术办公室" });
    expect(odet[0].sources.map((s) => s.url)).toContain("seed-article:000_d7c1b0d61f8666e3.txt");
    expect(plan.entities.some((e) => e.slug === "gpai-launch-2020")).toBe(false);
    expect(entity("organisation", "gpai")).toMatchObject({ nameZh: "全球人工智能合作伙伴关系", nameZhProvenance: "translated" });
  });

  it("dates the Group of Friends meetings", () => {
    expect(entity("event", "group-of-friends-thematic-meeting-2025-05").date).toBe("2025-05-06");
    expect(entity("event", "group-of-friends-first-meeting-2024").date).toBe("2024-12-03");
  });

  it("gives A/RES/78/311 its resolution fields", () => {
    expect(entity("resolution", "unga-res-78-311")).toMatchObject({
      symbol: "A/RES/78/311",
      unBody: "UN General Assembly",
      session: 78,
      adoptionMethod: "consensus",
    });
    expect(entity("resolution", "unga-res-78-311").aliases.map((a) => a.alias)).toEqual(expect.arrayContaining(["78/311", "加强人工智能能力建设国际合作决议"]));
    expect(entity("resolution", "unga-res-78-241-laws")).toMatchObject({ adoptionMethod: "vote", vote: "152-4-11" });
  });
});

describe("organisations", () => {
  it("have the spellings news writes: hyphened short names (G-7, G-20), American English", () => {
    expect(entity("organisation", "g7").aliases.map((a) => a.alias)).toContain("G-7");
    expect(entity("organisation", "g20").aliases.map((a) => a.alias)).toContain("G-20");
    expect(entity("organisation", "oecd").aliases.map((a) => a.alias)).toContain("Organization for Economic Cooperation and Development");
  });
});

describe("summits", () => {
  it("have the names news writes: the Seoul summit as 'Seoul AI Safety Summit'", () => {
    expect(entity("event", "ai-seoul-summit-2024").aliases.map((a) => a.alias)).toContain("Seoul AI Safety Summit");
  });
});

describe("Group of Friends", () => {
  const gof = { kind: "organisation" as const, slug: "group-of-friends-ai-capacity-building" };

  it("has the short names used in news text", () => {
    const aliases = entity(gof.kind, gof.slug).aliases.map((a) => a.alias);
    expect(aliases).toEqual(expect.arrayContaining(["之友小组", "Friends Group", "Group of Friends"]));
    expect(entity(gof.kind, gof.slug).nameZh).toBe("人工智能能力建设国际合作之友小组");
  });

  it("has China and Zambia as co-founders and co-chairs", () => {
    expect(rolesOf({ subject: "country:zmb", object: keyOf(gof) })).toEqual(expect.arrayContaining(["co-chair", "co-founder"]));
    expect(rolesOf({ subject: "country:chn", object: keyOf(gof) })).toEqual(expect.arrayContaining(["co-chair", "co-founder", "proposer"]));
  });

  it("has its meetings as parts, co-hosted by China and Zambia", () => {
    for (const slug of ["group-of-friends-first-meeting-2024", "group-of-friends-thematic-meeting-2025-05"]) {
      expect(rolesOf({ subject: `event:${slug}`, object: keyOf(gof) })).toContain("part-of");
      expect(rolesOf({ subject: "country:zmb", object: `event:${slug}` })).toContain("co-host");
      expect(rolesOf({ subject: "country:chn", object: `event:${slug}` })).toContain("co-host");
    }
    expect(rolesOf({ subject: "organisation:itu", object: "event:group-of-friends-thematic-meeting-2025-05" })).toContain("participant");
    expect(rolesOf({ subject: "organisation:un-odet", object: "event:group-of-friends-thematic-meeting-2025-05" })).toContain("participant");
  });
});

describe("relations", () => {
  it("connect entities of the plan, with a known role and a source", () => {
    const keys = new Set(plan.entities.map(keyOf));
    for (const r of plan.relations) {
      expect(keys.has(keyOf(r.subject)), keyOf(r.subject)).toBe(true);
      expect(keys.has(keyOf(r.object)), keyOf(r.object)).toBe(true);
      expect(RELATION_ROLES).toContain(r.role);
      expect(r.sourceUrl).toMatch(/^https?:\/\//);
    }
  });

  it("say once, on the list, that it is partial, with the total the sources state", () => {
    const listOf = (slug: string) => plan.participationLists?.find((l) => l.entity.slug === slug);
    expect(listOf("bletchley-declaration")).toMatchObject({ role: "signatory", expectedTotal: 28, asOf: "2023-11-01" });
    expect(listOf("bletchley-declaration")?.sourceUrl).toMatch(/^https:\/\/www\.gov\.uk\//);
    expect(listOf("unga-res-78-265")).toMatchObject({ role: "co-sponsor", expectedTotal: 123 });
    expect(listOf("unga-res-78-311")).toMatchObject({ role: "co-sponsor", expectedTotal: null });
    expect(listOf("unga-res-78-311")?.note).toMatch(/more than 140 co-sponsors/);
    for (const slug of ["bletchley-declaration", "paris-statement-inclusive-sustainable-ai", "unga-res-78-311"]) {
      const rows = plan.relations.filter((r) => r.object.slug === slug && r.subject.kind === "country");
      expect(rows.length).toBeGreaterThan(0);
      for (const r of rows) expect(r.note ?? "").not.toMatch(/partial list/i);
    }
  });

  it("carry no editors' remark in anything readers see", () => {
    const texts = [
      ...plan.entities.flatMap((e) => [e.description, ...e.sources.map((s) => s.note)]),
      ...plan.relations.map((r) => r.note),
      ...(plan.participationLists ?? []).map((l) => l.note),
    ].filter((t): t is string => !!t);
    for (const text of texts) expect(findInternalText(text), text).toEqual([]);
  });

  it("never turn a 'voted against' list into sponsors", () => {
    expect(relationsOf({ kind: "resolution", slug: "unga-laws-resolution-2024" }).some((r) => r.subject.kind === "country")).toBe(false);
  });

  it("record adoption and structure", () => {
    expect(rolesOf({ subject: "resolution:unga-res-78-311", object: "organisation:un-general-assembly" })).toEqual(["adopted-by"]);
    expect(rolesOf({ subject: "initiative:ai-capacity-building-action-plan", object: "resolution:unga-res-78-311" })).toEqual(["follow-up-of"]);
    expect(rolesOf({ subject: "country:chn", object: "initiative:global-ai-governance-initiative" })).toEqual(["proposer"]);
    expect(rolesOf({ subject: "country:bra", object: "event:g20-rio-summit-2024" })).toEqual(["host"]);
  });
});

describe("organisations", () => {
  it("resolve every organisation name used in the reference to one organisation of the plan", () => {
    const names = new Set(REFERENCE.flatMap((e) => e.organisations));
    for (const name of names) {
      const slug = ORGANISATION_NAME_TO_SLUG[name];
      expect(slug, name).toBeTruthy();
      expect(entity("organisation", slug).kind).toBe("organisation");
    }
    expect(Object.keys(organisations.organisationNameToSlug).sort()).toEqual([...names].sort());
  });

  it("include the bodies named in the first article with their Chinese names", () => {
    expect(entity("organisation", "itu").aliases.map((a) => a.alias)).toContain("国际电联");
    expect(entity("organisation", "united-nations").nameZh).toBe("联合国");
    expect(entity("organisation", "un-general-assembly").aliases.map((a) => a.alias)).toContain("联大");
    expect(entity("organisation", "brics").nameZh).toBe("金砖国家");
    expect(entity("organisation", "asean").aliases.map((a) => a.alias)).toContain("东盟");
  });
});

describe("the first article's names", () => {
  // Surface forms from People's Daily, 2025-05-07 (db/seed/data/articles/000_d7c1b0d61f8666e3.txt).
  const surfaces = [
    "中国",
    "中方",
    "赞比亚",
    "联合国",
    "人工智能能力建设国际合作之友小组",
    "之友小组",
    "俄罗斯",
    "法国",
    "巴西",
    "印度尼西亚",
    "巴基斯坦",
    "埃塞俄比亚",
    "国际电信联盟",
    "联合国数字和新兴技术办公室",
    "全球人工智能治理倡议",
    "联合国大会",
    "加强人工智能能力建设国际合作决议",
    "二十国集团领导人第十九次峰会",
    "二十国集团",
    "人工智能能力建设普惠计划",
    "中国—金砖国家人工智能发展与合作中心",
    "金砖国家",
    "中国—东盟人工智能创新合作中心",
    "东盟",
    "越南",
    "老挝",
    "埃及",
    "数字埃及建设者",
    "阿联酋",
    "沙特",
  ];

  it("all resolve to an entity by name or alias", () => {
    const known = new Set(plan.entities.flatMap((e) => [e.nameEn, e.nameZh, ...e.aliases.map((a) => a.alias)]));
    for (const s of surfaces) expect(known.has(s), s).toBe(true);
  });
});

describe("plan shape", () => {
  it("has unique entities, relations and aliases", () => {
    expect(new Set(plan.entities.map(keyOf)).size).toBe(plan.entities.length);
    const relationKeys = plan.relations.map((r) => `${keyOf(r.subject)}|${r.role}|${keyOf(r.object)}`);
    expect(new Set(relationKeys).size).toBe(relationKeys.length);
    for (const e of plan.entities) {
      const aliases = e.aliases.map((a) => a.alias);
      expect(new Set(aliases).size, keyOf(e)).toBe(aliases.length);
      const sources = e.sources.map((s) => s.url);
      expect(new Set(sources).size, keyOf(e)).toBe(sources.length);
    }
  });

  it("is deterministic", () => {
    expect(buildSeedPlan()).toEqual(plan);
  });
});

describe("the research file (content-sources.json)", () => {
  it("maps research wording to the product's roles and skips, with a warning, what it cannot place", async () => {
    const { parseContentSources } = await import("./content-sources");
    const content = parseContentSources(
      JSON.stringify({
        participation: [
          { entity: "oecd-ai-principles-2019", role: "adherent", expectedTotal: 42, asOf: "2019-05-22", participants: [{ iso3: "ARG", sourceUrl: "https://example.org/a" }] },
          { entity: "no-such-entity", role: "signatory", participants: [] },
          { entity: "bletchley-declaration", role: "observer", participants: [] },
          { entity: "bletchley-declaration", role: "signatory", participants: [{ iso3: "ZZZ", sourceUrl: "https://example.org/b" }] },
        ],
        names: { "no-such-entity": { nameZh: "无", sourceUrl: "https://example.org/c" } },
      }),
    );
    const warnings: string[] = [];
    const merged = buildSeedPlan({ contentSources: content, warnings });
    expect(merged.participationLists?.find((l) => l.entity.slug === "oecd-ai-principles-2019")).toMatchObject({ role: "signatory", expectedTotal: 42 });
    expect(warnings).toEqual([
      "names: unknown entity no-such-entity, skipped",
      "participation: unknown entity no-such-entity, skipped",
      "participation: bletchley-declaration has the unknown role observer, skipped",
      "participation: bletchley-declaration: unknown country ZZZ, skipped",
    ]);
  });

  it("records who did not sign as a non-signatory relation, apart from the participants, and skips a participation role given as a refusal", async () => {
    const { parseContentSources } = await import("./content-sources");
    const content = parseContentSources(
      JSON.stringify({
        participation: [
          {
            entity: "bletchley-declaration",
            role: "signatory",
            participants: [],
            nonParticipants: [
              { iso3: "NZL", role: "non-signatory", sourceUrl: "https://example.org/n" },
              { iso3: "NOR", role: "signatory", sourceUrl: "https://example.org/m" },
            ],
          },
        ],
      }),
    );
    const warnings: string[] = [];
    const merged = buildSeedPlan({ contentSources: content, warnings });
    const refusals = merged.relations.filter((r) => r.object.slug === "bletchley-declaration" && r.role === "non-signatory");
    expect(refusals.map((r) => [r.subject.slug, r.sourceUrl])).toEqual([["nzl", "https://example.org/n"]]);
    expect(merged.relations.some((r) => r.object.slug === "bletchley-declaration" && r.subject.slug === "nor" && r.sourceUrl === "https://example.org/m")).toBe(false);
    expect(warnings).toEqual(["participation: bletchley-declaration: non-participant NOR signatory is not a known country and non-participation role, skipped"]);
  });

  it("places a new entity's relation whose object is a country written as its lower-case slug", async () => {
    const { parseContentSources } = await import("./content-sources");
    const content = parseContentSources(
      JSON.stringify({
        entities: [
          {
            slug: "test-national-ai-law",
            kind: "initiative",
            subtype: "law",
            nameEn: "Test national AI law",
            sources: ["https://example.org/law"],
            relations: [{ subject: "test-national-ai-law", role: "adopted-by", object: "kor", sourceUrl: "https://example.org/law" }],
          },
        ],
      }),
    );
    const warnings: string[] = [];
    const merged = buildSeedPlan({ contentSources: content, warnings });
    expect(warnings).toEqual([]);
    expect(merged.relations).toContainEqual(
      expect.objectContaining({ subject: { kind: "initiative", slug: "test-national-ai-law" }, role: "adopted-by", object: { kind: "country", slug: "kor" } }),
    );
  });

  it("adds other names an entity goes by, each with the page it was read on as a source, once", async () => {
    const { parseContentSources } = await import("./content-sources");
    const content = parseContentSources(
      JSON.stringify({
        aliases: {
          "bletchley-declaration": [
            { alias: "the declaration of Bletchley Park", language: "en", aliasType: "descriptive", sourceUrl: "https://example.org/d" },
            { alias: "the declaration of Bletchley Park", language: "en", sourceUrl: "https://example.org/e" },
          ],
          "no-such-entity": [{ alias: "Nothing", sourceUrl: "https://example.org/f" }],
        },
      }),
    );
    const warnings: string[] = [];
    const merged = buildSeedPlan({ contentSources: content, warnings });
    const entity = merged.entities.find((e) => e.slug === "bletchley-declaration")!;
    expect(entity.aliases.filter((a) => a.alias === "the declaration of Bletchley Park")).toEqual([
      { alias: "the declaration of Bletchley Park", language: "en", aliasType: "descriptive" },
    ]);
    expect(entity.sources.filter((x) => x.url.startsWith("https://example.org/")).map((x) => x.url)).toEqual(["https://example.org/d", "https://example.org/e"]);
    expect(warnings).toEqual(["aliases: unknown entity no-such-entity, skipped"]);
  });

  it("refuses a file of the wrong shape with the place of the first problem", async () => {
    const { parseContentSources } = await import("./content-sources");
    expect(() => parseContentSources(JSON.stringify({ sources: { "https://example.org/x": { quality: "excellent" } } }))).toThrow(
      /content-sources\.json: sources\.https:\/\/example\.org\/x\.quality/,
    );
  });
});

describe("the atlas's own translations", () => {
  it("each names an entity of the full seed (with the research file), and every non-country entity then has Chinese", () => {
    const plan = buildSeedPlan({ contentSources: parseContentSources(fs.readFileSync("db/seed/data/content-sources.json", "utf8")) });
    const slugs = new Set(plan.entities.filter((e) => e.kind !== "country").map((e) => e.slug));
    expect(listTranslatedSlugs().filter((slug) => !slugs.has(slug))).toEqual([]);
    const missing = plan.entities.filter((e) => e.kind !== "country" && (!e.nameZh || (e.description && !e.descriptionZh))).map((e) => e.slug);
    expect(missing).toEqual([]);
  });
});
