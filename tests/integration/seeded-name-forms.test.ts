import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AtlasDatabase } from "@/db/open";
import type { Gazetteer } from "@/lib/linking/gazetteer";
import { linkArticle } from "@/lib/linking/link-article";
import { loadGazetteer } from "@/lib/linking/load-gazetteer";
import { makeSeededDb } from "./ingest-helpers";

// Sentences written for these tests: the seeded atlas's entities, named as news writes them, link to the right
// entity (a name another entity's name sits inside links the longer one).
let db: AtlasDatabase;
let cleanup: () => void;
let gazetteer: Gazetteer;
beforeAll(async () => {
  ({ db, cleanup } = await makeSeededDb());
  gazetteer = loadGazetteer({ db });
});
afterAll(() => cleanup?.());

const linked = (body: string) =>
  linkArticle({ body, publishedAt: "2024-06-01", language: "en", gazetteer }).mentions.map((m) => ({ surface: m.surface, slug: gazetteer.entries.get(m.entityId)!.slug }));

describe("the seeded atlas's names as news writes them", () => {
  it("'the May 2024 Seoul AI Safety Summit' is the Seoul summit, not the Bletchley one whose name is inside it", () => {
    expect(linked("Ministers met at the May 2024 Seoul AI Safety Summit.")).toEqual([{ surface: "Seoul AI Safety Summit", slug: "ai-seoul-summit-2024" }]);
  });
  it("'G-20' is the G20", () => {
    expect(linked("The declaration follows the G-20 meeting in Rio.")).toContainEqual({ surface: "G-20", slug: "g20" });
  });
  it("the OECD in American spelling", () => {
    expect(linked("The Organization for Economic Cooperation and Development published its report.")).toContainEqual({
      surface: "Organization for Economic Cooperation and Development",
      slug: "oecd",
    });
  });
});
