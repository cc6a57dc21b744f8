import { describe, expect, it } from "vitest";
import { buildGazetteer } from "./gazetteer";
import { findRelationCandidates } from "./relation-candidates";
import type { FoundMention, FoundRelation, GazetteerEntry } from "./types";
import { entryBuilders, readTriples, testEntries } from "@/tests/helpers/test-gazetteer";

// Sentences written for these tests (not taken from the labelled fixtures): the forms an eleventh round added, each
// with a case where the rule must not fire.
function entries(): GazetteerEntry[] {
  const all = testEntries();
  const { country, org, nextId } = entryBuilders({ firstId: 7200 });
  all.push(country("CHL", "Chile", "智利", ["Chilean"]), country("PER", "Peru", "秘鲁", ["Peruvian"]));
  all.push(org("andean-council", "Andean Council", "安第斯理事会"), org("andean-ai-office", "Andean AI Office", "安第斯人工智能办公室"));
  all.push({ id: nextId(), kind: "event", slug: "andean-ai-summit-2024", nameEn: "Andean AI Summit", nameZh: null, date: "2024-09-09", aliases: [] });
  all.push({
    id: nextId(),
    kind: "resolution",
    slug: "andean-resolution",
    nameEn: "Andean resolution on AI and labour",
    nameZh: "安第斯人工智能与劳动决议",
    date: "2024-06-01",
    aliases: [],
  });
  return all;
}
const gz = buildGazetteer({ entries: entries() });
const triples = readTriples({ gazetteer: gz });

describe("'As a co-founding country of <body>, A …': a founder (or co-founder) as well as a member", () => {
  it.each([
    ["As a co-founding country of the Andean Council, Chile believes in cooperation.", "co-founder"],
    ['"As a co-founding country of the Andean Council, Chile believes in cooperation," the minister said.', "co-founder"],
    ["As a founding state of the Andean Council, Chile believes in cooperation.", "founder"],
  ])("%s", (body, role) => {
    expect(triples(body)).toEqual([
      ["CHL", role, "andean-council"],
      ["CHL", "member", "andean-council"],
    ]);
  });
  it("a plain member founded nothing; a country only named in the phrase acts in nothing", () => {
    expect(triples("As a member of the Andean Council, Chile believes in cooperation.")).toEqual([["CHL", "member", "andean-council"]]);
    expect(triples("As a co-founding country of the Andean Council, the minister believes in cooperation.")).toEqual([]);
  });
});

describe("'proposing the establishment of <body>', 'announced intentions to form <body>': proposing a body", () => {
  it.each([
    ["Chile took a bold step by proposing the establishment of the Andean AI Office, with its seat in Lima."],
    ["At the summit, Chile announced intentions to form the Andean AI Office."],
    ["Chile announced its plans to establish the Andean AI Office."],
  ])("%s", (body) => {
    expect(triples(body)).toEqual([["CHL", "proposer", "andean-ai-office"]]);
  });
  it("not a state proposing something else, or an announcement about a body already there", () => {
    expect(triples("Chile is proposing changes to the rules of the Andean AI Office.")).toEqual([]);
    expect(triples("Chile announced its plans to visit the Andean AI Office.")).toEqual([]);
  });
});

describe("'<meeting> held by A together with B and C', '<resolution>, submitted by A, …': the passive names who did it", () => {
  it("a meeting held by states hosts them", () => {
    expect(triples("The Andean AI Summit held by Chile together with Peru on 9-10 September has concluded.", "2024-09-12")).toEqual([
      ["CHL", "co-host", "andean-ai-summit-2024"],
      ["PER", "co-host", "andean-ai-summit-2024"],
    ]);
  });
  it("a resolution submitted by a state is its sponsor's", () => {
    expect(triples("The Andean resolution on AI and labour, submitted by Chile, affirmed that the law applies.")).toEqual([["CHL", "sponsor", "andean-resolution"]]);
  });
  it("not an office held by states: 'the Andean Council presidencies held by Chile and Peru' hosts nothing", () => {
    expect(triples("The plan builds on the work of the Andean Council presidencies held by Chile and Peru in 2023 and 2024.").filter((t) => t[1].endsWith("host"))).toEqual([]);
  });
  it("not a meeting held by anything but a state, or a view submitted by one", () => {
    expect(triples("The Andean AI Summit was held by the lake on 9-10 September, and Chile attended it.", "2024-09-12")).toEqual([["CHL", "participant", "andean-ai-summit-2024"]]);
    expect(triples("Views on the Andean resolution on AI and labour were submitted by Chile in May.")).toEqual([]);
  });
});

describe("findRelationCandidates: a state named twice in a sentence", () => {
  // "(Chile, Peru …), the Chilean president proposed …": the readers read the state at its second name; its first
  // stands in a list with others, which the reading must not reach through the list
  const text = "At the summit, which brought together Chile and Peru, the Chilean minister proposed the Andean AI Office.";
  const at = (surface: string, from = 0) => text.indexOf(surface, from);
  const m = (surface: string, entityId: number, kind: FoundMention["kind"], from = 0): FoundMention => ({
    entityId,
    kind,
    surface,
    start: at(surface, from),
    end: at(surface, from) + surface.length,
    confidence: 1,
    method: "gazetteer",
    evidence: "",
    evidenceStart: 0,
  });
  const mentions = [m("Chile", 1, "country"), m("Peru", 2, "country"), m("Chilean", 1, "country"), m("Andean AI Office", 10, "organisation")];
  const reader: FoundRelation = {
    subjectId: 1,
    objectId: 10,
    role: "proposer",
    evidence: text,
    evidenceStart: 0,
    start: at("Chilean"),
    end: text.length - 1,
    confidence: 0.8,
    why: { matched: "proposed", form: "proposer", rule: "pattern" },
  };
  const kinds: Record<number, { kind: FoundMention["kind"]; subtype: string }> = {
    1: { kind: "country", subtype: "" },
    2: { kind: "country", subtype: "" },
    10: { kind: "organisation", subtype: "" },
  };
  const candidates = findRelationCandidates({ text, sentences: [{ text, start: 0, end: text.length }], mentions, events: [], relations: [reader], subtypeOf: (id) => kinds[id] });
  const office = candidates.filter((c) => c.subjectId === 1 && c.objectId === 10);

  it("gives the reading to the name it was read at, not to the one in the list", () => {
    expect(office).toHaveLength(2);
    const [listed, read] = [...office].sort((a, b) => a.start - b.start);
    expect(listed.features).toContain("rule:none");
    expect(read.features).toContain("rule:proposer");
  });
});

describe("'A, B and C, which make up <body>, …': the states listed before the clause are the body's members", () => {
  it("members of the body named right after 'which make up'", () => {
    expect(triples("The leaders of Chile and Peru, which make up the Andean Council, met in Lima.")).toEqual([
      ["CHL", "member", "andean-council"],
      ["PER", "member", "andean-council"],
    ]);
  });
  it("not what a list makes up that is no body, or a body named later in the sentence", () => {
    expect(triples("Chile and Peru, which made up the bulk of the funding, met in Lima.")).toEqual([]);
    expect(triples("Chile and Peru, which make up most of the funding, met the Andean Council in Lima.")).toEqual([]);
  });
});

describe("'<text> … at the proposal of A', 'at the initiative of A and B': who put the text forward", () => {
  it.each([
    ["The Andean Council adopted the Andean resolution on AI and labour at the initiative of Chile and Peru."],
    ["The Andean resolution on AI and labour passed at the proposal of Chile and Peru."],
  ])("%s", (body) => {
    expect(triples(body).filter((t) => t[1] === "proposer")).toEqual([
      ["CHL", "proposer", "andean-resolution"],
      ["PER", "proposer", "andean-resolution"],
    ]);
  });
  it("not a request, which proposes nothing", () => {
    expect(triples("The Andean resolution on AI and labour passed at the request of Chile and Peru.").filter((t) => t[1] === "proposer")).toEqual([]);
  });
});

describe("'A took a leading role in launching <process>': launching, said as a gerund after 'in' or 'by'", () => {
  it("founds the body the state launched", () => {
    expect(triples("Chile took a leading role in launching the Andean AI Office in 2023.")).toEqual([["CHL", "founder", "andean-ai-office"]]);
  });
  it("not a gerund in a list of acts whose subject is not named", () => {
    expect(triples("States should move swiftly in establishing the Andean Council and launching the Andean AI Office.")).toEqual([]);
  });
});

describe("'<body> met in Lima. Chile also serves as the chair for one year': the chair of the body just named", () => {
  it("a state serving as chair, with no body after the noun, chairs the body named before", () => {
    expect(triples("The Andean Council met in Lima in May. Chile also serves as the chair for one year.").filter((t) => t[1] === "chair")).toEqual([
      ["CHL", "chair", "andean-council"],
    ]);
  });
  it("not with no body named before, or a chair of something the sentence names", () => {
    expect(triples("Ministers met in Lima in May. Chile also serves as the chair for one year.")).toEqual([]);
    expect(triples("The Andean Council met in Lima in May. Chile also serves as the chair of its AI working group.").filter((t) => t[1] === "chair")).toEqual([]);
  });
});

describe("'A held the <named meeting>': hosting it", () => {
  it.each([["Chile held the Andean AI Summit in Santiago."], ["This year Chile has held the 2024 Andean AI Summit and two workshops."]])("%s", (body) => {
    expect(triples(body)).toEqual([["CHL", "host", "andean-ai-summit-2024"]]);
  });
  it("not talks held with a state, nor an office held", () => {
    expect(triples("Chile held talks with Peru at the Andean AI Summit.")).not.toContainEqual(["CHL", "host", "andean-ai-summit-2024"]);
    expect(triples("Chile held the presidency of the Andean Council.")).not.toContainEqual(["CHL", "host", "andean-council"]);
  });
});

describe("'A joined <body>'s <thing>': the body before 's owns what A joined", () => {
  it("the thing named right after the possessive is the object", () => {
    expect(triples("Chile joined the Andean Council's Andean AI Office last year.")).toEqual([["CHL", "member", "andean-ai-office"]]);
  });
  it("a body joined outright is the object", () => {
    expect(triples("Chile joined the Andean Council last year.")).toEqual([["CHL", "member", "andean-council"]]);
    expect(triples("Chile joined the Andean Council's ranks last year.")).toEqual([["CHL", "member", "andean-council"]]);
  });
});

describe("'invited countries to become signatories of X, including A and B': those invited have not acted", () => {
  it("reads nothing for the states named after the trigger when the clause before it invites or urges", () => {
    expect(triples("Chile has invited countries outside the region to become signatories of the Andean resolution on AI and labour, including Peru.")).toEqual([]);
  });
  it("still reads the signatories a clause names after the trigger", () => {
    expect(triples("The region welcomed new signatories of the Andean resolution on AI and labour, including Peru.")).toContainEqual(["PER", "signatory", "andean-resolution"]);
  });
});

describe("'<meeting>, held in <place> on <date> by A and B': the hosts", () => {
  it.each([
    ["The Andean AI Summit, held in Lima on 9-10 September by Chile and Peru, drew leaders from the region."],
    ["The Andean AI Summit was held on 9 September by Chile and Peru."],
  ])("%s", (body) => {
    expect(triples(body)).toEqual([
      ["CHL", "co-host", "andean-ai-summit-2024"],
      ["PER", "co-host", "andean-ai-summit-2024"],
    ]);
  });
  it("a summit held in high regard by a state is not hosted by it", () => {
    expect(triples("The Andean AI Summit, held in high regard by Chile and Peru, drew leaders.")).toEqual([]);
  });
});

describe("'promoted the adoption of <resolution>', 'pushed for <body> to adopt', '推动…通过…决议': the sponsor", () => {
  it.each([
    ["This year Chile promoted the adoption of the Andean resolution on AI and labour at the UN General Assembly."],
    ["This year Chile pushed for the UN General Assembly to adopt the Andean resolution on AI and labour."],
    ["今年以来，智利推动联合国大会协商一致通过安第斯人工智能与劳动决议。"],
  ])("%s", (body) => {
    expect(triples(body).filter(([, role]) => role === "sponsor")).toEqual([["CHL", "sponsor", "andean-resolution"]]);
  });
  it("pushing for something else, or promoting a resolution's aims, sponsors nothing", () => {
    expect(triples("Chile pushed for more funding, and the UN General Assembly adopted the Andean resolution on AI and labour.")).not.toContainEqual([
      "CHL",
      "sponsor",
      "andean-resolution",
    ]);
    expect(triples("Chile promoted the aims of the Andean resolution on AI and labour.")).toEqual([]);
  });
});

describe("'the <body> endorsed <text>': the body adopts it; a state that endorses it adopts nothing", () => {
  it.each([
    ["The UN General Assembly endorsed the Andean resolution on AI and labour on Thursday."],
    ["The Andean Council endorsed the Andean resolution on AI and labour in May."],
  ])("%s", (body) => {
    expect(triples(body).filter(([, role]) => role === "adopted-by")).toHaveLength(1);
  });
  it("a state endorsing is no adoption", () => {
    expect(triples("Chile endorsed the Andean resolution on AI and labour.").filter(([, role]) => role === "adopted-by")).toEqual([]);
  });
});

describe("'X promoted a resolution …, gaining the support of N countries, including A': the sponsor and a supporter", () => {
  it("reads both", () => {
    const body = "Earlier this year, Chile promoted a UN resolution, the Andean resolution on AI and labour, gaining the support of over 40 countries, including Peru.";
    expect(triples(body)).toEqual([
      ["CHL", "sponsor", "andean-resolution"],
      ["PER", "supporter", "andean-resolution"],
    ]);
  });
  it("promoting a resolution's aims is no sponsorship", () => {
    expect(triples("Chile promoted the aims of the Andean resolution on AI and labour.")).toEqual([]);
  });
});

describe("'<leader of A> arrived in B for the <event>': A takes part; B is where, not who", () => {
  it("reads the visitor's state as taking part, and nothing of the state arrived in", () => {
    expect(triples("The Prime Minister of Chile arrived in Peru on Monday for the Andean AI Summit being hosted there.", "2024-09-09")).toEqual([
      ["CHL", "participant", "andean-ai-summit-2024"],
    ]);
    expect(
      triples("Prime Minister of Chile, Juan Perez arrived in Peru on Thursday for the global Andean AI Summit being hosted here in the national capital.", "2024-09-09"),
    ).toEqual([["CHL", "participant", "andean-ai-summit-2024"]]);
  });
  it("arriving without an event to arrive for is nothing", () => {
    expect(triples("The Prime Minister of Chile arrived in Peru on Monday for talks.", "2024-09-09")).toEqual([]);
  });
});
