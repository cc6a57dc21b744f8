import { describe, expect, it } from "vitest";
import { buildGazetteer } from "./gazetteer";
import { linkArticle } from "./link-article";
import type { GazetteerEntry } from "./types";

// Orders, names and sentences invented for these tests.
const order = (id: number, nameEn: string, alias: string): GazetteerEntry => ({
  id,
  kind: "initiative",
  slug: `order-${id}`,
  nameEn,
  nameZh: null,
  date: "2031-10-30",
  aliases: [{ alias, language: "en", aliasType: "short" }],
});
const lopez = order(9601, "Executive Order 15001 on Trustworthy Artificial Intelligence", "Lopez AI Executive Order");
const kim = order(9602, "Executive Order 15020 on AI Infrastructure", "Kim AI Executive Order");
const linked = (entries: GazetteerEntry[], body: string) => {
  const gazetteer = buildGazetteer({ entries });
  return linkArticle({ body, publishedAt: "2031-11-05", language: "en", gazetteer, model: null })
    .mentions.filter((m) => m.kind === "initiative")
    .map((m) => [m.surface, gazetteer.entries.get(m.entityId)!.slug, m.why?.rule]);
};

describe("findExecutiveOrders", () => {
  it("an executive order on AI in a sentence naming whose it is: the one order the atlas's names give that person", () => {
    expect(linked([lopez, kim], "It comes as Mr Lopez signed an executive order on AI on Monday.")).toEqual([["executive order", "order-9601", "description"]]);
    expect(linked([lopez, kim], "President Kim issued an Executive Order on artificial intelligence infrastructure.")).toEqual([["Executive Order", "order-9602", "description"]]);
  });
  it("nothing without the person, without AI, or for orders in general", () => {
    expect(linked([lopez, kim], "The president signed an executive order on AI on Monday.")).toEqual([]);
    expect(linked([lopez, kim], "Mr Lopez signed an executive order on trade on Monday.")).toEqual([]);
    expect(linked([lopez, kim], "Mr Lopez has signed many executive orders on AI.")).toEqual([]);
  });
  it("nothing when two orders go by that person's name", () => {
    const second = order(9603, "Executive Order 15002 on AI Talent", "Lopez AI Talent Executive Order");
    expect(linked([lopez, second], "Mr Lopez signed an executive order on AI.")).toEqual([]);
  });
});
