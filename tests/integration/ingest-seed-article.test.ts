import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AtlasDatabase } from "@/db/open";
import { articleEvents, articles, entities, mentions, relations, searchOutbox } from "@/db/schema";
import { ingestArticle } from "@/lib/ingest/ingest-article";
import { ingestPaths } from "@/lib/ingest/ingest-paths";
import { relinkAll } from "@/lib/ingest/relink";
import { makeSeededDb } from "./ingest-helpers";

const SEED = path.join(process.cwd(), "db", "seed", "data", "articles", "000_d7c1b0d61f8666e3.txt");
const SEED_FALLBACK = path.join(process.cwd(), "..", "shared", "articles", "000_d7c1b0d61f8666e3.txt");
const seedBytes = () => fs.readFileSync(fs.existsSync(SEED) ? SEED : SEED_FALLBACK);

let db: AtlasDatabase;
let cleanup: () => void;
beforeAll(async () => {
  ({ db, cleanup } = await makeSeededDb());
});
afterAll(() => cleanup?.());

function linked(articleId: number) {
  const rows = db
    .select({ kind: entities.kind, slug: entities.slug, status: entities.status })
    .from(mentions)
    .innerJoin(entities, eq(entities.id, mentions.entityId))
    .where(eq(mentions.articleId, articleId))
    .all();
  const by: Record<string, Set<string>> = {};
  for (const r of rows) (by[r.kind] ??= new Set()).add(r.slug);
  return by;
}

describe("the seed article", () => {
  let articleId: number;
  it("ingests with metadata and exactly the commentary as body", () => {
    const r = ingestArticle({ db, bytes: seedBytes(), fileName: "000_d7c1b0d61f8666e3.txt" });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.duplicate).toBe(false);
    articleId = r.articleId;
    const a = db.select().from(articles).where(eq(articles.id, articleId)).get()!;
    expect(a).toMatchObject({ title: "高举全球人工智能公平普惠发展的旗帜(和音)", publisher: "人民日报", language: "zh", publishedAt: "2025-05-07T08:48:00+08:00" });
    const paragraphs = a.body.split("\n\n");
    expect(paragraphs[0]).toBe("推动人工智能公平普惠发展,中国是坚定的倡导者和务实的行动派");
    expect(paragraphs.at(-1)).toMatch(/^大道之行,天下为公。/);
    expect(a.body).not.toMatch(/结核|充电|2026|责编|相关阅读|推荐阅读|正在阅读|朋友圈|开心|首页/);
  });

  it("links exactly the expected countries (no India) and the expected organisations and initiatives", () => {
    const by = linked(articleId);
    expect([...by.country].sort()).toEqual(["are", "bra", "chn", "egy", "eth", "fra", "idn", "lao", "pak", "rus", "sau", "vnm", "zmb"]);
    expect([...by.organisation]).toEqual(
      expect.arrayContaining([
        "united-nations",
        "itu",
        "un-odet",
        "g20",
        "group-of-friends-ai-capacity-building",
        "china-brics-ai-development-cooperation-center",
        "china-asean-ai-innovation-cooperation-center",
      ]),
    );
    expect([...by.initiative]).toEqual(expect.arrayContaining(["global-ai-governance-initiative", "ai-capacity-building-action-plan"]));
    expect([...by.resolution]).toEqual(["unga-res-78-311"]);
  });

  it("every mention keeps its evidence sentence and offsets", () => {
    const a = db.select().from(articles).where(eq(articles.id, articleId)).get()!;
    for (const m of db.select().from(mentions).where(eq(mentions.articleId, articleId)).all()) {
      expect(a.body.slice(m.start, m.end)).toBe(m.surface);
      expect(a.body.slice(m.evidenceStart, m.evidenceStart + m.evidence.length)).toBe(m.evidence);
      expect(m.start).toBeGreaterThanOrEqual(m.evidenceStart);
    }
  });

  it("proposes the dated events, matched to the known ones", () => {
    const rows = db
      .select({ slug: entities.slug, date: articleEvents.date, evidence: articleEvents.evidence, start: articleEvents.evidenceStart, end: articleEvents.evidenceEnd })
      .from(articleEvents)
      .innerJoin(entities, eq(entities.id, articleEvents.eventId))
      .where(eq(articleEvents.articleId, articleId))
      .all();
    const got = Object.fromEntries(rows.map((r) => [r.slug, r.date]));
    expect(got).toEqual({
      "group-of-friends-thematic-meeting-2025-05": "2025-05-06",
      "group-of-friends-first-meeting-2024": "2024-12",
      "global-ai-governance-initiative": "2023-10",
      "unga-res-78-311": "2024-07",
      "ai-capacity-building-action-plan": "2024-09",
      // ("在去年二十国集团领导人第十九次峰会上": the year says which summit it is; the summit is on the atlas's day)
      "g20-rio-summit-2024": "2024-11-18",
    });
    const body = db.select({ body: articles.body }).from(articles).where(eq(articles.id, articleId)).get()!.body;
    for (const r of rows) expect(body.slice(r.start, r.end)).toBe(r.evidence);
  });

  it("keeps event actors with roles, and a relation for each (suggested unless the seed already states it)", () => {
    const ev = db
      .select({ actors: articleEvents.actors, eventId: articleEvents.eventId })
      .from(articleEvents)
      .innerJoin(entities, eq(entities.id, articleEvents.eventId))
      .where(sql`${articleEvents.articleId} = ${articleId} AND ${entities.slug} = 'group-of-friends-thematic-meeting-2025-05'`)
      .get()!;
    const slugOf = (id: number) => db.select({ slug: entities.slug }).from(entities).where(eq(entities.id, id)).get()!.slug;
    const roles = Object.fromEntries(ev.actors.map((a) => [slugOf(a.entityId), a.role]));
    expect(roles).toMatchObject({ chn: "co-host", zmb: "co-host", rus: "participant", fra: "participant", idn: "participant", itu: "participant" });
    for (const a of ev.actors) {
      const rel = db
        .select({ status: relations.status, sourceArticleId: relations.sourceArticleId })
        .from(relations)
        .where(sql`${relations.subjectId} = ${a.entityId} AND ${relations.objectId} = ${ev.eventId} AND ${relations.role} = ${a.role}`)
        .get();
      expect(rel).toBeDefined();
      if (rel!.sourceArticleId === articleId) expect(rel!.status).toBe("suggested");
    }
  });

  it("writes the article to the search outbox in the same transaction", () => {
    expect(
      db
        .select()
        .from(searchOutbox)
        .where(eq(searchOutbox.docId, articleId))
        .all()
        .some((r) => r.docType === "article"),
    ).toBe(true);
  });

  it("re-ingesting the same content is a no-op", () => {
    const before = db
      .select({ n: sql<number>`count(*)` })
      .from(mentions)
      .get()!.n;
    const outbox = db
      .select({ n: sql<number>`count(*)` })
      .from(searchOutbox)
      .get()!.n;
    const r = ingestArticle({ db, bytes: seedBytes(), fileName: "copy.txt" });
    expect(r).toMatchObject({ ok: true, duplicate: true, articleId });
    expect(
      db
        .select({ n: sql<number>`count(*)` })
        .from(mentions)
        .get()!.n,
    ).toBe(before);
    expect(
      db
        .select({ n: sql<number>`count(*)` })
        .from(searchOutbox)
        .get()!.n,
    ).toBe(outbox);
  });

  it("suggests no relation without the statement and the why behind it (event reports list only stated actors)", () => {
    const bare = db
      .select({ id: relations.id })
      .from(relations)
      .where(sql`${relations.sourceArticleId} = ${articleId} AND ${relations.status} = 'suggested' AND (${relations.why} IS NULL OR ${relations.spanStart} IS NULL)`)
      .all();
    expect(bare).toEqual([]);
  });

  it("relink gives an unreviewed report the actors read now and drops actor suggestions no report lists", () => {
    const report = db
      .select({ id: articleEvents.id, actors: articleEvents.actors, eventId: articleEvents.eventId })
      .from(articleEvents)
      .innerJoin(entities, eq(entities.id, articleEvents.eventId))
      .where(sql`${articleEvents.articleId} = ${articleId} AND ${entities.slug} = 'group-of-friends-thematic-meeting-2025-05'`)
      .get()!;
    // a state with no relation to the meeting
    const other = db
      .select({ id: entities.id })
      .from(entities)
      .where(sql`${entities.kind} = 'country' AND ${entities.id} NOT IN (SELECT subject_id FROM relations WHERE object_id = ${report.eventId})`)
      .get()!.id;
    // as linking before stored them: every state of the sentence a participant, with no statement behind it
    db.update(articleEvents)
      .set({ actors: [...report.actors, { entityId: other, role: "participant" }] })
      .where(eq(articleEvents.id, report.id))
      .run();
    db.insert(relations).values({ subjectId: other, objectId: report.eventId, role: "participant", status: "suggested", sourceArticleId: articleId }).run();
    relinkAll({ db });
    expect(db.select({ actors: articleEvents.actors }).from(articleEvents).where(eq(articleEvents.id, report.id)).get()!.actors).toEqual(report.actors);
    expect(
      db
        .select({ id: relations.id })
        .from(relations)
        .where(sql`${relations.subjectId} = ${other} AND ${relations.objectId} = ${report.eventId}`)
        .all(),
    ).toEqual([]);
  });

  it("relink is idempotent", () => {
    const first = relinkAll({ db });
    const counts = () =>
      [mentions, articleEvents, relations, entities, searchOutbox].map(
        (t) =>
          db
            .select({ n: sql<number>`count(*)` })
            .from(t)
            .get()!.n,
      );
    const before = counts();
    const second = relinkAll({ db });
    expect(second.changed).toBe(0);
    expect(counts()).toEqual(before);
    expect(second.mentions).toBe(first.mentions);
  });
});

describe("robustness", () => {
  it("a changed version of the same URL updates the article", () => {
    const v1 = `---\ntitle: Test update\nurl: https://example.org/a\ndate: 2025-03-01\n---\n\nChina and Zambia held talks on AI capacity-building in Lusaka on Monday, officials said, and agreed to work together on training, data centres and computing power for developing countries in the region.\n`;
    const v2 = v1.replace("China and Zambia", "China, Zambia and France");
    const a = ingestArticle({ db, bytes: Buffer.from(v1), fileName: "a.md" });
    const b = ingestArticle({ db, bytes: Buffer.from(v2), fileName: "a.md" });
    expect(a.ok && b.ok).toBe(true);
    if (!a.ok || !b.ok) return;
    expect(b).toMatchObject({ articleId: a.articleId, slug: a.slug, duplicate: false, updated: true });
    expect(db.select({ body: articles.body }).from(articles).where(eq(articles.id, a.articleId)).get()!.body).toContain("France");
    expect(linked(a.articleId).country).toEqual(new Set(["chn", "zmb", "fra"]));
  });

  it("a batch reports each bad file with its reason and still ingests the rest", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ingest-batch-"));
    fs.writeFileSync(path.join(dir, "empty.txt"), "");
    fs.writeFileSync(path.join(dir, "image.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    fs.writeFileSync(path.join(dir, "big.txt"), Buffer.alloc(5 * 1024 * 1024 + 10, 0x61));
    fs.writeFileSync(path.join(dir, "furniture.txt"), "点击右上角微信好友\n朋友圈\n相关阅读\n某标题");
    fs.mkdirSync(path.join(dir, "sub"));
    fs.writeFileSync(
      path.join(dir, "sub", "good.txt"),
      "中俄人工智能合作\n\n来源:新华社2025-04-02 10:00\n\n2025年4月1日,中国和俄罗斯在北京举行人工智能合作对话,双方同意在联合国框架下加强人工智能能力建设合作。\n",
    );
    const mentionsBefore = db
      .select({ n: sql<number>`count(*)` })
      .from(mentions)
      .get()!.n;
    const results = ingestPaths({ db, paths: [dir] });
    fs.rmSync(dir, { recursive: true, force: true });
    const byName = Object.fromEntries(results.map((r) => [path.basename(r.file), r]));
    expect(byName["empty.txt"]).toMatchObject({ ok: false, error: expect.stringMatching(/empty/) });
    expect(byName["image.png"]).toMatchObject({ ok: false, error: expect.stringMatching(/binary/) });
    expect(byName["big.txt"]).toMatchObject({ ok: false, error: expect.stringMatching(/5 MB/) });
    expect(byName["furniture.txt"]).toMatchObject({ ok: false, error: expect.stringMatching(/no article body/) });
    expect(byName["good.txt"]).toMatchObject({ ok: true, events: 1 });
    expect(
      db
        .select({ n: sql<number>`count(*)` })
        .from(mentions)
        .get()!.n,
    ).toBeGreaterThan(mentionsBefore);
  });
});
