import { describe, expect, it } from "vitest";
import { resolveCountryNames, splitCountryTerms } from "./resolve-country-names";

const countries = [
  { iso3: "CHN", iso2: "CN", nameEn: "China", nameZh: "中国", aliases: ["People's Republic of China"] },
  { iso3: "ZMB", iso2: "ZM", nameEn: "Zambia", nameZh: "赞比亚", nameZhTraditional: "尚比亞", aliases: [] },
  { iso3: "GBR", iso2: "GB", nameEn: "United Kingdom", nameZh: "英国", aliases: ["UK"] },
  { iso3: "USA", iso2: "US", nameEn: "United States of America", nameZh: "美国", aliases: ["United States", "USA"] },
];

describe("resolveCountryNames", () => {
  it("reads codes, English and Chinese names and aliases, in the order asked", () => {
    const terms = splitCountryTerms("China, UK、赞比亚，usa");
    expect(resolveCountryNames({ terms, countries })).toEqual({ codes: ["CHN", "GBR", "ZMB", "USA"], unknown: [], ambiguous: [] });
  });

  it("reads traditional names and unique prefixes", () => {
    expect(resolveCountryNames({ terms: ["尚比亞", "Zamb"], countries }).codes).toEqual(["ZMB"]);
  });

  it("reports what it cannot read and what could be several countries", () => {
    const result = resolveCountryNames({ terms: ["Atlantis", "United"], countries });
    expect(result.codes).toEqual([]);
    expect(result.unknown).toEqual(["Atlantis"]);
    expect(result.ambiguous).toEqual([{ term: "United", codes: ["GBR", "USA"] }]);
  });
});
