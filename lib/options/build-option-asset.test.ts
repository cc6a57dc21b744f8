import { describe, expect, it } from "vitest";
import { matchComboboxOptions } from "@/lib/i18n/match-combobox-options";
import { buildOptionAsset, codeFieldOf } from "./build-option-asset";

const zambia = { key: "ZMB", nameEn: "Zambia", nameZh: "赞比亚", symbol: null, aliases: ["Republic of Zambia"] };
const uk = { key: "GBR", nameEn: "United Kingdom", nameZh: "英国", symbol: null, aliases: ["UK"] };

describe("buildOptionAsset", () => {
  it("labels choices in the page's language with the other language beside them", () => {
    const [en] = buildOptionAsset({ entities: [zambia], kind: "country", locale: "en" });
    expect(en).toMatchObject({ value: "ZMB", label: "Zambia", other: "赞比亚", code: "ZMB" });
    const [zh] = buildOptionAsset({ entities: [zambia], kind: "country", locale: "zh" });
    expect(zh).toMatchObject({ value: "ZMB", label: "赞比亚", other: "Zambia" });
  });

  it("finds a country by English or Chinese prefix, code and alias, in either language", () => {
    for (const locale of ["en", "zh"] as const) {
      const options = buildOptionAsset({ entities: [uk, zambia], kind: "country", locale });
      for (const query of ["Zam", "赞比", "ZMB", "republic of"]) expect(matchComboboxOptions({ options, query })[0]?.value).toBe("ZMB");
      expect(matchComboboxOptions({ options, query: "UK" })[0]?.value).toBe("GBR");
    }
  });

  it("shows a resolution's symbol as its code and none for organisations", () => {
    expect(codeFieldOf({ kind: "resolution" })).toBe("symbol");
    expect(codeFieldOf({ kind: "organisation" })).toBe("none");
    const [r] = buildOptionAsset({ entities: [{ key: "a-res-78-311", nameEn: "Capacity", nameZh: null, symbol: "A/RES/78/311", aliases: [] }], kind: "resolution", locale: "en" });
    expect(r.code).toBe("A/RES/78/311");
    expect(matchComboboxOptions({ options: [r], query: "78/311" })).toHaveLength(1);
  });
});
