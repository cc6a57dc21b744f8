import { describe, expect, it } from "vitest";
import { buildGazetteer } from "./gazetteer";
import { deriveNameForms, withoutYear } from "./derive-name-forms";
import { findMentions } from "./find-mentions";
import { findProposedInitiatives } from "./find-proposed-initiatives";
import type { FoundMention } from "./types";
import type { GazetteerEntry } from "./types";
import { entryBuilders, testEntries } from "@/tests/helpers/test-gazetteer";

// Names and sentences invented for these tests (not from the labelled fixtures): each way of writing an
// entity's own name is checked in English and Chinese, with a sentence where it must not link.
function entries(): GazetteerEntry[] {
  const all = testEntries();
  const { country, org, nextId } = entryBuilders({ firstId: 3000 });
  const mda = country("MDA", "Moldova", "摩尔多瓦");
  const pif = org("pacific-islands-forum", "Pacific Islands Forum", "太平洋岛国论坛", ["PIF"]);
  all.push(
    mda,
    pif,
    org("mda-digital-ministry", "Ministry of Digital Economy (Moldova)", "摩尔多瓦数字经济部"),
    org("gpml", "Global Partnership on Machine Learning", "全球机器学习伙伴关系", ["GPML"]),
    org("ocean-friends", "Group of Friends on Ocean Data", "海洋数据之友小组", ["Friends Group"]),
    org("lisbon-friends", "Lisbon Data Process Friends Group", "里斯本数据进程之友小组"),
    org("un-ocean-office", "UN Office for Ocean Affairs", "联合国海洋事务办公室"),
    org("ocean-assembly", "World Ocean Assembly", "世界海洋大会", ["Ocean Assembly"]),
    org("ocean-assembly-committee", "World Ocean Assembly Data Committee", "世界海洋大会数据委员会"),
    org("pacific-ocean-assembly-board", "Pacific Ocean Assembly Board", "太平洋海洋大会理事会"),
  );
  const initiative = (slug: string, nameEn: string, nameZh: string | null, aliases: string[] = [], date = "2025-03-01", relatedIds: number[] = []): GazetteerEntry => ({
    id: nextId(),
    kind: "initiative",
    slug,
    nameEn,
    nameZh,
    date,
    aliases: aliases.map((alias) => ({ alias, language: /[\u4e00-\u9fff]/.test(alias) ? "zh" : "en", aliasType: "short" })),
    relatedIds,
  });
  all.push(
    initiative("test-industry-act", "Framework Act on Artificial Intelligence Industry (AI Industry Act)", "人工智能产业框架法（人工智能产业法）"),
    initiative("test-ethics-charter", "Charter on the Ethics of Artificial Intelligence in Education", "人工智能教育伦理宪章"),
    initiative("test-pif-framework", "Pacific Islands Forum Regional Digital Ethics Framework", null, [], "2025-03-01", [pif.id]),
    initiative("test-pif-principles", "PIF AI Principles", "太平洋岛国论坛人工智能原则", [], "2025-03-01", [pif.id]),
    initiative("test-lisbon-code", "Lisbon Process International Guiding Principles and International Code of Conduct for Organizations Deploying Frontier Robotics Systems", null),
    initiative("test-support-act", "Act on the Support of Research and Development and Deployment of Artificial Intelligence-Based Services", null),
    initiative("test-suva-declaration", "Suva Declaration on Digital Inclusion", "苏瓦数字包容宣言", ["Suva Declaration"], "2025-03-01"),
    initiative("test-outlook-report", "Pacific Digital Outlook Report 2025", null, [], "2025-02-01"),
    initiative("test-mda-ai-act", "Moldova Artificial Intelligence Act", "摩尔多瓦人工智能法案", [], "2025-03-01", [mda.id]),
    initiative("test-qualified-principles", "Oceania AI Principles (2025 revision)", "大洋洲人工智能原则（2025年修订版）"),
  );
  return all;
}
const gz = buildGazetteer({ entries: entries() });
const slugs = (text: string, kinds = ["initiative", "organisation", "country"], publishedAt = "2025-06-01") =>
  findMentions({ text, gazetteer: gz, publishedAt })
    .mentions.filter((m) => kinds.includes(m.kind))
    .map((m) => gz.entries.get(m.entityId)!.slug);

describe("a name with its short name in brackets", () => {
  it.each([
    ["Lawmakers say the AI Industry Act takes effect next January.", "test-industry-act"],
    ["The Framework Act on Artificial Intelligence Industry was passed by a wide margin.", "test-industry-act"],
    ["议员们表示，《人工智能产业法》将于明年一月生效。", "test-industry-act"],
    ["《人工智能产业框架法》以高票通过。", "test-industry-act"],
  ])("%s", (text, slug) => expect(slugs(text, ["initiative"])).toEqual([slug]));

  it("a bracket that names a country says whose ministry it is: the rest alone is not linked", () => {
    expect(slugs("The Ministry of Digital Economy issued new guidance on Friday.")).toEqual([]);
    expect(slugs("Officials from Moldova met the delegation.")).toEqual(["mda"]);
  });

  it("a qualifier in brackets (a year, a revision) is not a short name", () => {
    const forms = deriveNameForms({ kind: "initiative", forms: [{ form: "大洋洲人工智能原则（2025年修订版）", aliasType: "name" }] }).map((f) => f.form);
    expect(forms).not.toContain("2025年修订版");
    expect(forms).not.toContain("大洋洲人工智能原则");
  });
});

describe("人工智能 written AI, Artificial Intelligence written AI", () => {
  it.each([
    ["韩国《AI 产业法》明年一月起施行。", "test-industry-act"],
    ["韩国AI产业法明年一月起施行。", "test-industry-act"],
    ["The ministry welcomed the Charter on the Ethics of AI in Education.", "test-ethics-charter"],
    ["The Industry Act on AI aside, the Framework Act on AI Industry sets the rules.", "test-industry-act"],
  ])("%s", (text, slug) => expect(slugs(text, ["initiative"])).toContain(slug));

  it("a lower-case AI is not the acronym", () => {
    expect(slugs("《ai产业法》的说法并不存在。", ["initiative"])).toEqual([]);
  });

  it("a two-word brand keeps its AI", () => {
    const forms = deriveNameForms({ kind: "organisation", forms: [{ form: "Mistral AI", aliasType: "name" }] }).map((f) => f.form);
    expect(forms).toEqual([]);
  });
});

describe("a title without the issuer it opens with", () => {
  it("'the Regional Digital Ethics Framework' is the forum's framework", () => {
    expect(slugs("Leaders endorsed the Regional Digital Ethics Framework in Suva on Tuesday.", ["initiative"])).toEqual(["test-pif-framework"]);
  });
  it("what is left must still tell the text apart: 'AI Principles' is anyone's", () => {
    expect(slugs("Several governments have published AI Principles this year.", ["initiative"])).toEqual([]);
  });
  it("lower case is a description, not the title", () => {
    expect(slugs("Each country will need a regional digital ethics framework of its own.", ["initiative"])).toEqual([]);
  });
});

describe("a long title written with a word added, left out or changed", () => {
  it.each([
    // one of the two texts a joint title names
    ["Signatories will apply the Lisbon Process International Code of Conduct for Organizations Deploying Frontier Robotics Systems.", "test-lisbon-code"],
    // a word left out ("-Based") and AI for Artificial Intelligence, inside a Chinese sentence
    ["日本国会审议了《人工智能支持法》(Act on the Support of Research, Development and Deployment of AI Services)。", "test-support-act"],
    // a word added
    ["the Act on the Support of Research and Development and the Deployment of New Artificial Intelligence-Based Services", "test-support-act"],
  ])("%s", (text, slug) => expect([...new Set(slugs(text, ["initiative"]))]).toEqual([slug]));

  it.each(["The Lisbon Process International Guiding Principles were discussed at length.", "The Act on the Support of Research and Development was amended for universities."])(
    "a title's opening words alone are not the title: %s",
    (text) => expect(slugs(text, ["initiative"])).toEqual([]),
  );
});

describe("a declaration named long before the atlas's one was adopted is another text", () => {
  it.each([
    ["Ministers adopted the Suva Declaration at the close of the meeting.", "2025-03-02"],
    ["The Suva Declaration is expected to be adopted next month.", "2025-01-20"],
    ["与会各方通过了《苏瓦数字包容宣言》。", "2025-03-02"],
  ])("%s (%s): linked", (text, publishedAt) => expect(slugs(text, ["initiative"], publishedAt)).toEqual(["test-suva-declaration"]));

  it.each([
    ["Ministers adopted the Suva Declaration on youth employment at the close of the meeting.", "2021-09-10"],
    ["与会各方通过了《苏瓦数字包容宣言》。", "2022-04-01"],
  ])("%s (%s): not linked", (text, publishedAt) => expect(slugs(text, ["initiative"], publishedAt)).toEqual([]));

  it("a law is named long before it is passed", () => {
    expect(slugs("Lawmakers debated the AI Industry Act for a second year.", ["initiative"], "2023-01-10")).toEqual(["test-industry-act"]);
  });
});

describe("short names an article defines for itself", () => {
  const found = (text: string): [string, string][] =>
    findMentions({ text, gazetteer: gz, publishedAt: "2025-06-01" })
      .mentions.filter((m: FoundMention) => m.kind !== "country")
      .map((m: FoundMention) => [gz.entries.get(m.entityId)!.slug, m.surface]);

  it("a quoted short name after the long one links wherever it is used", () => {
    const text = 'Leaders adopted the Regional Digital Ethics Framework (the "Ethics Framework") in March. Members must report on the Ethics Framework each year.';
    expect(found(text).filter(([, s]) => s === "Ethics Framework")).toEqual([
      ["test-pif-framework", "Ethics Framework"],
      ["test-pif-framework", "Ethics Framework"],
    ]);
  });
  it("single quotes too", () => {
    const text = "Leaders adopted the Regional Digital Ethics Framework (the ‘Ethics Framework’) in March. The Ethics Framework asks for yearly reports.";
    expect(found(text).filter(([, s]) => s === "Ethics Framework")).toHaveLength(2);
  });
  it("an acronym defined after the long name", () => {
    expect(found("The Regional Digital Ethics Framework (RDEF) was adopted in March. RDEF asks members to report yearly.").filter(([, s]) => s === "RDEF")).toEqual([
      ["test-pif-framework", "RDEF"],
      ["test-pif-framework", "RDEF"],
    ]);
  });
  it("以下简称 after a Chinese title", () => {
    const text = "韩国《人工智能产业框架法》（以下简称“韩国产业法”）明年施行。业界认为，韩国产业法影响最大的是标识条款。";
    expect(found(text).filter(([, s]) => s === "韩国产业法")).toEqual([
      ["test-industry-act", "韩国产业法"],
      ["test-industry-act", "韩国产业法"],
    ]);
  });
  it("a long title in another translation, defined by a short name the atlas knows", () => {
    expect(found("韩国《产业人工智能振兴基本法》（以下简称“AI 产业法”）明年一月起施行。")).toEqual([
      ["test-industry-act", "产业人工智能振兴基本法"],
      ["test-industry-act", "AI 产业法"],
    ]);
  });
  it("a Chinese title glossed by the English title the atlas knows", () => {
    const text = "日本政府提交了《人工智能支持法案》(Act on the Support of Research and Development and Deployment of Artificial Intelligence-Based Services，简称“《支持法》”)。";
    expect(found(text).map(([slug, s]) => `${slug}:${s}`)).toContain("test-support-act:人工智能支持法案");
  });
  it("a one-word short name is not linked on its own", () => {
    const text = 'Leaders adopted the Regional Digital Ethics Framework (the "Framework") in March. A framework for data is next.';
    expect(found(text).filter(([, s]) => /framework/i.test(s) && s !== "Regional Digital Ethics Framework")).toEqual([]);
  });
  it("an acronym the article spells out as something else is not the entity known by it", () => {
    expect(found("Rules for general-purpose machine learning (GPML) models apply from August. GPML providers must publish summaries.")).toEqual([]);
    expect(found("The Global Partnership on Machine Learning (GPML) met in Paris. GPML members agreed a work plan.").map(([slug]) => slug)).toEqual(["gpml", "gpml", "gpml"]);
  });
  it("the same in Chinese: Han words and the acronym's last letters", () => {
    expect(found("通用 ML（GPML）模型须遵守新规。GPML 提供者须公开训练摘要。")).toEqual([]);
    expect(found("全球机器学习伙伴关系（GPML）成员在巴黎会晤。").map(([slug]) => slug)).toEqual(["gpml", "gpml"]);
  });
});

describe("a text named after its place", () => {
  it("the place and the kind of text alone name it", () => {
    const forms = (form: string) => deriveNameForms({ kind: "initiative", forms: [{ form, aliasType: "name" }] }).map((f) => f.form);
    expect(forms("Apia Declaration on Ocean Data")).toContain("Apia Declaration");
    expect(forms("Political Declaration on Responsible Use of Drones")).not.toContain("Political Declaration");
    expect(forms("Joint Statement on Ocean Data")).not.toContain("Joint Statement");
  });
  it.each(["Delegates praised the Suva Summit declaration.", "The Suva Harbour Declaration was signed by 40 states.", "Ten states backed the Suva AI declaration on Friday."])(
    "a word between place and kind: %s",
    (text) => expect(slugs(text, ["initiative"])).toEqual(["test-suva-declaration"]),
  );
  it.each(["Delegates praised the Suva Leaders Declaration.", "The Suva Ministerial Statement was issued on Monday."])("another text of the place: %s", (text) =>
    expect(slugs(text, ["initiative"])).toEqual([]),
  );
});

describe("a yearly text without its year, and A.I. for AI", () => {
  it("drops the year but keeps it for the check", () => {
    expect(withoutYear("Pacific Digital Outlook Report 2025")).toEqual({ form: "Pacific Digital Outlook Report", editionYear: 2025 });
    expect(withoutYear("AI Report 2025")).toBeNull();
  });
  it.each([
    ["The Pacific Digital Outlook Report finds uneven access.", "2025-02-10", ["test-outlook-report"]],
    ["The Pacific Digital Outlook Report finds uneven access.", "2024-12-20", ["test-outlook-report"]],
    ["The Pacific Digital Outlook Report finds uneven access.", "2027-02-10", []],
    ["The 2026 Pacific Digital Outlook Report finds uneven access.", "2025-12-10", []],
    ["The Pacific Digital Outlook Report 2026 finds uneven access.", "2025-12-10", []],
    ["The Pacific Digital Outlook Report 2025 found uneven access.", "2027-02-10", ["test-outlook-report"]],
  ])("%s (%s)", (text, publishedAt, want) => expect(slugs(text, ["initiative"], publishedAt)).toEqual(want));
  it("A.I. is AI", () => {
    expect(slugs("The board endorsed the Charter on the Ethics of A.I. in Education.", ["initiative"])).toEqual(["test-ethics-charter"]);
  });
});

describe("a quoted title that shortens a name the article gave before", () => {
  it("《教育伦理宪章》 after 《人工智能教育伦理宪章》", () => {
    const text = "教育部长欢迎《人工智能教育伦理宪章》。他说，《教育伦理宪章》将于秋季起施行。";
    expect(slugs(text, ["initiative"])).toEqual(["test-ethics-charter", "test-ethics-charter"]);
  });
  it("not without the full name before it, and not when only kind words are left", () => {
    expect(slugs("他说，《教育伦理宪章》将于秋季起施行。", ["initiative"])).toEqual([]);
    expect(slugs("韩国《人工智能产业框架法》明年施行。《框架法》共六章。", ["initiative"])).toEqual(["test-industry-act"]);
  });
});

describe("proposed initiatives in other forms", () => {
  const proposed = (text: string) => {
    const { mentions, sentences } = findMentions({ text, gazetteer: gz, publishedAt: "2025-06-01" });
    return findProposedInitiatives({ text, sentences, mentions }).map((p) => p.nameZh ?? p.nameEn);
  };
  it.each([
    ["部长提出全球数字互信倡议，并宣布成立由多国牵头的AI算力监测机构。", ["全球数字互信倡议", "AI算力监测机构"]],
    ["部長提出全球數字互信倡議。", ["全球數字互信倡議"]],
    [
      "It takes note of a ‘Charter for the Open Sharing of AI Models’ and references the Global AI Skills Commons.",
      ["Charter for the Open Sharing of AI Models", "Global AI Skills Commons"],
    ],
    ["成员国签署《亚太数字合作理事会马尼拉宣言》（下称《马尼拉宣言》）。《马尼拉宣言》强调合作。", ["亚太数字合作理事会马尼拉宣言"]],
  ])("%s", (text, want) => expect(proposed(text)).toEqual(want));
  it.each([
    "该校建立了著名的数据科学和人工智能研究机构。",
    "双方将建设三大合作中心。",
    "各方打造人工智能能力建设的国际交流合作平台。",
    "Officials of the International Fund for Agricultural Development met on Monday.",
    "The Framework Convention was signed by ten states.",
    "The plan supports the AU’s Agenda 2063.",
  ])("nothing to propose: %s", (text) => expect(proposed(text)).toEqual([]));
});

describe("a short form inside another entity's name", () => {
  it("is that entity's when the article has the rest of its name", () => {
    expect(slugs("Member economies of the Friends Group, which supports the Lisbon Data Process, met in Tokyo.", ["organisation"])).toEqual(["lisbon-friends"]);
  });
  it("not when the short form sits inside the other name", () => {
    expect(slugs("The Ocean Assembly met; the Pacific Board reported.", ["organisation"])).toEqual(["ocean-assembly"]);
  });
  it("is its own entity's otherwise", () => {
    expect(slugs("The Friends Group met in New York on Monday.", ["organisation"])).toEqual(["ocean-friends"]);
  });
});

describe("the issuer as owner, and a law's other usual name", () => {
  it.each([
    ["Members welcomed the Pacific Islands Forum's Regional Digital Ethics Framework.", "test-pif-framework"],
    ["Several states follow PIF’s AI Principles closely.", "test-pif-principles"],
    ["多国表示将遵循太平洋岛国论坛的人工智能原则。", "test-pif-principles"],
    ["多国表示将遵循太平洋岛国论坛《人工智能原则》。", "test-pif-principles"],
    ["Seoul's new AI Industry Law takes effect in January.", "test-industry-act"],
  ])("%s", (text, slug) => expect(slugs(text, ["initiative"])).toEqual([slug]));

  it("法案 is also written 法, Act also Law, unless nothing but AI is left", () => {
    const forms = (form: string) => deriveNameForms({ kind: "initiative", forms: [{ form, aliasType: "name" }] }).map((f) => f.form);
    expect(forms("欧洲数据治理法案")).toContain("欧洲数据治理法");
    expect(forms("人工智能法案")).not.toContain("人工智能法");
    expect(forms("Artificial Intelligence Act")).not.toContain("Artificial Intelligence Law");
    expect(forms("Korea AI Basic Act")).toContain("Korea AI Basic Law");
  });
});

describe("U.N. for UN", () => {
  it("a name opening with UN is also written U.N. and United Nations", () => {
    expect(slugs("The U.N. Office for Ocean Affairs published the data.", ["organisation"])).toEqual(["un-ocean-office"]);
    expect(slugs("The United Nations Office for Ocean Affairs published the data.", ["organisation"])).toEqual(["un-ocean-office"]);
  });
});

describe("an AI law described by its owner", () => {
  it.each([
    "Moldova's new AI law takes effect in January.",
    "Moldova’s landmark artificial intelligence act takes effect in January.",
    "摩尔多瓦的人工智能法将于明年生效。",
    "摩尔多瓦人工智能基本法将于明年生效。",
    "摩尔多瓦《AI法》将于明年生效。",
  ])("%s", (text) => expect(slugs(text, ["initiative"])).toEqual(["test-mda-ai-act"]));
  it.each(["Moldova's AI strategy was published in May.", "摩尔多瓦的人工智能方法值得借鉴。", "Moldova passed a data law in May.", "Japan's new AI law takes effect in January."])(
    "not: %s",
    (text) => expect(slugs(text, ["initiative"])).toEqual([]),
  );
});

describe("title marks", () => {
  it("an alias stored in 《》 is also its form without them", () => {
    const forms = deriveNameForms({ kind: "initiative", forms: [{ form: "《数字海洋倡议》", aliasType: "other" }] }).map((f) => f.form);
    expect(forms).toContain("数字海洋倡议");
  });
});

describe("deriveNameForms: G20 and G7 written either way inside a Chinese title", () => {
  const forms = (form: string) => deriveNameForms({ kind: "initiative", forms: [{ form, aliasType: "name" }] }).map((f) => f.form);
  it("二十国集团/20国集团 ↔ G20, 七国集团 ↔ G7", () => {
    expect(forms("20国集团数据原则")).toContain("G20数据原则");
    expect(forms("二十国集团数据原则")).toContain("G20数据原则");
    expect(forms("七国集团数据准则")).toContain("G7数据准则");
    expect(forms("G20数据原则")).toContain("二十国集团数据原则");
  });
  it("not a name with nothing of its own besides the group ('G20原则')", () => {
    expect(forms("二十国集团原则")).not.toContain("G20原则");
  });
});

describe("deriveNameForms: a summit written 高峰会, as Taiwan and Hong Kong write it", () => {
  const forms = (form: string) => deriveNameForms({ kind: "event", forms: [{ form, aliasType: "name" }] }).map((f) => f.form);
  it("…峰会 is also …高峰会, and …高峰会 stays as it is", () => {
    expect(forms("人工智能首尔峰会")).toContain("人工智能首尔高峰会");
    expect(forms("亚洲商业高峰会")).not.toContain("亚洲商业高高峰会");
  });
});

describe("a friends group named either way round", () => {
  it("'X Friends Group' is also 'Group of Friends of the X'", () => {
    const forms = deriveNameForms({ kind: "organisation", forms: [{ form: "Ocean Data Process Friends Group", aliasType: "name" }] }).map((f) => f.form);
    expect(forms).toContain("Group of Friends of the Ocean Data Process");
  });
  it("not a group of another name, nor a text", () => {
    expect(deriveNameForms({ kind: "organisation", forms: [{ form: "Ocean Data Group", aliasType: "name" }] }).map((f) => f.form)).not.toContain(
      "Group of Friends of the Ocean Data",
    );
    expect(deriveNameForms({ kind: "initiative", forms: [{ form: "Ocean Data Friends Group", aliasType: "name" }] }).map((f) => f.form)).not.toContain(
      "Group of Friends of the Ocean Data",
    );
  });
});
