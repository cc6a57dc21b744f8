import { describe, expect, it } from "vitest";
import { buildGazetteer } from "./gazetteer";
import { linkArticle } from "./link-article";
import type { GazetteerEntry } from "./types";
import { entryBuilders, testEntries } from "@/tests/helpers/test-gazetteer";

// Sentences written for these tests (not taken from the labelled fixtures): the forms a ninth round added, each
// with a case where the rule must not fire.
function entries(): GazetteerEntry[] {
  const all = testEntries();
  const { country, nextId } = entryBuilders({ firstId: 7000 });
  all.push(country("CHL", "Chile", "智利", ["Chilean"]), country("PER", "Peru", "秘鲁", ["Peruvian"]));
  all.push({ id: nextId(), kind: "event", slug: "lagos-ai-forum", nameEn: "Lagos AI Forum", nameZh: "拉各斯人工智能论坛", date: "2025-06-03", aliases: [] });
  return all;
}
const gz = buildGazetteer({ entries: entries() });
const key = (id: number) => gz.entries.get(id)!.iso3 ?? gz.entries.get(id)!.slug;
const triples = (body: string, publishedAt: string | null = "2024-03-23") =>
  linkArticle({ body, publishedAt, language: /[\u4e00-\u9fff]/.test(body) ? "zh" : "en", gazetteer: gz, model: null })
    .relations.map((r) => [key(r.subjectId), r.role, key(r.objectId)])
    .sort();
const RES = "unga-res-78-265";

describe("a sentence opening 'Spearheaded by A, this resolution …'", () => {
  it.each([
    ["The Assembly adopted resolution 78/265 on AI. Spearheaded by Chile, this resolution was adopted by consensus."],
    ["The Assembly adopted resolution 78/265 on AI. Championed by Chile, the resolution was adopted without a vote."],
    ["The Assembly adopted resolution 78/265 on AI. Sponsored by Chile, this resolution was adopted by consensus."],
  ])("%s", (body) => {
    expect(triples(body).filter((t) => t[1] === "sponsor")).toEqual([["CHL", "sponsor", RES]]);
  });
  it("not a state that led something else before the resolution is named", () => {
    expect(triples("The Assembly adopted resolution 78/265 on AI. Led by Chile, the talks on a second text went on for weeks.").filter((t) => t[1] === "sponsor")).toEqual([]);
  });
});

describe("'<meeting>, where A and B agreed …'", () => {
  it.each([
    ["The plan traces to the Lagos AI Forum in June, where Chile, Peru and several other governments agreed to set up a fund."],
    ["Talks began at the Lagos AI Forum, at which Chile and Peru signed a joint statement."],
  ])("%s", (body) => {
    expect(triples(body, "2025-07-01").filter((t) => t[1] === "participant")).toEqual([
      ["CHL", "participant", "lagos-ai-forum"],
      ["PER", "participant", "lagos-ai-forum"],
    ]);
  });
  it("not states that may yet do something there", () => {
    expect(triples("Talks begin at the Lagos AI Forum, where Chile and Peru are expected to sign a joint statement.", "2025-05-01")).toEqual([]);
  });
});
