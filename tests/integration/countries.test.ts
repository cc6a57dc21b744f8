import { parse } from "csv-parse/sync";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  counterpartsSql,
  countryParticipationsSql,
  explainQueryPlan,
  findCountriesByIso3,
  findSelectionEntity,
  listCounterparts,
  listCountryMentions,
  listCountryParticipationCounts,
  listParticipations,
  listParticipationTriples,
  listSelectableEntities,
  listSelectionScope,
  participationSql,
  countryMentionCountsSql,
} from "@/db/queries/countries";
import { articleEvents, articles, entities, mentions, relations } from "@/db/schema";
import { compareCountries } from "@/lib/countries/compare-countries";
import { groupByRoleAndKind, mergeParticipations } from "@/lib/countries/group-participations";
import { buildParticipationMatrix, matrixToCsv } from "@/lib/countries/participation-matrix";
import { saveEntity, saveRelation } from "@/lib/seed/save-entity";
import type { SeedEntity } from "@/lib/seed/types";
import { createTestDatabase } from "../helpers/test-database";

const country = (iso3: string, iso2: string, nameEn: string, nameZh: string): SeedEntity => ({
  kind: "country",
  slug: iso3.toLowerCase(),
  iso3,
  iso2,
  nameEn,
  nameZh,
  unMember: true,
  aliases: [],
  sources: [],
});
const thing = (kind: SeedEntity["kind"], slug: string, nameEn: string, date: string, extra: Partial<SeedEntity> = {}): SeedEntity => ({
  kind,
  slug,
  nameEn,
  nameZh: null,
  date,
  aliases: [],
  sources: [],
  ...extra,
});

describe("country participation queries (real SQLite)", () => {
  const database = createTestDatabase();
  const { db } = database;
  const id: Record<string, number> = {};

  beforeAll(() => {
    db.transaction((tx) => {
      for (const e of [
        country("CHN", "CN", "China", "中国"),
        country("ZMB", "ZM", "Zambia", "赞比亚"),
        country("FRA", "FR", "France", "法国"),
        country("USA", "US", "United States", "美国"),
        country("SGP", "SG", "Singapore", "新加坡"),
        thing("organisation", "gof", "Group of Friends", "2024-12-03", { sources: [{ url: "https://example.org/gof" }] }),
        thing("event", "gof-m1", "First meeting", "2024-12-03"),
        thing("event", "gof-m2", "Thematic meeting", "2025-05-06"),
        thing("resolution", "unga-res-78-311", "Enhancing cooperation on AI capacity-building", "2024-07-01", { symbol: "A/RES/78/311" }),
        thing("initiative", "gaigi", "Global AI Governance Initiative", "2023-10-18"),
        thing("initiative", "guess", "Guessed initiative", "2025"),
      ]) {
        const key = e.kind === "country" ? e.iso3! : e.slug;
        id[key] = saveEntity({ tx, input: e }).id;
      }
      const rel = (s: string, o: string, role: Parameters<typeof saveRelation>[0]["input"]["role"], sourceUrl: string | null = null) =>
        saveRelation({ tx, subjectId: id[s], objectId: id[o], input: { role, sourceUrl } });
      rel("CHN", "gof", "co-founder", "https://example.org/launch");
      rel("CHN", "gof", "co-chair");
      rel("ZMB", "gof", "co-founder", "https://example.org/launch");
      rel("ZMB", "gof", "co-chair");
      rel("CHN", "gof-m2", "co-host");
      rel("ZMB", "gof-m2", "co-host");
      rel("FRA", "gof-m1", "participant");
      rel("CHN", "unga-res-78-311", "proposer");
      rel("ZMB", "unga-res-78-311", "co-sponsor");
      rel("USA", "unga-res-78-311", "co-sponsor"); // made "suggested" below: not a fact yet
      rel("FRA", "gof-m2", "participant"); // deleted below
      rel("CHN", "guess", "proposer"); // its object is only proposed below
      rel("gof-m1", "gof", "part-of");
      rel("gof-m2", "gof", "part-of");
      rel("CHN", "gaigi", "proposer");
    });
    db.update(relations).set({ status: "suggested" }).where(eq(relations.subjectId, id.USA)).run();
    db.update(relations)
      .set({ deletedAt: new Date().toISOString() })
      .where(and(eq(relations.subjectId, id.FRA), eq(relations.objectId, id["gof-m2"])))
      .run();
    db.update(entities).set({ status: "proposed" }).where(eq(entities.id, id.guess)).run();

    const body = "中国和赞比亚共同主办了会议。赞比亚代表出席了首次会议。";
    const art = db
      .insert(articles)
      .values({ slug: "art-1", title: "之友小组会议", language: "zh", publishedAt: "2025-05-07T08:48:00+08:00", body, contentHash: "h1" })
      .returning()
      .get();
    const art2 = db
      .insert(articles)
      .values({ slug: "art-2", title: "Another", language: "en", publishedAt: "2025-06-01", body: "France attended.", contentHash: "h2" })
      .returning()
      .get();
    db.insert(mentions)
      .values([
        {
          articleId: art.id,
          entityId: id.ZMB,
          surface: "赞比亚",
          start: 3,
          end: 6,
          evidence: "中国和赞比亚共同主办了会议。",
          evidenceStart: 0,
          confidence: 0.9,
          status: "suggested",
        },
        {
          articleId: art.id,
          entityId: id.ZMB,
          surface: "赞比亚",
          start: 14,
          end: 17,
          evidence: "赞比亚代表出席了首次会议。",
          evidenceStart: 14,
          confidence: 0.9,
          status: "confirmed",
        },
        { articleId: art.id, entityId: id.CHN, surface: "中国", start: 0, end: 2, evidence: "中国和赞比亚共同主办了会议。", evidenceStart: 0, confidence: 0.9, status: "rejected" },
        { articleId: art2.id, entityId: id.FRA, surface: "France", start: 0, end: 6, evidence: "France attended.", evidenceStart: 0, confidence: 0.9, status: "suggested" },
      ])
      .run();
    db.update(articles).set({ deletedAt: new Date().toISOString() }).where(eq(articles.id, art2.id)).run();
    db.insert(articleEvents)
      .values([
        {
          articleId: art.id,
          eventId: id["gof-m1"],
          date: "2024-12-03",
          evidence: "赞比亚代表出席了首次会议。",
          evidenceStart: 14,
          evidenceEnd: 27,
          actors: [{ entityId: id.ZMB, role: "participant" }],
          confidence: 0.8,
          status: "confirmed",
        },
        {
          articleId: art.id,
          eventId: id["gof-m2"],
          date: "2025-05-06",
          evidence: "中国和赞比亚共同主办了会议。",
          evidenceStart: 0,
          evidenceEnd: 14,
          actors: [{ entityId: id.USA, role: "participant" }],
          confidence: 0.5,
          status: "suggested",
        },
      ])
      .run();
  });

  afterAll(() => database.remove());

  const byIso = (rows: ReturnType<typeof listCountryParticipationCounts>) => Object.fromEntries(rows.map((r) => [r.iso3, r]));

  it("counts distinct entities per country by kind and role, confirmed facts only, and lists countries with none", () => {
    const rows = byIso(listCountryParticipationCounts({ db }));
    expect(Object.keys(rows).sort()).toEqual(["CHN", "FRA", "SGP", "USA", "ZMB"]);
    expect(rows.CHN).toMatchObject({
      total: 4,
      byKind: { organisation: 1, event: 1, resolution: 1, initiative: 1 },
      byRole: { "co-founder": 1, "co-chair": 1, "co-host": 1, proposer: 2 },
    });
    // ZMB's attendance of the first meeting comes from a confirmed article event
    expect(rows.ZMB).toMatchObject({ total: 4, byKind: { organisation: 1, event: 2, resolution: 1 }, byRole: { participant: 1, "co-sponsor": 1 } });
    expect(rows.FRA).toMatchObject({ total: 1, byRole: { participant: 1 } }); // its m2 participation was deleted
    expect(rows.USA.total).toBe(0); // suggested relation and suggested article event do not count
    expect(rows.SGP).toMatchObject({ total: 0, articles: 0 });
  });

  it("counts articles mentioning a country, ignoring rejected mentions and deleted articles", () => {
    const rows = byIso(listCountryParticipationCounts({ db }));
    expect(rows.ZMB.articles).toBe(1);
    expect(rows.CHN.articles).toBe(0);
    expect(rows.FRA.articles).toBe(0);
    const mentionsOfZambia = listCountryMentions({ db, countryId: id.ZMB });
    expect(mentionsOfZambia).toHaveLength(1);
    expect(mentionsOfZambia[0]).toMatchObject({ slug: "art-1", evidence: "中国和赞比亚共同主办了会议。", confirmed: true });
  });

  it("selection by organisation: founders highlighted, meeting-goers via its parts", () => {
    const gof = findSelectionEntity({ db, kind: "organisation", slug: "gof" })!;
    const scope = listSelectionScope({ db, rootId: gof.id });
    expect(scope.sort()).toEqual([id.gof, id["gof-m1"], id["gof-m2"]].sort());
    const rows = byIso(listCountryParticipationCounts({ db, scope: { rootId: gof.id, ids: scope } }));
    expect(rows.CHN.selectionRoles.sort()).toEqual(["co-chair", "co-founder"]);
    expect(rows.ZMB.selectionRoles.sort()).toEqual(["co-chair", "co-founder"]);
    expect(rows.FRA).toMatchObject({ selectionRoles: [], viaParts: true, total: 1 });
    expect(rows.USA).toMatchObject({ total: 0, viaParts: false });
    expect(rows.CHN.total).toBe(2); // the group and its thematic meeting; not the resolution
  });

  it("selection by resolution and by event", () => {
    const res = findSelectionEntity({ db, kind: "resolution", slug: "unga-res-78-311" })!;
    const r = byIso(listCountryParticipationCounts({ db, scope: { rootId: res.id, ids: listSelectionScope({ db, rootId: res.id }) } }));
    expect(r.ZMB.selectionRoles).toEqual(["co-sponsor"]);
    expect(r.CHN.selectionRoles).toEqual(["proposer"]);
    expect(r.USA.selectionRoles).toEqual([]);
    const m2 = findSelectionEntity({ db, kind: "event", slug: "gof-m2" })!;
    const e = byIso(listCountryParticipationCounts({ db, scope: { rootId: m2.id, ids: listSelectionScope({ db, rootId: m2.id }) } }));
    expect(
      Object.values(e)
        .filter((c) => c.total > 0)
        .map((c) => c.iso3)
        .sort(),
    ).toEqual(["CHN", "ZMB"]);
    expect(e.CHN.selectionRoles).toEqual(["co-host"]);
    expect(findSelectionEntity({ db, kind: "initiative", slug: "guess" })).toBeUndefined();
  });

  it("offers only entities with participating countries in the selector", () => {
    const slugs = listSelectableEntities({ db }).map((e) => e.slug);
    expect(slugs).toEqual(expect.arrayContaining(["gof", "gof-m1", "gof-m2", "unga-res-78-311", "gaigi"]));
    expect(slugs).not.toContain("guess");
  });

  it("lists a country's participations with evidence, grouped by role and kind", () => {
    const rows = listParticipations({ db, countryIds: [id.ZMB] });
    const items = mergeParticipations({ rows });
    const groups = groupByRoleAndKind({ items });
    expect(groups.map((g) => g.role)).toEqual(["co-founder", "co-chair", "co-host", "co-sponsor", "participant"]);
    const founder = items.find((i) => i.role === "co-founder")!;
    expect(founder.evidence).toEqual([{ type: "source", url: "https://example.org/launch", ofEntity: false }]);
    const chair = items.find((i) => i.role === "co-chair")!;
    expect(chair.evidence).toEqual([{ type: "source", url: "https://example.org/gof", ofEntity: true }]);
    const attended = items.find((i) => i.role === "participant")!;
    expect(attended.entity.slug).toBe("gof-m1");
    expect(attended.date).toBe("2024-12-03");
    expect(attended.evidence[0]).toMatchObject({ type: "sentence", sentence: "赞比亚代表出席了首次会议。", article: { slug: "art-1" } });
  });

  it("finds counterparts: the countries a country most often takes part with", () => {
    const c = listCounterparts({ db, countryId: id.ZMB });
    expect(c.map((x) => [x.iso3, x.shared])).toEqual([
      ["CHN", 3],
      ["FRA", 1],
    ]);
    expect(listCounterparts({ db, countryId: id.SGP })).toEqual([]);
  });

  it("compares countries from their participations", () => {
    const found = findCountriesByIso3({ db, codes: ["chn", "ZMB", "FRA", "XXX"] });
    expect([...found.keys()].sort()).toEqual(["CHN", "FRA", "ZMB"]);
    const isoById = new Map([...found.values()].map((c) => [c.id, c.iso3]));
    const rows = listParticipations({ db, countryIds: [...isoById.keys()] }).map((r) => ({ iso3: isoById.get(r.countryId)!, role: r.role, entity: r.entity }));
    const c = compareCountries({ countries: ["CHN", "ZMB", "FRA"], rows });
    expect(c.shared).toEqual([]);
    expect(c.some.map((r) => r.entity.slug)).toEqual(["unga-res-78-311", "gof-m1", "gof", "gof-m2"]);
    expect(c.only.CHN.map((r) => r.entity.slug)).toEqual(["gaigi"]);
    expect(c.only.FRA).toEqual([]);
    expect(compareCountries({ countries: ["ZMB", "FRA"], rows }).shared.map((r) => r.entity.slug)).toEqual(["gof-m1"]);
  });

  it("exports the matrix of a selection as CSV that parses back", () => {
    const gof = findSelectionEntity({ db, kind: "organisation", slug: "gof" })!;
    const matrix = buildParticipationMatrix({ triples: listParticipationTriples({ db, scopeIds: listSelectionScope({ db, rootId: gof.id }) }) });
    const records: Record<string, string>[] = parse(matrixToCsv({ matrix }), { bom: true, columns: true });
    expect(records.map((r) => r.iso3)).toEqual(["CHN", "FRA", "ZMB"]);
    const zambia = records.find((r) => r.iso3 === "ZMB")!;
    expect(zambia).toMatchObject({ name_zh: "赞比亚", "Group of Friends": "co-founder; co-chair", "First meeting": "participant", "Thematic meeting": "co-host" });
    expect(records.find((r) => r.iso3 === "FRA")!["Group of Friends"]).toBe("");
  });

  it("re-reads cached whole-table counts as soon as anything is written", () => {
    const before = listCountryParticipationCounts({ db }).find((r) => r.iso3 === "SGP")!;
    expect(before.total).toBe(0);
    db.transaction((tx) => saveRelation({ tx, subjectId: id.SGP, objectId: id.gaigi, input: { role: "supporter" } }));
    const after = listCountryParticipationCounts({ db }).find((r) => r.iso3 === "SGP")!;
    expect(after).toMatchObject({ total: 1, byRole: { supporter: 1 } });
    expect(listSelectableEntities({ db }).find((e) => e.slug === "gaigi")!.countries).toBe(2);
    db.delete(relations)
      .where(and(eq(relations.subjectId, id.SGP), eq(relations.objectId, id.gaigi)))
      .run();
    expect(listCountryParticipationCounts({ db }).find((r) => r.iso3 === "SGP")!.total).toBe(0);
  });

  it("uses indexes: one country through relations_subject, a selection through relations_object_role", () => {
    const one = explainQueryPlan({ db, query: countryParticipationsSql({ countryIds: [id.ZMB] }) }).join("\n");
    expect(one).toMatch(/SEARCH r USING (COVERING )?INDEX relations_subject/);
    expect(one).not.toMatch(/SCAN r\b/);
    const selection = explainQueryPlan({ db, query: participationSql({ entities: [id.gof, id["gof-m1"]] }) }).join("\n");
    expect(selection).toMatch(/SEARCH r USING (COVERING )?INDEX relations_object_role_idx/);
    expect(selection).toMatch(/SEARCH ae USING INDEX article_events_event_idx/);
    const counterparts = explainQueryPlan({ db, query: counterpartsSql({ countryId: id.ZMB, limit: 10 }) }).join("\n");
    expect(counterparts).toMatch(/SEARCH r USING (COVERING )?INDEX relations_object_role_idx/);
    // never "for every country, probe relations": that is quadratic
    for (const plan of [one, selection, counterparts]) expect(plan).not.toMatch(/entities_kind_date_idx/);
    const mentionCounts = explainQueryPlan({ db, query: countryMentionCountsSql() }).join("\n");
    expect(mentionCounts).toMatch(/SEARCH m USING (COVERING )?INDEX mentions_entity_idx|SEARCH m USING INDEX mentions_article_entity_start_unique/);
    // Printed so the plans can be quoted in the bench note.
    console.log(`plan: one country\n${one}\nplan: selection\n${selection}\nplan: counterparts\n${counterparts}\nplan: mention counts\n${mentionCounts}`);
  });
});
