import { describe, expect, it } from "vitest";
import { buildGazetteer } from "./gazetteer";
import { linkArticle } from "./link-article";
import type { GazetteerEntry } from "./types";
import { entryBuilders, readTriples, testEntries } from "@/tests/helpers/test-gazetteer";

// Sentences written for these tests (not taken from the labelled fixtures): the forms a tenth round added, each
// with a case where the rule must not fire.
function entries(): GazetteerEntry[] {
  const all = testEntries();
  const { country, org } = entryBuilders({ firstId: 7100 });
  all.push(country("CHL", "Chile", "智利", ["Chilean"]), country("PER", "Peru", "秘鲁", ["Peruvian"]));
  all.push(org("andean-council", "Andean Council", "安第斯理事会"));
  all.push({ id: 7190, kind: "initiative", slug: "andean-ai-code", nameEn: "Andean Code of Conduct on AI", nameZh: null, date: "2023-10-30", aliases: [] });
  return all;
}
const gz = buildGazetteer({ entries: entries() });
const triples = readTriples({ gazetteer: gz });

describe("'Chile, the Andean Council Presidency, …', 'President Boric of Chile (Chair of the Andean Council)': the state holds the body's chair", () => {
  it.each([
    ["The minister thanked Chile, the Andean Council Presidency, for taking the work forward."],
    ["The minister thanked Chile, the current Andean Council chair, for its work."],
    ["The lead speaker, President Boric of Chile (Chair of the Andean Council), opened the session."],
    ["The lead speaker, Chile, chair of the Andean Council, opened the session."],
  ])("%s", (body) => {
    expect(triples(body)).toEqual([["CHL", "chair", "andean-council"]]);
  });
  it("not a state beside the body in a list, or one it only thanks", () => {
    expect(triples("The minister thanked Chile, the Andean Council and Peru for their work.")).toEqual([]);
    expect(triples("The minister thanked Chile, the Andean Council Secretariat and Peru for their work.")).toEqual([]);
  });
});

describe("'<body> includes A, B and C': the states a body is made of", () => {
  it.each([["The Andean Council includes Chile and Peru."], ["Founded last year, the Andean Council now includes Chile and Peru."]])("%s", (body) => {
    expect(triples(body)).toEqual([
      ["CHL", "member", "andean-council"],
      ["PER", "member", "andean-council"],
    ]);
  });
  it("not one state the body's work includes, or a list of something else", () => {
    expect(triples("The Andean Council includes Chile in its plans.")).toEqual([]);
    expect(triples("The Andean Council includes experts from Chile and Peru.")).toEqual([]);
  });
});

describe("'A joined <body> as a founding member': a founder as well as a member", () => {
  it.each([["Chile joined the Andean Council as a founding member."], ["Chile joined the Andean Council (AC) as one of its founding members in 2020."]])("%s", (body) => {
    expect(triples(body)).toEqual([
      ["CHL", "founder", "andean-council"],
      ["CHL", "member", "andean-council"],
    ]);
  });
  it("no founder: a state that joined later, or as something else", () => {
    const founders = (body: string) => triples(body).filter((t) => t[1] === "founder");
    expect(founders("Chile joined the Andean Council in 2022, after its founding members had met.")).toEqual([]);
    expect(founders("Chile joined the Andean Council as an observer, not as a founding member.")).toEqual([]);
  });
});

describe("'Its members also include A, B', 'Among its most important members are A, B': the body named just before", () => {
  it.each([
    ["The Andean Council was set up in 2020. Its members also include Chile and Peru."],
    ["The Andean Council was set up in 2020. Among its most important members are Chile and Peru."],
    ["The Andean Council was set up in 2020. Among the founding members were Chile and Peru."],
  ])("%s", (body) => {
    expect(triples(body).filter((t) => t[1] === "member")).toEqual([
      ["CHL", "member", "andean-council"],
      ["PER", "member", "andean-council"],
    ]);
  });
  it("not members that do something with the states named after them", () => {
    expect(triples("The Andean Council was set up in 2020. Its members are pleased with Chile and Peru.")).toEqual([]);
    expect(triples("The Andean Council was set up in 2020. Among the members were delegates who visited Chile and Peru.")).toEqual([]);
  });
});

describe("'From 11 – 14 August …, 200 leaders gathered at …': a gathering on those days is a dated event", () => {
  const dates = (body: string) => linkArticle({ body, publishedAt: "2025-11-27", language: "en", gazetteer: gz, model: null }).events.map((e) => e.date);
  it.each([
    ["From 11 – 14 August in Santiago, Chile, 200 leaders gathered at the inaugural Pacific Cyber Week to discuss AI governance."],
    ["From 11-14 August, ministers from Chile and Peru gathered in Lima to discuss AI governance."],
  ])("%s", (body) => {
    expect(dates(body)).toEqual(["2025-08-11"]);
  });
  it("not a figure gathered on a day", () => {
    expect(dates("Data gathered from 11-14 August show that AI use grew.")).toEqual([]);
  });
});

describe("'<body> reached agreement on <text>', '<body> gave the green light to <text>': the body adopted it", () => {
  it.each([
    ["On October 30, the Andean Council announced it had reached agreement on the Andean Code of Conduct on AI."],
    ["The Andean Council gave the green light to the Andean Code of Conduct on AI on Monday."],
  ])("%s", (body) => {
    expect(triples(body, "2023-11-01")).toEqual([["andean-ai-code", "adopted-by", "andean-council"]]);
  });
  it("not a body that has yet to agree, or a light of another colour", () => {
    expect(triples("The Andean Council has not reached agreement on the Andean Code of Conduct on AI.", "2023-11-01")).toEqual([]);
    expect(triples("The Andean Council gave a red light to the Andean Code of Conduct on AI.", "2023-11-01")).toEqual([]);
  });
});
