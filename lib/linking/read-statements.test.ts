import { describe, expect, it } from "vitest";
import { buildGazetteer } from "./gazetteer";
import { linkArticle } from "./link-article";
import { resolveReferences } from "./resolve-references";
import { findMentions } from "./find-mentions";
import { resolveDates } from "./resolve-dates";
import type { GazetteerEntry } from "./types";
import { entryBuilders, testEntries } from "@/tests/helpers/test-gazetteer";

// Sentences written for these tests (not taken from the labelled fixtures): each rule is checked on wording the
// tuning articles do not contain.
/** The unit-test gazetteer plus a treaty, its signatories and a meeting of the Group of Friends. */
function extendedEntries(): GazetteerEntry[] {
  const entries = testEntries();
  const { country, nextId } = entryBuilders({ firstId: 1000 });
  const gof = entries.find((e) => e.slug === "group-of-friends-ai-capacity-building")!.id;
  entries.push(
    country("NOR", "Norway", "挪威"),
    country("MDA", "Republic of Moldova", "摩尔多瓦", ["Moldova"]),
    country("SMR", "San Marino", "圣马力诺"),
    country("GBR", "United Kingdom", "英国", ["UK"]),
    { id: nextId(), kind: "organisation", slug: "council-of-europe", nameEn: "Council of Europe", nameZh: "欧洲委员会", aliases: [] },
  );
  const coe = entries[entries.length - 1].id;
  entries.push(
    {
      id: nextId(),
      kind: "initiative",
      slug: "coe-framework-convention-ai",
      nameEn: "Council of Europe Framework Convention on Artificial Intelligence",
      nameZh: "人工智能框架公约",
      date: "2024-09-05",
      aliases: [{ alias: "AI Framework Convention", language: "en", aliasType: "short" }],
      relatedIds: [coe],
    },
    {
      id: nextId(),
      kind: "event",
      slug: "group-of-friends-thematic-meeting-2025-05",
      nameEn: "Group of Friends thematic meeting",
      nameZh: "之友小组专题会议",
      date: "2025-05-06",
      aliases: [],
      relatedIds: [gof],
    },
  );
  return entries;
}
const gz = buildGazetteer({ entries: extendedEntries() });
const key = (id: number) => gz.entries.get(id)!.iso3 ?? gz.entries.get(id)!.slug;
const link = (body: string, publishedAt = "2025-05-07T08:00:00+08:00") =>
  linkArticle({ body, publishedAt, language: /[\u4e00-\u9fff]/.test(body) ? "zh" : "en", gazetteer: gz, model: null });
const triples = (body: string, publishedAt?: string) =>
  link(body, publishedAt)
    .relations.map((r) => [key(r.subjectId), r.role, key(r.objectId)])
    .sort();
const CONV = "coe-framework-convention-ai";
const GOF = "group-of-friends-ai-capacity-building";
const RES = "unga-res-78-311";
const sorted = (xs: string[][]) => [...xs].sort();

describe("statements whose object was named in an earlier sentence", () => {
  it.each([
    [
      "Ministers discussed the AI Framework Convention in Vilnius. The Convention was signed by Norway, Moldova and San Marino.",
      [
        ["MDA", "signatory", CONV],
        ["NOR", "signatory", CONV],
        ["SMR", "signatory", CONV],
      ],
    ],
    [
      "会议讨论了人工智能框架公约。挪威和圣马力诺当天签署了该公约。",
      [
        ["NOR", "signatory", CONV],
        ["SMR", "signatory", CONV],
      ],
    ],
    [
      "2024年7月，联合国大会通过A/RES/78/311号决议。美国随后联署该决议。",
      [
        ["USA", "co-sponsor", RES],
        [RES, "adopted-by", "un-general-assembly"],
      ],
    ],
    ["The text A/RES/78/311 was debated for weeks. Zambia co-sponsored the resolution.", [["ZMB", "co-sponsor", RES]]],
  ])("%s", (body, expected) => {
    expect(triples(body)).toEqual(sorted(expected as string[][]));
  });

  it("a reference back needs an earlier name of the same kind: nothing is guessed", () => {
    expect(triples("The Convention was signed by Norway and San Marino.")).toEqual([]);
  });

  it("'the next summit' or a name the atlas lacks is not a reference back", () => {
    const body = "Leaders met at the 19th G20 Leaders' Summit (Rio de Janeiro). France will host the next summit. The Seoul Declaration was praised.";
    const refs = resolveReferences({ text: body, mentions: findMentions({ text: body, gazetteer: gz }).mentions, gazetteer: gz });
    expect(refs).toEqual([]);
  });
});

describe("lists of subjects", () => {
  it.each([
    [
      "A/RES/78/311 was co-sponsored by more than 120 countries, including Zambia and Indonesia.",
      [
        ["IDN", "co-sponsor", RES],
        ["ZMB", "co-sponsor", RES],
      ],
    ],
    [
      "China's envoy introduced the draft A/RES/78/311 on behalf of Zambia, Indonesia and Nigeria.",
      [
        ["CHN", "sponsor", RES],
        ["IDN", "co-sponsor", RES],
        ["NGA", "co-sponsor", RES],
        ["ZMB", "co-sponsor", RES],
      ],
    ],
    [
      "The countries that have signed the AI Framework Convention so far are: Norway, San Marino; and non-member states: the United States.",
      [
        ["NOR", "signatory", CONV],
        ["SMR", "signatory", CONV],
        ["USA", "signatory", CONV],
      ],
    ],
    [
      "Members of the Group of Friends for International Cooperation on AI Capacity-building include Zambia and Nigeria.",
      [
        ["NGA", "member", GOF],
        ["ZMB", "member", GOF],
      ],
    ],
    ["The Council of Europe thanked Norway for signing the AI Framework Convention.", [["NOR", "signatory", CONV]]],
    [
      "Norway, Moldova and San Marino signed the AI Framework Convention on Thursday.",
      [
        ["MDA", "signatory", CONV],
        ["NOR", "signatory", CONV],
        ["SMR", "signatory", CONV],
      ],
    ],
    [
      "Indonesia and Zambia endorsed the Global AI Governance Initiative.",
      [
        ["IDN", "signatory", "global-ai-governance-initiative"],
        ["ZMB", "signatory", "global-ai-governance-initiative"],
      ],
    ],
  ])("%s", (body, expected) => {
    expect(triples(body)).toEqual(sorted(expected as string[][]));
  });

  it("中国和赞比亚共同主持之友小组 (co-chair of the group itself)", () => {
    expect(triples("中国和赞比亚共同主持人工智能能力建设国际合作之友小组。")).toEqual(
      sorted([
        ["CHN", "co-chair", GOF],
        ["ZMB", "co-chair", GOF],
      ]),
    );
  });

  it("…等国派员参会: participants of the meeting reported just before; orgs in the same list too; hosts are not participants", () => {
    const got = triples("当地时间5月6日，中国和赞比亚在纽约共同举办之友小组专题会议。俄罗斯、法国等30多个国家及国际电信联盟派员参会。");
    const meeting = "group-of-friends-thematic-meeting-2025-05";
    expect(got).toEqual(
      sorted([
        ["CHN", "co-host", meeting],
        ["ZMB", "co-host", meeting],
        ["RUS", "participant", meeting],
        ["FRA", "participant", meeting],
        ["itu", "participant", meeting],
      ]),
    );
  });

  it("a person's title between two countries does not break the list (zh)", () => {
    const got = triples("当地时间5月6日，之友小组专题会议在纽约举行。俄罗斯总统代表某某、印尼外长某某以及多国代表与会。");
    expect(got).toEqual(
      expect.arrayContaining([
        ["IDN", "participant", "group-of-friends-thematic-meeting-2025-05"],
        ["RUS", "participant", "group-of-friends-thematic-meeting-2025-05"],
      ]),
    );
  });

  it("adopted by consensus: the body adopts, 'by consensus' is not a subject", () => {
    expect(triples("The UN General Assembly on Monday adopted by consensus A/RES/78/311.")).toEqual([[RES, "adopted-by", "un-general-assembly"]]);
  });

  it("'联合国决议通过不久，东盟就批准了《倡议》': the body's resolution passed, not the text named after the verb", () => {
    expect(triples("联合国决议通过不久，东盟就批准了《全球人工智能治理倡议》。").filter(([, role]) => role === "adopted-by")).toEqual([]);
    // (the body's text right after the verb still is what it adopted)
    expect(triples("联合国大会通过了《全球人工智能治理倡议》。")).toContainEqual(["global-ai-governance-initiative", "adopted-by", "un-general-assembly"]);
  });
});

describe("wording seen on real pages", () => {
  it("traditional characters: 共同舉辦, 派員參會, 宣布…正式成立", () => {
    const got = triples("當地時間5月6日，中國和贊比亞在紐約共同舉辦之友小組專題會議，宣布之友小組正式成立，俄羅斯、法國等30多個國家派員參會。");
    const meeting = "group-of-friends-thematic-meeting-2025-05";
    expect(got).toEqual(
      expect.arrayContaining([
        ["CHN", "co-host", meeting],
        ["ZMB", "co-host", meeting],
        ["RUS", "participant", meeting],
        ["FRA", "participant", meeting],
        ["CHN", "co-founder", GOF],
        ["ZMB", "co-founder", GOF],
      ]),
    );
    // evidence and why quote the article as written
    const r = link("中國和贊比亞共同舉辦之友小組專題會議。").relations[0];
    expect(r.why.matched).toBe("共同舉辦");
    expect(r.evidence).toBe("中國和贊比亞共同舉辦之友小組專題會議。");
  });

  it("'It was proposed by …' and 'the measure' refer back to the document just named", () => {
    expect(triples("Delegates discussed A/RES/78/311 at length. It was proposed by China and co-sponsored by many countries, including Zambia.")).toEqual(
      sorted([
        ["CHN", "proposer", RES],
        ["ZMB", "co-sponsor", RES],
      ]),
    );
    expect(triples("Delegates discussed A/RES/78/311. The UN General Assembly approved the measure on Monday.")).toEqual([[RES, "adopted-by", "un-general-assembly"]]);
  });

  it("'They were signed by …' refers back to the text named before; 'It was hosted by …', '它由…主办' to the meeting", () => {
    expect(triples("The Global AI Governance Initiative was discussed in Rio. They were endorsed by Indonesia and Nigeria.")).toEqual(
      sorted([
        ["IDN", "signatory", "global-ai-governance-initiative"],
        ["NGA", "signatory", "global-ai-governance-initiative"],
      ]),
    );
    expect(triples("Leaders met at the 19th G20 Leaders' Summit in November. It was hosted by Norway.")).toEqual([["NOR", "host", "g20-rio-summit-2024"]]);
    expect(triples("各国领导人出席了二十国集团领导人第十九次峰会。它由挪威主办。")).toEqual([["NOR", "host", "g20-rio-summit-2024"]]);
    // (a meeting is not signed, and a text is not hosted: the pronoun reads as neither)
    expect(triples("Leaders met at the 19th G20 Leaders' Summit in November. It was signed by Norway.")).toEqual([]);
    expect(triples("The Global AI Governance Initiative was discussed. It was hosted by Norway.")).toEqual([]);
  });

  it("'Countries endorsing X include …' lists signatories", () => {
    expect(triples("Countries endorsing the Global AI Governance Initiative include Indonesia, Nigeria and Zambia.")).toEqual(
      sorted([
        ["IDN", "signatory", "global-ai-governance-initiative"],
        ["NGA", "signatory", "global-ai-governance-initiative"],
        ["ZMB", "signatory", "global-ai-governance-initiative"],
      ]),
    );
  });

  it("'the mini virtual summit' is not the summit named before: a specific modifier must be in the name", () => {
    const body = "Leaders met at the 19th G20 Leaders' Summit (Rio de Janeiro). India will co-host the mini virtual summit.";
    expect(triples(body)).toEqual([]);
    expect(triples("Leaders met at the 19th G20 Leaders' Summit (Rio de Janeiro). India attended the summit.")).toEqual([["IND", "participant", "g20-rio-summit-2024"]]);
  });

  it("'by several countries, including …' names the ones listed", () => {
    expect(triples("Ministers discussed the AI Framework Convention. The Convention has been signed by several countries, including Norway and San Marino.")).toEqual(
      sorted([
        ["NOR", "signatory", CONV],
        ["SMR", "signatory", CONV],
      ]),
    );
  });
});

describe("a Chinese commentary's statements", () => {
  it("中方联署上述成果文件: co-signing the outcome document named before is signing it", () => {
    expect(triples("峰会发布成果文件《全球人工智能治理倡议》，积极评价A/RES/78/311号决议。中方联署上述成果文件。")).toEqual(
      expect.arrayContaining([["CHN", "signatory", "global-ai-governance-initiative"]]),
    );
    expect(triples("峰会发布成果文件《全球人工智能治理倡议》，积极评价A/RES/78/311号决议。中方联署上述成果文件。")).not.toContainEqual(["CHN", "co-sponsor", RES]);
  });

  it("an unknown name after 主办的, or a partner after 与, is not the thing hosted", () => {
    expect(triples("中国主办的年度“某某大会”在加强与东盟的合作上成效显著。")).toEqual([]);
  });

  it("a year glued to a Chinese name is part of the name, not a date", () => {
    expect(resolveDates({ text: "中国将主办2025世界人工智能大会。", publishedAt: "2025-02-12" })).toEqual([]);
    expect(resolveDates({ text: "In 2025 China hosts it.", publishedAt: "2025-02-12" }).map((d) => d.date)).toEqual(["2025"]);
  });

  it("an event named 'A暨B' is also named by A alone", () => {
    const entries = extendedEntries();
    entries.push({
      id: 6000,
      kind: "event",
      slug: "waic-2025",
      nameEn: "2025 World AI Conference and High-Level Meeting on Global AI Governance",
      nameZh: "2025世界人工智能大会暨人工智能全球治理高级别会议",
      date: "2025-07-26",
      aliases: [],
    });
    const gz5 = buildGazetteer({ entries });
    const got = findMentions({ text: "中国将主办2025世界人工智能大会。", gazetteer: gz5 }).mentions.map((m) => gz5.entries.get(m.entityId)!.slug);
    expect(got).toContain("waic-2025");
    // and in English, the name before "and High-Level Meeting …"
    const en = findMentions({ text: "Pakistan attended the 2025 World AI Conference in Shanghai.", gazetteer: gz5 }).mentions.map((m) => gz5.entries.get(m.entityId)!.slug);
    expect(en).toContain("waic-2025");
  });
});

describe("descriptions in a report of an adoption", () => {
  const entries = testEntries();
  const gz4 = buildGazetteer({ entries });
  const resolved = (body: string, publishedAt: string) =>
    linkArticle({ body, publishedAt, language: "en", gazetteer: gz4, model: null })
      .mentions.filter((m) => m.kind === "resolution")
      .map((m) => gz4.entries.get(m.entityId)!.slug);

  it("an article published within days of an adoption that reports 'has adopted a resolution' means that resolution", () => {
    expect(resolved("The UN General Assembly has adopted a resolution calling for cooperation.", "2024-03-22")).toEqual(["unga-res-78-265"]);
    expect(resolved("The UN General Assembly has adopted a resolution calling for cooperation.", "2024-07-03")).toEqual([RES]);
  });

  it("not when the adoption is old news, or the verb follows the noun", () => {
    expect(resolved("The UN General Assembly has adopted a resolution calling for cooperation.", "2024-09-01")).toEqual([]);
    expect(resolved("Diplomats recalled a resolution adopted by the Assembly.", "2024-03-22")).toEqual([]);
  });
});

describe("co-chairs of a group of friends", () => {
  it("states that jointly convene the group's meeting are its co-chairs (en, zh)", () => {
    expect(triples("China and Zambia co-hosted a meeting of the Group of Friends for International Cooperation on AI Capacity-building.")).toEqual(
      expect.arrayContaining([
        ["CHN", "co-chair", GOF],
        ["ZMB", "co-chair", GOF],
      ]),
    );
    expect(triples("中国和赞比亚在纽约共同举办人工智能能力建设国际合作之友小组会议。")).toEqual(
      expect.arrayContaining([
        ["CHN", "co-chair", GOF],
        ["ZMB", "co-chair", GOF],
      ]),
    );
  });

  it("a body that is not a group of friends gains no co-chairs from a co-hosted meeting", () => {
    expect(triples("China and Indonesia co-hosted a G20 meeting.").filter(([, role]) => role === "co-chair")).toEqual([]);
  });
});

describe("refusals, invitations and counts produce nothing", () => {
  it.each([
    "Ministers discussed the AI Framework Convention. The United Kingdom declined to sign the Convention.",
    "会议讨论了人工智能框架公约。英国没有签署该公约。",
    "会议讨论了人工智能框架公约。英国未签署该公约。",
    "中方邀请印度尼西亚参加之友小组专题会议。",
    "A/RES/78/311 was co-sponsored by more than 120 countries.",
    "本月，之友小组专题会议将在纽约举行，广邀之友小组成员参与。",
  ])("%s", (body) => {
    expect(triples(body).filter(([, role]) => role !== "adopted-by")).toEqual([]);
  });
});

describe("event dates in context", () => {
  const dates = (body: string, publishedAt: string) => link(body, publishedAt).events.map((e) => `${e.date}:${e.matchedEntityId === null ? "new" : key(e.matchedEntityId)}`);

  it("a dateline or a briefing's day is not the event's date (zh)", () => {
    const got = dates("新华社北京5月8日电 外交部发言人7日在例行记者会上介绍，5月6日，中国和赞比亚共同举办之友小组专题会议。", "2025-05-08");
    expect(got).toEqual(["2025-05-06:group-of-friends-thematic-meeting-2025-05"]);
  });

  it("the day a spokesperson spoke is not the event's date (en)", () => {
    expect(dates("A spokesperson said on Wednesday that China and Zambia would keep working together.", "2025-05-08")).toEqual([]);
  });

  it("a span ('今年以来') is not an event date", () => {
    expect(dates("今年以来，联合国大会先后通过A/RES/78/311号决议。", "2024-09-26")).toEqual([]);
  });

  it("the date a document was adopted, off the atlas's own date for it, is reported with the document", () => {
    const got = dates("Ministers discussed the AI Framework Convention. The Convention was adopted by the Council of Europe on 17 May 2024.", "2024-09-06");
    expect(got).toEqual([`2024-05-17:${CONV}`]);
  });

  it("the report whose date is the event's own wins over a later mention of it", () => {
    const got = dates("在5月7日的记者会上，发言人谈到之友小组专题会议。5月6日，中国和赞比亚共同举办之友小组专题会议。", "2025-05-08");
    expect(got).toEqual(["2025-05-06:group-of-friends-thematic-meeting-2025-05"]);
  });

  it("future events announced: next year's summit, 本月", () => {
    expect(dates("France will host next year's summit.", "2024-11-19")).toEqual(["2025:new"]);
  });
});

describe("a Chinese article's bare ministry name", () => {
  const entries = extendedEntries();
  entries.push({
    id: 5000,
    kind: "organisation",
    slug: "ministry-of-foreign-affairs-china",
    nameEn: "Ministry of Foreign Affairs of the People's Republic of China",
    nameZh: "中华人民共和国外交部",
    aliases: [
      { alias: "外交部", language: "zh", aliasType: "short", linkable: false },
      { alias: "中国外交部", language: "zh", aliasType: "short" },
    ],
  });
  const gz2 = buildGazetteer({ entries });
  const mfa = (body: string) =>
    findMentions({ text: body, gazetteer: gz2 })
      .mentions.filter((m) => m.entityId === 5000)
      .map((m) => m.surface);

  it.each([
    ["外交部发言人表示，中方愿同各方加强合作。", ["外交部"]],
    ["由外交部和清华大学共同主办的研讨班开幕。", ["外交部"]],
    ["外交部长出席并致辞。", []],
    ["印度外交部表示欢迎。外交部还说将派员参会。", []],
    ["The foreign ministry said so.", []],
  ])("%s", (body, expected) => {
    expect(mfa(body)).toEqual(expected);
  });
});

describe("ambiguous descriptions", () => {
  it("a description that fits two resolutions equally becomes one suggestion per candidate, each naming both", () => {
    const entries = testEntries();
    const idOf = (slug: string) => entries.find((e) => e.slug === slug)!.id;
    // both resolutions sponsored by the country the sentence names
    entries.find((e) => e.slug === RES)!.relatedIds = [idOf("usa")];
    entries.find((e) => e.slug === "unga-res-78-265")!.relatedIds = [idOf("usa")];
    const gz3 = buildGazetteer({ entries });
    const body = "这是美国主提的第78届联大决议。";
    const found = linkArticle({ body, publishedAt: "2024-08-01", language: "zh", gazetteer: gz3, model: null }).mentions.filter((m) => m.kind === "resolution");
    expect(found.map((m) => gz3.entries.get(m.entityId)!.slug).sort()).toEqual(["unga-res-78-265", RES].sort());
    for (const m of found) {
      expect(m.why?.rule).toBe("description");
      expect(m.why?.candidates?.sort()).toEqual(["unga-res-78-265", RES].sort());
      expect(m.confidence).toBeLessThan(0.5);
    }
  });
});
