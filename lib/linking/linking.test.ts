import { describe, expect, it } from "vitest";
import { findMentions } from "./find-mentions";
import { findProposedInitiatives } from "./find-proposed-initiatives";
import { linkArticle } from "./link-article";
import { resolveDates } from "./resolve-dates";
import { splitSentences } from "./sentences";
import { buildGazetteer, type Gazetteer } from "./gazetteer";
import { entryBuilders, testGazetteer } from "@/tests/helpers/test-gazetteer";
import type { GazetteerEntry } from "./types";

const gz = testGazetteer();
const slugs = (text: string, publishedAt: string | null = "2025-05-07T08:48:00+08:00") =>
  findMentions({ text, gazetteer: gz, publishedAt }).mentions.map((m) => gz.entries.get(m.entityId)!.slug);

describe("gazetteer: longest match, a name inside a longer name is not a mention", () => {
  it.each([
    ["印度尼西亚代表出席", ["idn"], "ind"],
    ["白俄罗斯代表出席", ["blr"], "rus"],
    ["南苏丹代表出席", ["ssd"], "sdn"],
    ["尼日利亚代表出席", ["nga"], "ner"],
    ["Delegates from Papua New Guinea attended.", ["png"], "gin"],
    ["The Dominican Republic signed.", ["dom"], "dma"],
    ["Nigeria and Niger signed.", ["nga", "ner"], null],
    ["广大发展中国家纷纷期待", [], "chn"],
    ["開發中國家及相對弱勢群體", [], "chn"],
    ["[Photo provided to China Daily]", [], "chn"],
  ])("%s", (text, expected, forbidden) => {
    const found = slugs(text);
    expect(found).toEqual(expected);
    if (forbidden) expect(found).not.toContain(forbidden);
  });

  it("matches 印度 alone and Chinese short forms", () => {
    expect(slugs("印度和中方")).toEqual(["ind", "chn"]);
    expect(slugs("中国企业同埃及政府合作")).toContain("chn");
  });

  it("English respects word boundaries and case", () => {
    expect(slugs("Indian officials and the Indian Ocean")).toEqual(["ind"]);
    expect(slugs("Let us talk to the US and the UN.")).toEqual(["usa", "united-nations"]);
    expect(slugs("niger delta guinea fowl")).toEqual([]);
    expect(slugs("Chinese officials met")).toEqual(["chn"]);
  });

  it("plain Korea and Korean name the Republic of Korea, but not in the Korean Peninsula or the Korean War", () => {
    const { country } = entryBuilders({ firstId: 9100 });
    const korea = buildGazetteer({ entries: [country("KOR", "South Korea", "韩国", ["Korea", "Korean"])] });
    const found = (text: string) => findMentions({ text, gazetteer: korea, publishedAt: null }).mentions.map((m) => m.surface);
    expect(found("Korean companies and Korea's ministry")).toEqual(["Korean", "Korea"]);
    expect(found("its Korean Peninsula policy since the Korean War")).toEqual([]);
  });

  it("organisations: 联合国, ITU, G20, 金砖, 东盟 and the dash-joined centre name", () => {
    expect(slugs("联合国、国际电信联盟、ITU、二十国集团、G20、金砖、东盟")).toEqual(["united-nations", "itu", "itu", "g20", "g20", "brics", "asean"]);
    expect(slugs("中国—东盟人工智能创新合作中心成立")).toEqual(["china-asean-ai-innovation-cooperation-center"]);
    expect(slugs("中国-东盟人工智能创新合作中心成立")).toEqual(["china-asean-ai-innovation-cooperation-center"]);
  });

  it("normalises traditional characters and full-width letters", () => {
    expect(slugs("聯合國大會與國際電信聯盟")).toEqual(["un-general-assembly", "itu"]);
    expect(slugs("ＵＮ and Ｇ20")).toEqual(["united-nations", "g20"]);
  });

  it("names inside an event name also mention its organisations", () => {
    expect(slugs("在去年二十国集团领导人第十九次峰会上")).toEqual(["g20-rio-summit-2024", "g20"]);
  });
});

describe("resolutions", () => {
  it("resolves UN symbols and proposes unknown ones", () => {
    const r = findMentions({ text: "The General Assembly adopted A/RES/78/311 after A/78/L.86 was tabled; S/RES/2719 (2024) too.", gazetteer: gz });
    expect(r.mentions.filter((m) => m.method === "symbol").map((m) => gz.entries.get(m.entityId)!.slug)).toEqual(["unga-res-78-311"]);
    expect(r.proposedResolutions.map((p) => p.symbol)).toEqual(["A/78/L.86", "S/RES/2719 (2024)"]);
  });
  it("resolves short symbols next to 'resolution'", () => {
    expect(slugs("Under resolution 78/311, states agreed.")).toContain("unga-res-78-311");
  });
  it("resolves a Chinese descriptive reference by session + topic", () => {
    const text = "2024年7月,中国推动第七十八届联合国大会协商一致通过加强人工智能能力建设国际合作决议。";
    expect(slugs(text)).toContain("unga-res-78-311");
    expect(slugs("第七十八届联大通过关于人工智能能力建设的决议。")).toContain("unga-res-78-311");
  });
  it("resolves an English descriptive reference", () => {
    expect(slugs("China welcomed the General Assembly resolution on capacity-building of AI.")).toContain("unga-res-78-311");
    expect(slugs("the US-led resolution on seizing the opportunities of safe, secure and trustworthy AI")).toContain("unga-res-78-265");
  });
  it("keeps a resolution's session in its name: the title alone may be another session's resolution", () => {
    const { nextId } = entryBuilders({ firstId: 9970 });
    const drones: GazetteerEntry = {
      id: nextId(),
      kind: "resolution",
      slug: "drones-79",
      nameEn: "UN General Assembly resolution on ocean drones (79th session)",
      nameZh: null,
      date: "2024-12-02",
      aliases: [],
    };
    const g = buildGazetteer({ entries: [drones] });
    const exact = (text: string) =>
      findMentions({ text, gazetteer: g, publishedAt: null })
        .mentions.filter((m) => m.why?.rule === "exact-alias")
        .map((m) => m.surface);
    expect(exact("In the first UN General Assembly resolution on ocean drones in 2023, states agreed.")).toEqual([]);
    expect(exact("The UN General Assembly resolution on ocean drones (79th session) was adopted.")).toEqual(["UN General Assembly resolution on ocean drones (79th session)"]);
  });
  it("does not link a resolution name used as a plain phrase", () => {
    expect(slugs("各方同意加强人工智能能力建设国际合作。")).not.toContain("unga-res-78-311");
  });
  it("links a resolution's long title written out in full, with no 'resolution' beside it", () => {
    expect(
      slugs(
        "Similar principles appear in Seizing the opportunities of safe, secure and trustworthy artificial intelligence systems for sustainable development, published by the Assembly.",
      ),
    ).toContain("unga-res-78-265");
    // (a part of it is a phrase of the prose)
    expect(slugs("States want safe, secure and trustworthy artificial intelligence systems for sustainable development.")).not.toContain("unga-res-78-265");
  });
});

describe("dates", () => {
  const pub = "2025-05-07T08:48:00+08:00";
  const d = (text: string, publishedAt: string | null = pub) => resolveDates({ text, publishedAt }).map((x) => `${x.date}/${x.precision}`);
  it.each([
    ["2023年10月,", ["2023-10/month"]],
    ["2024年7月1日通过", ["2024-07-01/day"]],
    ["当地时间5月6日,", ["2025-05-06/day"]],
    ["自去年12月举办", ["2024-12/month"]],
    ["去年峰会上", ["2024/year"]],
    ["今年以来", ["2025/year"]],
    ["上月发布", ["2025-04/month"]],
    ["本月5日", ["2025-05-05/day"]],
    ["20日电", ["2025-04-20/day"]],
    ["2024年全世界", ["2024/year"]],
    ["on 1 July 2024,", ["2024-07-01/day"]],
    ["on July 1, 2024,", ["2024-07-01/day"]],
    ["on 2024-07-01", ["2024-07-01/day"]],
    ["24.09.2025 Denmark's statement", ["2025-09-24/day"]],
    ["2025.09.24 发布", ["2025-09-24/day"]],
    ["on 32.13.2025", []],
    ["in July 2024", ["2024-07/month"]],
    ["in 2023 the", ["2023/year"]],
    ["last year", ["2024/year"]],
    ["earlier this month", ["2025-05/month"]],
    ["last month", ["2025-04/month"]],
    ["last December", ["2024-12/month"]],
    ["On May 6 delegates", ["2025-05-06/day"]],
    ["yesterday", ["2025-05-06/day"]],
  ])("%s", (text, expected) => expect(d(text)).toEqual(expected));
  it("infers the previous year for a month-day far after publication", () => {
    expect(d("12月3日", "2025-01-10")).toEqual(["2024-12-03/day"]);
  });
  it("skips relative dates without a publication date and lower-case 'may'", () => {
    expect(d("去年12月", null)).toEqual([]);
    expect(d("countries may 6 times", pub)).toEqual([]);
  });
  it("does not read symbols or numbers as years", () => {
    expect(d("Regulation (EU) 2024/1689 and 2,024 people")).toEqual([]);
  });
});

describe("sentences", () => {
  it("splits Chinese and English with offsets", () => {
    const text = "中国和赞比亚共同举办会议。各方参会!\nThe U.S. delegation met Mr. Li. It went well.";
    const s = splitSentences(text);
    expect(s.map((x) => x.text)).toEqual(["中国和赞比亚共同举办会议。", "各方参会!", "The U.S. delegation met Mr. Li.", "It went well."]);
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text);
  });
  it("runs a sentence on over a line broken inside it (a word or a comma, then a line in lower case)", () => {
    const text = "Kenya is very pleased\n\nto co-host the forum\ntogether with Chile.\nThe Forum\n\nOpens today";
    expect(splitSentences(text).map((x) => x.text)).toEqual(["Kenya is very pleased\n\nto co-host the forum\ntogether with Chile.", "The Forum", "Opens today"]);
  });
  it("ends a sentence at a full stop followed by note marks, which stay with it", () => {
    const text = "Chile, Peru,[5] and Kenya joined.[6][7] The OECD hosts it.[6] UNESCO came in 2020 as an observer. Art. 5[2] stays.";
    expect(splitSentences(text).map((x) => x.text)).toEqual([
      "Chile, Peru,[5] and Kenya joined.[6][7]",
      "The OECD hosts it.[6]",
      "UNESCO came in 2020 as an observer.",
      "Art. 5[2] stays.",
    ]);
  });
});

describe("events", () => {
  const body =
    "当地时间5月6日,中国和赞比亚在纽约联合国总部共同举办人工智能能力建设国际合作之友小组会议。俄罗斯、法国等国家代表参会。自去年12月举办首次会议以来,之友小组不断成长壮大。2023年10月,中国提出《全球人工智能治理倡议》。根据国际电信联盟的统计数据,2024年全世界仍有26亿人无法接入互联网。在去年二十国集团领导人第十九次峰会上,中方强调合作。";
  const links = linkArticle({ body, publishedAt: "2025-05-07T08:48:00+08:00", language: "zh", gazetteer: gz, model: null });
  const bySlug = (id: number | null) => (id === null ? null : gz.entries.get(id)!.slug);
  it("proposes dated events and matches existing ones", () => {
    expect(links.events.map((e) => `${e.date}:${bySlug(e.matchedEntityId) ?? "new"}`)).toEqual([
      "2025-05-06:new",
      "2024-12:group-of-friends-first-meeting-2024",
      "2023-10:global-ai-governance-initiative",
      // ("去年…第十九次峰会": the year says which summit it is, so it is on the atlas's day)
      "2024-11-18:g20-rio-summit-2024",
    ]);
  });
  it("dates a named meeting on the atlas's day when the text writes its month and year, else as the text does", () => {
    const dated = (text: string) =>
      linkArticle({ body: text, publishedAt: "2025-03-01", language: "zh", gazetteer: gz, model: null }).events.map((e) => `${e.date}:${bySlug(e.matchedEntityId)}`);
    expect(dated("2024年11月，中方在二十国集团领导人第十九次峰会上强调合作。")).toEqual(["2024-11-18:g20-rio-summit-2024"]);
    expect(dated("去年11月，中方在二十国集团领导人第十九次峰会上强调合作。")).toEqual(["2024-11:g20-rio-summit-2024"]);
  });
  it("lists as actors what the statements say of the reported text, none for a meeting the atlas does not hold, and keeps evidence offsets", () => {
    const actorsOf = (e: (typeof links.events)[number]) => e.actors.map((a) => `${gz.entries.get(a.entityId)!.slug} ${a.role}`);
    expect(actorsOf(links.events[2])).toEqual(["chn proposer"]);
    // (the meeting is proposed: what the article says of it is read once an editor accepts it)
    const meeting = links.events[0];
    expect(actorsOf(meeting)).toEqual([]);
    expect(body.slice(meeting.evidenceStart, meeting.evidenceEnd)).toBe(meeting.evidence);
    expect(meeting.proposal?.slug).toMatch(/^proposed-event-2025-05-06-/);
  });
  it("a statistic with a year is not an event", () => {
    expect(links.events.some((e) => e.evidence.includes("26亿"))).toBe(false);
  });
});

describe("proposed initiatives", () => {
  it("finds quoted and capitalised initiative names that are not in the gazetteer", () => {
    const text = "中方提出《全球数据安全倡议》和《全球人工智能治理倡议》,并启动“数字丝路”计划。Brazil launched the Rio AI Skills Initiative and the Digital Action Plan.";
    const { mentions, sentences } = findMentions({ text, gazetteer: gz });
    const names = findProposedInitiatives({ text, sentences, mentions }).map((p) => p.nameZh ?? p.nameEn);
    expect(names).toEqual(["全球数据安全倡议", "“数字丝路”计划", "Rio AI Skills Initiative", "Digital Action Plan"]);
  });
});

/** The ISO3 codes of the states findMentions links in a text, against a gazetteer of a test's own. */
const isosIn = (g: Gazetteer) => (text: string) => findMentions({ text, gazetteer: g, publishedAt: "2031-02-10" }).mentions.map((m) => g.entries.get(m.entityId)!.iso3);

describe("a country's Chinese name inside a personal or place name is no mention", () => {
  const { country } = entryBuilders({ firstId: 9950 });
  const g = buildGazetteer({
    entries: [country("NIU", "Niue", "纽埃"), country("OMN", "Oman", "阿曼"), country("MLI", "Mali", "马里"), country("FRA", "France", "法国"), country("HTI", "Haiti", "海地")],
  });
  const isos = isosIn(g);
  it.each([
    ["法国总统埃马纽埃尔·马克龙出席", ["FRA"]],
    ["法國總統埃馬紐埃爾·馬克龍出席", ["FRA"]],
    ["特使阿曼迪普·辛格·吉尔出席", []],
    ["马里奥和阿曼达来自马里兰州", []],
    ["阿曼和马里代表出席", ["OMN", "MLI"]],
    ["地中海地区9个欧盟成员国的部长", []],
    ["海地代表出席", ["HTI"]],
  ])("%s", (text, expected) => expect(isos(text)).toEqual(expected));
});

describe("a country whose name is also a family name, after a given name, is a person", () => {
  const { country } = entryBuilders({ firstId: 9960 });
  const g = buildGazetteer({ entries: [country("JOR", "Jordan", "约旦"), country("TCD", "Chad", "乍得")] });
  const isos = isosIn(g);
  it.each([
    ["U.S. lawmakers like House Judiciary Chairman Jim Jordan have raised concerns.", []],
    ["The deputy minister, Nonkqubela Jordan, opened the meeting.", []],
    ["Jordan and Chad signed the declaration.", ["JOR", "TCD"]],
    ["Representing Jordan, the minister spoke.", ["JOR"]],
    ["The Hashemite Kingdom of Jordan joined in May.", ["JOR"]],
    ["Delegates from Egypt, Jordan and Chad attended.", ["JOR", "TCD"]],
    // (the given name, then the family name; not the state's own words after it)
    ["She backed the by-election candidate Chad Blackman.", []],
    ["Jordan Peterson spoke at the forum.", []],
    ["Chad President Mahamat Deby and the Jordan Times welcomed it.", ["TCD", "JOR"]],
    ["The text was signed by Jordan.", ["JOR"]],
  ])("%s", (text, expected) => expect(isos(text)).toEqual(expected));
});

describe("a UN agency the atlas does not hold is not the UN", () => {
  const { org } = entryBuilders({ firstId: 9980 });
  const g = buildGazetteer({ entries: [org("united-nations", "United Nations", "联合国", ["UN", "U.N."])] });
  const slugs = (text: string) => findMentions({ text, gazetteer: g, publishedAt: "2031-02-10" }).mentions.map((m) => g.entries.get(m.entityId)!.slug);
  it.each([
    ["The coalition is led by France and the UN Environment Programme (UNEP).", []],
    ["It was developed by the United Nations Children’s Fund.", []],
    ["The UN Climate Change Technology Executive Committee met.", []],
    ["联合国开发计划署发布报告。", []],
    ["The UN welcomed the plan, and so did UN Women.", ["united-nations"]],
    ["联合国秘书长表示欢迎。", ["united-nations"]],
    // (any body of the UN's by what kind of body it is, a few capitalised words after "UN")
    ["The United Nations Institute for Disarmament Research held a dialogue.", []],
    ["ECLAC (UN Economic Commission for Latin America) took part.", []],
    ["It will have the collaboration of UN-Habitat.", []],
    ["联合国贸易和发展会议发布报告。", []],
    ["The UN in Geneva hosted the Conference on AI.", ["united-nations"]],
    ["The UN Secretary-General welcomed the Commission's report.", ["united-nations"]],
  ])("%s", (text, expected) => expect(slugs(text)).toEqual(expected));
});

describe("a state's short Chinese name inside a transliterated family name is no state", () => {
  const { country } = entryBuilders({ firstId: 9990 });
  const g = buildGazetteer({ entries: [country("MLI", "Mali", "马里", ["马利"]), country("KGZ", "Kyrgyzstan", "吉尔吉斯斯坦")] });
  const isos = isosIn(g);
  it.each([
    ["出席会议的还有吉尔吉斯斯坦部长内阁主席卡西马利耶夫。", ["KGZ"]],
    ["马利和吉尔吉斯斯坦代表出席。", ["MLI", "KGZ"]],
  ])("%s", (text, expected) => expect(isos(text)).toEqual(expected));
});

describe("Port of Spain is Trinidad and Tobago's capital, not Spain", () => {
  const { country } = entryBuilders({ firstId: 9970 });
  const g = buildGazetteer({ entries: [country("ESP", "Spain", "西班牙")] });
  const isos = isosIn(g);
  it.each([
    ["The workshop was held in Port of Spain.", []],
    ["Ministers met in Port-of-Spain on Monday.", []],
    ["Spain hosted the meeting in Madrid.", ["ESP"]],
  ])("%s", (text, expected) => expect(isos(text)).toEqual(expected));
});

describe("a place that says where a report was written, who wrote it, or which university", () => {
  const { country } = entryBuilders({ firstId: 9960 });
  const g = buildGazetteer({ entries: [country("HKG", "Hong Kong", "香港"), country("SGP", "Singapore", "新加坡")] });
  const isos = isosIn(g);
  it.each([
    ["中评社香港9月18日电 会议在北京举行。", []],
    ["香港文汇报讯 法国总统表示将宣布投资。", []],
    ["Speakers came from the Hong Kong University of Science and Technology and the National University of Singapore.", []],
    ["香港特区政府9月18日宣布成立人工智能研究院。", ["HKG"]],
    ["Singapore and Hong Kong universities signed the agreement.", ["SGP", "HKG"]],
  ])("%s", (text, expected) => expect(isos(text)).toEqual(expected));
});

describe("another America than the United States, and its currency", () => {
  const { country } = entryBuilders({ firstId: 9950, aliasType: "demonym" });
  const g = buildGazetteer({ entries: [country("USA", "United States", "美国", ["American", "America", "US"])] });
  const isos = isosIn(g);
  it.each([
    ["Twenty Latin American and Caribbean states met in Santiago.", []],
    ["The South American country leads the talks.", []],
    ["The Organization of American States took part.", []],
    ["The fund provides US$120 million, about 4.8 trillion US dollars by 2033.", []],
    ["American officials and the US delegation attended.", ["USA", "USA"]],
  ])("%s", (text, expected) => expect(isos(text)).toEqual(expected));
});

describe("a state's Chinese name that opens an institution's name", () => {
  const { country } = entryBuilders({ firstId: 9940 });
  const g = buildGazetteer({ entries: [country("CHN", "China", "中国", ["中國"]), country("USA", "United States", "美国")] });
  const isos = isosIn(g);
  it.each([
    ["中国科学院院士出席会议。", []],
    ["中國人工智能產業發展聯盟成立。", []],
    ["中国去年加入了该联盟。", ["CHN"]],
    ["美国国家工程院外籍院士发言。", []],
    ["中国和美国大学签署协议。", ["CHN", "USA"]],
    ["中国的研究院发布报告。", ["CHN"]],
  ])("%s", (text, expected) => expect(isos(text)).toEqual(expected));
});
