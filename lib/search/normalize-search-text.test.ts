import { describe, expect, it } from "vitest";
import { normalizeSearchText, searchTextVariants, withSimplifiedForms } from "./normalize-search-text";

describe("normalizeSearchText", () => {
  it("maps traditional Chinese, including Taiwan phrasing, to simplified", () => {
    expect(normalizeSearchText({ text: "全球人工智慧治理倡議" })).toBe("全球人工智能治理倡议");
    expect(normalizeSearchText({ text: "之友小組" })).toBe("之友小组");
  });

  it("leaves simplified and Latin text alone apart from width and spaces", () => {
    expect(normalizeSearchText({ text: "  全球人工智能治理倡议 " })).toBe("全球人工智能治理倡议");
    expect(normalizeSearchText({ text: "ＧＡＩＧＩ   78/311" })).toBe("GAIGI 78/311");
    expect(normalizeSearchText({ text: "Global AI Governance" })).toBe("Global AI Governance");
  });
});

describe("format and control characters", () => {
  it("are removed from queries and indexed text (zero-width, direction marks, soft hyphen, BOM, NUL)", () => {
    expect(normalizeSearchText({ text: "Zam\u200bbia\u0000 \u202eAI\u202c\u00ad" })).toBe("Zambia AI");
    expect(normalizeSearchText({ text: "全球\u200d人工智慧\ufeff" })).toBe("全球人工智能");
    expect(searchTextVariants({ text: "\u200f赞比亚\u0000" })).toEqual(["赞比亚", "贊比亞", "尚比亞"]);
  });
});

describe("searchTextVariants", () => {
  it("gives typed, simplified and traditional forms for Chinese", () => {
    expect(searchTextVariants({ text: "倡議" })).toEqual(["倡議", "倡议"]);
    expect(searchTextVariants({ text: "赞比亚" })).toEqual(["赞比亚", "贊比亞", "尚比亞"]);
    expect(searchTextVariants({ text: "Zambia" })).toEqual(["Zambia"]);
  });
});

describe("withSimplifiedForms", () => {
  it("keeps originals and adds simplified forms once", () => {
    expect(withSimplifiedForms({ values: ["人工智慧", null, "AI", "人工智能"] })).toEqual(["人工智慧", "人工智能", "AI"]);
  });
});
