import { describe, expect, it } from "vitest";
import { statesAnyFact, statesNewFacts } from "./states-new-facts";

const opening = {
  subjectId: 1,
  role: "signatory" as const,
  objectId: 9,
  evidence: "The Framework Convention was signed by Andorra, Georgia, Iceland and Norway.",
};

describe("statesNewFacts", () => {
  it("is false when the candidate states only what the original states", () => {
    expect(statesNewFacts({ original: [opening], candidate: [opening] })).toBe(false);
  });

  it("is true for a new participation fact in a full sentence", () => {
    const canada = {
      subjectId: 2,
      role: "signatory" as const,
      objectId: 9,
      evidence: "Canada and Japan have signed the Council of Europe Framework Convention on Artificial Intelligence.",
    };
    expect(statesNewFacts({ original: [opening], candidate: [opening, canada] })).toBe(true);
  });

  it("is true for a Chinese sentence", () => {
    const zh = { subjectId: 3, role: "co-chair" as const, objectId: 7, evidence: "中方和赞比亚共同主持人工智能能力建设之友小组会议。" };
    expect(statesNewFacts({ original: [], candidate: [zh] })).toBe(true);
  });

  it("ignores headlines in page furniture (no full stop)", () => {
    const headlines = [
      { subjectId: 4, role: "sponsor" as const, objectId: 8, evidence: "UN General Assembly adopts China-led AI capacity-building resolution" },
      { subjectId: 4, role: "proposer" as const, objectId: 6, evidence: "中方提出《全球人工智能治理倡议》" },
    ];
    expect(statesNewFacts({ original: [opening], candidate: [opening, ...headlines] })).toBe(false);
  });

  it("ignores a short credit line", () => {
    const credit = { subjectId: 5, role: "participant" as const, objectId: 9, evidence: "First carried by Xinhua." };
    expect(statesNewFacts({ original: [], candidate: [credit] })).toBe(false);
  });
  it("needs a full sentence in the candidate: without one nothing is new, whatever the original says", () => {
    const headline = { ...opening, objectId: 10, evidence: "Canada and Japan sign AI convention" };
    expect(statesAnyFact({ candidate: [headline] })).toBe(false);
    expect(statesNewFacts({ original: [], candidate: [headline] })).toBe(false);
    expect(statesAnyFact({ candidate: [headline, opening] })).toBe(true);
  });
});
