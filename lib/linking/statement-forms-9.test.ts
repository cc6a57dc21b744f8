import { describe, expect, it } from "vitest";
import { buildGazetteer } from "./gazetteer";
import type { GazetteerEntry } from "./types";
import { entryBuilders, readTriples, testEntries } from "@/tests/helpers/test-gazetteer";

// Texts written for these tests (not taken from the labelled fixtures): lists set out one name a line under a
// heading that states the role, and a sentence that goes on with a list by naming the role, each with cases where
// the rule must not fire.
function entries(): GazetteerEntry[] {
  const all = testEntries();
  const { country, org, nextId } = entryBuilders({ firstId: 7400 });
  all.push(country("CHL", "Chile", "智利"), country("PER", "Peru", "秘鲁"), country("URY", "Uruguay", "乌拉圭"));
  all.push(org("andean-council", "Andean Council", "安第斯理事会"), org("lima-labs", "Lima Labs", "利马实验室"), org("quipu-ai", "Quipu AI", "奇普人工智能"));
  all.push({ id: nextId(), kind: "initiative", slug: "andean-ai-pledge", nameEn: "Andean AI Pledge", nameZh: "安第斯人工智能承诺", date: "2024-05-01", aliases: [] });
  all.push({ id: nextId(), kind: "event", slug: "andean-ai-summit-2024", nameEn: "Andean AI Summit", nameZh: null, date: "2024-09-09", aliases: [] });
  return all;
}
const gz = buildGazetteer({ entries: entries() });
const triples = readTriples({ gazetteer: gz });

describe("a heading that states the role, and the names listed one a line beneath it", () => {
  it("signatories listed under a heading, the text named in the sentences before", () => {
    const body =
      "The companies are signatories of the Andean AI Pledge. It was unveiled in Lima.\n\nThe full list of signatories is:\n\n• Lima Labs\n\n• Quipu AI\n\nThe pledge asks them to test their models.";
    expect(triples(body)).toEqual([
      ["lima-labs", "signatory", "andean-ai-pledge"],
      ["quipu-ai", "signatory", "andean-ai-pledge"],
    ]);
  });
  it("members of the body the heading names; a list of names on one line; a note after a name", () => {
    const body = "The Andean Council comprises the following member states, listed in alphabetical order:\n- Chile (chair)\n- Peru, Uruguay\nThe council meets once a year.";
    expect(triples(body)).toEqual([
      ["CHL", "chair", "andean-council"],
      ["CHL", "member", "andean-council"],
      ["PER", "member", "andean-council"],
      ["URY", "member", "andean-council"],
    ]);
  });
  it("participants of the meeting the heading names, and the list ends at the first line that is no item", () => {
    const body =
      "Countries that attended the Andean AI Summit:\n1. Chile\n2. Peru\nThe summit closed with a dinner in the old town, which experts from many places attended.\n3. Uruguay";
    expect(triples(body)).toEqual([
      ["CHL", "participant", "andean-ai-summit-2024"],
      ["PER", "participant", "andean-ai-summit-2024"],
    ]);
  });
  it("a heading in brackets on a line of its own, and a note in brackets that gives a listed name a role of its own", () => {
    const body = "Participating countries\n\n[Andean Council member countries]\nthe United States, Peru (presidency), Uruguay\n\n[Invited countries]\nBelarus, Sudan";
    expect(triples(body)).toEqual([
      ["PER", "chair", "andean-council"],
      ["PER", "member", "andean-council"],
      ["URY", "member", "andean-council"],
      ["USA", "member", "andean-council"],
    ]);
  });
  it("'[Andean Council countries and regions]': a body's countries, the body named in the heading itself", () => {
    expect(triples("The ministers met online.\n\n[Andean Council countries and regions]\nChile, Peru (Chair), Uruguay")).toEqual([
      ["CHL", "member", "andean-council"],
      ["PER", "chair", "andean-council"],
      ["PER", "member", "andean-council"],
      ["URY", "member", "andean-council"],
    ]);
    // (countries under a heading that names no body are not the members of one named before)
    expect(triples("The Andean Council met online.\n\n[Countries and regions]\nChile, Peru, Uruguay")).toEqual([]);
  });
  it("nothing under a heading that states no role, a refusal or a hope, or that leaves the object open", () => {
    expect(triples("The Andean AI Pledge covers these countries:\n• Chile\n• Peru")).toEqual([]);
    expect(triples("States that have not signed the Andean AI Pledge:\n• Chile\n• Peru")).toEqual([]);
    expect(triples("States expected to sign the Andean AI Pledge:\n• Chile\n• Peru")).toEqual([]);
    expect(triples("The Andean Council and the Andean AI Pledge were discussed. Signatories:\n• Chile\n• Peru")).toEqual([]);
    // (an item that is a sentence about a state is not a list of names)
    expect(triples("Signatories of the Andean AI Pledge:\n• Chile, whose minister spoke first, warned that the pledge was only the first step of many.")).toEqual([]);
  });
});

describe("'Other initial members include …': a sentence going on with a list names the role it goes on with", () => {
  it("the role named, when the sentence before stated two of the same object", () => {
    const body = "Chile will serve as the inaugural chair and a member of the Andean Council. Other initial members include Peru and Uruguay.";
    expect(triples(body)).toEqual([
      ["CHL", "chair", "andean-council"],
      ["CHL", "member", "andean-council"],
      ["PER", "member", "andean-council"],
      ["URY", "member", "andean-council"],
    ]);
  });
  it("no role taken when the sentence before stated no role of that name", () => {
    const body = "Chile will serve as the inaugural chair of the Andean Council. Other initial members include Peru and Uruguay.";
    expect(triples(body)).toEqual([["CHL", "chair", "andean-council"]]);
  });
});

describe("'A and B have announced the creation of <body>': announcing a body's creation founds it", () => {
  it.each([
    ["Chile, Peru and Uruguay have announced the creation of the Andean Council."],
    ["Chile, Peru and Uruguay announced the establishment of the Andean Council on Monday."],
  ])("%s", (body) => {
    expect(triples(body)).toEqual([
      ["CHL", "co-founder", "andean-council"],
      ["PER", "co-founder", "andean-council"],
      ["URY", "co-founder", "andean-council"],
    ]);
  });
  it("not an announcement about a body already there", () => {
    expect(triples("Chile announced the creation of a fund within the Andean Council.")).toEqual([]);
  });
});

describe("'the US, UK, UE, Australia …': an item the atlas does not know, written as a name, does not break a list", () => {
  it("the names on both sides of a misspelt one take the role", () => {
    expect(triples("Countries like Peru, Boliva, Uruguay and the United States have also joined the Andean Council.")).toEqual([
      ["PER", "member", "andean-council"],
      ["URY", "member", "andean-council"],
      ["USA", "member", "andean-council"],
    ]);
  });
  it("words that are no name still break it", () => {
    expect(triples("Peru, the biggest spender in the region this year, warned that Uruguay and Chile have joined the Andean Council.")).toEqual([
      ["CHL", "member", "andean-council"],
      ["URY", "member", "andean-council"],
    ]);
  });
});

describe("'A and B formally added their names to <text>': putting one's name to a text is signing it", () => {
  it("signatories", () => {
    expect(triples("Chile and Peru formally added their names to the Andean AI Pledge.")).toEqual([
      ["CHL", "signatory", "andean-ai-pledge"],
      ["PER", "signatory", "andean-ai-pledge"],
    ]);
  });
  it("not a name added to something else", () => {
    expect(triples("Chile added their names to a list of speakers at the Andean AI Summit.")).toEqual([]);
  });
});

describe("'Saudi Arabia (Presidency)': a role noted in brackets after a name read as a member or participant", () => {
  it("chair of the body it is a member of, host of the meeting it takes part in", () => {
    expect(triples("The Andean Council comprises Chile, Peru (Presidency) and Uruguay.")).toEqual([
      ["CHL", "member", "andean-council"],
      ["PER", "chair", "andean-council"],
      ["PER", "member", "andean-council"],
      ["URY", "member", "andean-council"],
    ]);
    expect(triples("Chile (host), Peru and Uruguay attended the Andean AI Summit.")).toEqual([
      ["CHL", "host", "andean-ai-summit-2024"],
      ["CHL", "participant", "andean-ai-summit-2024"],
      ["PER", "participant", "andean-ai-summit-2024"],
      ["URY", "participant", "andean-ai-summit-2024"],
    ]);
  });
  it("no role from another note, or from a note the name does not carry", () => {
    expect(triples("The Andean Council comprises Chile, Peru (since 2019) and Uruguay.")).toEqual([
      ["CHL", "member", "andean-council"],
      ["PER", "member", "andean-council"],
      ["URY", "member", "andean-council"],
    ]);
  });
});

describe("'the leaders of G7 (US, Germany, … and the EU)': a body's members listed in brackets after its name", () => {
  it("three names or more in the brackets, a body among them", () => {
    expect(triples("In a joint statement, the leaders of the Andean Council (Chile, Peru, Uruguay and Lima Labs) agreed to work together.")).toEqual([
      ["CHL", "member", "andean-council"],
      ["PER", "member", "andean-council"],
      ["URY", "member", "andean-council"],
      ["lima-labs", "member", "andean-council"],
    ]);
  });
  it("not one or two names, which may say where or who spoke", () => {
    expect(triples("The Andean Council (Chile) met on Monday.")).toEqual([]);
    expect(triples("The Andean Council (Chile and Peru) met on Monday.")).toEqual([]);
  });
});

describe("'金砖国家——巴西、俄罗斯…': a body's members listed after a dash", () => {
  it("three states or more after the dash", () => {
    expect(triples("安第斯理事会——智利、秘鲁和乌拉圭,正携手探索人工智能合作。")).toEqual([
      ["CHL", "member", "andean-council"],
      ["PER", "member", "andean-council"],
      ["URY", "member", "andean-council"],
    ]);
    expect(triples("The Andean Council — Chile, Peru and Uruguay — agreed to work together.")).toEqual([
      ["CHL", "member", "andean-council"],
      ["PER", "member", "andean-council"],
      ["URY", "member", "andean-council"],
    ]);
  });
  it("not one or two states, which may say where or who spoke", () => {
    expect(triples("安第斯理事会——智利和秘鲁代表发言。")).toEqual([]);
  });
});

describe("'BRICS members, Brazil, Russia …': a body's members listed after a comma", () => {
  it("three states or more; not two joined by ', and', which are the next items of a longer list", () => {
    expect(triples("The pact is open to the states that negotiated it, including Andean Council members, Chile, and Peru.")).toEqual([]);
    expect(triples("The pact was negotiated by Andean Council members, Chile, Peru and Uruguay.")).toEqual([
      ["CHL", "member", "andean-council"],
      ["PER", "member", "andean-council"],
      ["URY", "member", "andean-council"],
    ]);
  });
});
