import { describe, expect, it } from "vitest";
import { buildGazetteer } from "./gazetteer";
import { saysRefusal } from "./relation-patterns";
import type { GazetteerEntry } from "./types";
import { entryBuilders, readTriples, testEntries } from "@/tests/helpers/test-gazetteer";

// Texts written for these tests (not taken from the labelled fixtures): a body put forward in the passive; a state
// that chaired one session of a meeting; states said to be absent.
function entries(): GazetteerEntry[] {
  const all = testEntries();
  const { country, org, nextId } = entryBuilders({ firstId: 7900 });
  all.push(country("PER", "Peru", "秘鲁"), country("CHL", "Chile", "智利"), country("URY", "Uruguay", "乌拉圭"));
  all.push(org("pacific-data-partnership", "Pacific Data Partnership", "太平洋数据伙伴关系", ["PDP"]));
  all.push({ id: nextId(), kind: "event", slug: "andean-ai-summit-2024", nameEn: "Andean AI Summit", nameZh: "安第斯人工智能峰会", date: "2024-09-09", aliases: [] });
  return all;
}
const gz = buildGazetteer({ entries: entries() });
const triples = readTriples({ gazetteer: gz });

describe("a body put forward in the passive", () => {
  it("'X was (first) proposed by A and B': they proposed the body", () => {
    expect(triples("The PDP partnership was first proposed by Peru and Chile at a ministerial meeting in 2022.")).toEqual([
      ["CHL", "proposer", "pacific-data-partnership"],
      ["PER", "proposer", "pacific-data-partnership"],
    ]);
    expect(triples("The Pacific Data Partnership, originally proposed by Peru, now has nine members.")).toEqual([["PER", "proposer", "pacific-data-partnership"]]);
  });
  it("not something else put forward at the body", () => {
    expect(triples("At the Pacific Data Partnership, new projects were proposed by Peru.")).toEqual([]);
  });
});

describe("a state that chaired one session of a meeting", () => {
  it("took part in the meeting, not chaired it", () => {
    expect(triples("Peru chaired a session at the Andean AI Summit.")).toEqual([["PER", "participant", "andean-ai-summit-2024"]]);
    expect(triples("Chile chaired a ministerial roundtable during the Andean AI Summit.")).toEqual([["CHL", "participant", "andean-ai-summit-2024"]]);
  });
  it("chairing the meeting itself is still chairing it", () => {
    expect(triples("Peru chaired the Andean AI Summit.")).toEqual([["PER", "chair", "andean-ai-summit-2024"]]);
  });
});

describe("states said to be absent", () => {
  it("'were absent' refuses what is reported", () => {
    expect(saysRefusal("other key players like Uruguay and Chile were absent altogether")).toBe(true);
  });
  it("but not 'absent from the list of supporters' (of those who took part)", () => {
    expect(saysRefusal("Chile was notably absent from the list of supporters")).toBe(false);
  });
});

describe("'these countries' opening a sentence: the one list of states the sentence before names", () => {
  it("'All these countries attended …' after a list of states", () => {
    expect(
      triples(
        "The declaration was signed by 12 countries, including Peru, Chile, six Caribbean states, Uruguay and China. All these countries reportedly attended the Andean AI Summit.",
      ).filter(([, role]) => role === "participant"),
    ).toEqual([
      ["CHL", "participant", "andean-ai-summit-2024"],
      ["CHN", "participant", "andean-ai-summit-2024"],
      ["PER", "participant", "andean-ai-summit-2024"],
      ["URY", "participant", "andean-ai-summit-2024"],
    ]);
  });
  it("nothing when the sentence before names no list, or two lists as long", () => {
    expect(triples("Peru hosted talks. These countries attended the Andean AI Summit.")).toEqual([]);
    expect(triples("Peru and Chile met, while Uruguay and China stayed home. These countries attended the Andean AI Summit.")).toEqual([]);
  });
});
