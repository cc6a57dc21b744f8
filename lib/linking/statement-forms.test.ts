import { describe, expect, it } from "vitest";
import { buildGazetteer } from "./gazetteer";
import { findCountryPairs } from "./find-country-pairs";
import { findMentions } from "./find-mentions";
import { datelineInYearOfNamedEvent, latestStatedDay, linkArticle } from "./link-article";
import { resolveDates } from "./resolve-dates";
import { resolveReferences } from "./resolve-references";
import type { GazetteerEntry } from "./types";
import { entryBuilders, testEntries } from "@/tests/helpers/test-gazetteer";

// Sentences written for these tests (not taken from the labelled fixtures): each family of statement forms is
// checked on wording of its own, with a case where the rule must not fire.
function entries(): GazetteerEntry[] {
  const all = testEntries();
  const { country, org, nextId } = entryBuilders({ firstId: 2000 });
  all.push(
    country("JPN", "Japan", "日本"),
    country("DEU", "Germany", "德国"),
    country("GBR", "United Kingdom", "英国", ["UK"]),
    country("KOR", "South Korea", "韩国", ["Korea", "South Korean"]),
    country("BRA", "Brazil", "巴西"),
    country("NOR", "Norway", "挪威"),
    country("MDA", "Moldova", "摩尔多瓦"),
    org("g7", "G7", "七国集团", ["G-7", "Group of Seven"]),
    org("un-security-council", "UN Security Council", "联合国安理会", ["Security Council"]),
    org("council-of-europe", "Council of Europe", "欧洲委员会"),
  );
  all.push(
    {
      id: nextId(),
      kind: "event",
      slug: "ai-seoul-summit-2024",
      nameEn: "AI Seoul Summit",
      nameZh: "人工智能首尔峰会",
      date: "2024-05-21",
      aliases: [{ alias: "AI首尔峰会", language: "zh", aliasType: "short" }],
    },
    { id: nextId(), kind: "event", slug: "ai-safety-summit-2023", nameEn: "AI Safety Summit", nameZh: "人工智能安全峰会", date: "2023-11-01", aliases: [] },
    { id: nextId(), kind: "initiative", slug: "seoul-declaration-2024", nameEn: "Seoul Declaration", nameZh: "首尔宣言", date: "2024-05-21", aliases: [] },
    { id: nextId(), kind: "initiative", slug: "ai-framework-convention", nameEn: "AI Framework Convention", nameZh: "人工智能框架公约", date: "2024-09-05", aliases: [] },
  );
  return all;
}
const gz = buildGazetteer({ entries: entries() });
const key = (id: number) => gz.entries.get(id)!.iso3 ?? gz.entries.get(id)!.slug;
const link = (body: string, publishedAt: string | null = "2024-06-10") =>
  linkArticle({ body, publishedAt, language: /[\u4e00-\u9fff]/.test(body) ? "zh" : "en", gazetteer: gz, model: null });
const triples = (body: string, publishedAt?: string | null) =>
  link(body, publishedAt)
    .relations.map((r) => [key(r.subjectId), r.role, key(r.objectId)])
    .sort();
const sorted = (xs: string[][]) => [...xs].sort();
const DECL = "seoul-declaration-2024";
const SUMMIT = "ai-seoul-summit-2024";
const CONV = "ai-framework-convention";

describe("lists of signatories, participants and members", () => {
  it.each([
    [
      "The Seoul Declaration was backed by participating countries Japan, Germany and the United Kingdom.",
      [
        ["DEU", "signatory", DECL],
        ["GBR", "signatory", DECL],
        ["JPN", "signatory", DECL],
      ],
    ],
    [
      "The AI Seoul Summit drew representatives from more than 20 countries, including Japan and Germany.",
      [
        ["DEU", "participant", SUMMIT],
        ["JPN", "participant", SUMMIT],
      ],
    ],
    [
      "签署首尔宣言的国家包括日本、德国和英国。",
      [
        ["DEU", "signatory", DECL],
        ["GBR", "signatory", DECL],
        ["JPN", "signatory", DECL],
      ],
    ],
    [
      "The G-7 groups Japan, Germany and the United Kingdom plus France.",
      [
        ["DEU", "member", "g7"],
        ["FRA", "member", "g7"],
        ["GBR", "member", "g7"],
        ["JPN", "member", "g7"],
      ],
    ],
    [
      "七国集团成员包括日本、德国和英国。",
      [
        ["DEU", "member", "g7"],
        ["GBR", "member", "g7"],
        ["JPN", "member", "g7"],
      ],
    ],
    [
      "Leaders of the G-7 countries — Japan, Germany and France — met online.",
      [
        ["DEU", "member", "g7"],
        ["FRA", "member", "g7"],
        ["JPN", "member", "g7"],
      ],
    ],
    [
      "Norway signed the AI Framework Convention on Thursday, alongside Moldova and the United Kingdom.",
      [
        ["GBR", "signatory", CONV],
        ["MDA", "signatory", CONV],
        ["NOR", "signatory", CONV],
      ],
    ],
    [
      "A side meeting on the AI Seoul Summit was held on 21 May. The International Telecommunication Union (ITU) and the G-7 were also present.",
      [
        ["g7", "participant", SUMMIT],
        ["itu", "participant", SUMMIT],
      ],
    ],
  ])("%s", (body, expected) => {
    expect(triples(body)).toEqual(sorted(expected));
  });

  it.each([
    // not a text one signs
    "The AI Seoul Summit was backed by Japan and Germany.",
    "Representatives from Japan did not attend the AI Seoul Summit.",
    "未签署首尔宣言的国家包括日本。",
    // "groups" without a body right before it
    "The report groups Japan and Germany together.",
    // a wish, an invitation
    "中国愿参加人工智能首尔峰会。",
    "The United Kingdom invited Japan to attend the AI Seoul Summit.",
    // one country after "members" is not a membership list
    "G-7 members Japan said the talks went well.",
    // a speaker is not an attending state
    "The AI Seoul Summit opened on 21 May. Japan's representative said the talks went well.",
  ])("nothing from: %s", (body) => {
    expect(triples(body)).toEqual([]);
  });

  it("the active 'backed' says support, not subscription", () => {
    expect(triples("Japan backed the Seoul Declaration.")).toEqual([["JPN", "supporter", DECL]]);
  });

  it("the signers are the unnamed 'dozens of countries' of the clause in between, not the co-chairs", () => {
    expect(triples("France and India co-chaired the AI Seoul Summit, where dozens of countries signed the Seoul Declaration.")).toEqual([
      ["FRA", "co-chair", SUMMIT],
      ["IND", "co-chair", SUMMIT],
    ]);
  });

  it("'The first signatories were …' lists the signers of the text named just before", () => {
    expect(triples("The AI Framework Convention opened for signature on 5 September. The first signatories were Norway, Moldova and the United Kingdom.")).toEqual([
      ["GBR", "signatory", CONV],
      ["MDA", "signatory", CONV],
      ["NOR", "signatory", CONV],
    ]);
    // without a text named before, no guess
    expect(triples("The first signatories were Norway, Moldova and the United Kingdom.")).toEqual([]);
  });

  it("co-signers after 'alongside' only when the sentence says they signed too", () => {
    expect(triples("Norway signed the AI Framework Convention, while Moldova has not.")).toEqual([["NOR", "signatory", CONV]]);
  });
});

describe("sponsors, founders and standing roles", () => {
  it.each([
    [
      "Japan and Germany led efforts for the General Assembly to adopt A/RES/78/265.",
      [
        ["DEU", "co-sponsor", "unga-res-78-265"],
        ["JPN", "co-sponsor", "unga-res-78-265"],
      ],
    ],
    [
      // the body whose members they are is not the one leading
      "The United States and Japan were among the UN members that led efforts to adopt A/RES/78/265.",
      [
        ["JPN", "co-sponsor", "unga-res-78-265"],
        ["USA", "co-sponsor", "unga-res-78-265"],
      ],
    ],
    [
      "The UN General Assembly adopted A/RES/78/265 in March. The initiative, led by the United States, stresses safety.",
      [
        ["USA", "sponsor", "unga-res-78-265"],
        ["unga-res-78-265", "adopted-by", "un-general-assembly"],
      ],
    ],
    [
      "Japan and Germany launched the Group of Friends for International Cooperation on AI Capacity-building.",
      [
        ["DEU", "co-founder", "group-of-friends-ai-capacity-building"],
        ["JPN", "co-founder", "group-of-friends-ai-capacity-building"],
      ],
    ],
    ["Japan launched the Global AI Governance Initiative.", [["JPN", "proposer", "global-ai-governance-initiative"]]],
    [
      "The Group of Friends for International Cooperation on AI Capacity-building was launched by Japan and Germany.",
      [
        ["DEU", "co-founder", "group-of-friends-ai-capacity-building"],
        ["JPN", "co-founder", "group-of-friends-ai-capacity-building"],
      ],
    ],
    ["作为联合国安理会的常任理事国，中方支持在联合国框架下讨论人工智能治理。", [["CHN", "member", "un-security-council"]]],
    ["As a permanent member of the UN Security Council, China supports the talks.", [["CHN", "member", "un-security-council"]]],
    ["金砖轮值主席国巴西将加强合作。", [["BRA", "chair", "brics"]]],
    ["Brazil, which holds the rotating BRICS presidency, called for cooperation.", [["BRA", "chair", "brics"]]],
    ["Under Japan's current G7 presidency, members agreed on a code.", [["JPN", "chair", "g7"]]],
    ["Brazil, as the 2025 BRICS Chair, called for cooperation.", [["BRA", "chair", "brics"]]],
    ["Japan as G7 chair spoke first.", [["JPN", "chair", "g7"]]],
    [
      "In addition to Brazil, G7 members include Japan, Germany and the United Kingdom.",
      [
        ["DEU", "member", "g7"],
        ["GBR", "member", "g7"],
        ["JPN", "member", "g7"],
      ],
    ],
    ["Last year, under Japan's Presidency, the G7 launched a process.", [["JPN", "chair", "g7"]]],
    ["Under the G7 Indian Presidency, members met twice.", [["IND", "chair", "g7"]]],
    [
      "The partnership grew during the G7 presidencies of France and Germany.",
      [
        ["DEU", "chair", "g7"],
        ["FRA", "chair", "g7"],
      ],
    ],
    ["The meeting was convened by BRICS Chair India in July.", [["IND", "chair", "brics"]]],
    ["As the Chair of BRICS, Brazil is promoting an initiative.", [["BRA", "chair", "brics"]]],
    // "U.N. General Assembly": the Assembly adopted it, not the UN as a whole
    ["The UN General Assembly adopted A/RES/78/265 by consensus.", [["unga-res-78-265", "adopted-by", "un-general-assembly"]]],
  ])("%s", (body, expected) => {
    expect(triples(body)).toEqual(sorted(expected));
  });

  it.each([
    "Japan led the delegation to the AI Seoul Summit.",
    "作为联合国安理会的常任理事国，有记者问及此事。",
    "Brazil's BRICS partners called for cooperation.",
    "As the Chair of BRICS said, Brazil is promoting an initiative.",
  ])("no sponsor, membership or chair from: %s", (body) => {
    expect(triples(body).filter(([, role]) => role !== "participant")).toEqual([]);
  });
});

describe("the event the article is about, named only by its kind", () => {
  it("'will jointly host a summit' is the summit named next, when its date fits", () => {
    expect(triples("Japan and Germany will jointly host a summit in Seoul in May. The AI Seoul Summit opens on 21 May.", "2024-04-12")).toEqual([
      ["DEU", "co-host", SUMMIT],
      ["JPN", "co-host", SUMMIT],
    ]);
  });

  it("'teamed up to host an event' is the one the next sentence reports when it opens on the same noun", () => {
    const body =
      "Japan and Germany teamed up to host an event in New York. The event, a meeting of the Group of Friends for International Cooperation on AI Capacity-building, took place on Tuesday.";
    expect(triples(body, "2024-12-04").filter(([, role]) => role === "co-host")).toEqual([
      ["DEU", "co-host", "group-of-friends-first-meeting-2024"],
      ["JPN", "co-host", "group-of-friends-first-meeting-2024"],
    ]);
  });

  it("'a session co-chaired by' a head of government named with the country", () => {
    expect(triples("The AI Seoul Summit opened on 21 May. A virtual session was co-chaired by South Korean President Yoon and UK Prime Minister Sunak.")).toEqual([
      ["GBR", "co-chair", SUMMIT],
      ["KOR", "co-chair", SUMMIT],
    ]);
  });

  it.each([
    // another one
    "The AI Seoul Summit opened on 21 May. Germany will host the next summit.",
    "The AI Seoul Summit opened on 21 May. Korea will co-host the mini virtual summit.",
    // a future act cannot be about an event already past
    "The AI Safety Summit opened on 1 November 2023. France will host a summit.",
    // a date that does not fit the event
    "The AI Seoul Summit opened on 21 May. Japan hosted a meeting in January.",
    // another meeting, then a sentence on the summit
    "Japan hosted a meeting on ethics in Tokyo. The AI Seoul Summit opened on 21 May.",
    // "a meeting" is a new one, not the summit named before or beside it
    "The AI Seoul Summit opened on 21 May. Japan hosted a meeting on ethics in Tokyo.",
    "Japan hosted a meeting on the sidelines of the AI Seoul Summit on 21 May.",
  ])("nothing from: %s", (body) => {
    expect(triples(body).filter(([, role]) => role === "host" || role === "co-host")).toEqual([]);
  });

  it("with nothing named near it, 'the session' of a same-day report is the one event the atlas has that day", () => {
    const body =
      "The AI Seoul Summit closed in Seoul. Leaders spoke about safety. Ministers discussed compute. Companies made pledges. China attended the ministerial session but did not sign the declaration.";
    expect(triples(body, "2024-05-22")).toEqual([["CHN", "participant", SUMMIT]]);
    // a report of another day: no event to point at
    expect(triples(body, "2024-08-01")).toEqual([]);
    // the article does not name that day's event: its "session" may be any other
    expect(triples("China attended the ministerial session of the regional forum.", "2024-05-22")).toEqual([]);
  });

  it("由韩英共同主办: the two short forms are two states, the sentence's topic the event", () => {
    expect(triples("AI首尔峰会是首届人工智能安全峰会的后续会议，由韩英共同主办。")).toEqual([
      ["GBR", "co-host", SUMMIT],
      ["KOR", "co-host", SUMMIT],
    ]);
    // the topic's clause goes on to another meeting: not the topic's hosts
    expect(triples("人工智能安全峰会结束后将举行一次后续会议，由英韩共同主办。", "2023-11-02")).toEqual([]);
  });

  it("short-form pairs need a word of joint action after them", () => {
    const pairs = (text: string) => findCountryPairs({ text, gazetteer: gz, mentions: [] }).map((m) => key(m.entityId));
    expect(pairs("中法两国发表联合声明。")).toEqual(["CHN", "FRA"]);
    expect(pairs("中日韩领导人会议在首尔举行。")).toEqual(["CHN", "JPN", "KOR"]);
    expect(pairs("会议提供中英文同声传译。")).toEqual([]);
    expect(pairs("双方同意加强合作。")).toEqual([]);
  });
});

describe("references and dates", () => {
  it("'第二届人工智能安全峰会', 'the second AI Safety Summit' are not the (first) AI Safety Summit", () => {
    const slugs = (text: string) => findMentions({ text, gazetteer: gz }).mentions.map((m) => key(m.entityId));
    expect(slugs("第二届人工智能安全峰会在首尔举行。")).toEqual([]);
    expect(slugs("第二届全球人工智能安全峰会在首尔举行。")).toEqual([]);
    expect(slugs("The second global AI Safety Summit was held in Seoul.")).toEqual([]);
    expect(slugs("The second AI Safety Summit was held in Seoul.")).toEqual([]);
    expect(slugs("人工智能安全峰会在英国举行。")).toEqual(["ai-safety-summit-2023", "GBR"]);
  });

  it("'the AI resolution Thursday' refers back; 'the Seoul Summit' (a name) does not", () => {
    const body = "The General Assembly adopted A/RES/78/265. Japan praised the AI resolution Thursday. Japan praised the Seoul Summit.";
    const refs = resolveReferences({ text: body, mentions: findMentions({ text: body, gazetteer: gz }).mentions, gazetteer: gz }).map((m) => [m.surface, key(m.entityId)]);
    expect(refs).toEqual([["the AI resolution", "unga-res-78-265"]]);
  });

  it("'the session', 'Tuesday's session', 'the event' refer back to the meeting; 'the session on …' (one part of it) does not", () => {
    const refs = (body: string) =>
      resolveReferences({ text: body, mentions: findMentions({ text: body, gazetteer: gz }).mentions, gazetteer: gz }).map((m) => [m.surface, key(m.entityId)]);
    expect(refs("Leaders met at the AI Seoul Summit. The session was joined by Japan.")).toEqual([["The session", SUMMIT]]);
    expect(refs("Leaders met at the AI Seoul Summit. Tuesday's session was attended by Japan.")).toEqual([["Tuesday's session", SUMMIT]]);
    expect(refs("Leaders met at the AI Seoul Summit. Tuesday’s session was attended by Japan.")).toEqual([["Tuesday’s session", SUMMIT]]);
    expect(refs("Leaders met at the AI Seoul Summit. Germany called the event a success.")).toEqual([["the event", SUMMIT]]);
    expect(refs("Leaders met at the AI Seoul Summit. Japan spoke during the session on energy.")).toEqual([]);
  });

  it("the state after a venue of several words hosts the event; 在 + the state + a site + 举行 + the event, too", () => {
    expect(triples("Yoon spoke of the AI Safety Summit held in Bletchley Park, UK last November.")).toEqual([["GBR", "host", "ai-safety-summit-2023"]]);
    expect(triples("自6个月前在英国布莱奇利公园举行第一届人工智能安全峰会以来，各国作出承诺。")).toEqual([["GBR", "host", "ai-safety-summit-2023"]]);
    // (a state in a list is no venue)
    expect(triples("自6个月前在英国和韩国举行人工智能安全峰会以来，各国作出承诺。")).toEqual([]);
    expect(triples("The talks built on the AI Safety Summit at the UK's Bletchley Park.")).toEqual([["GBR", "host", "ai-safety-summit-2023"]]);
    // a state's own summit, its name right before the event's; not one of a pair
    expect(triples("讨论主要由英国人工智能安全峰会和韩国人工智能首尔峰会主导。")).toEqual([
      ["GBR", "host", "ai-safety-summit-2023"],
      ["KOR", "host", SUMMIT],
    ]);
    expect(triples("英国与韩国人工智能首尔峰会的成果受到关注。").filter(([, role]) => role === "host")).toEqual([]);
  });

  it("a state or body acting at a meeting the sentence opens with takes part in it; one represented at it, too", () => {
    expect(triples("At the AI Seoul Summit, Japan unveiled a plan.")).toEqual([["JPN", "participant", SUMMIT]]);
    expect(triples("At the AI Seoul Summit, the G7 (G-7) presented a code.")).toEqual([["g7", "participant", SUMMIT]]);
    expect(triples("在人工智能首尔峰会上，日本宣布一项计划。")).toEqual([["JPN", "participant", SUMMIT]]);
    expect(triples("Nigeria was represented at the AI Seoul Summit by its minister.")).toEqual([["NGA", "participant", SUMMIT]]);
    // another meeting; a state only named after the setting
    expect(triples("At the next AI Seoul Summit, Japan unveiled a plan.")).toEqual([]);
    expect(triples("At the AI Seoul Summit, Japan's plan was discussed.")).toEqual([]);
  });

  it("states reaching or jointly unveiling a text subscribe to it; a body reaching one adopts it", () => {
    expect(triples("日本和德国共同达成了《人工智能框架公约》。")).toEqual([
      ["DEU", "signatory", CONV],
      ["JPN", "signatory", CONV],
    ]);
    expect(triples("七国集团达成了《人工智能框架公约》。")).toEqual([[CONV, "adopted-by", "g7"]]);
    expect(triples("Japan and Germany unveiled the joint Seoul Declaration.")).toEqual([
      ["DEU", "signatory", DECL],
      ["JPN", "signatory", DECL],
    ]);
    // (reaching a summit's date is not reaching a text)
    expect(triples("日本和德国就人工智能首尔峰会达成一致。").filter(([, role]) => role === "signatory")).toEqual([]);
  });

  it("states invited to sign (受邀签署) have not signed; one attending as an invited guest (受邀出席) did attend", () => {
    expect(triples("日本、德国等国家也受邀签署《人工智能框架公约》。")).toEqual([]);
    expect(triples("日本受邀出席人工智能首尔峰会。")).toEqual([["JPN", "participant", SUMMIT]]);
  });

  it("'led the drafting of', 'signed an agreement to jointly establish', 'the summit in Korea, which the UK co-hosted'", () => {
    expect(triples("Japan led the drafting of the Seoul Declaration.")).toEqual([["JPN", "sponsor", DECL]]);
    expect(triples("Japan and Germany signed an agreement to jointly establish the G7.")).toEqual([
      ["DEU", "co-founder", "g7"],
      ["JPN", "co-founder", "g7"],
    ]);
    expect(triples("The statement was signed at the AI Seoul Summit in South Korea, which the UK has co-hosted.").filter(([, role]) => role === "co-host")).toEqual([
      ["GBR", "co-host", SUMMIT],
    ]);
    // (a plan to establish it together some day is not founding it)
    expect(triples("Japan and Germany are jointly establishing ties with the G7.")).toEqual([]);
  });

  it("a text that received support (获…支持): a word of supporting, for the statement model to weigh", () => {
    const cues = (body: string) => [...new Set(link(body).candidates.flatMap((c) => c.features.filter((f) => f.startsWith("cue:"))))];
    expect(cues("《人工智能框架公约》获日本、德国等国家全力支持。")).toEqual(["cue:supporter"]);
    expect(cues("《人工智能框架公约》获日本、德国等国家的关注。")).toEqual(["cue:none"]);
  });

  it("a place word before the noun must be in the earlier text's names", () => {
    const refs = (body: string) =>
      resolveReferences({ text: body, mentions: findMentions({ text: body, gazetteer: gz }).mentions, gazetteer: gz }).map((m) => [m.surface, key(m.entityId)]);
    expect(refs("Leaders met at the 19th G20 Leaders' Summit (Rio de Janeiro). Japan praised the Rio summit.")).toEqual([["the Rio summit", "g20-rio-summit-2024"]]);
    expect(refs("Leaders met at the 19th G20 Leaders' Summit (Rio de Janeiro). Japan praised the Paris summit.")).toEqual([]);
  });

  it("a body named as its summit is no group talked about", () => {
    const refs = (body: string) =>
      resolveReferences({ text: body, mentions: findMentions({ text: body, gazetteer: gz }).mentions, gazetteer: gz }).map((m) => [m.surface, key(m.entityId)]);
    expect(refs("The Group of Seven met in May. Brazil has not joined the group.")).toEqual([["the group", "g7"]]);
    expect(refs("The idea was first raised at the 2028 G7 Summit. Brazil has since joined the group.")).toEqual([]);
  });

  it("an undated article is read against the last full date it states", () => {
    expect(latestStatedDay({ body: "The Assembly met on Thursday. Photo: the Assembly on March 21, 2024. It had met on 1 March 2024." })).toBe("2024-03-21");
    expect(latestStatedDay({ body: "The Assembly met on Thursday, 21 March." })).toBeNull();
    // a sentence that ends in a closing quote ends there: the next one's "will" is not this day's
    const signed = "On November 17, 2029, the President signed the Law \u201cOn Artificial Intelligence.\u201d The law will come into force on January 18.";
    expect(latestStatedDay({ body: signed })).toBe("2029-11-17");
    expect(link(signed, null).dates.map((d) => d.date)).toEqual(["2029-11-17", "2030-01-18"]);
    const events = link("The General Assembly adopted A/RES/78/265 on Thursday. Photo shows the Assembly in session on March 21, 2024.", null).events.map((e) => e.date);
    expect(events).toContain("2024-03-21");
  });

  it("an undated wire story takes its dateline's year from the event it names, when the days are close", () => {
    const anchor = (body: string) => datelineInYearOfNamedEvent({ body, mentions: findMentions({ text: body, gazetteer: gz }).mentions, gazetteer: gz });
    expect(anchor("首尔5月17日电 人工智能首尔峰会下周将在首尔举行。")).toBe("2024-05-17");
    expect(anchor("SEOUL, May 17 (Yonhap) -- The AI Seoul Summit opens next week.")).toBe("2024-05-17");
    // no event named, or one months away from the dateline's day
    expect(anchor("首尔5月17日电 韩国将举办论坛。")).toBeNull();
    expect(anchor("首尔9月30日电 人工智能首尔峰会的成果得到落实。")).toBeNull();
    // the leaders' session on the 21st is the summit's day, the news of the 17th no event
    const dates = link("首尔5月17日电 据韩国政府17日消息，人工智能首尔峰会下周举行。领导人环节将于21日举行，由韩英首脑共同主持。", null).events.map((e) => e.date);
    expect(dates).toEqual(["2024-05-21"]);
  });

  it("adopting and signing a text on different days are two events; a dateline is none", () => {
    const dates = link(
      "The AI Framework Convention was adopted by the Council of Europe on 17 May 2024. Norway signed the AI Framework Convention on 5 September 2024.",
      "2024-09-06",
    )
      .events.map((e) => e.date)
      .sort();
    expect(dates).toEqual(["2024-05-17", "2024-09-05"]);
    const jiji = link("Tokyo, Feb. 19 (Jiji Press)--Japan will host a ministerial meeting with Germany in March.", "2026-02-19").events.map((e) => e.date);
    expect(jiji).toEqual(["2026-03"]);
    expect(link("中方支持联合国2030年可持续发展议程，并通过A/RES/78/265号决议。", "2024-03-22").events.map((e) => e.date)).not.toContain("2030");
  });

  it("a resolution title without the word 'resolution' still names the bodies inside it", () => {
    const local = buildGazetteer({
      entries: [
        ...entries(),
        { id: 3001, kind: "organisation", slug: "science-panel", nameEn: "Independent Science Panel", nameZh: null, aliases: [] },
        { id: 3002, kind: "resolution", slug: "res-panel", nameEn: "Modalities of the Independent Science Panel", nameZh: null, date: "2025-08-26", aliases: [] },
      ],
    });
    const slugs = (text: string) => findMentions({ text, gazetteer: local }).mentions.map((m) => local.entries.get(m.entityId)!.slug);
    expect(slugs("The text titled Modalities of the Independent Science Panel was adopted.")).toEqual(["science-panel"]);
    expect(slugs("The resolution Modalities of the Independent Science Panel was adopted.")).toEqual(["res-panel"]);
  });
});

describe("declarations named by what they are about", () => {
  const brics = testEntries().find((e) => e.slug === "brics")!.id;
  const local = buildGazetteer({
    entries: [
      ...entries(),
      {
        id: 3101,
        kind: "initiative",
        slug: "brics-ai-statement",
        nameEn: "BRICS Leaders' Statement on the Global Governance of Artificial Intelligence (Rio de Janeiro)",
        nameZh: "金砖国家领导人关于人工智能全球治理的声明（里约热内卢）",
        date: "2025-07",
        aliases: [],
        relatedIds: [brics],
      },
    ],
  });
  const found = (text: string, publishedAt: string | null) =>
    findMentions({ text, gazetteer: local, publishedAt })
      .mentions.filter((m) => m.method === "descriptive")
      .map((m) => local.entries.get(m.entityId)!.slug);

  it.each([
    ["金砖国家领导人通过了关于人工智能全球治理的宣言。", "2025-07-07"],
    ["The BRICS leaders adopted a declaration on the global governance of artificial intelligence.", "2025-07-07"],
  ])("%s", (text, publishedAt) => {
    expect(found(text, publishedAt)).toEqual(["brics-ai-statement"]);
  });

  it.each([
    // the topic alone (no body, and a report from years later) is not enough
    ["各国发表了关于人工智能全球治理的宣言。", "2028-01-01"],
    // how something was said, not a text
    ["The BRICS office said in a statement that global governance of artificial intelligence matters.", "2025-07-07"],
    // the release being quoted
    ["BRICS wants a new system of global governance of artificial intelligence, the statement read.", "2025-07-07"],
    // another topic
    ["金砖国家领导人通过了关于气候变化的宣言。", "2025-07-07"],
  ])("nothing from: %s", (text, publishedAt) => {
    expect(found(text, publishedAt)).toEqual([]);
  });
});

describe("days and months written without the rest of the date", () => {
  const dates = (text: string, publishedAt: string) => resolveDates({ text, publishedAt }).map((d) => d.date);
  it.each([
    // a report: the latest such day up to the dateline
    ["会议21日在首尔举行。", "2024-05-22", ["2024-05-21"]],
    ["The talks ended on the 30th.", "2024-05-10", ["2024-04-30"]],
    // what will happen: the next such day / month
    ["领导人环节将于21日举行。", "2024-05-17", ["2024-05-21"]],
    ["The ministers will meet on the 3rd.", "2024-05-28", ["2024-06-03"]],
    ["Japan will host a ministerial meeting in November.", "2026-02-19", ["2026-11"]],
    ["Japan hosted a ministerial meeting in November.", "2026-02-19", ["2025-11"]],
  ])("%s (published %s)", (text, publishedAt, expected) => {
    expect(dates(text, publishedAt)).toEqual(expected);
  });

  it.each([
    ["The 21st century will be shaped by AI.", "2024-05-22"],
    ["The Assembly met on the 79th session of its agenda.", "2024-05-22"],
  ])("no day from: %s", (text, publishedAt) => {
    expect(dates(text, publishedAt)).toEqual([]);
  });
});
