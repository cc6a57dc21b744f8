import { describe, expect, it } from "vitest";
import { buildGazetteer } from "./gazetteer";
import { findMentions } from "./find-mentions";
import { normaliseForMatch, simplifyHan } from "./normalise";
import type { GazetteerEntry } from "./types";

describe("Taiwan's and Hong Kong's 人工智慧", () => {
  it("reads as 人工智能, keeping every offset", () => {
    const text = "台灣媒體稱人工智慧全球治理行動計畫已發表。";
    expect(simplifyHan(text)).toBe("台湾媒体称人工智能全球治理行动计划已发表。");
    expect(simplifyHan(text)).toHaveLength(text.length);
    expect(normaliseForMatch("人工智慧")).toBe("人工智能");
    // 智慧 alone (智慧城市, "wisdom") stays
    expect(simplifyHan("中国智慧")).toBe("中国智慧");
  });

  it("links a name written with it to the entity named with 人工智能", () => {
    const plan: GazetteerEntry = { id: 1, kind: "initiative", slug: "plan", nameEn: "Global Plan on AI", nameZh: "人工智能全球治理行动计划", aliases: [] };
    const text = "中方發表《人工智慧全球治理行動計畫》，呼籲各方合作。";
    const found = findMentions({ text, gazetteer: buildGazetteer({ entries: [plan] }), publishedAt: "2031-07-26" });
    expect(found.mentions.map((m) => [m.entityId, m.surface])).toEqual([[1, "人工智慧全球治理行動計畫"]]);
  });
});

describe("Taiwan's 網路 (network) and 東協 (ASEAN)", () => {
  it("read as 网络 and 东盟, keeping every offset", () => {
    const text = "東協與國際海洋數據研究所網路合作。";
    expect(simplifyHan(text)).toBe("东盟与国际海洋数据研究所网络合作。");
    expect(simplifyHan(text)).toHaveLength(text.length);
  });
});
