import { describe, expect, it } from "vitest";
import { buildVoteMap, VOTE_COLOURS } from "./vote-map";

describe("buildVoteMap", () => {
  it("colours each country by its vote and labels it for the tooltip and screen readers", () => {
    const { countries, legend } = buildVoteMap({
      byCountry: [
        { iso3: "CHN", nameEn: "China", vote: "abstain" },
        { iso3: "RUS", nameEn: "Russia", vote: "no" },
        { iso3: "ZMB", nameEn: "Zambia", vote: "yes" },
      ],
    });
    expect(countries.get("CHN")).toEqual({ iso3: "CHN", label: "China: Abstained", fill: VOTE_COLOURS.abstain, highlighted: true });
    expect(countries.get("RUS")?.fill).toBe(VOTE_COLOURS.no);
    expect(countries.has("USA")).toBe(false);
    expect(legend.map((l) => l.key)).toEqual(["yes", "no", "abstain", "non-voting", "none"]);
  });
});
