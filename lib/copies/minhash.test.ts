import { describe, expect, it } from "vitest";
import { bandKeys, jaccard, jaccardSorted, minhashSignature, normaliseForShingles, shingleHashes, sortedShingles, textBands, textSimilarity } from "./minhash";

const en =
  "Leaders of the Group of Twenty gathered in Rio de Janeiro on 18 November 2024 for the 19th G20 Leaders' Summit, hosted by Brazil, where artificial intelligence governance featured prominently.";
const zh =
  "10月18日，习近平主席在第三届“一带一路”国际合作高峰论坛开幕式上宣布中方提出《全球人工智能治理倡议》。倡议围绕人工智能发展、安全、治理三方面系统阐述了人工智能治理中国方案。";

describe("minhash copy detection", () => {
  it("ignores spacing, case and punctuation (full- and half-width)", () => {
    expect(normaliseForShingles("Hello,  WORLD!\n")).toBe("helloworld");
    expect(textSimilarity(zh, zh.replace(/，/g, ",").replace(/“|”/g, '"'))).toBe(1);
  });
  it("scores a reprint with a sentence added high, and a different text low", () => {
    expect(textSimilarity(en, `${en} This report was first carried by a partner agency.`)).toBeGreaterThan(0.5);
    expect(textSimilarity(en, "The Bletchley Declaration was signed by twenty-eight countries and the European Union at the AI Safety Summit.")).toBeLessThan(0.2);
    expect(textSimilarity(zh, `快讯 ${zh}本文转载自其他媒体。`)).toBeGreaterThan(0.5);
  });
  it("gives near-identical texts shared LSH bands and the same signature for the same text", () => {
    const a = textBands(en);
    const b = new Set(textBands(`${en} Officials said.`));
    expect(a.some((k) => b.has(k))).toBe(true);
    expect(bandKeys(minhashSignature(shingleHashes(en)))).toEqual(a);
  });
  it("keeps the band keys stored by earlier versions (a changed hash would hide every stored original)", () => {
    expect(textBands(en).slice(0, 4)).toEqual(["0:az4avd", "1:2uyabh", "2:1vapf83", "3:1fwvr41"]);
  });
  it("computes Jaccard of sets", () => {
    expect(jaccard(new Set([1, 2, 3]), new Set([2, 3, 4]))).toBe(0.5);
    expect(jaccard(new Set(), new Set())).toBe(1);
  });
  it("gives the same shingles, signature and Jaccard from sorted arrays as from sets", () => {
    for (const [a, b] of [
      [en, `${en} This report was first carried by a partner agency.`],
      [zh, `快讯 ${zh}本文转载自其他媒体。`],
      [en, zh],
      ["", ""],
      ["abc", "abcd"],
    ]) {
      const sorted = sortedShingles(a);
      expect([...sorted]).toEqual([...shingleHashes(a)].sort((x, y) => x - y));
      expect(bandKeys(minhashSignature(sorted))).toEqual(textBands(a));
      expect(jaccardSorted(sorted, sortedShingles(b))).toBe(jaccard(shingleHashes(a), shingleHashes(b)));
    }
  });
});
