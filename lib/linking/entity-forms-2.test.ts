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
  entry("organisation", "lumora", "Lumora Electronics", "露莫拉电子", { subtype: "company" }),
  entry("organisation", "ocean-group", "Tidewater Group", null, { subtype: "network" }),
  entry("organisation", "pacific-data-forum", "Pacific Data Forum", "太平洋数据论坛"),
  entry("organisation", "mda-fji-centre", "Moldova-Fiji Data Cooperation Centre", "摩尔多瓦—斐济数据合作中心"),
  entry("organisation", "un-ocean-council", "UN Ocean Council", "联合国海洋理事会", {}, ["Ocean Council"]),
  entry("initiative", "g9-principles", "G9 AI Principles", null, { subtype: "principles" }),
  entry("organisation", "tide-friends", "Group of Tide Friends for Cooperation on Ocean Data", null, { subtype: "group-of-friends" }, ["Group of Tide Friends"]),
  entry("resolution", "ocean-compact", "Compact for Ocean Futures", "海洋未来契约"),
  entry("resolution", "ocean-cooperation-res", "Enhancing cooperation on ocean data sharing", "加强海洋数据共享合作"),
  entry("initiative", "ocean-outlook-2025", "Ocean Data Outlook Report 2025", "海洋数据展望报告", { subtype: "report", date: "2025-02-01" }),
  entry("initiative", "ocean-order", "US Executive Order 15001 on Open Ocean Data", "美国关于开放海洋数据的第15001号行政令", { subtype: "executive-order" }),
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

describe("a numbered executive order by its number", () => {
  it.each([
    ["The order revokes Executive Order 15001 on ocean data.", "ocean-order"],
    ["Critics of EO 15001 say it went too far.", "ocean-order"],
    ["白宫审查了第15001号行政命令下的所有政策。", "ocean-order"],
  ])("%s", (text, slug) => expect(slugs(text)).toEqual([slug]));
  it.each(["Executive Order 15002 set other rules.", "The 15001 tonnes of data were shared."])("not: %s", (text) => expect(slugs(text)).toEqual([]));
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
    ["露莫拉与多家公司签署了承诺。", "lumora"],
  ])("%s", (text, slug) => expect(slugs(text)).toContain(slug));
  it("not a body that is not a company, and not a lower-case word", () => {
    expect(slugs("Tidewater said the plan was ready.")).toEqual([]);
    expect(slugs("The korvex pattern is common.")).toEqual([]);
  });
});

describe("a resolution's title-cased name needs no 'resolution' in the sentence", () => {
  it("'the Compact for Ocean Futures'", () => expect(slugs("States adopted it as part of the Compact for Ocean Futures.")).toEqual(["ocean-compact"]));
  it("《海洋未来契约》 in title marks", () => expect(slugs("作为《海洋未来契约》的一部分，各国承诺共享数据。")).toEqual(["ocean-compact"]));
  it("海洋未来契约 right after a verb that takes a text (发表, 落实)", () => {
    expect(slugs("峰会发表海洋未来契约，为各国合作擘画蓝图。")).toEqual(["ocean-compact"]);
    expect(slugs("各方应落实了海洋未来契约。")).toEqual(["ocean-compact"]);
  });
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

describe("a short form that opens an atlas name, then goes on into another name", () => {
  it.each(["Fiji launched the Group of Tide Friends on Artificial Intelligence for Coastal Resilience.", "The Group of Tide Friends for Coral Reefs met."])("not: %s", (text) =>
    expect(slugs(text)).toEqual([]),
  );
  it.each([
    "The Group of Tide Friends met on Monday.",
    "The Group of Tide Friends on February 11 met in Suva.",
    "The Group of Tide Friends for Cooperation met.",
    "Fiji joined the Group of Tide Friends for cooperation.",
  ])("%s", (text) => expect(slugs(text)).toEqual(["tide-friends"]));
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

describe("more owner descriptions", () => {
  const kor = entry("country", "sgp", "Singapore", "新加坡", { iso3: "SGP" });
  const euo = entry("organisation", "ocean-union", "Ocean Union", "海洋联盟", {}, ["OU"]);
  const law = entry("initiative", "ocean-union-ai-act", "Ocean Union Artificial Intelligence Act", null, { subtype: "law", relatedIds: [euo.id] });
  const sgLaw = entry("initiative", "sgp-data-act", "Data Trust Act (Data Trust Act)", null, { subtype: "law", relatedIds: [kor.id] });
  const coe = entry("organisation", "reef-council", "Reef Council", "珊瑚礁理事会");
  const conv = entry("initiative", "reef-convention", "Reef Council Framework Convention on Artificial Intelligence", "人工智能与海洋框架公约", {
    subtype: "convention",
    relatedIds: [coe.id],
  });
  const rec = entry("initiative", "reef-recommendation", "Reef Council Recommendation on the Ethics of AI", "人工智能伦理问题建议书", {
    subtype: "recommendation",
    relatedIds: [coe.id],
  });
  const cac = entry("organisation", "sgp-cyber-office", "Cyber Coordination Office of Singapore", "新加坡网络协调办公室");
  const g2 = buildGazetteer({ entries: [mda, kor, euo, law, sgLaw, coe, conv, rec, cac] });
  const found = (text: string, kinds = ["initiative", "organisation", "country"]) =>
    findMentions({ text, gazetteer: g2, publishedAt: "2025-06-01" })
      .mentions.filter((m) => kinds.includes(m.kind))
      .map((m) => g2.entries.get(m.entityId)!.slug);

  it("an AI law its owner adopted", () => {
    expect(found("The Ocean Union (OU) was in fact the first to adopt an AI law, but it delayed it.", ["initiative"])).toEqual(["ocean-union-ai-act"]);
    expect(found("The Ocean Union has passed its AI act.", ["initiative"])).toEqual(["ocean-union-ai-act"]);
  });
  it.each(["The Ocean Union did not adopt an AI law.", "The Ocean Union has yet to pass an AI law.", "The Ocean Union adopted a data law."])("not: %s", (text) =>
    expect(found(text, ["initiative"])).toEqual([]),
  );
  it("a text named short by its issuer, in 《》 or right after it", () => {
    expect(found("各国将签署由珊瑚礁理事会牵头推进的《人工智能公约》。", ["initiative"])).toEqual(["reef-convention"]);
    expect(found("各方提到珊瑚礁理事会人工智能伦理建议。", ["initiative"])).toEqual(["reef-recommendation"]);
    expect(found("珊瑚礁理事会建议书将提交大会。", ["initiative"])).toEqual(["reef-recommendation"]);
  });
  it.each(["各国将签署《人工智能公约》。", "珊瑚礁理事会发布了《海洋塑料公约》。", "珊瑚礁理事会建议各国加强合作。"])("not: %s", (text) =>
    expect(found(text, ["initiative"])).toEqual([]),
  );
  it("a body's name without its country, when the article names the country", () => {
    expect(found("Officials from Singapore, including the Cyber Coordination Office, met.", ["organisation"])).toEqual(["sgp-cyber-office"]);
    expect(found("Officials from the Cyber Coordination Office met.", ["organisation"])).toEqual([]);
  });
  it("'our country' is the country of the national law just named", () => {
    expect(found("The Data Trust Act takes effect today. This makes our country the first to regulate data trusts.", ["country"])).toEqual(["sgp"]);
    expect(found("The Data Trust Act takes effect today. “Our country must not fall behind,” a visiting minister said.", ["country"])).toEqual([]);
    expect(found("Our country must not fall behind.", ["country"])).toEqual([]);
  });
  it("broadcasters named for a country are not the country", () => {
    expect(found("（德国之声中文网）峰会本周举行。", ["country"])).toEqual([]);
  });
});

describe("a body described by most of its name's words in lower case, beside a related entity", () => {
  const panel = entry("organisation", "reef-panel", "Independent International Scientific Panel on Coral Reefs", "珊瑚礁独立国际科学小组");
  const dialogue = entry("initiative", "reef-dialogue", "Global Dialogue on Coral Reefs", "珊瑚礁全球对话", { relatedIds: [panel.id] });
  const g3 = buildGazetteer({ entries: [panel, dialogue] });
  const found = (text: string) => findMentions({ text, gazetteer: g3, publishedAt: "2025-06-01" }).mentions.map((m) => g3.entries.get(m.entityId)!.slug);
  it("'a Global Dialogue on Coral Reefs and an independent scientific panel of experts'", () => {
    expect(found("Members agreed to set up a Global Dialogue on Coral Reefs and an independent scientific panel of experts.")).toEqual(["reef-dialogue", "reef-panel"]);
  });
  it.each([
    "Members agreed to set up an independent scientific panel of experts.",
    "Members agreed to set up a Global Dialogue on Coral Reefs and a scientific panel of experts.",
    "Members agreed to set up a Global Dialogue on Coral Reefs and a national scientific panel.",
  ])("not: %s", (text) => expect(found(text).filter((s) => s === "reef-panel")).toEqual([]));
});

describe("a kind word alone after its issuer is a title only when it cannot be a verb", () => {
  const org = entry("organisation", "reef-body", "Reef Body", "珊瑚礁机构");
  const ini = entry("initiative", "reef-initiative", "Reef Data Initiative", "珊瑚礁数据倡议", { relatedIds: [org.id] });
  const str = entry("initiative", "reef-strategy", "Reef Data Strategy", "珊瑚礁数据战略", { relatedIds: [org.id] });
  const g4 = buildGazetteer({ entries: [org, ini, str] });
  const found = (text: string) =>
    findMentions({ text, gazetteer: g4, publishedAt: "2025-06-01" })
      .mentions.filter((m) => m.kind === "initiative")
      .map((m) => g4.entries.get(m.entityId)!.slug);
  it("珊瑚礁机构战略", () => expect(found("珊瑚礁机构战略明年生效。")).toEqual(["reef-strategy"]));
  it("not 珊瑚礁机构倡议 (proposes)", () => expect(found("珊瑚礁机构倡议各方加强合作。")).toEqual([]));
});

describe("countries listed by one-character short forms", () => {
  const g5 = buildGazetteer({
    entries: [
      entry("country", "usa", "United States", "美国", { iso3: "USA" }),
      entry("country", "chn", "China", "中国", { iso3: "CHN" }),
      entry("country", "gbr", "United Kingdom", "英国", { iso3: "GBR" }),
      entry("country", "rus", "Russia", "俄罗斯", { iso3: "RUS" }),
      entry("country", "mys", "Malaysia", "马来西亚", { iso3: "MYS" }),
      entry("country", "sgp", "Singapore", "新加坡", { iso3: "SGP" }),
      entry("country", "can", "Canada", "加拿大", { iso3: "CAN" }),
      entry("country", "nld", "Netherlands", "荷兰", { iso3: "NLD" }),
    ],
  });
  const found = (text: string) => findMentions({ text, gazetteer: g5, publishedAt: "2025-06-01" }).mentions.map((m) => g5.entries.get(m.entityId)!.slug);
  it.each([
    ["该国的算力尚不能与美、中相比。", ["usa", "chn"]],
    ["英、美、俄三方代表出席。", ["gbr", "usa", "rus"]],
    // (马 and 新 are read as states only in a list: 马斯克 and 创新 are not)
    ["参赛队伍来自中、俄、马、新、美。", ["chn", "rus", "mys", "sgp", "usa"]],
    ["中、美、欧及全球南方都在制定规则。", ["chn", "usa"]],
    // (加 and 荷 too, 加 last only where the list ends: not 加强)
    ["英、加、美等国参与。", ["gbr", "can", "usa"]],
    ["美国与英、荷达成协议。", ["usa", "gbr", "nld"]],
    ["中、美、加等国代表出席。", ["chn", "usa", "can"]],
    // (two short forms run together, before a word that says two states: 两国, 双方 …)
    ["仅100家公司(主要集中于中美两国)就占了全球研发支出的40%。", ["chn", "usa"]],
    ["英俄双方代表出席。", ["gbr", "rus"]],
  ])("%s", (text, want) => expect(found(text)).toEqual(want));
  it.each([
    "文件以中、英文两种语言发布。",
    "上、中、下三册同时出版。",
    "老、中、青三代学者参加。",
    "美国队员说中。",
    "坚持创新、加强合作。",
    "推动发展中、加强合作。",
    "与巴、马斯克会面。",
    "中、欧双方会谈。",
  ])("not: %s", (text) => expect(found(text).filter((s) => s !== "usa")).toEqual([]));
});

describe("a translated title: the issuer and the document number are not what it is about", () => {
  const g6 = buildGazetteer({
    entries: [
      entry("country", "mda", "Moldova", "摩尔多瓦", { iso3: "MDA" }),
      entry("initiative", "mda-order-77", "Moldova Executive Order 77 on Safe and Open Ocean Data", "摩尔多瓦关于安全和开放地共享和使用海洋数据的第77号行政令", {
        subtype: "executive-order",
      }),
    ],
  });
  const found = (text: string) =>
    findMentions({ text, gazetteer: g6, publishedAt: "2025-06-01" })
      .mentions.filter((m) => m.kind === "initiative")
      .map((m) => g6.entries.get(m.entityId)!.slug);
  it("《关于海洋数据的安全、开放共享和使用的总统令》", () => expect(found("总统签署了《关于海洋数据的安全、开放共享和使用的总统令》。")).toEqual(["mda-order-77"]));
  it("not a order on another topic", () => expect(found("总统签署了《关于渔业补贴和港口建设的总统令》。")).toEqual([]));
});

describe("an English text named by its issuer and its kind", () => {
  const body = entry("organisation", "reef-agency", "Reef Agency", "珊瑚礁署", {}, ["REA"]);
  const rec = entry("initiative", "reef-agency-rec", "Recommendation on the Ethics of Reef Monitoring", null, { relatedIds: [body.id] });
  const str1 = entry("initiative", "reef-agency-str-1", "Reef Data Strategy", null, { relatedIds: [body.id] });
  const str2 = entry("initiative", "reef-agency-str-2", "Reef Skills Strategy", null, { relatedIds: [body.id] });
  const g7 = buildGazetteer({ entries: [body, rec, str1, str2] });
  const found = (text: string) =>
    findMentions({ text, gazetteer: g7, publishedAt: "2025-06-01" })
      .mentions.filter((m) => m.kind === "initiative")
      .map((m) => g7.entries.get(m.entityId)!.slug);
  it.each(["Members praised the Reef Agency's Recommendation.", "Members praised REA’s ethics recommendation."])("%s", (text) => expect(found(text)).toEqual(["reef-agency-rec"]));
  it.each(["Members followed the Reef Agency's recommendation to meet again.", "Members praised the Reef Agency's Strategy."])("not: %s", (text) =>
    expect(found(text)).toEqual([]),
  );
});

describe("a lower-case description with AI in it", () => {
  const body = entry("organisation", "lagoon-agency", "Lagoon Agency", "泻湖署");
  const plan = entry("initiative", "lagoon-plan", "Global AI Lagoon Action Plan", null, { relatedIds: [body.id] });
  const g8 = buildGazetteer({ entries: [body, plan] });
  const found = (text: string) =>
    findMentions({ text, gazetteer: g8, publishedAt: "2025-06-01" })
      .mentions.filter((m) => m.kind === "initiative")
      .map((m) => g8.entries.get(m.entityId)!.slug);
  it.each(["The Lagoon Agency published a global lagoon action plan on Friday.", "The Lagoon Agency released a global AI action plan."])("%s", (text) =>
    expect(found(text)).toEqual(["lagoon-plan"]),
  );
  it.each(["The Lagoon Agency published a national lagoon action plan.", "Ministers published a global lagoon action plan."])("not: %s", (text) => expect(found(text)).toEqual([]));
});

describe("a name without the field it is about", () => {
  const forms = (form: string, kind = "organisation") => deriveNameForms({ kind, forms: [{ form, aliasType: "name" }] }).map((f) => f.form);
  it("人工智能珊瑚礁独立观测小组 → 珊瑚礁独立观测小组; '… Panel on Artificial Intelligence' → '… Panel'", () => {
    expect(forms("人工智能珊瑚礁独立观测小组")).toContain("珊瑚礁独立观测小组");
    expect(forms("Independent Reef Observation Panel on Artificial Intelligence")).toContain("Independent Reef Observation Panel");
  });
  it("not when only generic words are left", () => {
    expect(forms("人工智能全球治理倡议", "initiative")).not.toContain("全球治理倡议");
    expect(forms("Global Partnership on AI")).not.toContain("Global Partnership");
    expect(forms("Group of Friends for AI")).not.toContain("Group of Friends");
  });
});

describe("a country's side (X方) is not the 方 of 方面, 方式, 方案", () => {
  const g9 = buildGazetteer({ entries: [entry("country", "fra", "France", "法国", { iso3: "FRA" }, ["法方"])] });
  const found = (text: string) => findMentions({ text, gazetteer: g9, publishedAt: "2025-06-01" }).mentions.map((m) => g9.entries.get(m.entityId)!.slug);
  it("法方表示支持。", () => expect(found("法方表示支持。")).toEqual(["fra"]));
  it.each(["欧洲在立法方面走在前列。", "这是一种新的执法方式。"])("not: %s", (text) => expect(found(text)).toEqual([]));
});

describe("a title with alternative words or a qualifying bracket", () => {
  const forms = (form: string, kind = "initiative") => deriveNameForms({ kind, forms: [{ form, aliasType: "name" }] }).map((f) => f.form);
  it("'… Statement/Declaration on … (17th Lagoon Summit, Rio)' is written with either word and without the bracket", () => {
    const got = forms("Lagoon Leaders' Statement/Declaration on the Governance of Reefs (17th Lagoon Summit, Rio)");
    expect(got).toContain("Lagoon Leaders' Statement on the Governance of Reefs");
    expect(got).toContain("Lagoon Leaders' Declaration on the Governance of Reefs");
  });
  it("'G9 AI Principles' is also 'the G9 principles'; not a title whose body is no short name", () => {
    expect(forms("G9 AI Principles")).toContain("G9 Principles");
    expect(forms("Lagoon AI Principles")).not.toContain("Lagoon Principles");
    expect(forms("G9 AI Principles", "organisation")).not.toContain("G9 Principles");
    expect(slugs("Ministers agreed that the G9 principles are the foundation of the deal.", ["initiative"])).toEqual(["g9-principles"]);
  });
  it("not a short title left bare, nor an event's place", () => {
    expect(forms("Reef Principles (2024 update)")).not.toContain("Reef Principles");
    expect(forms("Lagoon Summit on Reefs (Rio)", "event")).not.toContain("Lagoon Summit on Reefs");
  });
});

describe("a name typed without its accents", () => {
  const g7 = buildGazetteer({
    entries: [entry("country", "tur", "Türkiye", "土耳其", { iso3: "TUR" }), entry("country", "civ", "Côte d'Ivoire", "科特迪瓦", { iso3: "CIV" })],
  });
  const found = (text: string) => findMentions({ text, gazetteer: g7, publishedAt: "2025-06-01" }).mentions.map((m) => g7.entries.get(m.entityId)!.slug);
  it.each([
    ["Delegations from Turkiye attended.", ["tur"]],
    ["Delegations from Türkiye attended.", ["tur"]],
    ["Cote d'Ivoire signed.", ["civ"]],
  ])("%s", (text, want) => expect(found(text)).toEqual(want));
});

describe("an acronym said as a word, written in title case", () => {
  const g8 = buildGazetteer({
    entries: [
      entry("organisation", "unesco", "United Nations Educational, Scientific and Cultural Organization", "联合国教科文组织", {
        aliases: [{ alias: "UNESCO", language: "en", aliasType: "abbreviation" }],
      }),
      entry("organisation", "itu", "International Telecommunication Union", "国际电信联盟", { aliases: [{ alias: "ITU", language: "en", aliasType: "abbreviation" }] }),
    ],
  });
  const found = (text: string) => findMentions({ text, gazetteer: g8, publishedAt: "2025-06-01" }).mentions.map((m) => g8.entries.get(m.entityId)!.slug);
  it.each([
    ["The initiative was developed by Unesco.", ["unesco"]],
    ["The initiative was developed by UNESCO.", ["unesco"]],
  ])("%s", (text, want) => expect(found(text)).toEqual(want));
  // (a letter acronym of four letters or fewer is not: "Itu" is no way of writing ITU)
  it("not: Itu", () => expect(found("Itu said so.")).toEqual([]));
});
