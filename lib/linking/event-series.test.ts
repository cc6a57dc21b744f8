import { describe, expect, it } from "vitest";
import { buildGazetteer, seriesName } from "./gazetteer";
import { linkArticle } from "./link-article";
import { entryBuilders } from "@/tests/helpers/test-gazetteer";

// A recurring meeting named without its year or ordinal ("REAIM", "世界人工智能大会") is the edition of the article's
// time. Names and sentences are invented for these tests (not taken from the labelled fixtures).
const { country, event } = entryBuilders({ firstId: 9600 });
const first = event("lakes-forum-2031", "Lakes AI Forum 2031", "湖泊地区人工智能论坛（2031年，基苏木）", "2031-03-02");
// the second edition's Chinese name adds a word (使用), and a stored alias of it is the series' name
const second = event("lakes-forum-2032", "Second Lakes AI Forum (Kampala, 2032)", "第二届湖泊地区人工智能使用论坛", "2032-05-10", ["湖泊地区人工智能使用论坛"]);
const only = event("delta-summit-2031", "Delta Safety Summit 2031", "三角洲安全峰会", "2031-09-09");
const gz = buildGazetteer({ entries: [country("KEN", "Kenya", "肯尼亚"), first, second, only] });
const linked = (body: string, publishedAt: string | null) =>
  linkArticle({ body, publishedAt, language: /[\u4e00-\u9fff]/.test(body) ? "zh" : "en", gazetteer: gz, model: null })
    .mentions.filter((m) => m.kind === "event")
    .map((m) => gz.entries.get(m.entityId)!.slug);

describe("seriesName: a recurring event's name without its year or ordinal", () => {
  it("drops a leading or closing year, a bracket that dates the edition, and an ordinal", () => {
    expect(seriesName("Lakes AI Forum 2031")).toBe("Lakes AI Forum");
    expect(seriesName("2031 Lakes AI Forum")).toBe("Lakes AI Forum");
    expect(seriesName("Second Lakes AI Forum (Kampala, 2032)")).toBe("Lakes AI Forum");
    expect(seriesName("湖泊地区人工智能论坛（2031年，基苏木）")).toBe("湖泊地区人工智能论坛");
    expect(seriesName("第二届湖泊地区人工智能使用论坛")).toBe("湖泊地区人工智能使用论坛");
  });
  it("leaves a name with no year or ordinal, a bracket without a year, and a remainder too short to name anything", () => {
    expect(seriesName("Lakes AI Forum")).toBeNull();
    expect(seriesName("Delta Summit (Kampala)")).toBeNull();
    expect(seriesName("AI 2031")).toBeNull();
    expect(seriesName("论坛2031")).toBeNull();
  });
});

describe("a series name alone is the edition of the article's year", () => {
  it("links the edition of the year the article was written", () => {
    expect(linked("Delegates from Kenya gathered for the Lakes AI Forum this week.", "2031-03-03")).toEqual(["lakes-forum-2031"]);
    expect(linked("Delegates from Kenya gathered for the Lakes AI Forum this week.", "2032-05-11")).toEqual(["lakes-forum-2032"]);
  });
  it("links no edition in a year the atlas holds none for, nor in an undated article", () => {
    expect(linked("Delegates from Kenya gathered for the Lakes AI Forum this week.", "2035-01-01")).toEqual([]);
    expect(linked("Delegates from Kenya gathered for the Lakes AI Forum this week.", null)).toEqual([]);
  });
  it("a year written beside the name, or an ordinal before it, says which edition", () => {
    expect(linked("Kenya recalled the 2031 Lakes AI Forum.", "2032-05-11")).toEqual(["lakes-forum-2031"]);
    expect(linked("Kenya recalled the second Lakes AI Forum.", "2031-03-03")).toEqual(["lakes-forum-2032"]);
  });
  it("names a word apart are one series, and a stored alias that is the series' name chooses by year too", () => {
    expect(linked("肯尼亚代表出席了湖泊地区人工智能论坛。", "2032-05-11")).toEqual(["lakes-forum-2032"]);
    expect(linked("肯尼亚代表出席了湖泊地区人工智能使用论坛。", "2031-03-03")).toEqual(["lakes-forum-2031"]);
  });
  it("the reason given is the series, with the edition chosen", () => {
    const m = linkArticle({ body: "Kenya attended the Lakes AI Forum.", publishedAt: "2031-03-03", language: "en", gazetteer: gz, model: null }).mentions.find(
      (x) => x.kind === "event",
    );
    expect(m?.why).toEqual({ matched: "Lakes AI Forum", form: "Lakes AI Forum (series: Lakes AI Forum 2031)", rule: "description" });
  });
  it("an ordinal before the name of an event held once says it is another one, in either script", () => {
    expect(linked("第二届三角洲安全峰会在肯尼亚举行。", "2032-05-11")).toEqual([]);
    expect(linked("第二屆三角洲安全峰會在肯尼亞舉行。", "2032-05-11")).toEqual([]);
  });
  it("an event held once: its series name in the year of it or the year before, or undated", () => {
    expect(linked("Kenya will attend the Delta Safety Summit.", "2030-12-01")).toEqual(["delta-summit-2031"]);
    expect(linked("Kenya will attend the Delta Safety Summit.", null)).toEqual(["delta-summit-2031"]);
    expect(linked("Kenya recalled the Delta Safety Summit.", "2033-01-01")).toEqual([]);
  });
});

describe("a series' name beside the place where another of its meetings met", () => {
  const placed = {
    ...event("delta-summit-2031-port", "Delta Safety Summit 2031 (Port Louis)", "三角洲安全峰会（2031年，路易港）", "2031-09-09"),
    aliases: [
      { alias: "Delta Safety Summit", aliasType: "short" as const, language: "en" as const },
      { alias: "三角洲安全峰会", aliasType: "short" as const, language: "zh" as const },
    ],
  };
  const kisumu = event("kisumu-summit-2032", "Delta Summit 2032 (Kisumu)", "基苏木三角洲峰会", "2032-05-10", ["三角洲峰会"]);
  const unplaced = event("delta-conference-2032", "Delta Conference", "三角洲大会", "2032-05-10", ["Delta Safety Conference"]);
  const gazetteer = buildGazetteer({ entries: [country("KEN", "Kenya", "肯尼亚"), placed, kisumu, unplaced] });
  const events = (body: string) =>
    linkArticle({ body, publishedAt: "2032-05-08", language: /[\u4e00-\u9fff]/.test(body) ? "zh" : "en", gazetteer, model: null })
      .mentions.filter((m) => m.kind === "event")
      .map((m) => gazetteer.entries.get(m.entityId)!.slug);
  it("names that other meeting, not the one the atlas holds under the name", () => {
    expect(events("Kenya will host a Delta Safety Summit in Kisumu this week.")).not.toContain("delta-summit-2031-port");
  });
  it("in Chinese, with the place before the name ('在基苏木举行的…')", () => {
    expect(events("肯尼亚出席了在基苏木举行的三角洲安全峰会。")).not.toContain("delta-summit-2031-port");
  });
  it("not beside its own place, nor for a meeting whose place the atlas does not know", () => {
    expect(events("Kenya recalled the Delta Safety Summit in Port Louis.")).toContain("delta-summit-2031-port");
    expect(events("Kenya attended the Delta Safety Conference in Kisumu.")).toContain("delta-conference-2032");
  });
});
