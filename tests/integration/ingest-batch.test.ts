import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { AtlasDatabase } from "@/db/open";
import { ingestArticle, ingestArticles, INGEST_BATCH, type IngestItem } from "@/lib/ingest/ingest-article";
import { loadGazetteer } from "@/lib/linking/load-gazetteer";
import type { Gazetteer } from "@/lib/linking/gazetteer";
import { startLinkAhead, type LinkAhead } from "@/lib/ingest/link-ahead";
import { makeSeededDb } from "./ingest-helpers";

const FIXTURES = path.join(process.cwd(), "tests", "fixtures", "articles");
const reprint = (name: string): IngestItem => ({ bytes: fs.readFileSync(path.join(process.cwd(), "tests", "fixtures", "reprints", name)), fileName: name });

/** What ingestion leaves in the database, without timestamps. */
function storedState({ db }: { db: AtlasDatabase }): Record<string, unknown[]> {
  const all = (sql: string) => db.$client.prepare(sql).all();
  return {
    articles: all("SELECT id, slug, title, body, content_hash, copy_of_id, source_name FROM articles ORDER BY id"),
    mentions: all(`SELECT article_id, entity_id, start, "end", status, method, why FROM mentions ORDER BY id`),
    events: all("SELECT article_id, event_id, date, evidence_start, actors, status FROM article_events ORDER BY id"),
    relations: all("SELECT subject_id, object_id, role, status, source_article_id, why FROM relations ORDER BY id"),
    entities: all("SELECT id, kind, slug, status FROM entities ORDER BY id"),
    bands: all("SELECT article_id, band FROM article_bands ORDER BY article_id, band"),
    outbox: all("SELECT doc_type, doc_id FROM search_outbox ORDER BY id"),
    fts: all("SELECT rowid, names FROM search_fts ORDER BY rowid"),
  };
}

/** A worker linking ahead, once it links (too few articles here for ingestArticles to wait for one to start). */
async function startLinking({ gazetteer }: { gazetteer: Gazetteer }): Promise<LinkAhead> {
  const ahead = startLinkAhead({ gazetteer });
  for (let n = 0; !ahead.isLinking() && n < 600; n++) await new Promise((resolve) => setTimeout(resolve, 50));
  expect(ahead.isLinking()).toBe(true);
  return ahead;
}

async function ingestAll({ batch, linkAhead = false }: { batch: boolean; linkAhead?: boolean }) {
  const { db, cleanup } = await makeSeededDb();
  try {
    const gazetteer = loadGazetteer({ db });
    const files = fs
      .readdirSync(FIXTURES)
      .filter((f) => /\.(txt|md|html)$/.test(f))
      .sort()
      .slice(0, 2 * INGEST_BATCH + 3);
    const items: IngestItem[] = files.map((f) => ({ bytes: fs.readFileSync(path.join(FIXTURES, f)), fileName: f }));
    // a file stored twice, a file with no text, and a labelled reprint of a story stored in the batch before
    const again = { bytes: fs.readFileSync(path.join(FIXTURES, files[1])), fileName: "again.txt" };
    items.splice(3, 0, again, { bytes: Buffer.from(" \n\n "), fileName: "empty.txt" }, reprint("b01-original.txt"));
    items.splice(INGEST_BATCH + 2, 0, reprint("b01-reprint-a.txt"));
    const ahead = linkAhead ? await startLinking({ gazetteer }) : null;
    try {
      const outcomes = batch ? ingestArticles({ db, items, gazetteer, linkAhead: ahead ?? false }) : items.map((item) => ingestArticle({ db, ...item, gazetteer }));
      return { outcomes, state: storedState({ db }), taken: ahead?.countTaken() ?? 0 };
    } finally {
      ahead?.stop();
    }
  } finally {
    cleanup();
  }
}

describe("ingesting a folder in batches (ingestArticles)", () => {
  it("gives every file the outcome, and leaves the database, that one transaction per file would", async () => {
    const one = await ingestAll({ batch: false });
    const batched = await ingestAll({ batch: true });
    expect(batched.outcomes).toEqual(one.outcomes);
    expect(batched.state).toEqual(one.state);
    // the cases the batch must keep apart are there
    expect(one.outcomes.some((o) => o.ok && o.duplicate)).toBe(true);
    expect(one.outcomes.some((o) => !o.ok)).toBe(true);
    expect(one.outcomes.some((o) => o.ok && o.copyOf)).toBe(true);
  });

  it("gives the same outcomes and database when a worker thread links ahead (link-ahead.ts)", async () => {
    const one = await ingestAll({ batch: false });
    const ahead = await ingestAll({ batch: true, linkAhead: true });
    expect(ahead.outcomes).toEqual(one.outcomes);
    expect(ahead.state).toEqual(one.state);
    // the worker's links were used
    expect(ahead.taken).toBeGreaterThan(20);
  });

  it("keeps the other articles of a batch when storing one fails", async () => {
    const { db, cleanup } = await makeSeededDb();
    try {
      // a trigger refuses one file: that article's savepoint is undone, the batch commits
      db.$client.exec(`CREATE TEMP TRIGGER refuse_one BEFORE INSERT ON articles WHEN NEW.source_name = 'refused.txt' BEGIN SELECT RAISE(ABORT, 'refused'); END`);
      const names = ["kept-1.txt", "refused.txt", "kept-2.txt"];
      const files = fs
        .readdirSync(FIXTURES)
        .filter((f) => f.endsWith(".txt"))
        .sort()
        .slice(0, 3);
      const items = files.map((f, n) => ({ bytes: fs.readFileSync(path.join(FIXTURES, f)), fileName: names[n] }));
      const outcomes = ingestArticles({ db, items });
      expect(outcomes.map((o) => o.ok)).toEqual([true, false, true]);
      // the refusal one transaction of its own gets
      expect(outcomes[1]).toEqual(ingestArticle({ db, ...items[1] }));
      expect(db.$client.prepare("SELECT source_name FROM articles ORDER BY id").pluck().all()).toEqual(["kept-1.txt", "kept-2.txt"]);
      // nothing of the refused article stayed: no proposed entity sourced from it, no orphan rows
      expect(db.$client.prepare("SELECT count(*) FROM mentions WHERE article_id NOT IN (SELECT id FROM articles)").pluck().get()).toBe(0);
      expect(db.$client.prepare("SELECT count(*) FROM article_bands WHERE article_id NOT IN (SELECT id FROM articles)").pluck().get()).toBe(0);
    } finally {
      cleanup();
    }
  });

  it("forgets the proposed entities of a rolled-back batch and of the article that failed", async () => {
    // each names a text the gazetteer lacks: the first is proposed before the batch fails, the second by the
    // failing article itself and again by the one after it
    const texts = [
      "中方在上海提出开源倡议\n\n  2025年7月26日，世界人工智能大会在上海开幕，大会提出《全球人工智能开源合作倡议》。中方表示愿同各方加强合作。",
      "各国在日内瓦讨论安全测评\n\n  2025年7月28日，日内瓦会议提出《全球人工智能安全测评倡议》。来自巴西、南非等国的代表参加了会议。",
      "联合国会议再谈测评合作\n\n  2025年7月30日，纽约的一次联合国会议上，多国代表提出《全球人工智能安全测评倡议》，秘书长古特雷斯出席。",
    ];
    const items = ["kept-1.txt", "refused.txt", "kept-2.txt"].map((fileName, n) => ({ bytes: Buffer.from(texts[n]), fileName }));
    const run = async ({ batch, linkAhead = false }: { batch: boolean; linkAhead?: boolean }) => {
      const { db, cleanup } = await makeSeededDb();
      try {
        // refused at its last write, after its mentions and proposed entities
        db.$client.exec(
          `CREATE TEMP TRIGGER refuse_one BEFORE INSERT ON search_outbox WHEN NEW.doc_type = 'article' AND NEW.doc_id IN (SELECT id FROM articles WHERE source_name = 'refused.txt') BEGIN SELECT RAISE(ABORT, 'refused'); END`,
        );
        const gazetteer = loadGazetteer({ db });
        const ahead = linkAhead ? await startLinking({ gazetteer }) : null;
        const outcomes = batch ? ingestArticles({ db, items, gazetteer, linkAhead: ahead ?? false }) : items.map((item) => ingestArticle({ db, ...item, gazetteer }));
        ahead?.stop();
        const proposed = db.$client
          .prepare(
            `SELECT e.name_zh AS name, a.source_name AS source FROM entities e JOIN sources s ON s.entity_id = e.id JOIN articles a ON a.id = s.article_id WHERE e.kind = 'initiative' AND e.status = 'proposed' ORDER BY e.id`,
          )
          .all();
        const dangling = db.$client.prepare("SELECT count(*) FROM mentions WHERE entity_id NOT IN (SELECT id FROM entities)").pluck().get();
        const known = [...gazetteer.entries.values()].filter((e) => e.status === "proposed" && e.kind === "initiative").map((e) => e.nameZh);
        return { outcomes, state: storedState({ db }), proposed, dangling, known };
      } finally {
        cleanup();
      }
    };
    const batched = await run({ batch: true });
    expect(batched.outcomes.map((o) => o.ok)).toEqual([true, false, true]);
    expect(batched.proposed).toEqual([
      { name: "全球人工智能开源合作倡议", source: "kept-1.txt" },
      { name: "全球人工智能安全测评倡议", source: "kept-2.txt" },
    ]);
    expect(batched.known).toEqual(["全球人工智能开源合作倡议", "全球人工智能安全测评倡议"]);
    expect(batched.dangling).toBe(0);
    // as one transaction per file leaves it
    const one = await run({ batch: false });
    expect(batched.outcomes).toEqual(one.outcomes);
    expect(batched.state).toEqual(one.state);
    // and with a worker linking ahead, whose gazetteer the rollback leaves behind
    const ahead = await run({ batch: true, linkAhead: true });
    expect(ahead.outcomes).toEqual(one.outcomes);
    expect(ahead.state).toEqual(one.state);
    expect(ahead.known).toEqual(batched.known);
  });
});
