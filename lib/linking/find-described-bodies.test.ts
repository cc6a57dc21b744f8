import { describe, expect, it } from "vitest";
import { buildGazetteer } from "./gazetteer";
import { linkArticle } from "./link-article";
import type { GazetteerEntry } from "./types";
import { entryBuilders } from "@/tests/helpers/test-gazetteer";

// An invented state and body: the body for AI co-operation a state proposed, named by what it is for.
const { country, nextId } = entryBuilders({ firstId: 7000 });
const kenya = country("KEN", "Kenya", "肯尼亚");
const body: GazetteerEntry = {
  id: nextId(),
  kind: "initiative",
  slug: "nairobi-ai-cooperation-organization",
  nameEn: "Nairobi AI Cooperation Organization (proposed)",
  nameZh: "内罗毕人工智能合作组织",
  date: "2031-03-01",
  relatedIds: [kenya.id],
  aliases: [],
};
const gazetteer = buildGazetteer({ entries: [kenya, body] });
const named = (text: string, publishedAt = "2031-03-05") =>
  linkArticle({ body: text, publishedAt, language: "en", gazetteer, model: null })
    .mentions.filter((m) => m.entityId === body.id)
    .map((m) => m.surface);

describe("a body for AI co-operation named by what it is for", () => {
  it("'proposed the creation of an international organization aimed at promoting global cooperation on AI'", () => {
    expect(named("Kenya proposed the creation of an international organization aimed at promoting global cooperation on AI.")).toEqual(["international organization"]);
    expect(named("Kenya said it wanted to create an organisation to foster global co-operation on artificial intelligence.")).toEqual(["organisation"]);
    expect(named("Kenya urged the world to form an international AI cooperation body.")).toEqual(["international AI cooperation body"]);
  });
  it("not before the body was proposed, nor with nothing the atlas relates it to named, nor a body for something else", () => {
    expect(named("Kenya proposed the creation of an international organization aimed at promoting global cooperation on AI.", "2031-02-01")).toEqual([]);
    expect(named("The minister proposed the creation of an international organization aimed at promoting global cooperation on AI.")).toEqual([]);
    expect(named("Kenya proposed the creation of an international organization to study the safety of AI.")).toEqual([]);
  });
});
