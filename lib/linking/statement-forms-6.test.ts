import { describe, expect, it } from "vitest";
import { buildGazetteer } from "./gazetteer";
import { linkArticle } from "./link-article";
import type { GazetteerEntry } from "./types";
import { entryBuilders, readTriples, testEntries } from "@/tests/helpers/test-gazetteer";

// Sentences written for these tests (not taken from the labelled fixtures): the forms a ninth round added, each
// with a case where the rule must not fire.
function entries(): GazetteerEntry[] {
  const all = testEntries();
  const { country, org, nextId } = entryBuilders({ firstId: 7000 });
  all.push(country("CHL", "Chile", "智利", ["Chilean"]), country("PER", "Peru", "秘鲁", ["Peruvian"]));
  all.push(org("andean-council", "Andean Council", "安第斯理事会"));
  // the council's meetings on AI, the first and a later one (related to it, as the atlas's relations load them)
  const council = all.at(-1)!.id;
  all.push(
    {
      id: nextId(),
      kind: "event",
      slug: "council-ai-meeting-2",
      nameEn: "Andean Council open debate on AI (2025)",
      nameZh: null,
      date: "2025-09-24",
      aliases: [],
      relatedIds: [council],
    },
    {
      id: nextId(),
      kind: "event",
      slug: "council-ai-meeting-1",
      nameEn: "Andean Council briefing on AI (2023)",
      nameZh: null,
      date: "2023-07-18",
      aliases: [],
      relatedIds: [council],
    },
  );
  all.find((e) => e.id === council)!.relatedIds = all.slice(-2).map((e) => e.id);
  all.push(
    {
      id: nextId(),
      kind: "initiative",
      slug: "andean-ai-convention",
      nameEn: "Andean Council Framework Convention on Artificial Intelligence",
      nameZh: null,
      date: "2024-05-17",
      aliases: [],
    },
    { id: nextId(), kind: "initiative", slug: "later-ai-treaty", nameEn: "Pacific Treaty on AI", nameZh: null, date: "2025-05-17", aliases: [] },
  );
  all.push({ id: nextId(), kind: "event", slug: "lagos-ai-forum", nameEn: "Lagos AI Forum", nameZh: "拉各斯人工智能论坛", date: "2025-06-03", aliases: [] });
  all.push({ id: nextId(), kind: "event", slug: "accra-ai-summit", nameEn: "Accra AI Summit", nameZh: "阿克拉人工智能峰会", date: "2024-05-21", aliases: [] });
  return all;
}
const gz = buildGazetteer({ entries: entries() });
const key = (id: number) => gz.entries.get(id)!.iso3 ?? gz.entries.get(id)!.slug;
const triples = readTriples({ gazetteer: gz });
const RES = "unga-res-78-265";

describe("a sentence opening 'Spearheaded by A, this resolution …'", () => {
  it.each([
    ["The Assembly adopted resolution 78/265 on AI. Spearheaded by Chile, this resolution was adopted by consensus."],
    ["The Assembly adopted resolution 78/265 on AI. Championed by Chile, the resolution was adopted without a vote."],
    ["The Assembly adopted resolution 78/265 on AI. Sponsored by Chile, this resolution was adopted by consensus."],
  ])("%s", (body) => {
    expect(triples(body).filter((t) => t[1] === "sponsor")).toEqual([["CHL", "sponsor", RES]]);
  });
  it("not a state that led something else before the resolution is named", () => {
    expect(triples("The Assembly adopted resolution 78/265 on AI. Led by Chile, the talks on a second text went on for weeks.").filter((t) => t[1] === "sponsor")).toEqual([]);
  });
});

describe("'<meeting>, where A and B agreed …'", () => {
  it.each([
    ["The plan traces to the Lagos AI Forum in June, where Chile, Peru and several other governments agreed to set up a fund."],
    ["Talks began at the Lagos AI Forum, at which Chile and Peru signed a joint statement."],
    ["The deal follows promises made at the Lagos AI Forum last year, where Chile and Peru pledged to pool their data."],
    ["The fund was set up at the Lagos AI Forum held in Nigeria, where Chile and Peru agreed on its rules."],
    ["Last month, the Lagos AI Forum was held in Nigeria, where 58 countries, including Chile and Peru, signed a joint statement."],
  ])("%s", (body) => {
    expect(triples(body, "2025-07-01").filter((t) => t[1] === "participant")).toEqual([
      ["CHL", "participant", "lagos-ai-forum"],
      ["PER", "participant", "lagos-ai-forum"],
    ]);
  });
  it("not states that may yet do something there", () => {
    expect(triples("Talks begin at the Lagos AI Forum, where Chile and Peru are expected to sign a joint statement.", "2025-05-01")).toEqual([]);
    expect(
      triples("The Lagos AI Forum will be held in Nigeria, where 58 countries, including Chile and Peru, are expected to sign.", "2025-05-01").filter(
        (t) => t[1] === "participant",
      ),
    ).toEqual([]);
  });
});

describe("'A held the widely-anticipated <meeting>': a hyphened word describing the meeting", () => {
  it("the state holds it", () => {
    expect(triples("On 3 June, the Chilean government held the long-awaited Lagos AI Forum.", "2025-06-10").filter((t) => t[1] === "host")).toEqual([
      ["CHL", "host", "lagos-ai-forum"],
    ]);
  });
  it("not an office held, nor a meeting named by a lower-case noun", () => {
    expect(triples("Chile held the rotating chair during the Lagos AI Forum.", "2025-06-10").filter((t) => t[1] === "host")).toEqual([]);
  });
});

describe("'the forum convened by the Chilean President': who convened a meeting hosts it", () => {
  it("the state whose leader convened it", () => {
    expect(triples("Peru spoke at the Lagos AI Forum convened by the Chilean President, Gabriel Boric.", "2025-06-10").filter((t) => t[1] === "host")).toEqual([
      ["CHL", "host", "lagos-ai-forum"],
    ]);
  });
  it("not a state that convened something else", () => {
    expect(triples("Peru, which convened by far the largest delegation, spoke at the Lagos AI Forum.", "2025-06-10").filter((t) => t[1] === "host")).toEqual([]);
  });
});

describe("'A joined the council as an observer', '以观察员身份加入': no member", () => {
  it.each([
    ["Chile joined the Andean Council in December 2020 as an observer."],
    ["Chile joined the Andean Council as a permanent observer, and Peru followed."],
    ["智利以观察员身份加入安第斯理事会。"],
  ])("%s", (body) => {
    expect(triples(body, "2021-01-10").filter((t) => t[1] === "member")).toEqual([]);
  });
  it("a member that joined is still one", () => {
    expect(triples("Chile joined the Andean Council in December 2020 as its tenth member.", "2021-01-10").filter((t) => t[1] === "member")).toEqual([
      ["CHL", "member", "andean-council"],
    ]);
    expect(triples("智利加入安第斯理事会。", "2021-01-10").filter((t) => t[1] === "member")).toEqual([["CHL", "member", "andean-council"]]);
  });
});

describe("'the world's first treaty on AI', '首个具有法律约束力的人工智能国际公约'", () => {
  const found = (body: string) =>
    linkArticle({ body, publishedAt: "2024-09-06", language: /[\u4e00-\u9fff]/.test(body) ? "zh" : "en", gazetteer: gz, model: null })
      .mentions.filter((m) => m.kind === "initiative")
      .map((m) => key(m.entityId));
  it.each([
    ["The world's first treaty on Artificial Intelligence is in deadlock."],
    ["Chile signed the first legally binding international treaty on AI on Thursday."],
    ["Peru joined the first-ever binding AI treaty."],
    ["It is the first-ever international legally binding treaty aimed at ensuring that the use of AI systems respects human rights."],
    ["智利签署了全球首个具有法律约束力的人工智能国际公约。"],
  ])("%s names the earliest AI treaty in the atlas", (body) => {
    expect(found(body)).toEqual(["andean-ai-convention"]);
  });
  it("not a first treaty on something else, or on AI in the military", () => {
    expect(found("Chile signed the first treaty on ocean data.")).toEqual([]);
    expect(found("Chile signed the first treaty aimed at ensuring that ocean data are shared.")).toEqual([]);
    expect(found("Peru called for the first treaty on AI in the military domain.")).toEqual([]);
  });
  it("the states that signed it are its signatories", () => {
    expect(triples("智利和秘鲁签署了全球首个具有法律约束力的人工智能国际公约。", "2024-09-06")).toEqual([
      ["CHL", "signatory", "andean-ai-convention"],
      ["PER", "signatory", "andean-ai-convention"],
    ]);
  });
});

describe("'欧洲委员会的46个成员国…达成一致': a body's member states, not the body", () => {
  it("the body is no signatory", () => {
    expect(triples("安第斯理事会的46个成员国和智利签署了《Pacific Treaty on AI》。", "2025-09-06").filter((t) => t[0] === "andean-council")).toEqual([]);
  });
  it("the body itself still is when it acts", () => {
    expect(triples("安第斯理事会和智利签署了《Pacific Treaty on AI》。", "2025-09-06").filter((t) => t[0] === "andean-council")).toEqual([
      ["andean-council", "signatory", "later-ai-treaty"],
    ]);
  });
});

describe("a sentence naming two meetings, each with its year", () => {
  it("dates each on the atlas's day", () => {
    const events = linkArticle({
      body: "此次论坛是继2024年在加纳举行的阿克拉人工智能峰会和2025年在尼日利亚召开的拉各斯人工智能论坛之后的又一次重要会议。",
      publishedAt: "2026-02-12",
      language: "zh",
      gazetteer: gz,
      model: null,
    }).events.map((e) => `${e.date}:${e.matchedEntityId === null ? "new" : key(e.matchedEntityId)}`);
    expect(events).toEqual(["2024-05-21:accra-ai-summit", "2025-06-03:lagos-ai-forum"]);
  });
});

describe("'X's remarks to <meeting>', 'Remarks by the Prime Minister of X at <meeting>'", () => {
  it.each([
    ["Following are Chilean President Gabriel Boric's remarks to the Lagos AI Forum opening ceremony, in Lagos today.", "CHL"],
    ["Remarks by the Prime Minister of Peru at the Lagos AI Forum in Lagos.", "PER"],
    ["Chile's foreign minister's speech at the Lagos AI Forum drew praise.", "CHL"],
  ])("%s", (body, iso3) => {
    expect(triples(body, "2025-06-03").filter((t) => t[1] === "participant")).toEqual([[iso3, "participant", "lagos-ai-forum"]]);
  });
  it("not a statement about the meeting, or a message sent to it", () => {
    expect(triples("Chile's statement on the Lagos AI Forum was short.", "2025-06-03")).toEqual([]);
    expect(triples("Following is Chilean President Gabriel Boric's video message to the Lagos AI Forum.", "2025-06-03")).toEqual([]);
  });
});

describe("'They were joined by A and B': the list of the sentence before goes on", () => {
  const PACT = "Pacific Treaty on AI";
  it.each([
    [`Chile signed the ${PACT} in May. They were later joined by Peru.`, ["CHL", "PER"]],
    [`The ${PACT} has been adopted by the 12 member states of the bloc. They were joined by Chile and Peru.`, ["CHL", "PER"]],
  ])("%s", (body, iso3s) => {
    expect(triples(body, "2025-09-01").filter((t) => t[1] === "signatory")).toEqual(iso3s.map((c) => [c, "signatory", "later-ai-treaty"]));
  });
  it("not when the sentence before says they did not", () => {
    expect(triples(`The ${PACT} has not been adopted by the 12 member states of the bloc. They were joined by Chile and Peru.`, "2025-09-01")).toEqual([]);
  });
});

describe("'X is visiting Y to co-chair <meeting>': the state visited is the place, not the actor", () => {
  it("the visitor co-chairs", () => {
    expect(triples("The Chilean leader is visiting Peru to co-chair the Lagos AI Forum on June 3.", "2025-06-01")).toEqual([["CHL", "co-chair", "lagos-ai-forum"]]);
  });
  it("a state that visits is still the actor", () => {
    expect(triples("Peru, visiting Lagos, will co-chair the Lagos AI Forum on June 3.", "2025-06-01")).toEqual([["PER", "co-chair", "lagos-ai-forum"]]);
  });
});

describe("'《…》得到了A和B的支持', '该倡议获得A、B的积极响应和支持': support a text received", () => {
  const GAIGI = "global-ai-governance-initiative";
  it.each([["《全球人工智能治理倡议》得到了智利和秘鲁的支持。"], ["全球人工智能治理倡议于2023年10月提出。该倡议获得智利、秘鲁等国的积极响应和支持。"]])("%s", (body) => {
    expect(triples(body, "2024-07-05").filter((t) => t[1] === "supporter")).toEqual([
      ["CHL", "supporter", GAIGI],
      ["PER", "supporter", GAIGI],
    ]);
  });
  it("not support not received, or a text of another kind pointed back to", () => {
    expect(triples("全球人工智能治理倡议于2023年10月提出。该倡议未获得智利、秘鲁的支持。", "2024-07-05")).toEqual([]);
    expect(triples("全球人工智能治理倡议于2023年10月提出。该决议得到了智利、秘鲁的支持。", "2024-07-05")).toEqual([]);
  });
});

describe("a UN draft's heading: 'A, B and C: draft resolution', then the title on a line of its own", () => {
  const TITLE = "Seizing the opportunities of safe, secure and trustworthy artificial intelligence systems for sustainable development";
  it("the states listed co-sponsor the resolution the title names (en, zh)", () => {
    expect(triples(`Seventy-eighth session\n\nChile, Peru and Zambia: draft resolution\n\n${TITLE}\n\nThe General Assembly,`)).toEqual(
      ["CHL", "PER", "ZMB"].map((c) => [c, "co-sponsor", RES]),
    );
    expect(triples(`第七十八届会议\n\n智利、秘鲁和赞比亚:*决议草案\n\n${TITLE}\n\n大会,`)).toEqual(["CHL", "PER", "ZMB"].map((c) => [c, "co-sponsor", RES]));
  });
  it("not a list in running text, or a title that is no heading", () => {
    expect(triples(`Chile, Peru and Zambia: the draft resolution on ${TITLE} is theirs, a diplomat said.`).filter((t) => t[1] === "co-sponsor")).toEqual([]);
    expect(triples(`Seventy-eighth session\n\nChile, Peru and Zambia: draft resolution\n\nThe General Assembly,`)).toEqual([]);
  });
});

describe("more forms read from set P", () => {
  it("'the first legally-binding treaty that will tackle threats posed by AI' is the first AI treaty", () => {
    expect(triples("Chile and Peru have signed the first legally-binding treaty that will tackle threats posed by artificial intelligence.", "2024-09-06")).toEqual([
      ["CHL", "signatory", "andean-ai-convention"],
      ["PER", "signatory", "andean-ai-convention"],
    ]);
  });
  it("'X submitted a resolution on …': the state that put the draft to the assembly sponsors it", () => {
    expect(triples("Chile submitted resolution 78/265 to the General Assembly, which adopted it by consensus.").filter((t) => t[1] === "sponsor")).toEqual([
      ["CHL", "sponsor", RES],
    ]);
    expect(triples("Chile submitted its comments on resolution 78/265 to the Assembly.").filter((t) => t[1] === "sponsor")).toEqual([]);
  });
});

describe("'the first discussion of AI at the <body>', '<body>首次就人工智能举行…会': the body's first meeting on AI", () => {
  const events = (body: string) =>
    linkArticle({ body, publishedAt: "2025-10-01", language: /[\u4e00-\u9fff]/.test(body) ? "zh" : "en", gazetteer: gz, model: null })
      .mentions.filter((m) => m.kind === "event")
      .map((m) => key(m.entityId));
  it.each([
    ["This is an historic meeting – the first discussion of Artificial Intelligence at the Andean Council."],
    ["Chile convened the first Andean Council meeting on artificial intelligence."],
    ["A first Andean Council meeting on the potential threats of artificial intelligence will be held this month."],
    ["安第斯理事会首次就人工智能举行公开会。"],
    ["The Andean Council held its first meeting on artificial intelligence, and Chile put forward five principles."],
    ["The Andean Council is all set to hold its first formal discussion on AI in Lima on Tuesday."],
    ["This is the first time that the Andean Council has held a meeting on artificial intelligence."],
    ["The United Nations (UN) Andean Council held its first open meeting on AI in Lima."],
    ["The Andean Council convened its inaugural meeting on the topic of artificial intelligence on Tuesday."],
  ])("%s", (body) => {
    expect(events(body)).toEqual(["council-ai-meeting-1"]);
  });
  it("a body named in an earlier sentence, or far before the verb, does not hold the meeting", () => {
    expect(events("Chile spoke at the Andean Council. It held its first meeting on AI with Peru.")).toEqual([]);
    expect(events("The Andean Council, in a statement about an unrelated matter that ran long, held its first meeting on AI.")).toEqual([]);
  });
  it("not a first meeting on something else, or of a body with no meeting in the atlas", () => {
    expect(events("This was the first discussion of ocean data at the Andean Council.")).toEqual([]);
    expect(events("This was the first discussion of AI at the Andean Union.")).toEqual([]);
    expect(events("The first Andean Council meeting on the threats of ocean warming was held in May.")).toEqual([]);
  });
});

describe("'co-signed the draft': co-sponsoring a resolution", () => {
  it.each([
    ["The Assembly adopted resolution 78/265 on AI. Chile co-signed the draft."],
    ["The Assembly adopted resolution 78/265 on AI. Analysts said Chile's co-signing of the draft shows its attitude."],
  ])("%s", (body) => {
    expect(triples(body).filter((t) => t[2] === RES && t[0] === "CHL")).toEqual([["CHL", "co-sponsor", RES]]);
  });
  it("not a text other than a resolution, which the state signs", () => {
    expect(triples("Chile co-signed the Global AI Governance Initiative.").filter((t) => t[0] === "CHL")).toEqual([["CHL", "signatory", "global-ai-governance-initiative"]]);
  });
});

describe("'支持加快落实…《…》': supporting a text's implementation", () => {
  it("supports the text", () => {
    expect(triples("智利支持加快落实安第斯理事会通过的《全球人工智能治理倡议》。").filter((t) => t[0] === "CHL")).toEqual([
      ["CHL", "supporter", "global-ai-governance-initiative"],
    ]);
    expect(triples("智利支持落实《全球人工智能治理倡议》。").filter((t) => t[0] === "CHL")).toEqual([["CHL", "supporter", "global-ai-governance-initiative"]]);
  });
  it("not support for something else before the text is named", () => {
    expect(triples("智利支持加快落实减贫目标，并提到《全球人工智能治理倡议》。").filter((t) => t[0] === "CHL")).toEqual([]);
  });
});
