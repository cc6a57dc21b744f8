import { describe, expect, it } from "vitest";
import { buildGazetteer } from "./gazetteer";
import type { GazetteerEntry } from "./types";
import { entryBuilders, readTriples, testEntries } from "@/tests/helpers/test-gazetteer";

// Texts written for these tests (not taken from the labelled fixtures): a sentence set at a meeting that names a
// state's official, and a list of those present, with cases where the rules must not fire.
function entries(): GazetteerEntry[] {
  const all = testEntries();
  const { country, org, nextId } = entryBuilders({ firstId: 7600 });
  all.push(country("CHL", "Chile", "智利", ["Chilean"]), country("PER", "Peru", "秘鲁"), country("URY", "Uruguay", "乌拉圭"));
  all.push(org("lima-labs", "Lima Labs", "利马实验室"), org("quipu-ai", "Quipu AI", "奇普人工智能"));
  all.push(org("pacific-bloc", "Pacific Bloc", "太平洋集团"));
  all.push({ id: nextId(), kind: "initiative", slug: "andean-ai-pledge", nameEn: "Andean AI Pledge", nameZh: "安第斯人工智能承诺", date: "2024-05-01", aliases: [] });
  all.push({ id: nextId(), kind: "event", slug: "andean-ai-summit-2024", nameEn: "Andean AI Summit", nameZh: null, date: "2024-09-09", aliases: [] });
  return all;
}
const gz = buildGazetteer({ entries: entries() });
const triples = readTriples({ gazetteer: gz });

describe("a sentence set at a meeting that names a state's official", () => {
  it("the official is the main clause's subject, after a setting with a date, an adjective and a place", () => {
    expect(triples("During the Andean AI Summit in Lima in May, Peru's Prime Minister Ana Rojas highlighted the national strategy.")).toEqual([
      ["PER", "participant", "andean-ai-summit-2024"],
    ]);
    expect(triples("On 9 September 2024, at the annual Andean AI Summit in Lima, Chilean Vice Minister Luis Soto outlined a plan.")).toEqual([
      ["CHL", "participant", "andean-ai-summit-2024"],
    ]);
  });
  it("a state that acts in the main clause, after a setting that names the meeting a part of it belongs to", () => {
    expect(triples("On 9 September 2024, during the ministerial meeting held in Lima as part of the Andean AI Summit, Peru unveiled a plan.")).toEqual([
      ["PER", "participant", "andean-ai-summit-2024"],
    ]);
  });
  it("two officials joined by and, or one met there; the meeting named in the sentence before", () => {
    const body =
      "The Andean AI Summit opened in Lima on Monday. At the summit, Peru's Special Envoy on Technology, Ana Rojas, and Uruguay's Minister of Industry, Luis Soto, discussed joint research.";
    expect(triples(body)).toEqual([
      ["PER", "participant", "andean-ai-summit-2024"],
      ["URY", "participant", "andean-ai-summit-2024"],
    ]);
    expect(triples("In the margins of the Andean AI Summit, the director met with Chile's Cabinet Secretary for Defence.")).toEqual([
      ["CHL", "participant", "andean-ai-summit-2024"],
    ]);
  });
  it("nothing for a state named otherwise, an absence, an invitation or another meeting", () => {
    expect(triples("At the Andean AI Summit, Peru's Prime Minister Ana Rojas criticised Uruguay's President for his absence.")).toEqual([
      ["PER", "participant", "andean-ai-summit-2024"],
    ]);
    expect(triples("At the Andean AI Summit, Chile's Foreign Minister did not attend the opening session.")).toEqual([]);
    expect(triples("At the Andean AI Summit, Peru's President was invited to speak next year.")).toEqual([]);
    expect(triples("The Andean AI Summit opened in Lima. At the next summit, Chile's Prime Minister will speak first.")).toEqual([]);
  });
});

describe("a state someone represents at a meeting, or whose delegation someone leads there", () => {
  it("represents at the meeting named, or at the summit the sentence before reports", () => {
    expect(triples("The minister will represent Chile at the Andean AI Summit next month.")).toEqual([["CHL", "participant", "andean-ai-summit-2024"]]);
    expect(triples("The Andean AI Summit opened in Lima on Monday. Its vice minister represented Uruguay at the summit.")).toEqual([
      ["URY", "participant", "andean-ai-summit-2024"],
    ]);
    expect(triples("Ana Rojas led the Chilean delegation to the Andean AI Summit in Lima.")).toEqual([["CHL", "participant", "andean-ai-summit-2024"]]);
  });
  it("nothing for one who will not represent the state, or represents it elsewhere", () => {
    expect(triples("The minister will not represent Chile at the Andean AI Summit.")).toEqual([]);
    expect(triples("The minister represented Chile at the talks in Geneva before the Andean AI Summit.")).toEqual([]);
  });
});

describe("a list of those present at a meeting", () => {
  it("firms there, or brought together, at the meeting the sentence before or the lead names", () => {
    expect(triples("The Andean AI Summit opened in Lima on Monday. Tech firms there included Lima Labs and Quipu AI.")).toEqual([
      ["lima-labs", "participant", "andean-ai-summit-2024"],
      ["quipu-ai", "participant", "andean-ai-summit-2024"],
    ]);
    const body =
      "Andean AI Summit closes in Lima\n\nMinisters met for two days. They spoke about chips. Many of them spoke about data centres and power. The event brought together ministers and companies such as Lima Labs and Quipu AI.";
    expect(triples(body)).toEqual([
      ["lima-labs", "participant", "andean-ai-summit-2024"],
      ["quipu-ai", "participant", "andean-ai-summit-2024"],
    ]);
  });
  it("participants at the head of the sentence, at the meeting named in the sentence or two before", () => {
    const body =
      "The Andean AI Summit closed in Lima on Friday. The two-day event brought together envoys from 30 countries. Participants spanned the region, including major economies like Chile and Peru.";
    expect(triples(body)).toEqual([
      ["CHL", "participant", "andean-ai-summit-2024"],
      ["PER", "participant", "andean-ai-summit-2024"],
    ]);
  });
  it("nothing for companies named without a word of presence, or for a pledge's participants", () => {
    expect(triples("The Andean AI Summit opened in Lima. Companies such as Lima Labs and Quipu AI have called for rules.")).toEqual([]);
    const body =
      "Andean AI Summit closes in Lima\n\nMinisters met for two days. They spoke about chips. Many of them spoke about power. The Andean AI Pledge was launched. Participants also include companies such as Lima Labs and Quipu AI.";
    expect(triples(body)).toEqual([]);
  });
});

describe("those who put their names to a text at a meeting were at the meeting", () => {
  it("a list that signed or endorsed a text at the meeting named after it", () => {
    expect(triples("Chile and Peru signed the Andean AI Pledge at the Andean AI Summit in Lima.", "2024-09-20")).toEqual([
      ["CHL", "participant", "andean-ai-summit-2024"],
      ["CHL", "signatory", "andean-ai-pledge"],
      ["PER", "participant", "andean-ai-summit-2024"],
      ["PER", "signatory", "andean-ai-pledge"],
    ]);
  });
  it("not a meeting still to come, nor one in another clause", () => {
    expect(triples("Chile signed the Andean AI Pledge before the next Andean AI Summit.", "2024-09-20")).toEqual([["CHL", "signatory", "andean-ai-pledge"]]);
    expect(triples("Chile signed the Andean AI Pledge; the pledge was discussed at the Andean AI Summit.", "2024-09-20")).toEqual([["CHL", "signatory", "andean-ai-pledge"]]);
  });
});

describe("the parties to talks they held took part in them", () => {
  it("'A and B held the first meeting of the dialogue', 'hold their first round of talks'", () => {
    const gzTalks = buildGazetteer({
      entries: [...entries(), { id: 7690, kind: "event", slug: "chile-peru-ai-dialogue-2024", nameEn: "Chile-Peru AI dialogue", nameZh: null, date: "2024-05-14", aliases: [] }],
    });
    const read = readTriples({ gazetteer: gzTalks });
    expect(read("Chile and Peru on Tuesday held the first meeting of the Chile-Peru AI dialogue in Geneva.", "2024-05-15")).toEqual([
      ["CHL", "participant", "chile-peru-ai-dialogue-2024"],
      ["PER", "participant", "chile-peru-ai-dialogue-2024"],
    ]);
  });
  it("not a meeting held for others, nor talks held elsewhere than the meeting named", () => {
    expect(triples("Chile held the Andean AI Summit in Lima.", "2024-09-20")).toEqual([["CHL", "host", "andean-ai-summit-2024"]]);
  });
});

describe("welcoming a text, its adoption or its launch supports it", () => {
  const base = readTriples({ gazetteer: buildGazetteer({ entries: testEntries() }) });
  it("'welcomed the adoption of X', 'welcomes X'", () => {
    expect(base("Zambia welcomed the adoption of the Global AI Governance Initiative last year.")).toEqual([["ZMB", "supporter", "global-ai-governance-initiative"]]);
    expect(base("Zambia welcomes the Global AI Governance Initiative.")).toEqual([["ZMB", "supporter", "global-ai-governance-initiative"]]);
  });
  it("not delegates welcomed to a meeting, nor a refusal, nor 欢迎 (an invitation: 欢迎各国加入)", () => {
    expect(base("Zambia welcomed the delegates to a forum on the Global AI Governance Initiative.")).toEqual([]);
    expect(base("赞比亚欢迎各国代表出席会议，介绍《全球人工智能治理倡议》。")).toEqual([]);
    expect(base("Zambia did not welcome the Global AI Governance Initiative.")).toEqual([]);
  });
});

describe("a state named after its city is where something happened, not who did it", () => {
  it("'travelled to Lima, Peru, on Monday to sign the pledge': nothing of Peru; the signer's state named elsewhere", () => {
    expect(triples("The deputy minister travelled to Lima, Peru, on Monday to sign the Andean AI Pledge.")).toEqual([]);
    expect(triples("Uruguay's deputy minister travelled to Lima, Peru, to sign the Andean AI Pledge.")).toEqual([["URY", "signatory", "andean-ai-pledge"]]);
  });
  it("not a state that opens its clause after the city ('in Lima, Peru signed …'), nor a list ('from Chile, Peru and …')", () => {
    expect(triples("At a ceremony in Lima, Peru signed the Andean AI Pledge.")).toEqual([["PER", "signatory", "andean-ai-pledge"]]);
    expect(triples("Delegates from Chile, Peru, and Uruguay signed the Andean AI Pledge.")).toEqual([
      ["CHL", "signatory", "andean-ai-pledge"],
      ["PER", "signatory", "andean-ai-pledge"],
      ["URY", "signatory", "andean-ai-pledge"],
    ]);
  });
});

describe("states that put their names to a text at a meeting took part in it", () => {
  it("'endorsed the pledge at the second annual Andean AI Summit': up to two words before the meeting's name", () => {
    expect(triples("Dozens of countries, including Chile and Peru, endorsed the Andean AI Pledge at the second annual Andean AI Summit.")).toEqual([
      ["CHL", "participant", "andean-ai-summit-2024"],
      ["CHL", "signatory", "andean-ai-pledge"],
      ["PER", "participant", "andean-ai-summit-2024"],
      ["PER", "signatory", "andean-ai-pledge"],
    ]);
  });
});

describe("a text that attracted the signatures of states: they signed it", () => {
  it("'has attracted the signatures of Chile, Peru and Uruguay'", () => {
    expect(triples("The Andean AI Pledge is open to all states and has already attracted the signatures of Chile, Peru and Uruguay.")).toEqual([
      ["CHL", "signatory", "andean-ai-pledge"],
      ["PER", "signatory", "andean-ai-pledge"],
      ["URY", "signatory", "andean-ai-pledge"],
    ]);
  });
  it("not a text opened for signature", () => {
    expect(triples("The Andean AI Pledge was opened for signature in Lima, Peru, on Monday.")).toEqual([]);
  });
});

describe("a state said to hold a body's chair", () => {
  it("'As the Pacific Bloc Chair for 2025, Chile …': the body's name before its chair, then the state", () => {
    expect(triples("As the Pacific Bloc Chair for 2025, Chile has taken a leading role in the talks.")).toEqual([["CHL", "chair", "pacific-bloc"]]);
  });
  it("'Peru assumes the role of Pacific Bloc Chair', 'Uruguay serves as Chair of the Pacific Bloc'", () => {
    expect(triples("The minister said that as Peru assumes the role of Pacific Bloc Chair, trade will grow.")).toEqual([["PER", "chair", "pacific-bloc"]]);
    expect(triples("Since January, Uruguay serves as Chair of the Pacific Bloc.")).toEqual([["URY", "chair", "pacific-bloc"]]);
  });
  it("not a state that only praises the chair", () => {
    expect(triples("As the Pacific Bloc Chair said, Chile has taken a leading role.")).toEqual([]);
  });
});

describe("a state that makes its case at a meeting named later in its clause took part in it", () => {
  it("'Chile called for … during the Andean AI Summit', 'Peru urged … at the Andean AI Summit'", () => {
    expect(triples("Chile called for global efforts to raise AI ethics standards during the Andean AI Summit in Lima.")).toEqual([["CHL", "participant", "andean-ai-summit-2024"]]);
    expect(triples("Peru urged closer research ties at the Andean AI Summit.")).toEqual([["PER", "participant", "andean-ai-summit-2024"]]);
  });
  it("not a call about a meeting to come", () => {
    expect(triples("Chile called for an AI treaty before the next Andean AI Summit.")).toEqual([]);
  });
});

describe("refusals said without 'not', and a signing still in question", () => {
  it("'shied away from signing the pledge', 'refrained from signing it' sign nothing", () => {
    expect(triples("Chile and Peru shied away from signing the Andean AI Pledge, which Uruguay signed.")).toEqual([["URY", "signatory", "andean-ai-pledge"]]);
    expect(triples("Peru refrained from signing the Andean AI Pledge.")).toEqual([]);
  });
  it("'held back from signing', 'stopped short of endorsing', 'abstained from supporting' and a 'refusal' sign nothing", () => {
    expect(triples("Chile and Peru held back from signing the Andean AI Pledge, which Uruguay signed.")).toEqual([["URY", "signatory", "andean-ai-pledge"]]);
    expect(triples("Chile is holding back from backing the Andean AI Pledge.")).toEqual([]);
    expect(triples("Peru stopped short of endorsing the Andean AI Pledge.")).toEqual([]);
    expect(triples("Chile abstained from supporting the Andean AI Pledge.")).toEqual([]);
    expect(triples("About 40 other states, including Uruguay, agreed to sign the Andean AI Pledge, but the Chile and Peru refusal was a setback.")).toEqual([
      ["URY", "signatory", "andean-ai-pledge"],
    ]);
  });
  it("'whether to sign and ratify the pledge' is no signature", () => {
    expect(triples("Chile has yet to announce a decision. Chile is consulting on whether to sign and ratify the Andean AI Pledge.")).toEqual([]);
    expect(triples("Chile is consulting its provinces on whether to sign the Andean AI Pledge.")).toEqual([]);
  });
});

describe("support for a state's membership is a bid backed, not a seat held", () => {
  it("'reaffirmed its support for Peru's permanent membership in the Pacific Bloc'", () => {
    expect(triples("Chile reaffirmed its strong support for Peru's permanent membership in the Pacific Bloc.")).toEqual([]);
    // (a membership stated as such still counts)
    expect(triples("Peru's membership in the Pacific Bloc began in 2020.")).toEqual([["PER", "member", "pacific-bloc"]]);
  });
});

describe("a list in a clause closed before the verb is not its subject", () => {
  const signed = (text: string) => triples(text).filter(([, role]) => role === "signatory");
  it("'太平洋集团通过了…；以及…多个国家签署《承诺》'", () => {
    expect(signed("2024年太平洋集团通过关于首个全球决议;以及2025年60个国家和国际组织签署《安第斯人工智能承诺》。")).toEqual([]);
    expect(signed("2024年太平洋集团通过关于首个全球决议；以及2025年60个国家和国际组织签署《安第斯人工智能承诺》。")).toEqual([]);
    expect(triples("2024年太平洋集团举行会议，智利签署《安第斯人工智能承诺》。")).toEqual([["CHL", "signatory", "andean-ai-pledge"]]);
    expect(triples("Chile hosted the forum; more than 20 countries signed the Andean AI Pledge.")).toEqual([]);
  });
});

describe("a thing hosted at a body: the body hosts it", () => {
  it("'The Lima Labs secretariat is hosted at the Pacific Bloc'", () => {
    expect(triples("The Lima Labs secretariat is hosted at the Pacific Bloc.")).toEqual([["pacific-bloc", "host", "lima-labs"]]);
    // (a long name the atlas spells otherwise, its short one in brackets)
    expect(triples("The Lima Labs secretariat is hosted at the Pacific Cooperation Bloc of States (Pacific Bloc).")).toEqual([["pacific-bloc", "host", "lima-labs"]]);
    // (a place is where, not who)
    expect(triples("The Lima Labs secretariat is hosted at Lima, Peru.")).not.toContainEqual(["lima-labs", "host", "PER"]);
  });
});
