import { describe, expect, it } from "vitest";
import { ingestArticle } from "@/lib/ingest/ingest-article";
import { makeSeededDb } from "./ingest-helpers";

// An article written for this test: one sentence reports two acts on one text, each on its own day.
const BODY = [
  "Council of Europe treaty on AI opens for signature",
  "",
  "The Council of Europe Framework Convention on Artificial Intelligence was adopted in Strasbourg on 17 May 2024 and opened for signature in Vilnius on 5 September 2024, officials said.",
].join("\n");

describe("two acts on one text in one sentence", () => {
  it("are stored as two dated events of the article, each with its own day", async () => {
    const { db, cleanup } = await makeSeededDb();
    try {
      const r = ingestArticle({ db, bytes: Buffer.from(BODY), fileName: "two-acts.txt" });
      expect(r.ok).toBe(true);
      const rows = db.$client
        .prepare(
          `SELECT ae.date, ae.evidence_start AS evidenceStart FROM article_events ae JOIN entities e ON e.id = ae.event_id
           WHERE e.slug = 'coe-framework-convention-ai' ORDER BY ae.date`,
        )
        .all() as { date: string; evidenceStart: number }[];
      expect(rows.map((x) => x.date)).toEqual(["2024-05-17", "2024-09-05"]);
      expect(new Set(rows.map((x) => x.evidenceStart)).size).toBe(1);
    } finally {
      cleanup();
    }
  });
});
