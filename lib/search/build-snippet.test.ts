import { describe, expect, it } from "vitest";
import { buildSnippet, leadSnippet, markMatches, snippetTerms, termsPattern } from "./build-snippet";

const S = "\uE000";
const E = "\uE001";

describe("snippetTerms", () => {
  it("finds Chinese words inside a run, in simplified and traditional form", () => {
    const terms = snippetTerms({ q: "人工智慧治理倡議" });
    expect(terms[0]).toBe("人工智能治理倡议");
    expect(terms).toEqual(expect.arrayContaining(["治理", "倡议", "倡議"]));
  });

  it("adds synonyms and lower-cases Latin words", () => {
    expect(snippetTerms({ q: "AI Safety", synonyms: { ai: ["人工智能", "artificial intelligence"] } })).toEqual(
      expect.arrayContaining(["ai", "safety", "ai safety", "人工智能", "artificial intelligence"]),
    );
    expect(snippetTerms({ q: "  " })).toEqual([]);
  });
});

describe("buildSnippet", () => {
  it("cuts a window around the first match and marks every match in it, merging neighbours", () => {
    const text = "前言。".repeat(30) + "中国和赞比亚共同举办人工智能能力建设国际合作之友小组会议。" + "后记。".repeat(40);
    const snippet = buildSnippet({ text, pattern: termsPattern(snippetTerms({ q: "之友小组" })), language: "zh" })!;
    expect(snippet.startsWith("…")).toBe(true);
    expect(snippet.endsWith("…")).toBe(true);
    expect(snippet).toContain(`${S}之友小组${E}`);
    expect(snippet.length).toBeLessThan(120);
  });

  it("keeps whole English words and is case-insensitive", () => {
    const text = "Lorem ipsum dolor sit amet. ".repeat(10) + "The Global AI Governance Initiative was announced in Beijing. " + "Filler words here. ".repeat(20);
    const snippet = buildSnippet({ text, pattern: termsPattern(snippetTerms({ q: "governance initiative" })), language: "en" })!;
    expect(snippet).toContain(`${S}Governance Initiative${E}`);
    expect(snippet).toMatch(/^… ?\S/);
    expect(snippet).not.toMatch(/…[a-z]{1,3} /);
  });

  it("returns null without a match; the lead is a short prefix", () => {
    expect(buildSnippet({ text: "nothing here", pattern: termsPattern(["zambia"]), language: "en" })).toBeNull();
    expect(buildSnippet({ text: "x", pattern: null, language: "en" })).toBeNull();
    expect(leadSnippet({ text: "a\n\nb ".repeat(100), length: 10 })).toBe("a b a b a …");
  });
});

describe("markMatches", () => {
  it("marks traditional input in simplified names, or says there was nothing", () => {
    const pattern = termsPattern(snippetTerms({ q: "之友小組" }));
    expect(markMatches({ text: "人工智能能力建设国际合作之友小组", pattern })).toBe(`人工智能能力建设国际合作${S}之友小组${E}`);
    expect(markMatches({ text: "Zambia", pattern })).toBeUndefined();
  });
});
