import { describe, expect, it } from "vitest";
import { buildGazetteer } from "./gazetteer";
import { linkArticle } from "./link-article";
import type { GazetteerEntry } from "./types";
import { entryBuilders } from "@/tests/helpers/test-gazetteer";

// A body named at the start of the name of a text it made. Names and sentences are invented for these tests.
const { org, nextId } = entryBuilders({ firstId: 9520, aliasType: "abbreviation" });
const forum = org("ocean-forum", "Ocean Data Forum", "海洋数据论坛", ["ODF"]);
const other = org("lake-council", "Lake Council", "湖泊理事会", ["LC"]);
const text = (slug: string, nameEn: string, nameZh: string, aliases: string[], madeByIds: number[]): GazetteerEntry => ({
  id: nextId(),
  kind: "initiative",
  slug,
  nameEn,
  nameZh,
  aliases: aliases.map((alias) => ({ alias, language: /[\u4e00-\u9fff]/.test(alias) ? "zh" : "en", aliasType: "short" })),
  madeByIds,
});
const principles = text("odf-ai-principles", "ODF AI Principles", "海洋数据论坛人工智能原则", ["ODF Principles on AI"], [forum.id]);
// a text whose name opens with a body that did not make it
const charter = text("lc-ocean-charter", "LC Ocean Charter", "湖泊理事会海洋宪章", [], [forum.id]);
const gz = buildGazetteer({ entries: [forum, other, principles, charter] });
const named = (body: string) =>
  linkArticle({ body, publishedAt: null, language: /[\u4e00-\u9fff]/.test(body) ? "zh" : "en", gazetteer: gz, model: null }).mentions.map((m) => [
    gz.entries.get(m.entityId)!.slug,
    m.surface,
  ]);

describe("findMakersInNames: the maker named at the start of a text's name", () => {
  it("'the ODF AI Principles' names the forum too, with the words that name it", () => {
    expect(named("Ministers welcomed the ODF AI Principles.")).toEqual([
      ["odf-ai-principles", "ODF AI Principles"],
      ["ocean-forum", "ODF"],
    ]);
    expect(named("各国欢迎海洋数据论坛人工智能原则。")).toEqual([
      ["odf-ai-principles", "海洋数据论坛人工智能原则"],
      ["ocean-forum", "海洋数据论坛"],
    ]);
  });
  it("not a body that did not make the text", () => {
    expect(named("Ministers welcomed the LC Ocean Charter.")).toEqual([["lc-ocean-charter", "LC Ocean Charter"]]);
  });
});
