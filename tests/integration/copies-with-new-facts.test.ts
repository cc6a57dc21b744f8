import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AtlasDatabase } from "@/db/open";
import { ingestArticle } from "@/lib/ingest/ingest-article";
import { linkArticle } from "@/lib/linking/link-article";
import { loadGazetteer } from "@/lib/linking/load-gazetteer";
import { makeSeededDb } from "./ingest-helpers";

const FIXTURES = path.join(process.cwd(), "tests", "fixtures", "articles");
const read = (name: string) => fs.readFileSync(path.join(FIXTURES, name));

let db: AtlasDatabase;
let cleanup: () => void;
beforeAll(async () => {
  ({ db, cleanup } = await makeSeededDb());
});
afterAll(() => cleanup?.());

// Two Council of Europe releases share their background paragraphs; the second reports new signatures.
describe("a release that repeats an earlier one's background", () => {
  it("is a story of its own when it reports new participation, and keeps its links", () => {
    const first = ingestArticle({ db, bytes: read("15-coe-opens-signature-en.txt"), fileName: "15-coe-opens-signature-en.txt" });
    expect(first.ok && first.copyOf).toBe(null);
    const second = ingestArticle({ db, bytes: read("39-coe-canada-japan-sign-en.txt"), fileName: "39-coe-canada-japan-sign-en.txt" });
    expect(second.ok).toBe(true);
    if (!second.ok) return;
    expect(second.copyOf).toBe(null);
    expect(second.mentions).toBeGreaterThan(10);
  });

  it("is still folded into the first when it is a reprint with only headlines added around it", () => {
    const body = read("15-coe-opens-signature-en.txt").toString("utf8");
    const related = ["Related stories", "UN General Assembly adopts China-led AI capacity-building resolution", "Canada and Japan sign AI treaty"].join("\n");
    const reprint = `${body}\nFirst carried by the Council of Europe.\n\n${related}\n`;
    const r = ingestArticle({ db, bytes: Buffer.from(reprint), fileName: "coe-reprint.txt" });
    expect(r).toMatchObject({ ok: true, copyOf: expect.stringMatching(/^council-of-europe-opens/) });
  });

  it("would have been folded by wording alone (the case is real)", () => {
    // guards the test above from passing for the wrong reason: the two texts do share most of their wording
    const gazetteer = loadGazetteer({ db });
    const a = linkArticle({ body: read("39-coe-canada-japan-sign-en.txt").toString("utf8"), publishedAt: null, language: "en", gazetteer });
    expect(a.relations.some((r) => r.role === "signatory" && gazetteer.entries.get(r.subjectId)?.iso3 === "CAN")).toBe(true);
  });
});
