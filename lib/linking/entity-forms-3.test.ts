import { describe, expect, it } from "vitest";
import { buildGazetteer } from "./gazetteer";
import { datelineBeforePublication, linkArticle } from "./link-article";
import { resolveDates } from "./resolve-dates";
import type { GazetteerEntry } from "./types";
import { entryBuilders } from "@/tests/helpers/test-gazetteer";
import { buildSeedPlan } from "@/lib/seed/build-seed-plan";

// Round three of name forms, references and dates. Names and sentences are invented for these tests (not taken
// from the labelled fixtures); each form is checked with a case where it must not fire.
const { country, org, nextId } = entryBuilders({ firstId: 9000 });
const chl = country("CHL", "Chile", "智利");
const ken = country("KEN", "Kenya", "肯尼亚");
const summitId = nextId();
const statement = {
  id: nextId(),
  kind: "initiative" as const,
  slug: "andes-statement",
  nameEn: "Andes Statement on Open Data",
  nameZh: "安第斯开放数据声明",
  date: "2031-04-02",
  aliases: [],
  relatedIds: [summitId],
};
const summit: GazetteerEntry = {
  id: summitId,
  kind: "event",
  slug: "andes-data-summit-2031",
  nameEn: "Andes AI Data Summit",
  nameZh: "安第斯人工智能数据峰会",
  date: "2031-04-01",
  aliases: [],
  relatedIds: [statement.id],
};
const network: GazetteerEntry = { ...org("andes-network", "Andes Network of Data Offices", "安第斯数据办公室网络"), subtype: "network" };
const entries: GazetteerEntry[] = [chl, ken, country("PER", "Peru", "秘鲁"), summit, statement, network];
const gz = buildGazetteer({ entries });
const key = (id: number) => gz.entries.get(id)!.iso3 ?? gz.entries.get(id)!.slug;
const link = (body: string, publishedAt: string | null = "2031-04-03") =>
  linkArticle({ body, publishedAt, language: /[\u4e00-\u9fff]/.test(body) ? "zh" : "en", gazetteer: gz, model: null });
const triples = (body: string) => link(body).relations.map((r) => `${key(r.subjectId)} ${r.role} ${key(r.objectId)}`);

describe("'Artificial Intelligence (AI)': a title with the abbreviation spelled out at its first use", () => {
  it("links the event by that form, and not by the words without the title's own", () => {
    expect(link("The Andes Artificial Intelligence (AI) Data Summit opened in Lima.").mentions.map((m) => key(m.entityId))).toContain("andes-data-summit-2031");
    expect(link("The Andes Artificial Intelligence (AI) Ethics Summit opened in Lima.").mentions.map((m) => key(m.entityId))).not.toContain("andes-data-summit-2031");
  });
});

describe("'the declaration' of a summit that names no text: the summit's one outcome text in the atlas", () => {
  it("signing 'the statement' after the summit is named is signing its outcome text", () => {
    const body = "The Andes AI Data Summit ended with a joint statement. Among those signing the statement were Chile and Kenya.";
    expect(triples(body)).toEqual(expect.arrayContaining(["CHL signatory andes-statement", "KEN signatory andes-statement"]));
  });
  it("the noun the statement calls the text by is a mention of it, with the statement's reason", () => {
    const body = "The Andes AI Data Summit ended with a joint statement. Among those signing the statement were Chile and Kenya.";
    // (the one in the second sentence: "a joint statement" in the first is the summit's text too)
    const texts = link(body).mentions.filter((m) => key(m.entityId) === "andes-statement" && m.start > body.indexOf("Among"));
    expect(texts).toHaveLength(1);
    expect(body.slice(texts[0].start, texts[0].end)).toBe("statement");
    expect(texts[0].why?.rule).toBe("description");
  });
  it("nothing without a summit named before", () => {
    expect(triples("Among those signing the statement were Chile and Kenya.")).toEqual([]);
    expect(link("Among those signing the statement were Chile and Kenya.").mentions.map((m) => key(m.entityId))).not.toContain("andes-statement");
  });
});

describe("a specific noun may point ahead to the one entity that fits", () => {
  it("'the network' before the Network is named, when it is the only network the article names", () => {
    const body = "Chile, Kenya and Peru make up the initial members of the network. The Andes Network of Data Offices meets in May.";
    expect(triples(body)).toEqual(expect.arrayContaining(["CHL member andes-network", "KEN member andes-network", "PER member andes-network"]));
  });
  it("not a generic noun ('the body'), which only points back", () => {
    expect(triples("Chile, Kenya and Peru make up the initial members of the body. The Andes Network of Data Offices meets in May.")).toEqual([]);
  });
});

describe("dates in traditional characters and wire datelines", () => {
  it("將於15日 is still to come, as 将于15日 is", () => {
    expect(resolveDates({ text: "兩國領導人將於15日舉行會談", publishedAt: "2031-11-11" }).map((d) => d.date)).toEqual(["2031-11-15"]);
    expect(resolveDates({ text: "兩國領導人15日舉行會談", publishedAt: "2031-11-11" }).map((d) => d.date)).toEqual(["2031-10-15"]);
  });
  it("a copy dated later than its dateline counts the story's days from the dateline", () => {
    expect(datelineBeforePublication({ body: "新华社圣地亚哥4月3日电 峰会1日至2日举行。", publishedAt: "2031-09-20" })).toBe("2031-04-03");
    expect(datelineBeforePublication({ body: "新华社圣地亚哥4月3日电 峰会1日至2日举行。", publishedAt: "2031-04-03" })).toBeNull();
    expect(datelineBeforePublication({ body: "SANTIAGO, Dec 30 (Reuters) - …", publishedAt: "2032-01-04" })).toBe("2031-12-30");
    expect(datelineBeforePublication({ body: "The summit opened on 3 April.", publishedAt: "2031-09-20" })).toBeNull();
    // filed the day before it was published; a dateline with its day only, in the publication's month or the one before
    expect(datelineBeforePublication({ body: "SANTIAGO, Apr 3 (Reuters) - …", publishedAt: "2031-04-04" })).toBe("2031-04-03");
    expect(datelineBeforePublication({ body: "（中央社聖地牙哥2日綜合外電報導）安第斯峰會今天開幕。", publishedAt: "2031-04-03" })).toBe("2031-04-02");
    expect(datelineBeforePublication({ body: "新华社圣地亚哥30日电 峰会今天开幕。", publishedAt: "2031-05-02" })).toBe("2031-04-30");
    // a correspondent's dispatch (專電), simplified or traditional, with its day only or with its month
    expect(datelineBeforePublication({ body: "中央社記者王小明聖地牙哥8日專電 (2031-12-09 09:37:09)\n\n學者今天表示", publishedAt: "2031-12-09" })).toBe("2031-12-08");
    expect(datelineBeforePublication({ body: "中新社圣地亚哥4月3日專電 峰会1日举行。", publishedAt: "2031-09-20" })).toBe("2031-04-03");
    expect(datelineBeforePublication({ body: "峰会30日开幕，各国代表出席。", publishedAt: "2031-05-02" })).toBeNull();
    const dates = link("新华社圣地亚哥4月3日电 安第斯人工智能数据峰会1日在圣地亚哥举行。", "2031-09-20").events.map((e) => e.date);
    expect(dates).toEqual(["2031-04-01"]);
  });
});

describe("country names as written in Taiwan and Hong Kong (Unicode CLDR)", () => {
  const plan = buildSeedPlan();
  const aliasesOf = (iso3: string) => plan.entities.find((e) => e.iso3 === iso3)!.aliases.map((a) => a.alias);
  it("南韓, 肯亞, 紐西蘭 are aliases of their countries; 喬治亞 (also a US state) and 蒙古 are not added", () => {
    expect(aliasesOf("KOR")).toContain("南韓");
    expect(aliasesOf("KEN")).toContain("肯亞");
    expect(aliasesOf("NZL")).toContain("紐西蘭");
    expect(aliasesOf("GEO")).not.toContain("喬治亞");
    expect(plan.entities.filter((e) => e.kind === "country" && e.iso3 !== "MNG").flatMap((e) => e.aliases.map((a) => a.alias))).not.toContain("蒙古");
  });
});

describe("who is not (yet) a party", () => {
  it("非成员国 are no members", () => {
    expect(triples("秘鲁是安第斯数据办公室网络的成员。")).toEqual(["PER member andes-network"]);
    expect(triples("智利等非成员国与安第斯数据办公室网络成员开展合作。")).toEqual([]);
  });
  it("预计将签署 is an expectation, not a signature", () => {
    expect(triples("智利签署了安第斯开放数据声明。")).toEqual(["CHL signatory andes-statement"]);
    expect(triples("智利预计将很快签署安第斯开放数据声明。")).toEqual([]);
  });
});

describe("a resolution named by the words of the bodies it set up", () => {
  const { org: body, nextId: next } = entryBuilders({ firstId: 9700 });
  const board = body("tidal-board", "International Tidal Science Board", "国际潮汐科学委员会");
  const forum = body("tidal-forum", "Tidal Governance Forum", "潮汐治理论坛");
  const assembly = body("world-assembly", "World Assembly", "世界大会");
  const setUp: GazetteerEntry = {
    id: next(),
    kind: "resolution",
    slug: "res-tidal-modalities",
    nameEn: "Modalities for the International Tidal Science Board and the Tidal Governance Forum",
    nameZh: "国际潮汐科学委员会和潮汐治理论坛的设立方式",
    date: "2032-03-10",
    aliases: [],
    relatedIds: [board.id, forum.id],
  };
  const other: GazetteerEntry = {
    id: next(),
    kind: "resolution",
    slug: "res-sustainable-tides",
    nameEn: "Seizing tidal opportunities for sustainable development",
    nameZh: "抓住潮汐机遇促进可持续发展",
    date: "2031-03-21",
    aliases: [],
  };
  const tides = buildGazetteer({ entries: [board, forum, assembly, setUp, other] });
  const resolutions = (body: string) =>
    linkArticle({ body, publishedAt: "2032-09-01", language: /[\u4e00-\u9fff]/.test(body) ? "zh" : "en", gazetteer: tides, model: null })
      .mentions.filter((m) => m.kind === "resolution")
      .map((m) => tides.entries.get(m.entityId)!.slug);

  it("'the resolution on the Board and the Forum' is the one resolution whose names alone use those words", () => {
    expect(resolutions("Delegates discussed the World Assembly resolution on the Board and the Forum at length.")).toEqual(["res-tidal-modalities"]);
  });
  it("words of a title that name no body it set up say nothing ('sustainable development')", () => {
    expect(resolutions("Delegates said the resolution set out modalities for research.")).toEqual([]);
    expect(resolutions("Delegates discussed the resolution on the Board at length.")).toEqual([]);
  });
});

describe("a capitalised title of another text is not described by its topic words", () => {
  it("links 'a statement on open data' of the day, not 'the Pacific Joint Statement on Open Data'", () => {
    const slugs = (body: string) => link(body, "2031-04-02").mentions.map((m) => key(m.entityId));
    expect(slugs("The Andes AI Data Summit adopted a statement on open data, backed by Chile and Kenya.")).toContain("andes-statement");
    expect(slugs('Chile and Kenya backed the "Pacific Joint Statement on Open Data Cooperation", officials said.')).not.toContain("andes-statement");
  });
});

describe("a long name written in lower case", () => {
  const lower = buildGazetteer({
    entries: [
      chl,
      org("data-offices-network", "International Network of Data Protection Offices", "数据保护办公室国际网络"),
      org("ocean-forum", "Ocean Data Forum", "海洋数据论坛"),
    ],
  });
  const named = (body: string) =>
    linkArticle({ body, publishedAt: "2031-04-03", language: "en", gazetteer: lower, model: null })
      .mentions.filter((m) => m.kind === "organisation")
      .map((m) => m.surface);
  it("five words or more, whole: still the name", () => {
    expect(named("Chile will take part in the international network of data protection offices.")).toEqual(["international network of data protection offices"]);
  });
  it("not a short name in lower case (a phrase), nor part of a long one", () => {
    expect(named("Chile hosted an ocean data forum for students.")).toEqual([]);
    expect(named("Chile wants an international network of data offices.")).toEqual([]);
  });
});

describe("a long title in another form beside another name", () => {
  const event = (slug: string, nameEn: string, nameZh: string, date: string): GazetteerEntry => ({ id: nextId(), kind: "event", slug, nameEn, nameZh, date, aliases: [] });
  const two = buildGazetteer({
    entries: [
      chl,
      event("ocean-safety-summit-2031", "Ocean Safety Summit", "海洋安全峰会", "2031-03-01"),
      event("responsible-drones-summit-2031", "Summit on Responsible Autonomous Drones in the Maritime Domain", "海上负责任使用自主无人机峰会", "2031-02-01"),
    ],
  });
  const named = (body: string) =>
    linkArticle({ body, publishedAt: "2031-04-03", language: "en", gazetteer: two, model: null })
      .mentions.filter((m) => m.kind === "event")
      .map((m) => `${two.entries.get(m.entityId)!.slug}: ${m.surface}`);
  it("does not take a word of the name before it", () => {
    expect(named("The Ocean Safety Summit and the Responsible Autonomous Drones in the Maritime Domain Summit made progress.")).toContain(
      "ocean-safety-summit-2031: Ocean Safety Summit",
    );
  });
  it("still wins over a name inside it", () => {
    expect(named("Chile attended the summit on responsible autonomous drones in the maritime domain.")).toEqual([
      "responsible-drones-summit-2031: summit on responsible autonomous drones in the maritime domain",
    ]);
  });
});

describe("an owner's AI body said as what it is, on AI, beside its owner", () => {
  const owner = org("andean-bloc", "ANDEX", "安第斯集团");
  const group: GazetteerEntry = { id: nextId(), kind: "initiative", slug: "andex-ai-study-group", nameEn: "ANDEX AI Study Group", nameZh: null, aliases: [] };
  const gzOwned = buildGazetteer({ entries: [...entries, owner, group] });
  const named = (body: string) =>
    linkArticle({ body, publishedAt: "2031-04-03", language: "en", gazetteer: gzOwned, model: null })
      .mentions.filter((m) => m.kind === "initiative")
      .map((m) => `${gzOwned.entries.get(m.entityId)!.slug} ${m.surface}`);
  it("'the ANDEX countries agreed to launch a study group on artificial intelligence'", () => {
    expect(named("The ANDEX countries agreed to launch a study group on artificial intelligence.")).toEqual(["andex-ai-study-group study group on artificial intelligence"]);
  });
  it("not without the owner in the sentence, nor another kind of group", () => {
    expect(named("ANDEX met in Lima. Chile proposed a study group on artificial intelligence.")).toEqual([]);
    expect(named("The ANDEX countries agreed to launch a working group on artificial intelligence.")).toEqual([]);
  });
});

describe("a resolution named by the symbol of the draft it was adopted from", () => {
  const resolution: GazetteerEntry = {
    id: nextId(),
    kind: "resolution",
    slug: "unga-res-91-12",
    nameEn: "Open data for sustainable development",
    nameZh: null,
    symbol: "A/RES/91/12",
    draftSymbol: "A/91/L.33",
    date: "2036-03-02",
    aliases: [],
  };
  const other: GazetteerEntry = {
    id: nextId(),
    kind: "resolution",
    slug: "unga-res-91-40",
    nameEn: "Data and peace",
    nameZh: null,
    symbol: "A/91/L.33/Rev.1",
    date: "2036-06-01",
    aliases: [],
  };
  const linked = (entries: GazetteerEntry[], body: string) =>
    linkArticle({ body, publishedAt: "2036-03-05", language: "en", gazetteer: buildGazetteer({ entries }), model: null })
      .mentions.filter((m) => m.kind === "resolution")
      .map((m) => [m.surface, buildGazetteer({ entries }).entries.get(m.entityId)!.slug]);
  it("links the draft's symbol to the resolution", () => {
    expect(linked([resolution], "On 2 March the Assembly adopted resolution A/91/L.33 by consensus.")).toEqual([["A/91/L.33", "unga-res-91-12"]]);
  });
  it("says why: the draft's symbol and the resolution's own", () => {
    const [mention] = linkArticle({
      body: "The Assembly adopted A/91/L.33.",
      publishedAt: "2036-03-05",
      language: "en",
      gazetteer: buildGazetteer({ entries: [resolution] }),
      model: null,
    }).mentions;
    expect(mention.why).toEqual({ matched: "A/91/L.33", form: "A/91/L.33 (draft of A/RES/91/12)", rule: "exact-alias" });
  });
  it("a symbol another entity holds as its own stays that entity's", () => {
    const twin: GazetteerEntry = { ...other, symbol: "A/91/L.33" };
    expect(linked([twin, resolution], "The Assembly adopted A/91/L.33.")).toEqual([["A/91/L.33", "unga-res-91-40"]]);
    expect(linked([resolution, twin], "The Assembly adopted A/91/L.33.")).toEqual([["A/91/L.33", "unga-res-91-40"]]);
  });
});

describe("a resolution named by who drafted it, of two the state is related to", () => {
  const drafted: GazetteerEntry = {
    id: nextId(),
    kind: "resolution",
    slug: "unga-res-91-20",
    nameEn: "Cooperation on ocean data",
    nameZh: null,
    date: "2036-05-02",
    aliases: [],
    relatedIds: [chl.id],
    sponsorIds: [chl.id],
  };
  const backed: GazetteerEntry = {
    id: nextId(),
    kind: "resolution",
    slug: "unga-res-91-21",
    nameEn: "Open science for development",
    nameZh: null,
    date: "2036-04-20",
    aliases: [],
    relatedIds: [chl.id, ken.id],
    sponsorIds: [ken.id],
  };
  const gazetteer = buildGazetteer({ entries: [chl, ken, drafted, backed] });
  const resolved = (body: string) =>
    linkArticle({ body, publishedAt: "2036-05-10", language: "en", gazetteer, model: null })
      .mentions.filter((m) => m.kind === "resolution")
      .map((m) => gazetteer.entries.get(m.entityId)!.slug);
  it("'a Chile-drafted resolution' is the one Chile put forward", () => {
    expect(resolved("The Assembly adopted a Chile-drafted resolution by consensus.")).toEqual(["unga-res-91-20"]);
  });
  it("'a resolution co-sponsored by Chile' may be either", () => {
    expect(resolved("The Assembly adopted a resolution co-sponsored by Chile.").sort()).toEqual(["unga-res-91-20", "unga-res-91-21"]);
  });
});

describe("a draft resolution on AI that the Assembly adopts days after the article", () => {
  const pending: GazetteerEntry = {
    id: nextId(),
    kind: "resolution",
    slug: "unga-res-91-30",
    nameEn: "Trustworthy artificial intelligence for ocean science",
    nameZh: null,
    date: "2036-05-20",
    aliases: [],
  };
  const gazetteer = buildGazetteer({ entries: [chl, pending] });
  const resolved = (body: string) =>
    linkArticle({ body, publishedAt: "2036-05-15", language: "en", gazetteer, model: null })
      .mentions.filter((m) => m.kind === "resolution")
      .map((m) => gazetteer.entries.get(m.entityId)!.slug);
  it("is that resolution, whether the text says 'draft resolution' or 'draft'", () => {
    expect(resolved("Chile has introduced a draft resolution on artificial intelligence (AI) policy.")).toEqual(["unga-res-91-30"]);
    expect(resolved("Chile has introduced a resolution on artificial intelligence (AI) policy, still a draft.")).toEqual(["unga-res-91-30"]);
  });
  it("not a draft that is no resolution", () => {
    expect(resolved("Chile has introduced a draft law on artificial intelligence (AI) policy.")).toEqual([]);
  });
});

describe("a meeting's name beside another year: the edition of its series held that year", () => {
  const followUp: GazetteerEntry = {
    id: nextId(),
    kind: "event",
    slug: "andes-data-summit-2032",
    nameEn: "Quito Data Summit",
    nameZh: null,
    date: "2032-05-20",
    aliases: [],
    relatedIds: [summit.id],
  };
  const series = buildGazetteer({ entries: [chl, { ...summit, relatedIds: [statement.id, followUp.id] }, statement, followUp] });
  const events = (body: string) =>
    linkArticle({ body, publishedAt: "2032-01-10", language: "en", gazetteer: series, model: null })
      .mentions.filter((m) => m.kind === "event")
      .map((m) => series.entries.get(m.entityId)!.slug);
  it("'the 2032 Andes AI Data Summit' is the follow-up held in 2032", () => {
    expect(events("Chile will attend the 2032 Andes AI Data Summit.")).toEqual(["andes-data-summit-2032"]);
  });
  it("its own year is itself; a year no edition was held in is none", () => {
    expect(events("Chile attended the 2031 Andes AI Data Summit.")).toEqual(["andes-data-summit-2031"]);
    expect(events("Chile will attend the 2035 Andes AI Data Summit.")).toEqual([]);
  });
});

describe("a state's demonym that names a language", () => {
  const { country: state } = entryBuilders({ firstId: 9480, aliasType: "demonym" });
  const gz = buildGazetteer({ entries: [state("PRT", "Portugal", "葡萄牙", ["Portuguese"]), state("FRA", "France", "法国", ["French"])] });
  const states = (body: string) =>
    [...new Set(linkArticle({ body, publishedAt: null, language: "en", gazetteer: gz, model: null }).mentions.map((m) => m.entityId))].map((id) => gz.entries.get(id)!.slug);
  it("is no state: 'Portuguese-speaking countries', 'interpretation in English and French.', 'French (Français)'", () => {
    expect(states("Officials from nine Portuguese-speaking countries took part.")).toEqual([]);
    expect(states("The meeting had interpretation in English and French.")).toEqual([]);
    expect(states("The report is available in French, and a summary in Spanish.")).toEqual([]);
    expect(states("Languages: French (Français)")).toEqual([]);
  });
  it("the state's adjective still is: 'Portuguese officials', 'in French hands', 'in French, Portuguese and Kenyan hands'", () => {
    expect(states("Portuguese officials took part.")).toEqual(["prt"]);
    expect(states("The company is now in French hands.")).toEqual(["fra"]);
    expect(states("The firms are in French, Portuguese and Kenyan hands.")).toEqual(["fra", "prt"]);
    expect(states("Officials from French, Portugal and Kenya attended.")).toEqual(["fra", "prt"]);
  });
});
