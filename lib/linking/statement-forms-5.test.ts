import { describe, expect, it } from "vitest";
import { buildGazetteer } from "./gazetteer";
import { findOutcomeTexts } from "./find-outcome-texts";
import { linkArticle } from "./link-article";
import type { GazetteerEntry } from "./types";
import { entryBuilders, testEntries } from "@/tests/helpers/test-gazetteer";

// Sentences written for these tests (not taken from the labelled fixtures): the forms a seventh round added (a
// site after the host state, 美中 before 政要, a bloc's members set off by dashes or commas, "the recent
// resolution"), each with a case where the rule must not fire.
function entries(): GazetteerEntry[] {
  const all = testEntries();
  const { country, org, nextId } = entryBuilders({ firstId: 6000 });
  all.push(
    country("KEN", "Kenya", "肯尼亚", ["Kenyan"]),
    country("CHL", "Chile", "智利", ["Chilean"]),
    country("PER", "Peru", "秘鲁", ["Peruvian"]),
    country("BRA", "Brazil", "巴西", ["Brazilian"]),
    org("g7", "G7", "七国集团"),
    org("andean-union", "Andean Union", "安第斯联盟"),
    { ...org("pacific-bloc", "Pacific Bloc", "太平洋集团"), subtype: "intergovernmental" },
  );
  all.push(org("ocean-panel", "Independent Ocean Data Panel", "独立海洋数据小组"));
  all.push({ id: nextId(), kind: "event", slug: "lagos-ai-forum", nameEn: "Lagos AI Forum", nameZh: "拉各斯人工智能论坛", date: "2025-06-03", aliases: [] });
  // a meeting and the one text it adopted, each related to the other (as the atlas's relations load them)
  const meetingWithText = (meeting: { slug: string; nameEn: string; date: string }, text: { slug: string; nameEn: string; date: string }) => {
    const [meetingId, textId] = [nextId(), nextId()];
    all.push(
      { id: meetingId, kind: "event", ...meeting, nameZh: null, aliases: [], relatedIds: [textId] },
      { id: textId, kind: "initiative", ...text, nameZh: null, aliases: [], relatedIds: [meetingId] },
    );
  };
  // a summit the atlas says Kenya hosted alone, with its venue; one Kenya and Chile co-hosted
  const ken = all.find((e) => e.iso3 === "KEN")!.id;
  const chl = all.find((e) => e.iso3 === "CHL")!.id;
  all.push(
    {
      id: nextId(),
      kind: "event",
      slug: "east-africa-ai-summit",
      nameEn: "East Africa AI Summit",
      nameZh: "东非人工智能峰会（内罗毕）",
      date: "2025-05-20",
      hostIds: [ken],
      aliases: [],
    },
    {
      id: nextId(),
      kind: "event",
      slug: "andes-ai-summit",
      nameEn: "Andes AI Summit",
      nameZh: null,
      date: "2025-05-22",
      hostIds: [ken, chl],
      aliases: [],
    },
  );
  meetingWithText(
    { slug: "ai-summit-accra-2025", nameEn: "AI Summit 2025 (Accra)", date: "2025-09-10" },
    { slug: "accra-declaration", nameEn: "Accra Declaration on Open AI", date: "2025-09-11" },
  );
  meetingWithText(
    { slug: "data-summit-quito-2026", nameEn: "Data Summit 2026 (Quito)", date: "2026-03-10" },
    { slug: "quito-statement", nameEn: "Quito Statement on Data Sharing", date: "2026-03-11" },
  );
  all.push(org("first-committee", "First Committee", "第一委员会"));
  all.push({
    id: nextId(),
    kind: "resolution",
    slug: "unga-res-80-99-drones",
    nameEn: "UN General Assembly resolution 80/99 on autonomous drone swarms",
    nameZh: null,
    date: "2025-12-20",
    symbol: "A/RES/80/99",
    session: 80,
    aliases: [],
  });
  all.push({
    id: nextId(),
    kind: "event",
    slug: "montevideo-ai-summit-2027",
    nameEn: "AI Summit 2027 (Montevideo)",
    nameZh: "人工智能峰会（2027年，蒙得维的亚）",
    date: "2027-04-02",
    aliases: [],
  });
  const montevideoSummit = all[all.length - 1].id;
  const montevideoText = nextId();
  all.push({
    id: montevideoText,
    kind: "initiative",
    slug: "montevideo-statement",
    nameEn: "Montevideo Statement on Safe AI",
    nameZh: "关于安全人工智能的蒙得维的亚声明",
    date: "2027-04-03",
    aliases: [],
    relatedIds: [montevideoSummit],
  });
  all.find((e) => e.id === montevideoSummit)!.relatedIds = [montevideoText];
  return all;
}
const gz = buildGazetteer({ entries: entries() });
const key = (id: number) => gz.entries.get(id)!.iso3 ?? gz.entries.get(id)!.slug;
const link = (body: string, publishedAt: string | null = "2025-06-04") =>
  linkArticle({ body, publishedAt, language: /[\u4e00-\u9fff]/.test(body) ? "zh" : "en", gazetteer: gz, model: null });
const triples = (body: string, publishedAt?: string | null) =>
  link(body, publishedAt)
    .relations.map((r) => [key(r.subjectId), r.role, key(r.objectId)])
    .sort();
const each = (subjects: string[], role: string, object: string) => subjects.map((s) => [s, role, object]).sort();
const resolutions = (body: string, publishedAt: string) =>
  link(body, publishedAt)
    .mentions.filter((m) => m.kind === "resolution")
    .map((m) => key(m.entityId));
/** the role words the statement model is given for the pairs of a sentence */
const cuesOf = (body: string) => [...new Set(link(body).candidates.flatMap((c) => c.features.filter((f) => f.startsWith("cue:"))))];

describe("zh: the host state, then a city or site, then the verb of holding", () => {
  it("在肯尼亚蒙巴萨老城召开 → host", () => {
    expect(triples("6月3日,拉各斯人工智能论坛在肯尼亚蒙巴萨老城召开。")).toEqual([["KEN", "host", "lagos-ai-forum"]]);
  });
  it("not a state that supports or drives the meeting (在肯尼亚的支持下召开, 在肯尼亚推动下举行)", () => {
    expect(triples("6月3日,拉各斯人工智能论坛在肯尼亚的支持下召开。")).toEqual([]);
    expect(triples("6月3日,拉各斯人工智能论坛在肯尼亚推动下举行。")).toEqual([]);
  });
});

describe("zh: two states run together before 政要, 官员 or 高官", () => {
  it("美中政要出席 → both attend", () => {
    expect(triples("拉各斯人工智能论坛正值转折点,美中政要的出席凸显此次会议的重要性。")).toEqual(each(["CHN", "USA"], "participant", "lagos-ai-forum"));
  });
  it("not 中美 before another word (中美关系)", () => {
    expect(triples("拉各斯人工智能论坛期间,与会者讨论了中美关系。")).toEqual([]);
  });
});

describe("a bloc's members listed after the word 'members', set off by dashes or a comma", () => {
  it("七国集团成员——A、B和C—— → member each", () => {
    expect(triples("核心七国集团成员——美国、法国和印度——此前集中讨论了经济问题。")).toEqual(each(["FRA", "IND", "USA"], "member", "g7"));
  });
  it("the G7 members, A, B and C, … → member each", () => {
    expect(triples("The G7 members, the United States, France and India, discussed the economy.")).toEqual(each(["FRA", "IND", "USA"], "member", "g7"));
  });
  it("not one state after the comma ('the G7 members, France said')", () => {
    expect(triples("The G7 members, France said, discussed the economy.")).toEqual([]);
  });
});

describe("'the recent resolution on AI': the latest AI resolution adopted before the article", () => {
  const sentence = "The goals of the forum align with those of the recent resolution on AI adopted by the UN General Assembly.";
  it("within four months of its adoption: the latest one before the article", () => {
    expect(resolutions(sentence, "2024-05-16")).toEqual(["unga-res-78-265"]);
    expect(resolutions(sentence, "2024-08-20")).toEqual(["unga-res-78-311"]);
  });
  it("not when the latest one is older than that, nor without 'recent'", () => {
    expect(resolutions(sentence, "2025-03-01")).toEqual([]);
    expect(resolutions(sentence.replace("the recent", "a"), "2024-05-16")).toEqual([]);
  });
});

describe("设立: a body set up by the body that decided it", () => {
  it("联合国大会决定设立 → founder", () => {
    expect(triples("联合国大会26日决定设立独立海洋数据小组。")).toEqual([["un-general-assembly", "founder", "ocean-panel"]]);
  });
  it("not when the sentence says it was not (未设立)", () => {
    expect(triples("联合国大会称，独立海洋数据小组未设立分支。")).toEqual([]);
  });
});

describe("a meeting that attracted them: a word of taking part, for the statement model to weigh", () => {
  it("吸引了 / attracted", () => {
    expect(cuesOf("本届拉各斯人工智能论坛吸引了包括肯尼亚、智利在内的多个国家。")).toEqual(["cue:participant"]);
    expect(cuesOf("The Lagos AI Forum attracted Kenya and Chile.")).toEqual(["cue:participant"]);
  });
});

describe("a body that approved or agreed on a text: a word of adopting, for the statement model to weigh", () => {
  it("批准 / 达成一致 / agreed on", () => {
    expect(cuesOf("二十国集团批准了《全球人工智能治理倡议》。")).toContain("cue:adopted-by");
    expect(cuesOf("二十国集团就《全球人工智能治理倡议》达成一致。")).toEqual(["cue:adopted-by"]);
    expect(cuesOf("The G20 agreed on the Global AI Governance Initiative.")).toEqual(["cue:adopted-by"]);
  });
  it("agrees on / agree upon: a headline's present tense, a scheduled agreement", () => {
    expect(cuesOf("The G20 agrees on the Global AI Governance Initiative.")).toEqual(["cue:adopted-by"]);
    expect(cuesOf("The G20 is scheduled to agree upon the Global AI Governance Initiative.")).toEqual(["cue:adopted-by"]);
  });
});

describe("words of subscribing to a text that no reader reads: a word of signing, for the statement model to weigh", () => {
  it("pledged … to / giving their backing to / 共同参与发布 / 承诺", () => {
    expect(cuesOf("Kenya and Chile pledged their commitment to the Global AI Governance Initiative.")).toContain("cue:signatory");
    expect(cuesOf("Countries giving their backing to the Global AI Governance Initiative include Kenya and Chile.")).toContain("cue:signatory");
    expect(cuesOf("肯尼亚和智利共同参与发布《全球人工智能治理倡议》。")).toContain("cue:signatory");
    expect(cuesOf("肯尼亚和智利承诺落实《全球人工智能治理倡议》。")).toContain("cue:signatory");
  });
  it("not a sentence that says no such act", () => {
    expect(cuesOf("Kenya and Chile discussed the Global AI Governance Initiative.")).not.toContain("cue:signatory");
  });
});

describe("a founding member founded the body", () => {
  it("'are the founding members of' → co-founder", () => {
    // (and its members: a founding member is both)
    const read = triples("Kenya, Chile and Peru are the founding members of the Independent Ocean Data Panel.");
    expect(read.filter(([, role]) => role === "co-founder")).toEqual(each(["CHL", "KEN", "PER"], "co-founder", "ocean-panel"));
  });
  it("not 'the founding principles'", () => {
    expect(triples("Kenya backed the founding principles of the Independent Ocean Data Panel.").filter(([, role]) => role.endsWith("founder"))).toEqual([]);
  });
});

describe("'the proposed resolution on AI': the next AI resolution adopted after the article", () => {
  const sentence = "Kenya spoke on the proposed General Assembly resolution on artificial intelligence.";
  it("within two months before its adoption: the next one", () => {
    expect(resolutions(sentence, "2024-03-14")).toEqual(["unga-res-78-265"]);
    expect(resolutions("联大将审议人工智能决议草案。", "2024-06-20")).toEqual(["unga-res-78-311"]);
  });
  it("not when the next one is further off, nor without 'proposed'", () => {
    expect(resolutions(sentence, "2023-11-01")).toEqual([]);
    expect(resolutions(sentence.replace("the proposed", "a"), "2024-03-14")).toEqual([]);
  });
});

describe("a declaration at a summit named by where it met, then 'The declaration, endorsed by …'", () => {
  const body =
    "At a high-profile summit in Accra, the United States opted not to endorse a declaration advocating open AI. The declaration, endorsed by 40 nations including Kenya, Chile and Peru, sets out principles.";
  it("is the summit's one declaration: its endorsers sign it, the state that refused does not", () => {
    const linked = link(body, "2025-09-12");
    expect(linked.mentions.filter((m) => m.kind === "initiative").map((m) => [key(m.entityId), m.why?.rule])).toEqual([["accra-declaration", "description"]]);
    expect(triples(body, "2025-09-12")).toEqual(each(["CHL", "KEN", "PER"], "signatory", "accra-declaration"));
  });
  it("not a declaration of a summit held elsewhere", () => {
    expect(triples(body.replace("Accra", "Lima"), "2025-09-12")).toEqual([]);
  });
});

describe("'brought by A with the support of 123 member nations, including B and C'", () => {
  it("A sponsors the resolution, B and C support it", () => {
    const body = "The resolution on capacity-building of AI was brought by the United States with the support of 123 member nations—including China and Russia.";
    expect(triples(body, "2024-07-05")).toEqual([
      ["CHN", "supporter", "unga-res-78-311"],
      ["RUS", "supporter", "unga-res-78-311"],
      ["USA", "sponsor", "unga-res-78-311"],
    ]);
  });
  it("not a state before 'with the support of' ('France, with the support of its partners, …' names no supporter)", () => {
    expect(triples("France adopted the Global AI Governance Initiative with the support of its partners.", "2024-07-05")).toEqual([]);
  });
});

describe("'Kenya kicked off its Lagos AI Forum': a state opening its own meeting hosts it", () => {
  it("kicked off / opened its … → host", () => {
    expect(triples("Kenya kicked off its Lagos AI Forum today at a country estate.")).toEqual([["KEN", "host", "lagos-ai-forum"]]);
    expect(triples("Kenya opened its first Lagos AI Forum on Tuesday.")).toEqual([["KEN", "host", "lagos-ai-forum"]]);
  });
  it("not a state opening its doors, nor opening a meeting without 'its'", () => {
    expect(triples("Kenya opened its doors to the Lagos AI Forum delegates.")).toEqual([]);
  });
});

describe("a national law by a short form another state's law may share", () => {
  const { country: state, nextId } = entryBuilders({ firstId: 6500 });
  const chl = state("CHL", "Chile", "智利");
  const law: GazetteerEntry = {
    id: nextId(),
    kind: "initiative",
    subtype: "law",
    slug: "chile-ai-basic-act",
    nameEn: "Chile Basic Act on Artificial Intelligence",
    nameZh: "智利人工智能基本法",
    date: "2031-03-01",
    aliases: [
      { alias: "AI Basic Act", language: "en", aliasType: "short" },
      { alias: "人工智能基本法", language: "zh", aliasType: "short" },
    ],
    relatedIds: [chl.id],
  };
  const laws = buildGazetteer({ entries: [...testEntries(), chl, law] });
  const initiatives = (body: string) =>
    linkArticle({ body, publishedAt: "2031-04-01", language: /[\u4e00-\u9fff]/.test(body) ? "zh" : "en", gazetteer: laws, model: null })
      .mentions.filter((m) => m.kind === "initiative")
      .map((m) => laws.entries.get(m.entityId)!.slug);
  it("is that state's law in an article that names the state, or by a form that names it", () => {
    expect(initiatives("Chile's Congress passed the AI Basic Act on Tuesday.")).toEqual(["chile-ai-basic-act"]);
    expect(initiatives("立法院三读通过《智利人工智能基本法》。")).toEqual(["chile-ai-basic-act"]);
  });
  it("not in a report on another legislature's law of the same short name", () => {
    expect(initiatives("The Legislative Yuan passed the AI Basic Act on Tuesday.")).toEqual([]);
    expect(initiatives("立法院23日三读通过人工智能基本法草案。")).toEqual([]);
  });
});

describe("a body's law by a short form another's law may share", () => {
  const { org: body, nextId } = entryBuilders({ firstId: 6600 });
  const union = body("andean-union", "Andean Union", "安第斯联盟");
  const law: GazetteerEntry = {
    id: nextId(),
    kind: "initiative",
    subtype: "law",
    slug: "andean-data-act",
    nameEn: "Andean Union Data Act",
    nameZh: "安第斯联盟数据法案",
    date: "2031-03-01",
    aliases: [
      { alias: "Data Act", language: "en", aliasType: "short" },
      { alias: "数据法案", language: "zh", aliasType: "short" },
    ],
    madeByIds: [union.id],
    relatedIds: [union.id],
  };
  const laws = buildGazetteer({ entries: [...testEntries(), union, law] });
  const initiatives = (body: string) =>
    linkArticle({ body, publishedAt: "2031-04-01", language: /[\u4e00-\u9fff]/.test(body) ? "zh" : "en", gazetteer: laws, model: null })
      .mentions.filter((m) => m.kind === "initiative")
      .map((m) => laws.entries.get(m.entityId)!.slug);
  it("is the body's law in an article that names the body, its place, or writes the body just before it", () => {
    expect(initiatives("The Andean Union's Data Act took effect on Tuesday.")).toEqual(["andean-data-act"]);
    expect(initiatives("Andean lawmakers said the Data Act took effect on Tuesday.")).toEqual(["andean-data-act"]);
    expect(initiatives("安第斯联盟《数据法案》周二生效。")).toEqual(["andean-data-act"]);
  });
  it("not in a report on a state's own law of the same short name", () => {
    expect(initiatives("Thailand has a draft Data Act in consultation.")).toEqual([]);
    expect(initiatives("印度尼西亚议会正在审议数据法案。")).toEqual([]);
  });
});

describe("a delegation: taking part in a meeting", () => {
  it("率团 and 代表团 state a participant", () => {
    expect(triples("智利外长率团赴拉各斯人工智能论坛。")).toEqual([["CHL", "participant", "lagos-ai-forum"]]);
    expect(triples("肯尼亚代表团赴拉各斯人工智能论坛交流。")).toEqual([["KEN", "participant", "lagos-ai-forum"]]);
  });
  it("not a speech about the meeting given elsewhere", () => {
    expect(triples("肯尼亚外长在国内致辞，批评了拉各斯人工智能论坛。")).toEqual([]);
  });
});

describe("the declaration of a meeting named by where it met", () => {
  it("'the final declaration of the AI summit, which closed on Tuesday in Accra' is that summit's text", () => {
    const body = "The final declaration of the AI summit, which closed on Tuesday in Accra, was signed by Kenya and Chile.";
    expect(link(body, null).mentions.map((m) => key(m.entityId))).toContain("accra-declaration");
    expect(triples(body, null)).toEqual(each(["CHL", "KEN"], "signatory", "accra-declaration"));
  });
  it("the meeting's one text, which news calls a declaration though its title says statement", () => {
    const body = "The final declaration of the data summit, which closed on Tuesday in Quito, was signed by Kenya and Chile.";
    expect(triples(body, null)).toEqual(each(["CHL", "KEN"], "signatory", "quito-statement"));
  });
  it("not a declaration of intent with no meeting near it", () => {
    expect(link("Kenya made a declaration of intent on open data, its envoy said in Accra.", null).mentions.map((m) => key(m.entityId))).not.toContain("accra-declaration");
  });
});

describe("a refusal in the present tense", () => {
  it("'decline to sign' and 'rejects' state nothing", () => {
    expect(triples("Kenya and Chile decline to sign the Accra Declaration on Open AI.", null)).toEqual([]);
    expect(triples("Peru rejects the Accra Declaration on Open AI, its minister said.", null)).toEqual([]);
  });
});

describe("a bloc's members as one item of a longer list", () => {
  it("'… included Peru, other G7 countries, Kenya and Chile' makes no member", () => {
    expect(triples("The talks included Peru, other G7 countries, Kenya and Chile.").filter(([, role]) => role === "member")).toEqual([]);
  });
  it("but the bloc's countries set off by a comma still are its members", () => {
    expect(triples("The G7 countries, Kenya and Chile, met in Rome.").filter(([, role]) => role === "member")).toEqual(each(["CHL", "KEN"], "member", "g7"));
  });
});

describe("a body that adopts a declaration together with states", () => {
  it("'40 countries and the Andean Union adopted the Accra Declaration' makes the body a signatory", () => {
    expect(triples("Forty countries and the Andean Union adopted the Accra Declaration on Open AI.", null)).toEqual([["andean-union", "signatory", "accra-declaration"]]);
    expect(triples("Kenya, Chile and the Andean Union adopted the Accra Declaration on Open AI.", null)).toEqual(
      each(["CHL", "KEN", "andean-union"], "signatory", "accra-declaration"),
    );
  });
  it("but a body adopting a declaration alone adopts it", () => {
    expect(triples("The Andean Union adopted the Accra Declaration on Open AI.", null)).toEqual([["accra-declaration", "adopted-by", "andean-union"]]);
  });
});

describe("a city names no state: the summit held there gives no host (the labelling brief's rule)", () => {
  it("'the East Africa AI Summit in Nairobi', 在内罗毕举行的东非人工智能峰会: no host, though the atlas says Kenya hosted it", () => {
    expect(triples("Peru attended the East Africa AI Summit in Nairobi last week.").filter(([, role]) => role === "host")).toEqual([]);
    expect(triples("秘鲁出席了在内罗毕举行的东非人工智能峰会。").filter(([, role]) => role === "host")).toEqual([]);
  });
  it("but the state named after the city is the host ('in Nairobi, Kenya'; 在肯尼亚蒙巴萨老城召开 above)", () => {
    expect(triples("Peru attended the East Africa AI Summit in Nairobi, Kenya, last week.").filter(([, role]) => role === "host")).toEqual([
      ["KEN", "host", "east-africa-ai-summit"],
    ]);
  });
  it("a summit named by its venue, then the venue's state: 'the summit in Rio de Janeiro, Brazil, in November'; not 'in Rio de Janeiro, Brazil said'", () => {
    const hosts = (body: string) => triples(body, "2024-12-01").filter(([, role]) => role === "host");
    expect(hosts("Kenya attended the summit in Rio de Janeiro, Brazil, in November.")).toEqual([["BRA", "host", "g20-rio-summit-2024"]]);
    expect(hosts("At the summit in Rio de Janeiro, Brazil said it would act.")).toEqual([]);
  });
});

describe("the states another one follows", () => {
  it("'Following Kenya and Chile, Peru will host …', '秘鲁承接肯尼亚和智利，…主办': only the one that hosts now", () => {
    expect(triples("Following Kenya and Chile, Peru will host the Lagos AI Forum.").filter(([, role]) => /host/.test(role))).toEqual([["PER", "host", "lagos-ai-forum"]]);
    expect(triples("秘鲁承接肯尼亚和智利，主办拉各斯人工智能论坛。").filter(([, role]) => /host/.test(role))).toEqual([["PER", "host", "lagos-ai-forum"]]);
  });
  it("but 'After Kenya and Chile signed …' is their own act", () => {
    expect(triples("After Kenya and Chile signed the Accra Declaration on Open AI, Peru joined it.", null).filter(([, role]) => role === "signatory")).toEqual(
      each(["CHL", "KEN"], "signatory", "accra-declaration"),
    );
  });
});

describe("a bloc's new members", () => {
  it("'the group last year expanded to include Kenya and Chile' makes them members of the bloc named before", () => {
    const body = "The Pacific Bloc was founded by Peru, but the group last year expanded to include Kenya and Chile.";
    expect(triples(body).filter(([, role]) => role === "member")).toEqual(each(["CHL", "KEN"], "member", "pacific-bloc"));
  });
});

describe("a summit's text named by the place the summit met ('the Paris declaration', 《巴黎人工智能宣言》)", () => {
  const texts = (body: string, publishedAt: string | null) =>
    link(body, publishedAt)
      .mentions.filter((m) => m.kind === "initiative")
      .map((m) => [key(m.entityId), m.surface]);
  it("'the Quito declaration', 'Quito Summit Declaration' (its noun: 'Quito Summit' names the summit), 'the Montevideo AI summit's final declaration', 蒙得维的亚人工智能宣言: the one text of the one summit that met there", () => {
    expect(texts("Kenya did not sign the Quito declaration.", "2026-03-12")).toEqual([["quito-statement", "Quito declaration"]]);
    expect(texts("Chile backed the Quito Summit Declaration on Tuesday.", "2026-03-12")).toEqual([["quito-statement", "Declaration"]]);
    expect(texts("Peru welcomed the Montevideo AI summit's final declaration.", "2027-04-05")).toEqual([["montevideo-statement", "declaration"]]);
    expect(texts("秘鲁签署了《蒙得维的亚人工智能宣言》。", "2027-04-05")).toEqual([["montevideo-statement", "蒙得维的亚人工智能宣言"]]);
  });
  it("also where 'the … Declaration' was first read back as the summit's text (that reading is not stored; the name is)", () => {
    const text = "The signing of the Quito Declaration on AI was the outcome.";
    const statement = [...gz.entries.values()].find((e) => e.slug === "quito-statement")!;
    const at = text.indexOf("the Quito");
    // what resolve-references gives for "the Quito Declaration": a reading for the statements, with no evidence of its own
    const readBack = {
      entityId: statement.id,
      kind: "initiative" as const,
      surface: "the Quito Declaration",
      start: at,
      end: at + 21,
      confidence: 0.7,
      method: "pattern" as const,
      evidence: "",
      evidenceStart: at,
    };
    const found = findOutcomeTexts({ text, sentences: [{ start: 0, end: text.length, text }], mentions: [readBack], events: [], gazetteer: gz, publishedAt: "2026-03-12" });
    expect(found.map((m) => [key(m.entityId), m.surface])).toEqual([["quito-statement", "Quito Declaration"]]);
  });
  it("not the declaration of a meeting long before the atlas's one, nor of another year, nor a place with no such meeting", () => {
    expect(texts("Kenya recalled the Quito declaration.", "2020-05-01")).toEqual([]);
    expect(texts("Kenya recalled the 2019 Quito declaration.", "2026-03-12")).toEqual([]);
    expect(texts("Kenya recalled the Nairobi declaration.", "2026-03-12")).toEqual([]);
    expect(texts("Prices in Quito rose, a statement said.", "2026-03-12")).toEqual([]);
  });
});

describe("a summit named by a body's acronym is not the atlas's summit that met in the same city", () => {
  it("'the BRICS Summit, held in Quito' is not the Data Summit 2026 (Quito); 'the summit held in Quito' is", () => {
    expect(link("Kenya attended the BRICS Summit, held in Quito, Ecuador.", "2026-03-12").relations.map((r) => key(r.objectId))).not.toContain("data-summit-quito-2026");
    expect(link("Kenya attended the summit held in Quito, Ecuador.", "2026-03-12").read.map((r) => key(r.objectId))).toContain("data-summit-quito-2026");
  });
});

describe("a participle that opens the sentence: 'Co-chaired by A and B, the forum …'", () => {
  it("governs the name right after its list, also when the list ends in a person's name", () => {
    expect(triples("Co-chaired by Kenya and Chile, the Lagos AI Forum brought together leaders from 60 countries.")).toEqual(each(["CHL", "KEN"], "co-chair", "lagos-ai-forum"));
    expect(triples("Co-chaired by Kenyan President William Ruto and Chilean President Gabriel Boric, the Lagos AI Forum opened.")).toEqual(
      each(["CHL", "KEN"], "co-chair", "lagos-ai-forum"),
    );
  });
  it("not a name further on in another clause", () => {
    expect(triples("Co-chaired by Kenya and Chile, with support from Peru, the Lagos AI Forum opened.").filter(([, role]) => role === "co-chair")).toEqual([]);
  });
});

describe("the organ named before 'of the General Assembly', and a condition", () => {
  const body = "On 20 December 2025, the First Committee (Disarmament and International Security) of the UN General Assembly approved the resolution on autonomous drone swarms.";
  it("the organ is what adopted it", () => {
    expect(triples(body, "2025-12-21")).toEqual([["unga-res-80-99-drones", "adopted-by", "first-committee"]]);
  });
  it("'once endorsed by the General Assembly' is a condition: no statement", () => {
    expect(triples(`${body} The resolution, once endorsed by the General Assembly, would require a report.`, "2025-12-21")).toEqual([
      ["unga-res-80-99-drones", "adopted-by", "first-committee"],
    ]);
  });
});

describe("zh: a state's name that opens an institution's name", () => {
  it("由肯尼亚人工智能发展与安全研究网络主办 is no host; the institute's director is no participant", () => {
    expect(triples("6月3日,拉各斯人工智能论坛举行。本次会议由肯尼亚人工智能发展与安全研究网络(KAISDN)主办。")).toEqual([]);
    expect(triples("6月3日,拉各斯人工智能论坛举行,肯尼亚信息通信研究院院长受邀参与对话环节。")).toEqual([]);
  });
  it("but the state itself, or its government with a university, still hosts", () => {
    expect(triples("6月3日,拉各斯人工智能论坛举行。本次会议由肯尼亚主办。")).toEqual([["KEN", "host", "lagos-ai-forum"]]);
    expect(triples("6月3日,拉各斯人工智能论坛举行。本次会议由肯尼亚政府与内罗毕大学共同主办。")).toEqual([["KEN", "co-host", "lagos-ai-forum"]]);
  });
});

describe("zh: 'this summit' (本届峰会) opening a sentence that goes on to name earlier ones", () => {
  it("is the meeting reported before, not the summit named after it", () => {
    const body = "6月3日,拉各斯人工智能论坛在尼日利亚拉各斯开幕。本届论坛由肯尼亚和智利联合主办,是继5月在内罗毕举办的东非人工智能峰会之后的又一次重要会议。";
    const hosts = triples(body).filter(([s]) => s === "KEN" || s === "CHL");
    expect(hosts).toContainEqual(["CHL", "co-host", "lagos-ai-forum"]);
    expect(hosts.filter(([, , o]) => o === "east-africa-ai-summit")).toEqual([]);
  });
});

describe("states that came together at a meeting, or gathered for it, took part", () => {
  it("came together at / gathered in … for / 齐聚", () => {
    expect(triples("Kenya and Chile came together at the Lagos AI Forum to agree on shared rules.")).toEqual(each(["CHL", "KEN"], "participant", "lagos-ai-forum"));
    expect(triples("6月3日,肯尼亚和智利代表齐聚拉各斯人工智能论坛。")).toEqual(each(["CHL", "KEN"], "participant", "lagos-ai-forum"));
  });
});

/** The statements the hand-written readers find in `body`, read with a gazetteer of a test's own. */
const triplesIn = ({ gz, body, publishedAt }: { gz: ReturnType<typeof buildGazetteer>; body: string; publishedAt: string }) =>
  linkArticle({ body, publishedAt, language: /[\u4e00-\u9fff]/.test(body) ? "zh" : "en", gazetteer: gz, model: null }).relations.map((r) => [
    gz.entries.get(r.subjectId)!.iso3 ?? gz.entries.get(r.subjectId)!.slug,
    r.role,
    gz.entries.get(r.objectId)!.slug,
  ]);

describe("a meeting the event reader matched, named by a phrase of the article's own", () => {
  // a summit the atlas relates to Korea (as its co-host), so a sentence naming Korea on the summit's day reports it
  const all = testEntries();
  const { country, nextId } = entryBuilders({ firstId: 7000 });
  all.push(country("KOR", "South Korea", "韩国", ["Korea"]));
  const kor = all.find((e) => e.iso3 === "KOR")!.id;
  all.push({ id: nextId(), kind: "event", slug: "seoul-summit", nameEn: "AI Seoul Summit", nameZh: "人工智能首尔峰会", date: "2024-05-21", aliases: [], relatedIds: [kor] });
  const gz = buildGazetteer({ entries: all });
  const hosts = (body: string) => triplesIn({ gz, body, publishedAt: "2024-06-17" });

  it("is that meeting for the statements about it", () => {
    expect(hosts("2024年5月21日至22日，第二届全球人工智能安全峰会在韩国首尔召开。")).toEqual([["KOR", "host", "seoul-summit"]]);
    expect(hosts("On May 21, 2024, the second global AI safety summit was held in Seoul, South Korea.")).toEqual([["KOR", "host", "seoul-summit"]]);
  });

  it("not when a year alone dates it, nor when two meeting phrases leave it open which one is meant", () => {
    expect(hosts("2024年，第二届全球人工智能安全峰会在韩国首尔召开。")).toEqual([]);
    expect(hosts("2024年5月21日，第二届全球人工智能安全峰会和部长级会议在韩国首尔召开。")).toEqual([]);
  });
});

describe("launching a process or a dialogue is founding it", () => {
  const all = testEntries();
  const { org, nextId } = entryBuilders({ firstId: 7100 });
  all.push(org("g7", "G7", "七国集团"));
  all.push(
    { id: nextId(), kind: "initiative", slug: "lagos-ai-process", nameEn: "Lagos AI Process", nameZh: "拉各斯人工智能进程", date: "2031-05-01", aliases: [] },
    { id: nextId(), kind: "initiative", slug: "lagos-ai-charter", nameEn: "Lagos AI Charter", nameZh: "拉各斯人工智能宪章", date: "2031-05-01", aliases: [] },
  );
  const gz = buildGazetteer({ entries: all });
  const triples = (body: string) => triplesIn({ gz, body, publishedAt: "2031-06-01" });

  it("a process or dialogue launched: founder; a charter launched: proposer", () => {
    expect(triples("Last year the G7 launched the Lagos AI Process.")).toEqual([["g7", "founder", "lagos-ai-process"]]);
    expect(triples("七国集团发起了拉各斯人工智能进程。")).toEqual([["g7", "founder", "lagos-ai-process"]]);
    expect(triples("Last year the G7 launched the Lagos AI Charter.")).toEqual([["g7", "proposer", "lagos-ai-charter"]]);
  });
});

describe("a bloc's member states 'including' some of them, and a presidency named by the state's adjective", () => {
  it("'Pacific Bloc member states, including Kenya, Chile and Peru' → member each", () => {
    expect(triples("The text was backed by several Pacific Bloc member states, including Kenya, Chile and Peru.")).toEqual(each(["CHL", "KEN", "PER"], "member", "pacific-bloc"));
    expect(triples("Leaders from the G7 countries, such as France and India, took part.")).toEqual(each(["FRA", "IND"], "member", "g7"));
  });
  it("not states listed after another word ('member states met; Kenya, Chile …')", () => {
    expect(triples("Pacific Bloc member states met in June, and Kenya and Chile spoke.")).toEqual([]);
  });
  it("'under the Chilean G7 Presidency' → chair", () => {
    expect(triples("The framework was launched under the Chilean G7 Presidency in 2025.")).toEqual([["CHL", "chair", "g7"]]);
  });
  it("not the state's adjective before the body alone ('the Chilean G7 delegation')", () => {
    expect(triples("The Chilean G7 delegation arrived in June.")).toEqual([]);
  });
  it("'under the Chilean Presidency of the G7' → chair; not a presidency of something else", () => {
    expect(triples("The ministerial meeting took place under the Chilean Presidency of the G7.")).toEqual([["CHL", "chair", "g7"]]);
    expect(triples("The ministerial meeting took place under the Chilean Presidency of the council, with the G7 present.")).toEqual([]);
  });
});

describe("a participle opening the sentence with a capital: 'Hosted by A and B, the forum …'", () => {
  it("Hosted by / Chaired by at the start of a sentence", () => {
    expect(triples("Hosted by Kenya and Chile, the Lagos AI Forum opened in June.")).toEqual(each(["CHL", "KEN"], "co-host", "lagos-ai-forum"));
    expect(triples("Chaired by Peru, the Lagos AI Forum opened in June.")).toEqual([["PER", "chair", "lagos-ai-forum"]]);
  });
  it("not a capitalised word inside the sentence or one not followed by 'by' ('the Host Country Forum', 'Hosted events')", () => {
    expect(triples("Kenya praised the Host Country Agreement of the Lagos AI Forum.")).toEqual([]);
    expect(triples("Hosted events at the Lagos AI Forum drew Kenya and Chile.")).toEqual([]);
  });
});

describe("zh: 达成 before agreement words is no text reached ('达成统一共识')", () => {
  it("a word between 达成 and 共识 or 一致 gives no signatory", () => {
    expect(triples("肯尼亚和智利对表述感到不满然而峰会很难达成统一共识，秘鲁可能拒绝《关于安全人工智能的蒙得维的亚声明》。", "2031-03-12")).toEqual([]);
    expect(triples("肯尼亚和智利共同达成了《关于安全人工智能的蒙得维的亚声明》。", "2031-03-12")).toEqual(each(["CHL", "KEN"], "signatory", "montevideo-statement"));
  });
});

describe("zh: bodies the atlas does not hold inside a list of those it does", () => {
  it("由A、某部、某委、B、某院和某市政府共同主办 → A and B co-host", () => {
    expect(triples("6月3日,拉各斯人工智能论坛开幕,本届论坛由安第斯联盟、发展改革委、教育部、太平洋集团、科学院和上海市政府共同主办。")).toEqual(
      each(["andean-union", "pacific-bloc"], "co-host", "lagos-ai-forum"),
    );
  });
});

describe("a body's members listed after 'includes N founder members:', \"'s founding members are\", ', which includes'", () => {
  it("founder members / founding members → founder each", () => {
    expect(triples("The Pacific Bloc, officially launched in 2025, includes 3 founder members: Kenya, Chile and Peru.")).toEqual(
      each(["CHL", "KEN", "PER"], "founder", "pacific-bloc"),
    );
    expect(triples("The Pacific Bloc's founding members are Kenya and Chile.")).toEqual(each(["CHL", "KEN"], "founder", "pacific-bloc"));
  });
  it("members, or a list after ', which includes' → member each", () => {
    expect(triples("The Pacific Bloc has four members: Kenya, Chile, Peru and Brazil.")).toEqual(each(["BRA", "CHL", "KEN", "PER"], "member", "pacific-bloc"));
    expect(triples("The meeting of the Pacific Bloc, which includes Kenya, Chile and Peru, was held in June.")).toEqual(each(["CHL", "KEN", "PER"], "member", "pacific-bloc"));
  });
  it("not one state after the words, nor members somewhere ('has members in Kenya, Chile said')", () => {
    expect(triples("The Pacific Bloc has members in many regions, Chile said.")).toEqual([]);
  });
});

describe("'agreed to the …' a text: subscribing to it; a counted subject of its own before the verb", () => {
  it("A and B agreed to the statement → signatory", () => {
    expect(triples("Kenya and Chile agreed to the Montevideo Statement on Safe AI.", "2031-03-12")).toEqual(each(["CHL", "KEN"], "signatory", "montevideo-statement"));
  });
  it("'were among the … that agreed to new \"Montevideo Statement …\"': a text named without an article", () => {
    const body = 'Kenya and Chile were among the states that agreed to new "Montevideo Statement on Safe AI", the ministry said.';
    expect(triples(body, "2031-03-12")).toEqual(each(["CHL", "KEN"], "signatory", "montevideo-statement"));
    expect(triples("Kenya and Chile agreed to Montevideo Statement on Safe AI.", "2031-03-12")).toEqual(each(["CHL", "KEN"], "signatory", "montevideo-statement"));
  });
  it("not 'agreed to' anything else, nor the names before 'sixteen leading AI companies agreed to …'", () => {
    expect(triples("Kenya agreed to host the Lagos AI Forum.")).toEqual([["KEN", "host", "lagos-ai-forum"]]);
    expect(triples("Announced by Kenya and Chile on Monday, sixteen leading AI companies agreed to the Montevideo Statement on Safe AI.", "2031-03-12")).toEqual([]);
  });
});

describe("'leaders from 20 countries are scheduled to attend X. They include the Prime Ministers of A, B …'", () => {
  it("the states a following sentence lists attend, their leaders standing for them", () => {
    const body = "Leaders from 20 countries are scheduled to attend the Lagos AI Forum, the ministry said. They include the Prime Ministers of Kenya, Chile and Peru.";
    expect(triples(body)).toEqual(each(["CHL", "KEN", "PER"], "participant", "lagos-ai-forum"));
  });
  it("not a place the list names ('They include delegates from firms based in Kenya')", () => {
    const body = "Leaders from 20 countries are scheduled to attend the Lagos AI Forum, the ministry said. They include delegates from firms based in Kenya.";
    expect(triples(body)).toEqual([]);
  });
});

describe("a state that acts at a meeting it names later in its clause takes part ('presented … during the X', '在X上发布')", () => {
  it("en: an act, then 'during' or 'at' the meeting", () => {
    expect(triples("Kenya has presented an action plan on data during the Lagos AI Forum in June.")).toEqual([["KEN", "participant", "lagos-ai-forum"]]);
  });
  it("en: the state's adjective, its leader's title and name, then the act at the meeting", () => {
    expect(triples("Kenyan President William Ruto stressed the need for data sharing at the Lagos AI Forum.")).toEqual([["KEN", "participant", "lagos-ai-forum"]]);
    expect(triples("Kenyan President Luiz Inacio da Silva emphasized the importance of AI at the Lagos AI Forum.")).toEqual([["KEN", "participant", "lagos-ai-forum"]]);
    // (a common noun after the adjective is no leader: "Kenyan firms" are not the state)
    expect(triples("Kenyan firms showcased their products at the Lagos AI Forum.")).toEqual([]);
  });
  it("zh: 在 + a place + the meeting + 上 + an act; a leader's speech at its opening", () => {
    expect(triples("6月3日，肯尼亚在非洲拉各斯人工智能论坛上发布了数据行动计划。")).toEqual([["KEN", "participant", "lagos-ai-forum"]]);
    expect(triples("肯尼亚总统鲁托周二(3日)在拉各斯人工智能论坛(LAF)开幕式发表演说。")).toEqual([["KEN", "participant", "lagos-ai-forum"]]);
  });
  it("not a plan said to be presented at the next meeting, nor a verb of no act", () => {
    expect(triples("Kenya has presented an action plan, to be discussed at the next Lagos AI Forum.")).toEqual([]);
    expect(triples("Kenya praised the action plan adopted at the Lagos AI Forum.")).toEqual([]);
    expect(triples("肯尼亚希望在拉各斯人工智能论坛上看到更多合作。")).toEqual([]);
  });
});

describe("the states whose representatives were at a meeting ('representatives from N countries, including A, B', '来自A、B等N个国家的代表')", () => {
  it("en: representatives, leaders or ministers from a list, at the meeting the sentence names", () => {
    const body = "The Lagos AI Forum drew representatives from 28 countries, including Kenya, Chile and Peru.";
    expect(triples(body)).toEqual(each(["CHL", "KEN", "PER"], "participant", "lagos-ai-forum"));
    expect(triples("At the Lagos AI Forum, leaders from Kenya, Chile and eight other nations adopted a joint statement.")).toEqual(
      each(["CHL", "KEN"], "participant", "lagos-ai-forum"),
    );
  });
  it("zh: 来自 + a list + 等N个国家的代表; a list + 等多方代表", () => {
    expect(triples("在拉各斯人工智能论坛上，来自肯尼亚、智利、秘鲁等20个国家的代表共同发表了声明。")).toEqual(each(["CHL", "KEN", "PER"], "participant", "lagos-ai-forum"));
    expect(triples("在拉各斯人工智能论坛上，肯尼亚、智利、秘鲁等多方代表就数据治理展开讨论。")).toEqual(each(["CHL", "KEN", "PER"], "participant", "lagos-ai-forum"));
  });
  it("not the next meeting, not two meetings at once, not a list with no delegates", () => {
    expect(triples("Representatives from Kenya and Chile will meet again before the next Lagos AI Forum.")).toEqual([]);
    expect(triples("Kenya, Chile and Peru praised the Lagos AI Forum.")).toEqual([]);
    expect(triples("肯尼亚、智利、秘鲁等国家对拉各斯人工智能论坛表示欢迎。")).toEqual([]);
  });
});

describe("representatives who stayed away took no part", () => {
  it("'did not attend', 'no representatives from', '未出席'", () => {
    expect(triples("Representatives from Kenya and Chile did not attend the Lagos AI Forum.")).toEqual([]);
    expect(triples("There were no representatives from Kenya or Chile at the Lagos AI Forum.")).toEqual([]);
    expect(triples("肯尼亚、智利等国代表未出席拉各斯人工智能论坛。")).toEqual([]);
  });
});

describe("zh: the state that opens its clause and 举行 the event hosts it ('英国11月1日至2日举行首届人工智能安全峰会')", () => {
  it("the state, a date, 举行 and the event", () => {
    expect(triples("尼日利亚6月3日至4日举行拉各斯人工智能论坛，肯尼亚等国代表出席。")).toContainEqual(["NGA", "host", "lagos-ai-forum"]);
    expect(triples("据报道，尼日利亚将于6月3日举行拉各斯人工智能论坛。")).toContainEqual(["NGA", "host", "lagos-ai-forum"]);
  });
  it("not a state inside its clause, nor one of a pair", () => {
    expect(triples("肯尼亚支持尼日利亚6月3日举行拉各斯人工智能论坛。")).not.toContainEqual(["NGA", "host", "lagos-ai-forum"]);
    expect(triples("肯尼亚和尼日利亚6月3日举行拉各斯人工智能论坛。")).not.toContainEqual(["NGA", "host", "lagos-ai-forum"]);
  });
});

describe("a list of signatories after a sentence about another kind of text is not about the text that sentence names", () => {
  it("'The Code … aims to help firms meet the Statement. Major signatories include …': not the Statement's", () => {
    const body =
      "Sixteen firms have signed the new voluntary Data Code. The Code, launched this month, aims to help firms meet the Montevideo Statement on Safe AI. Major signatories include Kenya and Chile.";
    expect(triples(body, "2031-03-12")).not.toContainEqual(["KEN", "signatory", "montevideo-statement"]);
  });
  it("but the text just named when nothing else is the subject", () => {
    const body = "Kenya praised the Montevideo Statement on Safe AI. Its signatories include Peru and Chile.";
    expect(triples(body, "2031-03-12")).toEqual(each(["CHL", "PER"], "signatory", "montevideo-statement"));
  });
});

describe("'leaders present at X include Kenyan President A, Chile's Prime Minister B, President of the Andean Union C'", () => {
  it("each state or body a listed person leads takes part", () => {
    const body =
      "Other world leaders present at the Lagos AI Forum include Kenyan President William Ruto, Chile's outgoing Prime Minister Ana Soto, and President of the Andean Union Luis Vega.";
    expect(triples(body)).toEqual(each(["CHL", "KEN", "andean-union"], "participant", "lagos-ai-forum"));
  });
  it("not a state named without a leader's title, nor a list of those who stayed away", () => {
    expect(triples("Leaders present at the Lagos AI Forum include experts from Kenya and Chile.")).toEqual([]);
    expect(triples("Leaders who did not attend the Lagos AI Forum include Kenyan President William Ruto.")).toEqual([]);
  });
});

describe("zh: a meeting that 在 + the state + 拉开帷幕 is hosted by it", () => {
  it("'拉各斯人工智能论坛在尼日利亚拉开帷幕'", () => {
    expect(triples("6月3日，拉各斯人工智能论坛在尼日利亚拉开帷幕。")).toEqual([["NGA", "host", "lagos-ai-forum"]]);
  });
});

describe("'Kenya will also attend.': attending with nothing named after the verb is attending the meeting just reported", () => {
  it("a state, or a person of a body, who will attend", () => {
    expect(triples("Nigeria will host the Lagos AI Forum. Kenya will also attend.", "2025-05-20")).toContainEqual(["KEN", "participant", "lagos-ai-forum"]);
    expect(triples("Nigeria will host the Lagos AI Forum. Andean Union President Luis Vega will attend in person, alongside ministers.", "2025-05-20")).toContainEqual([
      "andean-union",
      "participant",
      "lagos-ai-forum",
    ]);
  });
  it("a state represented by a person at the meeting just named", () => {
    expect(triples("Nigeria will host the Lagos AI Forum. Kenya will be represented by its Vice President, leading a delegation.", "2025-05-20")).toContainEqual([
      "KEN",
      "participant",
      "lagos-ai-forum",
    ]);
  });
  it("not reported speech, nor attending something else", () => {
    expect(triples("Nigeria will host the Lagos AI Forum. The minister said Kenya would attend.", "2025-05-20")).not.toContainEqual(["KEN", "participant", "lagos-ai-forum"]);
    expect(triples("Nigeria will host the Lagos AI Forum. Kenya will attend a dinner in Abuja.", "2025-05-20")).not.toContainEqual(["KEN", "participant", "lagos-ai-forum"]);
  });
});

describe("a list of leaders, far from the meeting the headline names", () => {
  const body = (tail: string) =>
    [
      "Lagos AI Forum opens in Lagos",
      "Kenya on Monday began hosting the Lagos AI Forum.",
      "“AI must serve people,” the minister said.",
      "“It must be open to all.",
      "It must be safe,” she added.",
      tail,
    ].join("\n\n");
  it("the leaders' states take part in the one meeting the article names", () => {
    expect(
      triples(body("Several leaders are scheduled to attend, including Chilean President Ana Soto and Peruvian President Luis Rey.")).filter((t) => t[1] === "participant"),
    ).toEqual(each(["CHL", "PER"], "participant", "lagos-ai-forum"));
  });
  it("not when the sentence places them somewhere else", () => {
    expect(
      triples(body("Several leaders are scheduled to attend talks in Geneva, including Chilean President Ana Soto and Peruvian President Luis Rey.")).filter(
        (t) => t[1] === "participant",
      ),
    ).toEqual([]);
  });
  it("the meeting of the headline, though the article names another later", () => {
    const later = `${body("Several leaders are scheduled to attend, including Chilean President Ana Soto and Peruvian Vice Premier Luis Rey.")}\n\nIt follows the AI Summit 2025 (Accra).`;
    expect(triples(later).filter((t) => t[1] === "participant")).toEqual(each(["CHL", "PER"], "participant", "lagos-ai-forum"));
  });
  it("not leaders who have only been invited", () => {
    expect(triples(body("Several leaders have been invited, including Chilean President Ana Soto and Peruvian President Luis Rey.")).filter((t) => t[1] === "participant")).toEqual(
      [],
    );
  });
});

describe("在/作为/担任 + a body + 主席国: the state before it holds the presidency", () => {
  it.each([["会议确认2031年智利在七国集团主席国期间成立的联络点的价值。"], ["智利作为七国集团轮值主席国主持了会议。"]])("%s", (body) => {
    expect(triples(body).filter((t) => t[1] === "chair")).toEqual([["CHL", "chair", "g7"]]);
  });
  it("not a state that only took part while another held it", () => {
    expect(triples("智利在七国集团会议上发言，秘鲁为主席国。").filter((t) => t[1] === "chair" && t[0] === "CHL")).toEqual([]);
  });
});

describe("'the members of X … and non-members such as A': the states set apart are not members", () => {
  it("not states named as non-members", () => {
    const body =
      "The members of the Andean Union (including the Pacific Bloc states) and non-members such as Chile, Peru and Brazil will also be sitting around the negotiating table.";
    expect(triples(body).filter((t) => t[1] === "member")).toEqual([]);
  });
});
