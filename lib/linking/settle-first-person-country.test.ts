import { describe, expect, it } from "vitest";
import { buildGazetteer } from "./gazetteer";
import { linkArticle } from "./link-article";
import { entryBuilders } from "@/tests/helpers/test-gazetteer";

// Sentences invented for these tests (not taken from the labelled fixtures).
const { country } = entryBuilders({ firstId: 9400 });
const gz = buildGazetteer({ entries: [country("CHN", "China", "中国", ["我国"]), country("TWN", "Taiwan", "中国台湾", ["台湾", "台灣"])] });
const countries = (body: string) =>
  linkArticle({ body, publishedAt: "2031-05-02", language: "zh", gazetteer: gz, model: null })
    .mentions.filter((m) => m.kind === "country")
    .map((m) => gz.entries.get(m.entityId)!.iso3);

describe("我国 (our country) names the country the text is from", () => {
  it("is Taiwan in a text that names Taiwan's own institutions", () => {
    expect(countries("立法院昨日審議《數位韌性法》草案，行政院表示，此法將使我國數位產業更具韌性。")).toEqual(["TWN"]);
    expect(countries("數位發展部舉辦論壇，為我國資料治理建立新機制。")).toEqual(["TWN"]);
  });

  it("is Taiwan where the text writes 臺灣 as its government does", () => {
    expect(countries("臺灣資料協會表示，我國將於明年推出資料治理新制。")).toEqual(["TWN", "TWN"]);
  });

  it("stays China in mainland press, in simplified or traditional characters", () => {
    expect(countries("国务院印发意见，推动我国数据产业发展。")).toEqual(["CHN"]);
    expect(countries("國務院印發意見，推動我國數據產業發展。")).toEqual(["CHN"]);
    // a mainland marker outweighs a Taiwanese institution the text mentions
    expect(countries("中方表示，我國反對台灣立法院通過的相關法案。")).toEqual(["CHN", "TWN"]);
  });

  it("stays China where only 台灣, as any press writes it, is named", () => {
    expect(countries("我國企業與台灣企業簽署數據合作協議。")).toEqual(["CHN", "TWN"]);
  });
});
