import fs from "node:fs";
import path from "node:path";
import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AtlasDatabase } from "@/db/open";
import { articles, entities, mentions, relations } from "@/db/schema";
import { serializeArticle } from "@/lib/articles/serialize-article";
import { getArticleDetail } from "@/db/queries/articles";
import { listReviewQueue } from "@/db/queries/review";
import { reviewRelation } from "@/lib/curation/review-item";
import { runWrite } from "@/lib/curation/run-write";
import { ingestArticle } from "@/lib/ingest/ingest-article";
import { relinkAll } from "@/lib/ingest/relink";
import { linkArticle } from "@/lib/linking/link-article";
import { loadGazetteer } from "@/lib/linking/load-gazetteer";
import { makeSeededDb } from "./ingest-helpers";

const SEED = path.join(process.cwd(), "db", "seed", "data", "articles", "000_d7c1b0d61f8666e3.txt");

let db: AtlasDatabase;
let cleanup: () => void;
let articleId: number;
const idOf = (kind: "country" | "event" | "organisation", key: string) =>
  db
    .select({ id: entities.id })
    .from(entities)
    .where(kind === "country" ? eq(entities.iso3, key) : and(eq(entities.kind, kind), eq(entities.slug, key)))
    .get()!.id;

beforeAll(async () => {
  ({ db, cleanup } = await makeSeededDb());
  const r = ingestArticle({ db, bytes: fs.readFileSync(SEED), fileName: "000_d7c1b0d61f8666e3.txt" });
  if (!r.ok) throw new Error(r.error);
  articleId = r.articleId;
});
afterAll(() => cleanup?.());

describe("participation statements in the seed article", () => {
  it("reads China and Zambia co-hosting the meeting and co-founding the Group of Friends", () => {
    const a = db.select().from(articles).where(eq(articles.id, articleId)).get()!;
    const gz = loadGazetteer({ db });
    const got = linkArticle({ body: a.body, publishedAt: a.publishedAt, language: "zh", gazetteer: gz }).relations.map((r) => [
      gz.entries.get(r.subjectId)!.iso3 ?? gz.entries.get(r.subjectId)!.slug,
      r.role,
      gz.entries.get(r.objectId)!.slug,
    ]);
    expect(got).toEqual(
      expect.arrayContaining([
        ["CHN", "co-host", "group-of-friends-thematic-meeting-2025-05"],
        ["ZMB", "co-host", "group-of-friends-thematic-meeting-2025-05"],
        ["CHN", "co-founder", "group-of-friends-ai-capacity-building"],
        ["ZMB", "co-founder", "group-of-friends-ai-capacity-building"],
        ["CHN", "co-chair", "group-of-friends-ai-capacity-building"],
        ["ZMB", "co-chair", "group-of-friends-ai-capacity-building"],
      ]),
    );
  });

  it("a statement the atlas does not hold yet becomes a suggestion with the article as source; never confirmed by itself", () => {
    const meeting = idOf("event", "group-of-friends-thematic-meeting-2025-05");
    const both = [idOf("country", "CHN"), idOf("country", "ZMB")];
    // forget what the seed says about the hosts, as if this article were the first to report it
    db.delete(relations)
      .where(and(eq(relations.objectId, meeting), inArray(relations.subjectId, both), eq(relations.role, "co-host")))
      .run();
    relinkAll({ db });
    const rows = db
      .select()
      .from(relations)
      .where(and(eq(relations.objectId, meeting), eq(relations.role, "co-host"), inArray(relations.subjectId, both)))
      .all();
    expect(rows).toHaveLength(2);
    for (const r of rows) {
      expect(r.status).toBe("suggested");
      expect(r.sourceArticleId).toBe(articleId);
      expect(r.why).toEqual({ matched: "共同举办", form: "co-host", rule: "pattern" });
      const body = db.select({ body: articles.body }).from(articles).where(eq(articles.id, articleId)).get()!.body;
      expect(body.slice(r.evidenceStart!, r.evidenceStart! + r.evidence!.length)).toBe(r.evidence);
      expect(body.slice(r.spanStart!, r.spanEnd!)).toMatch(/中国和赞比亚.*共同举办/);
    }
    // (the queue holds the article's other statements the seed does not confirm too: the meeting's are these two)
    const queue = listReviewQueue({ db }).items.filter((i) => i.type === "relation" && i.target.slug === "group-of-friends-thematic-meeting-2025-05");
    expect(queue.map((i) => `${i.relation!.subject.iso3}:${i.relation!.role}:${i.target.slug}`).sort()).toEqual([
      "CHN:co-host:group-of-friends-thematic-meeting-2025-05",
      "ZMB:co-host:group-of-friends-thematic-meeting-2025-05",
    ]);

    // the article API carries the relation and every mention's why
    const json = serializeArticle({ detail: getArticleDetail({ db, id: articleId })! });
    expect(json.relations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          subject: expect.objectContaining({ kind: "country", iso3: "ZMB" }),
          role: "co-host",
          object: expect.objectContaining({ slug: "group-of-friends-thematic-meeting-2025-05" }),
          status: "suggested",
        }),
      ]),
    );
    expect(json.mentions.every((m) => m.why && m.why.matched && m.why.rule)).toBe(true);

    // accept one, reject the other; relink keeps both decisions and does not re-suggest the rejected one
    const chn = rows.find((r) => r.subjectId === both[0])!;
    const zmb = rows.find((r) => r.subjectId === both[1])!;
    runWrite({ db, write: (tx) => reviewRelation({ tx, id: chn.id, decision: { action: "accept" }, userId: null }) });
    runWrite({ db, write: (tx) => reviewRelation({ tx, id: zmb.id, decision: { action: "reject" }, userId: null }) });
    relinkAll({ db });
    relinkAll({ db });
    const after = db
      .select()
      .from(relations)
      .where(and(eq(relations.objectId, meeting), eq(relations.role, "co-host"), inArray(relations.subjectId, both)))
      .all();
    expect(after.map((r) => [r.subjectId, r.status]).sort()).toEqual(
      [
        [both[0], "confirmed"],
        [both[1], "rejected"],
      ].sort(),
    );
    expect(listReviewQueue({ db }).items.filter((i) => i.type === "relation" && i.target.slug === "group-of-friends-thematic-meeting-2025-05")).toEqual([]);
  });

  it("mentions store why they were linked", () => {
    const rows = db.select({ why: mentions.why, surface: mentions.surface }).from(mentions).where(eq(mentions.articleId, articleId)).all();
    expect(rows.length).toBeGreaterThan(10);
    for (const r of rows) expect(r.why?.matched).toBe(r.surface);
  });

  it("China and Zambia co-chair the Group of Friends: suggested from the article once the atlas does not hold it", () => {
    const group = idOf("organisation", "group-of-friends-ai-capacity-building");
    const both = [idOf("country", "CHN"), idOf("country", "ZMB")];
    const coChairs = () =>
      db
        .select()
        .from(relations)
        .where(and(eq(relations.objectId, group), eq(relations.role, "co-chair"), inArray(relations.subjectId, both)))
        .all();
    // the seed confirms it; as long as it does, the article adds nothing (a confirmed fact is never re-suggested)
    expect(coChairs().every((r) => r.status === "confirmed")).toBe(true);
    db.delete(relations)
      .where(and(eq(relations.objectId, group), eq(relations.role, "co-chair"), inArray(relations.subjectId, both)))
      .run();
    relinkAll({ db });
    const rows = coChairs();
    expect(rows.map((r) => r.subjectId).sort()).toEqual([...both].sort());
    for (const r of rows) {
      expect(r.status).toBe("suggested");
      expect(r.sourceArticleId).toBe(articleId);
      expect(r.why).toMatchObject({ matched: "共同举办", rule: "pattern" });
    }
  });
});
