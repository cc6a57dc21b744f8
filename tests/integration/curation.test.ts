import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { findEntityByKey, getEntityDetail } from "@/db/queries/entities";
import { listEntityHistory } from "@/db/queries/history";
import { listReviewQueue } from "@/db/queries/review";
import { aliases, articleEvents, articles, entities, mentions, relations, revisions, searchOutbox, slugRedirects, type EntityKind } from "@/db/schema";
import { bulkAccept, reviewArticleEvent, reviewMention, reviewProposedEntity } from "@/lib/curation/review-item";
import { runWrite } from "@/lib/curation/run-write";
import { restoreDeletedEntity, softDeleteEntity } from "@/lib/entities/delete-entity";
import { addRelation, updateRelationDetails } from "@/lib/entities/edit-relation";
import { entityInputSchema } from "@/lib/entities/entity-form-schema";
import { mergeEntities } from "@/lib/entities/merge-entities";
import { restoreRevision } from "@/lib/entities/restore-revision";
import { saveRelation } from "@/lib/seed/save-entity";
import { updateEntity } from "@/lib/entities/update-entity";
import { getSearchClient } from "@/lib/search/client";
import { searchAtlas } from "@/lib/search/search-atlas";
import { parseSearchParams } from "@/lib/search/search-params";
import { drainSearchOutbox, reindexAll } from "@/lib/search/sync-index";
import { seedEntity, setUpCurationFixture } from "../helpers/curation-fixture";

const { db, users, ids } = setUpCurationFixture({
  users: { editor: { email: "ed@atlas.test", role: "editor" } },
  searchIndex: "curation",
  seed: (db): Record<string, number> => ({
    gaigi: seedEntity({ db, kind: "initiative", slug: "gaigi", nameZh: "全球人工智能治理倡议", aliases: [{ alias: "GAIGI", language: null, aliasType: "abbreviation" }] }),
    chn: seedEntity({ db, kind: "country", slug: "chn", iso2: "CN", iso3: "CHN", nameEn: "China", nameZh: "中国" }),
    zmb: seedEntity({ db, kind: "country", slug: "zmb", iso2: "ZM", iso3: "ZMB", nameEn: "Zambia", nameZh: "赞比亚" }),
    itu: seedEntity({
      db,
      kind: "organisation",
      slug: "itu",
      nameEn: "International Telecommunication Union",
      aliases: [{ alias: "ITU", language: null, aliasType: "abbreviation" }],
    }),
  }),
});
const seed = (slug: string, kind: EntityKind, extra: Record<string, unknown> = {}) => seedEntity({ db, kind, slug, ...extra });

let userId: number;

const inputOf = (slug: string, patch: Record<string, unknown>) => {
  const e = db.select().from(entities).where(eq(entities.id, ids[slug])).get()!;
  const current = db.select().from(aliases).where(eq(aliases.entityId, e.id)).all();
  return entityInputSchema.parse({ ...e, aliases: current.map((a) => ({ alias: a.alias, language: a.language })), sources: [], ...patch });
};

beforeAll(async () => {
  userId = users.editor.id;
  db.transaction((tx) => saveRelation({ tx, subjectId: ids.chn, objectId: ids.gaigi, input: { role: "proposer" } }));
  await reindexAll({ db, client: getSearchClient()! });
});

describe("editing with history", () => {
  it("records who/when/before/after, and an admin restore brings the old version back", () => {
    runWrite({
      db,
      write: (tx) =>
        updateEntity({
          tx,
          id: ids.gaigi,
          input: inputOf("gaigi", {
            description: "first",
            aliases: [
              { alias: "GAIGI", language: null },
              { alias: "全球治理倡议", language: "zh" },
            ],
          }),
          userId,
        }),
    });
    runWrite({ db, write: (tx) => updateEntity({ tx, id: ids.gaigi, input: inputOf("gaigi", { description: "second", aliases: [{ alias: "GAIGI", language: null }] }), userId }) });
    const history = listEntityHistory({ db, entityId: ids.gaigi });
    expect(history.map((h) => h.action)).toEqual(["update", "update"]);
    expect(history[0]).toMatchObject({
      userEmail: "ed@atlas.test",
      before: expect.objectContaining({ description: "first" }),
      after: expect.objectContaining({ description: "second" }),
    });
    // restore the first edit's result
    const first = history[1];
    runWrite({ db, write: (tx) => restoreRevision({ tx, revisionId: first.id, userId }) });
    const detail = getEntityDetail({ db, id: ids.gaigi })!;
    expect(detail.entity.description).toBe("first");
    expect(detail.aliases.map((a) => a.alias).sort()).toEqual(["GAIGI", "全球治理倡议"]);
    expect(listEntityHistory({ db, entityId: ids.gaigi })[0].action).toBe("restore");
  });

  it("a no-op save records nothing", () => {
    const before = db.select().from(revisions).all().length;
    const { changed } = runWrite({ db, write: (tx) => updateEntity({ tx, id: ids.gaigi, input: inputOf("gaigi", {}), userId }) });
    expect(changed).toBe(false);
    expect(db.select().from(revisions).all().length).toBe(before);
  });

  it("a Chinese alias edit reaches search through the outbox, in the same transaction as the edit", async () => {
    db.delete(searchOutbox).run();
    runWrite({
      db,
      write: (tx) =>
        updateEntity({
          tx,
          id: ids.gaigi,
          input: inputOf("gaigi", {
            aliases: [
              { alias: "GAIGI", language: null },
              { alias: "治理倡议新别名", language: "zh" },
            ],
          }),
          userId,
        }),
    });
    expect(
      db
        .select()
        .from(searchOutbox)
        .all()
        .map((r) => [r.docType, r.docId]),
    ).toContainEqual(["entity", ids.gaigi]);
    await drainSearchOutbox({ db, client: getSearchClient()! });
    const q = parseSearchParams({ q: "治理倡议新别名" });
    if (!q.success) throw q.error;
    const found = await searchAtlas({ db, query: q.data });
    expect(found.engine).toBe("meilisearch");
    expect(found.hits[0]?.slug).toBe("gaigi");
  });

  it("soft delete hides the entity everywhere and restore brings it back", async () => {
    const id = seed("doomed-initiative", "initiative", { aliases: [{ alias: "Doomed Zeta", language: "en", aliasType: "other" }] });
    await drainSearchOutbox({ db, client: getSearchClient()! });
    runWrite({ db, write: (tx) => softDeleteEntity({ tx, id, userId }) });
    expect(findEntityByKey({ db, kind: "initiative", key: "doomed-initiative" })).toBeUndefined();
    expect(db.select().from(entities).where(eq(entities.id, id)).get()?.deletedAt).toBeTruthy();
    await drainSearchOutbox({ db, client: getSearchClient()! });
    const q = parseSearchParams({ q: "Doomed Zeta" });
    if (!q.success) throw q.error;
    expect((await searchAtlas({ db, query: q.data })).hits.some((h) => h.slug === "doomed-initiative")).toBe(false);
    runWrite({ db, write: (tx) => restoreDeletedEntity({ tx, id, userId }) });
    expect(findEntityByKey({ db, kind: "initiative", key: "doomed-initiative" })?.id).toBe(id);
    expect(listEntityHistory({ db, entityId: id }).map((h) => h.action)).toEqual(["restore", "delete"]);
  });

  it("relations carry their own history and can be restored after removal", () => {
    const { id } = runWrite({
      db,
      write: (tx) => addRelation({ tx, input: { subjectId: ids.zmb, objectId: ids.gaigi, role: "supporter", date: "2024", sourceUrl: null, note: null }, userId }),
    });
    runWrite({ db, write: (tx) => tx.update(relations).set({ deletedAt: "2025-01-01T00:00:00Z" }).where(eq(relations.id, id)).run() });
    const created = listEntityHistory({ db, entityId: ids.zmb }).find((h) => h.targetType === "relation" && h.action === "create")!;
    runWrite({ db, write: (tx) => restoreRevision({ tx, revisionId: created.id, userId }) });
    expect(db.select().from(relations).where(eq(relations.id, id)).get()?.deletedAt).toBeNull();
  });

  it("through an entity, only a revision from its own history can be restored", () => {
    const gaigiRevision = listEntityHistory({ db, entityId: ids.gaigi }).find((h) => h.targetType === "entity")!;
    expect(() => runWrite({ db, write: (tx) => restoreRevision({ tx, revisionId: gaigiRevision.id, entityId: ids.itu, userId }) })).toThrow(
      "no such revision in this entity's history",
    );
    expect(runWrite({ db, write: (tx) => restoreRevision({ tx, revisionId: gaigiRevision.id, entityId: ids.gaigi, userId }) })).toMatchObject({
      targetType: "entity",
      targetId: ids.gaigi,
    });
  });

  it("a relation's date, source and note are edited in place, confirmed, and recorded; an unchanged save records nothing", () => {
    const { id } = runWrite({
      db,
      write: (tx) => addRelation({ tx, input: { subjectId: ids.itu, objectId: ids.gaigi, role: "supporter", date: null, sourceUrl: null, note: null }, userId }),
    });
    runWrite({ db, write: (tx) => tx.update(relations).set({ status: "suggested" }).where(eq(relations.id, id)).run() });
    const outboxBefore = db.select().from(searchOutbox).all().length;
    const details = { date: "2024-07", sourceUrl: "https://www.itu.int/example", note: "said at AI for Good", confirm: true };
    runWrite({ db, write: (tx) => updateRelationDetails({ tx, id, entityId: ids.itu, details, userId }) });
    expect(db.select().from(relations).where(eq(relations.id, id)).get()).toMatchObject({ date: "2024-07", sourceUrl: details.sourceUrl, note: details.note, status: "confirmed" });
    const history = listEntityHistory({ db, entityId: ids.itu }).filter((h) => h.targetType === "relation" && h.targetId === id);
    expect(history.map((h) => h.action)).toEqual(["update", "create"]);
    expect(db.select().from(searchOutbox).all().length).toBeGreaterThan(outboxBefore);

    runWrite({ db, write: (tx) => updateRelationDetails({ tx, id, entityId: ids.itu, details: { ...details, confirm: false }, userId }) });
    expect(listEntityHistory({ db, entityId: ids.itu }).filter((h) => h.targetType === "relation" && h.targetId === id)).toHaveLength(2);
    // through another entity's page it is not theirs to edit
    expect(() => runWrite({ db, write: (tx) => updateRelationDetails({ tx, id, entityId: ids.zmb, details, userId }) })).toThrow(/no such relation/);
  });
});

describe("merge", () => {
  it("moves aliases, relations, mentions and event reports to the survivor; the old slug redirects", () => {
    const dup = seed("gaigi-duplicate", "initiative", {
      nameEn: "Global AI Governance Initiative (dup)",
      nameZh: "全球AI治理倡议",
      aliases: [
        { alias: "GAIGI", language: null, aliasType: "abbreviation" },
        { alias: "Dup Alias", language: "en", aliasType: "other" },
      ],
    });
    db.transaction((tx) => {
      saveRelation({ tx, subjectId: ids.chn, objectId: dup, input: { role: "proposer" } }); // same fact as the survivor's
      saveRelation({ tx, subjectId: ids.itu, objectId: dup, input: { role: "supporter" } }); // new fact
      saveRelation({ tx, subjectId: ids.gaigi, objectId: dup, input: { role: "follow-up-of" } }); // between the two
    });
    const articleId = db.insert(articles).values({ slug: "merge-article", title: "t", language: "zh", body: "全球AI治理倡议很重要。", contentHash: "m1" }).returning().get().id;
    db.insert(mentions)
      .values({ articleId, entityId: dup, surface: "全球AI治理倡议", start: 0, end: 8, evidence: "全球AI治理倡议很重要。", evidenceStart: 0, confidence: 0.9, status: "confirmed" })
      .run();
    db.insert(articleEvents)
      .values({ articleId, eventId: dup, date: "2023-10-18", evidence: "e", evidenceStart: 0, evidenceEnd: 1, actors: [{ entityId: dup, role: "proposer" }], confidence: 0.8 })
      .run();

    runWrite({ db, write: (tx) => mergeEntities({ tx, survivorId: ids.gaigi, duplicateId: dup, userId }) });

    expect(findEntityByKey({ db, kind: "initiative", key: "gaigi-duplicate" })?.id).toBe(ids.gaigi);
    expect(db.select().from(slugRedirects).where(eq(slugRedirects.slug, "gaigi-duplicate")).get()?.entityId).toBe(ids.gaigi);
    const detail = getEntityDetail({ db, id: ids.gaigi })!;
    const names = detail.aliases.map((a) => a.alias);
    expect(names).toEqual(expect.arrayContaining(["Global AI Governance Initiative (dup)", "全球AI治理倡议", "Dup Alias", "GAIGI"]));
    expect(names.filter((n) => n === "GAIGI")).toHaveLength(1);
    const rels = detail.relations.map((r) => `${r.direction}:${r.role}:${r.other.slug}`).sort();
    expect(rels).toContain("incoming:supporter:itu");
    expect(rels.filter((r) => r === "incoming:proposer:chn")).toHaveLength(1);
    expect(rels.some((r) => r.includes("gaigi"))).toBe(false); // the self-relation is gone
    expect(detail.mentions.map((m) => m.articleSlug)).toContain("merge-article");
    const report = db.select().from(articleEvents).where(eq(articleEvents.articleId, articleId)).get()!;
    expect(report.eventId).toBe(ids.gaigi);
    expect(report.actors).toEqual([{ entityId: ids.gaigi, role: "proposer" }]);
    expect(listEntityHistory({ db, entityId: dup })[0].action).toBe("merge");
    expect(() => runWrite({ db, write: (tx) => mergeEntities({ tx, survivorId: ids.gaigi, duplicateId: ids.zmb, userId }) })).toThrow(/same kind/);
  });
});

describe("review", () => {
  let articleId: number;
  let event: number;
  beforeAll(() => {
    const body = "中方与赞比亚于2025年5月6日在纽约共同举办之友小组会议，国际电信联盟代表参会。另有一个新倡议。";
    articleId = db
      .insert(articles)
      .values({ slug: "review-article", title: "Review", language: "zh", publishedAt: "2025-05-07T08:48:00+08:00", body, contentHash: "r1" })
      .returning()
      .get().id;
    event = db
      .insert(entities)
      .values({ kind: "event", slug: "proposed-event-2025-05-06-x", nameEn: "Meeting", nameZh: "之友小组会议", status: "proposed", date: "2025-05-06" })
      .returning()
      .get().id;
    const sentence = body.slice(0, body.indexOf("。") + 1);
    const m = (entityId: number, surface: string, confidence: number) =>
      db
        .insert(mentions)
        .values({
          articleId,
          entityId,
          surface,
          start: body.indexOf(surface),
          end: body.indexOf(surface) + surface.length,
          evidence: sentence,
          evidenceStart: 0,
          confidence,
          status: "suggested",
        })
        .returning()
        .get().id;
    ids.mChn = m(ids.chn, "中方", 0.8);
    ids.mZmb = m(ids.zmb, "赞比亚", 0.95);
    ids.mItu = m(ids.itu, "国际电信联盟", 0.7);
    ids.report = db
      .insert(articleEvents)
      .values({
        articleId,
        eventId: event,
        date: "2025-05-06",
        evidence: sentence,
        evidenceStart: 0,
        evidenceEnd: sentence.length,
        actors: [
          { entityId: ids.chn, role: "co-host" },
          { entityId: ids.zmb, role: "co-host" },
        ],
        confidence: 0.7,
      })
      .returning()
      .get().id;
    db.insert(relations)
      .values([
        { subjectId: ids.chn, objectId: event, role: "co-host", status: "suggested", sourceArticleId: articleId },
        { subjectId: ids.zmb, objectId: event, role: "co-host", status: "suggested", sourceArticleId: articleId },
        // a statement of the same article about the same meeting that the report does not list: reviewed on its own
        {
          subjectId: ids.itu,
          objectId: event,
          role: "participant",
          status: "suggested",
          sourceArticleId: articleId,
          why: { matched: "国际电信联盟", form: "ITU", rule: "pattern" },
        },
      ])
      .run();
    ids.proposedInit = db.insert(entities).values({ kind: "initiative", slug: "proposed-initiative-x", nameEn: "新倡议", status: "proposed" }).returning().get().id;
    db.insert(mentions)
      .values({
        articleId,
        entityId: ids.proposedInit,
        surface: "新倡议",
        start: body.indexOf("新倡议"),
        end: body.indexOf("新倡议") + 3,
        evidence: "另有一个新倡议。",
        evidenceStart: body.indexOf("另有"),
        confidence: 0.5,
        status: "suggested",
      })
      .run();
  });

  it("lists suggestions with the evidence sentence in context and the surface highlighted", () => {
    const { items } = listReviewQueue({ db });
    const zmb = items.find((i) => i.type === "mention" && i.id === ids.mZmb)!;
    expect(zmb.context.evidence.slice(zmb.highlight!.start, zmb.highlight!.end)).toBe("赞比亚");
    const report = items.find((i) => i.type === "event")!;
    expect(report).toMatchObject({ id: ids.report, date: "2025-05-06", target: expect.objectContaining({ status: "proposed" }) });
    expect(report.actors.map((a) => a.entity.slug).sort()).toEqual(["chn", "zmb"]);
    const proposed = items.find((i) => i.type === "entity")!;
    expect(proposed.id).toBe(ids.proposedInit);
    expect(proposed.context.before).toContain("参会。");
    expect(items.some((i) => i.type === "mention" && i.target.id === ids.proposedInit)).toBe(false);
  });

  it("accepts, rejects and re-targets mentions, each recorded", () => {
    runWrite({ db, write: (tx) => reviewMention({ tx, id: ids.mChn, decision: { action: "accept" }, userId }) });
    runWrite({ db, write: (tx) => reviewMention({ tx, id: ids.mItu, decision: { action: "reject" }, userId }) });
    const status = (id: number) => db.select().from(mentions).where(eq(mentions.id, id)).get()!;
    expect(status(ids.mChn)).toMatchObject({ status: "confirmed", reviewedBy: userId });
    expect(status(ids.mItu).status).toBe("rejected");
    runWrite({ db, write: (tx) => reviewMention({ tx, id: ids.mZmb, decision: { action: "correct", targetEntityId: ids.chn }, userId }) });
    expect(status(ids.mZmb)).toMatchObject({ entityId: ids.chn, status: "confirmed", method: "manual" });
    expect(db.select().from(revisions).where(eq(revisions.targetType, "mention")).all()).toHaveLength(3);
  });

  it("accepting an event report with a fixed date confirms the proposed event and the actor relations it lists, no other", () => {
    runWrite({ db, write: (tx) => reviewArticleEvent({ tx, id: ids.report, decision: { action: "correct", date: "2025-05" }, userId }) });
    const e = db.select().from(entities).where(eq(entities.id, event)).get()!;
    expect(e).toMatchObject({ status: "confirmed", date: "2025-05" });
    const rels = db.select().from(relations).where(eq(relations.objectId, event)).all();
    expect(rels.map((r) => `${r.subjectId === ids.itu ? "itu" : "listed"} ${r.status}`)).toEqual(["listed confirmed", "listed confirmed", "itu suggested"]);
    expect(db.select().from(articleEvents).where(eq(articleEvents.id, ids.report)).get()?.status).toBe("confirmed");
  });

  it("rejecting a proposed entity rejects its mentions; re-targeting one merges it", () => {
    runWrite({ db, write: (tx) => reviewProposedEntity({ tx, id: ids.proposedInit, decision: { action: "reject" }, userId }) });
    expect(db.select().from(entities).where(eq(entities.id, ids.proposedInit)).get()?.status).toBe("rejected");
    expect(
      db
        .select()
        .from(mentions)
        .where(eq(mentions.entityId, ids.proposedInit))
        .all()
        .every((m) => m.status === "rejected"),
    ).toBe(true);
    const other = db.insert(entities).values({ kind: "initiative", slug: "proposed-initiative-y", nameEn: "GAIGI again", status: "proposed" }).returning().get().id;
    runWrite({ db, write: (tx) => reviewProposedEntity({ tx, id: other, decision: { action: "correct", targetEntityId: ids.gaigi }, userId }) });
    expect(findEntityByKey({ db, kind: "initiative", key: "proposed-initiative-y" })?.id).toBe(ids.gaigi);
  });

  it("bulk accept takes only high-confidence suggestions of confirmed entities", () => {
    const mk = (confidence: number, start: number) =>
      db
        .insert(mentions)
        .values({ articleId, entityId: ids.itu, surface: "x", start, end: start + 1, evidence: "x", evidenceStart: start, confidence, status: "suggested" })
        .returning()
        .get().id;
    const high = mk(0.97, 40);
    const low = mk(0.6, 41);
    const result = runWrite({ db, write: (tx) => bulkAccept({ tx, minConfidence: 0.9, userId }) });
    expect(result.mentions).toBe(1);
    expect(db.select().from(mentions).where(eq(mentions.id, high)).get()?.status).toBe("confirmed");
    expect(db.select().from(mentions).where(eq(mentions.id, low)).get()?.status).toBe("suggested");
  });
});
