import { describe, expect, it } from "vitest";
import { countryFlag } from "./country-flag";

describe("country flags from ISO2 codes", () => {
  it("builds the regional-indicator pair", () => {
    expect(countryFlag({ iso2: "ZM" })).toBe("\u{1F1FF}\u{1F1F2}");
    expect(countryFlag({ iso2: "cn" })).toBe("🇨🇳");
  });
  it("gives nothing for missing or malformed codes", () => {
    expect(countryFlag({ iso2: null })).toBe("");
    expect(countryFlag({ iso2: "ZMB" })).toBe("");
    expect(countryFlag({ iso2: "1A" })).toBe("");
  });
});
