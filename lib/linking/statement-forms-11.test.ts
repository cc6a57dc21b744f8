import { describe, expect, it } from "vitest";
import { buildGazetteer } from "./gazetteer";
import type { GazetteerEntry } from "./types";
import { entryBuilders, readTriples, testEntries } from "@/tests/helpers/test-gazetteer";

// Texts written for these tests (not taken from the labelled fixtures): a state's or a body's official who speaks
// at a meeting named in the same clause, with the title and name between; states that penned a declaration; a list of
// a body's members that goes on from the sentence before; a year before a body's presidency; a resolution named by who
// led it; and cases where the rules must not fire.
function entries(): GazetteerEntry[] {
  const all = testEntries();
  const { country, org, nextId } = entryBuilders({ firstId: 7800 });
  all.push(country("PER", "Peru", "秘鲁", ["Peruvian"]), country("URY", "Uruguay", "乌拉圭"), country("CHL", "Chile", "智利"));
  all.push(org("pacific-bloc", "Pacific Bloc", "太平洋集团"));
  all.push({ id: nextId(), kind: "resolution", slug: "andean-ai-resolution", nameEn: "Andean resolution on AI", nameZh: "安第斯人工智能决议", date: "2024-01-09", aliases: [] });
  all.push({ id: nextId(), kind: "initiative", slug: "andean-ai-declaration", nameEn: "Andean AI Declaration", nameZh: null, date: "2024-01-09", aliases: [] });
  all.push({ id: nextId(), kind: "event", slug: "andean-ai-summit-2024", nameEn: "Andean AI Summit", nameZh: "安第斯人工智能峰会", date: "2024-09-09", aliases: [] });
  return all;
}
const gz = buildGazetteer({ entries: entries() });
const triples = readTriples({ gazetteer: gz });

describe("a body's official who speaks at a meeting named in the clause", () => {
  it("在 the meeting 上宣布 after the body and its official", () => {
    expect(triples("太平洋集团主席张伟在安第斯人工智能峰会上宣布，集团将投资人工智能。")).toEqual([["pacific-bloc", "participant", "andean-ai-summit-2024"]]);
  });
  it("not the body a state's delegate is sent to, nor a body before a state", () => {
    expect(triples("秘鲁常驻太平洋集团代表李明6日在安第斯人工智能峰会上表示，秘鲁支持合作。")).toEqual([["PER", "participant", "andean-ai-summit-2024"]]);
    expect(triples("太平洋集团9月9日电 乌拉圭外长在安第斯人工智能峰会上发言。")).toEqual([["URY", "participant", "andean-ai-summit-2024"]]);
  });
});

describe("a setting at the meeting, then the official's title and name before the verb", () => {
  it("在 the meeting 上，the body's or state's title and name (with the name in brackets), then 宣布 or 表示", () => {
    expect(triples("在利马举行的安第斯人工智能峰会上，太平洋集团主席安娜·罗哈斯（Ana Rojas）宣布了新计划。")).toEqual([["pacific-bloc", "participant", "andean-ai-summit-2024"]]);
    expect(triples("在安第斯人工智能峰会上，秘鲁总理罗哈斯表示将加强合作。")).toEqual([["PER", "participant", "andean-ai-summit-2024"]]);
  });
  it("nothing when no verb of speaking or acting follows the name", () => {
    expect(triples("在安第斯人工智能峰会上，秘鲁总理罗哈斯的缺席引人注目。")).toEqual([]);
  });
});

describe("an official, then the meeting set off by commas, then the verb", () => {
  it("'Peruvian Premier Ana Rojas, at the Andean AI Summit in Lima, reiterated …'", () => {
    expect(triples("Peruvian Premier Ana Rojas, at the Andean AI Summit in Lima, reiterated the need for common rules.")).toEqual([
      ["PER", "participant", "andean-ai-summit-2024"],
    ]);
    expect(triples("The Pacific Bloc, during the Andean AI Summit, unveiled a fund for research.")).toEqual([["pacific-bloc", "participant", "andean-ai-summit-2024"]]);
  });
  it("nothing for a remark about the meeting made elsewhere, or no verb of speaking", () => {
    expect(triples("Peru's minister, back home after the Andean AI Summit, said little had changed.")).toEqual([]);
    expect(triples("Peru's minister, at the Andean AI Summit, was seen only briefly.")).toEqual([]);
  });
});

describe("penning a declaration is signing it", () => {
  it("'governments including Peru and Uruguay penned the so-called Andean AI Declaration'", () => {
    expect(triples("Twelve governments including Peru and Uruguay penned the so-called Andean AI Declaration on Wednesday.")).toEqual([
      ["PER", "signatory", "andean-ai-declaration"],
      ["URY", "signatory", "andean-ai-declaration"],
    ]);
  });
  it("nothing for an article penned about it", () => {
    expect(triples("A Peruvian minister penned an op-ed criticising the Andean AI Declaration.")).toEqual([]);
  });
});

describe("a list of a body's members that goes on from the sentence before", () => {
  it("'Peru has become a founding member of the Pacific Bloc. The 12 founding members include …' lists its founders", () => {
    const body = "Peru has become a founding member of the Pacific Bloc, the ministry said. The 12 founding members include Uruguay and Chile.";
    const found = triples(body);
    expect(found).toContainEqual(["URY", "founder", "pacific-bloc"]);
    expect(found).toContainEqual(["CHL", "founder", "pacific-bloc"]);
    expect(found).not.toContainEqual(["URY", "member", "pacific-bloc"]);
  });
  it("'The members are …' after a state that joined goes on with its members", () => {
    expect(triples("Peru joined the Pacific Bloc as a member in May. The members are Uruguay and Chile.")).toEqual([
      ["CHL", "member", "pacific-bloc"],
      ["PER", "member", "pacific-bloc"],
      ["URY", "member", "pacific-bloc"],
    ]);
  });
  it("nothing when the sentence before stated no membership", () => {
    expect(triples("Peru attended the Andean AI Summit in Lima. The members include Uruguay and Chile.")).toEqual([["PER", "participant", "andean-ai-summit-2024"]]);
  });
});

describe("a state that holds a body's presidency of a given year", () => {
  it("'Peru, which holds the 2025 Pacific Bloc Presidency, …' chairs the body", () => {
    expect(triples("Peru, which holds the 2025 Pacific Bloc Presidency, has championed an agenda on AI.")).toEqual([["PER", "chair", "pacific-bloc"]]);
  });
});

describe("a state that praised or reiterated something at a meeting named in its clause", () => {
  it("'Uruguay's AI Council Deputy Chair praised Peru's progress at the Andean AI Summit'", () => {
    expect(triples("Uruguay's AI Council Deputy Chair praised Peru's progress at the Andean AI Summit in Lima.")).toEqual([["URY", "participant", "andean-ai-summit-2024"]]);
  });
  it("nothing for praise of the meeting given elsewhere", () => {
    expect(triples("Uruguay's minister praised the outcome of the Andean AI Summit in a radio interview.")).toEqual([]);
  });
});

describe("a resolution named by the state that led it (领导的决议)", () => {
  it("'秘鲁支持乌拉圭领导的决议' : Uruguay sponsored it, Peru supported it", () => {
    expect(triples("3月，秘鲁支持乌拉圭领导的决议《安第斯人工智能决议》。")).toEqual([
      ["PER", "supporter", "andean-ai-resolution"],
      ["URY", "sponsor", "andean-ai-resolution"],
    ]);
  });
  it("not a state's leader (领导人) who spoke of it", () => {
    expect(triples("乌拉圭领导人的讲话提到了《安第斯人工智能决议》。")).toEqual([]);
  });
});
