import { describe, expect, it } from "vitest";
import { classifySource, isAuthoritative } from "./classify-source";

describe("classifySource", () => {
  it("classes UN documents, treaty offices and instrument hosts as primary, subdomains included", () => {
    expect(classifySource({ url: "https://undocs.org/A/RES/78/311" })).toBe("primary");
    expect(classifySource({ url: "https://news.un.org/en/story/2024/07/1151716" })).toBe("primary");
    expect(classifySource({ url: "https://www.coe.int/en/web/artificial-intelligence" })).toBe("primary");
    expect(classifySource({ url: "https://legalinstruments.oecd.org/en/instruments/OECD-LEGAL-0449" })).toBe("primary");
  });

  it("classes governments as official, by list and by government host pattern", () => {
    expect(classifySource({ url: "https://www.gov.uk/government/publications/x" })).toBe("official");
    expect(classifySource({ url: "https://www.fmprc.gov.cn/mfa_eng/" })).toBe("official");
    expect(classifySource({ url: "https://www.mofa.go.jp/files/100573473.pdf" })).toBe("official");
    expect(classifySource({ url: "https://www.industry.gov.au/news" })).toBe("official");
  });

  it("classes news agencies as news and everything else as secondary", () => {
    expect(classifySource({ url: "http://www.xinhuanet.com/english/2023-10/18/c_1129923596.htm" })).toBe("news");
    expect(classifySource({ url: "https://www.reuters.com/technology/x" })).toBe("news");
    expect(classifySource({ url: "https://policywindow.org/page" })).toBe("secondary");
    expect(classifySource({ url: "https://www.slideshare.net/x" })).toBe("secondary");
  });

  it("does not let a look-alike host borrow a rule", () => {
    expect(classifySource({ url: "https://notun.org/x" })).toBe("secondary");
    expect(classifySource({ url: "https://un.org.example.com/x" })).toBe("secondary");
  });

  it("classes what is not a web URL as secondary", () => {
    expect(classifySource({ url: "seed-article:000.txt" })).toBe("secondary");
    expect(classifySource({ url: "not a url" })).toBe("secondary");
  });

  it("treats primary and official as authoritative", () => {
    expect(["primary", "official", "news", "secondary"].map((q) => isAuthoritative(q as never))).toEqual([true, true, false, false]);
  });
});
