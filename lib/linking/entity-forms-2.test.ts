import { describe, expect, it } from "vitest";
import { buildGazetteer } from "./gazetteer";
import { deriveNameForms, pairAbbreviation } from "./derive-name-forms";
import { findMentions } from "./find-mentions";
import type { GazetteerEntry } from "./types";

// Round two of entity name forms. Names and sentences are invented for these tests (not from the labelled
// fixtures); each form is checked with a sentence where it must not link.
let id = 7000;
const alias = (a: string, aliasType = "other") => ({ alias: a, language: /[\u4e00-\u9fff]/.test(a) ? ("zh" as const) : ("en" as const), aliasType });
const entry = (kind: GazetteerEntry["kind"], slug: string, nameEn: string, nameZh: string | null, more: Partial<GazetteerEntry> = {}, aliases: string[] = []): GazetteerEntry => ({
  id: ++id,
  kind,
  slug,
  nameEn,
  nameZh,
  date: kind === "country" || kind === "organisation" ? null : "2025-03-01",
  aliases: aliases.map((a) => alias(a)),
  ...more,
});
const mda = entry("country", "mda", "Moldova", "摩尔多瓦", { iso3: "MDA" });
const fji = entry("country", "fji", "Fiji", "斐济", { iso3: "FJI" });
const entries: GazetteerEntry[] = [
  mda,
  fji,
  entry("initiative", "ocean-promotion-act", "Ocean Data Promotion Act", "海洋数据促进法", { subtype: "law" }),
  entry("organisation", "pacific-data-org", "Pacific Data Cooperation Organization", "太平洋数据合作组织", {}, ["Global ocean data cooperation organization"]),
  entry("organisation", "korvex", "Korvex AI", null, { subtype: "company" }),
  entry("organisation", "lumora", "Lumora Electronics", null, { subtype: "company" }),
  entry("organisation", "ocean-group", "Tidewater Group", null, { subtype: "network" }),
  entry("organisation", "pacific-data-forum", "Pacific Data Forum", "太平洋数据论坛"),
  entry("organisation", "mda-fji-centre", "Moldova-Fiji Data Cooperation Centre", "摩尔多瓦—斐济数据合作中心"),
  entry("organisation", "un-ocean-council", "UN Ocean Council", "联合国海洋理事会", {}, ["Ocean Council"]),
  entry("resolution", "ocean-compact", "Compact for Ocean Futures", "海洋未来契约"),
  entry("resolution", "ocean-cooperation-res", "Enhancing cooperation on ocean data sharing", "加强海洋数据共享合作"),
  entry("initiative", "ocean-outlook-2025", "Ocean Data Outlook Report 2025", "海洋数据展望报告", { subtype: "report", date: "2025-02-01" }),
  entry("initiative", "coastal-statement", "Statement on Open Ocean Data for Coastal Communities", "关于促进海洋数据开放共享造福沿海社区的声明", {
    subtype: "statement",
    date: "2025-02-01",
  }),
];
const gz = buildGazetteer({ entries });
const slugs = (text: string, kinds = ["initiative", "organisation", "resolution"], publishedAt = "2025-06-01") =>
  findMentions({ text, gazetteer: gz, publishedAt })
    .mentions.filter((m) => kinds.includes(m.kind))
    .map((m) => gz.entries.get(m.entityId)!.slug);

describe("a law before it passes: Act as Bill, 法 as 法案", () => {
  it.each([
    ["The upper house passed the Ocean Data Promotion Bill on Friday.", "ocean-promotion-act"],
    ["参议院周五通过了《海洋数据促进法案》。", "ocean-promotion-act"],
  ])("%s", (text, slug) => expect(slugs(text)).toEqual([slug]));
  it.each(["A bill to promote ocean data passed on Friday.", "该方法可促进海洋数据共享。"])("not: %s", (text) => expect(slugs(text)).toEqual([]));
  it("a name that is only AI and its kind gets no bill form", () => {
    const forms = deriveNameForms({ kind: "initiative", forms: [{ form: "Artificial Intelligence Act", aliasType: "name" }] }).map((f) => f.form);
    expect(forms).not.toContain("Artificial Intelligence Bill");
  });
});

describe("British and American spellings", () => {
  it.each(["Officials of the Pacific Data Cooperation Organisation met in Suva.", "Officials of the Pacific Data Cooperation Organization met in Suva."])("%s", (text) =>
    expect(slugs(text)).toEqual(["pacific-data-org"]),
  );
  it("Centre and Center", () => expect(slugs("The Moldova-Fiji Data Cooperation Center opened.")).toEqual(["mda-fji-centre"]));
});

describe("a stored description is written in lower case too", () => {
  it("'a global ocean data cooperation organisation'", () => {
    expect(slugs("The minister proposed a global ocean data cooperation organisation to pool data.")).toEqual(["pacific-data-org"]);
  });
  it("a proper name keeps its capital", () => {
    expect(slugs("Each pacific data forum on the islands meets twice a year.")).toEqual([]);
  });
});

describe("a company without its trade word", () => {
  it.each([
    ["Engineers at Korvex said the model was ready.", "korvex"],
    ["Lumora and Korvex signed the commitments.", "lumora"],
  ])("%s", (text, slug) => expect(slugs(text)).toContain(slug));
  it("not a body that is not a company, and not a lower-case word", () => {
    expect(slugs("Tidewater said the plan was ready.")).toEqual([]);
    expect(slugs("The korvex pattern is common.")).toEqual([]);
  });
});

describe("a resolution's title-cased name needs no 'resolution' in the sentence", () => {
  it("'the Compact for Ocean Futures'", () => expect(slugs("States adopted it as part of the Compact for Ocean Futures.")).toEqual(["ocean-compact"]));
  it("《海洋未来契约》 in title marks", () => expect(slugs("作为《海洋未来契约》的一部分，各国承诺共享数据。")).toEqual(["ocean-compact"]));
  it.each(["Ministers spoke about enhancing cooperation on ocean data sharing.", "各方讨论了海洋未来契约的想法。"])("a plain phrase still needs it: %s", (text) =>
    expect(slugs(text)).toEqual([]),
  );
});

describe("a two-country title by the first character of each country", () => {
  it("中国—老挝… → 中老… (invented: 摩尔多瓦—斐济 → 摩斐)", () => {
    expect(pairAbbreviation({ form: "摩尔多瓦—斐济数据合作中心", countryNames: new Set(["摩尔多瓦", "斐济"]) })).toBe("摩斐数据合作中心");
    expect(slugs("双方共同建立了摩斐数据合作中心。")).toEqual(["mda-fji-centre"]);
  });
  it("not with a body that is not a country, nor with a short rest", () => {
    expect(pairAbbreviation({ form: "摩尔多瓦—东盟数据合作中心", countryNames: new Set(["摩尔多瓦", "斐济"]) })).toBeNull();
    expect(pairAbbreviation({ form: "摩尔多瓦斐济中心", countryNames: new Set(["摩尔多瓦", "斐济"]) })).toBeNull();
  });
});

describe("a short form after another capitalised name word is a longer name's", () => {
  it.each(["The Pacific Ocean Council met on Monday.", "Staff of the Regional Ocean Council's secretariat attended."])("not: %s", (text) => expect(slugs(text)).toEqual([]));
  it.each(["The Ocean Council met on Monday.", "On Monday Ocean Council members met.", "Ocean Council members met in New York."])("%s", (text) =>
    expect(slugs(text)).toEqual(["un-ocean-council"]),
  );
});

describe("a yearly text the article gives another year", () => {
  it("2026年《…》 and its later bare mentions are another edition", () => {
    expect(slugs("2026年《海洋数据展望报告》今日发布。此第二版《海洋数据展望报告》由专家编写。", ["initiative"], "2026-02-05")).toEqual([]);
  });
  it("the same year, or no year, is this edition", () => {
    expect(slugs("2025年《海洋数据展望报告》今日发布。", ["initiative"], "2025-02-05")).toEqual(["ocean-outlook-2025"]);
    expect(slugs("《海洋数据展望报告》今日发布。", ["initiative"], "2025-02-05")).toEqual(["ocean-outlook-2025"]);
  });
});

describe("a Chinese title in 《》 translated another way", () => {
  it("shares most of what it is about with one stored title of its kind", () => {
    expect(slugs("峰会发表了《关于为沿海社区推动开放和共享海洋数据的声明》。", ["initiative"])).toEqual(["coastal-statement"]);
  });
  it.each(["峰会发表了《关于海洋塑料污染治理的声明》。", "峰会发表了《关于为沿海社区推动开放和共享海洋数据的倡议》。"])("not: %s", (text) =>
    expect(slugs(text, ["initiative"])).toEqual([]),
  );
});
