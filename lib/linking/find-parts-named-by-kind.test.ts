import { describe, expect, it } from "vitest";
import { buildGazetteer } from "./gazetteer";
import { linkArticle } from "./link-article";
import type { GazetteerEntry } from "./types";
import { entryBuilders, testEntries } from "@/tests/helpers/test-gazetteer";

// Sentences written for these tests (not taken from the labelled fixtures).
function entries(): GazetteerEntry[] {
  const all = testEntries();
  const { org, nextId } = entryBuilders({ firstId: 4000 });
  const group = org("lagos-group", "Lagos Group", "拉各斯集团");
  const union = org("andes-union", "Andes Union", "安第斯联盟");
  const council = org("pacific-council", "Pacific Council", "太平洋理事会");
  const code = (slug: string, nameEn: string, nameZh: string, madeByIds: number[], relatedIds: number[] = madeByIds): GazetteerEntry => ({
    id: nextId(),
    kind: "initiative",
    slug,
    nameEn,
    nameZh,
    aliases: [],
    madeByIds,
    relatedIds,
  });
  // the union signed the group's code: related to it, not its maker
  const codes: GazetteerEntry[] = [
    code("lagos-code", "Lagos International Code of Conduct for AI Developers", "拉各斯人工智能开发者国际行为准则", [group.id], [group.id, union.id]),
    code("pacific-code-2030", "Pacific Code of Conduct on Data (2030)", "太平洋数据行为准则（2030）", [council.id]),
    code("pacific-code-2032", "Pacific Code of Conduct on Models (2032)", "太平洋模型行为准则（2032）", [council.id]),
  ];
  // a body's body, and a report whose brackets name that body ("… (Report of the … Advisory Body)")
  const advisory: GazetteerEntry = {
    ...org("andes-advisory-body", "Andes Union Advisory Body on AI", "安第斯联盟人工智能咨询机构"),
    madeByIds: [union.id],
    relatedIds: [union.id],
  };
  // a treaty and a recommendation the council made, and a recommendation the group only endorsed
  const treaty = code("pacific-convention", "Pacific Framework Convention on Artificial Intelligence", "太平洋人工智能框架公约", [council.id]);
  const recommendation = code("pacific-recommendation", "Pacific Recommendation on the Ethics of AI", "太平洋人工智能伦理问题建议书", [council.id], [council.id, group.id]);
  codes.push(treaty, recommendation);
  const report = code("andes-report", "Charting AI (Final Report of the Andes Union Advisory Body on AI)", "绘制人工智能：最后报告", [union.id]);
  codes.push(advisory, report);
  // (relations are read both ways, as the atlas loads them)
  for (const body of [group, union, council]) body.relatedIds = codes.filter((c) => c.relatedIds!.includes(body.id)).map((c) => c.id);
  all.push(group, union, council, ...codes);
  return all;
}
const gz = buildGazetteer({ entries: entries() });
const texts = (body: string) =>
  linkArticle({ body, publishedAt: "2033-01-10", language: /[\u4e00-\u9fff]/.test(body) ? "zh" : "en", gazetteer: gz, model: null })
    .mentions.filter((m) => m.kind === "initiative")
    .map((m) => `${gz.entries.get(m.entityId)!.slug}:${m.surface}`);

describe("a body named by its kind beside the body it is part of", () => {
  const bodies = (body: string) =>
    linkArticle({ body, publishedAt: "2033-01-10", language: /[\u4e00-\u9fff]/.test(body) ? "zh" : "en", gazetteer: gz, model: null })
      .mentions.filter((m) => m.method === "descriptive")
      .map((m) => `${gz.entries.get(m.entityId)!.slug}:${m.surface}`);

  it("is that body's one part of the kind (a report whose brackets name such a body is not one)", () => {
    expect(bodies("The Andes Union launched an AI Advisory Body on Tuesday.")).toEqual(["andes-advisory-body:Advisory Body"]);
    expect(bodies("安第斯联盟成立了一个新的咨询机构。")).toEqual(["andes-advisory-body:咨询机构"]);
  });

  it("not from bodies a sentence names well after the kind word, for another reason", () => {
    expect(bodies("The report was backed by an expert advisory committee, whose members came from the Lagos Group and the Andes Union.")).toEqual([]);
  });
});

describe("a text named by its kind beside the body that made it", () => {
  it("is that body's one text of the kind, in the sentence or just after the body is named", () => {
    expect(texts("The Lagos Group's code of conduct asks developers to report their tests.")).toEqual(["lagos-code:code of conduct"]);
    expect(texts("拉各斯集团成员达成一套行为准则。")).toEqual(["lagos-code:行为准则"]);
    expect(texts("The Lagos Group met in March. Its International Code of Conduct was updated.")).toEqual(["lagos-code:International Code of Conduct"]);
  });

  it("not from a body that only signed it, nor a body with two such texts, nor a body named long before", () => {
    expect(texts("The Andes Union published a code of conduct for AI developers.")).toEqual([]);
    expect(texts("The Pacific Council adopted a code of conduct.")).toEqual([]);
    expect(texts("The Lagos Group met in March. Ministers spoke. Experts spoke. A code of conduct was discussed.")).toEqual([]);
  });
});

describe("a treaty or a recommendation named by its kind beside the body that made it", () => {
  it("is that body's one convention or recommendation", () => {
    expect(texts("The Pacific Council's convention on AI was opened for signature.")).toEqual(["pacific-convention:convention"]);
    expect(texts("The Pacific Council adopted the first AI treaty in May.")).toEqual(["pacific-convention:AI treaty"]);
    expect(texts("太平洋理事会通过了该公约。")).toEqual(["pacific-convention:公约"]);
    expect(texts("Ministers welcomed the recommendation of the Pacific Council on AI ethics.")).toEqual(["pacific-recommendation:recommendation"]);
  });

  it("not from a body that only endorsed it", () => {
    expect(texts("The Lagos Group issued a recommendation on data.")).toEqual([]);
  });
});
