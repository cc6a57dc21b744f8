import { describe, expect, it } from "vitest";
import { findInternalText, toReaderText } from "./reader-text";

describe("toReaderText", () => {
  it("drops checklist references", () => {
    expect(toReaderText("Only the 17 countries named in the sources read are listed (VERIFICATION.md #3).")).toBe("Only the 17 countries named in the sources read are listed.");
    expect(toReaderText("Adoption by consensus is reported by one source (Teletica); VERIFICATION.md #8.")).toBe("Adoption by consensus is reported by one source (Teletica).");
  });

  it("drops the editors' country-list remarks, nested parentheses included", () => {
    expect(toReaderText("Adopted with 123 co-sponsors including China (countries listed = sponsors named on the March 2024 draft, plus China).")).toBe(
      "Adopted with 123 co-sponsors including China.",
    );
    expect(toReaderText("Risk-based policies (country list here is partial: only signatories named (in sources) read).")).toBe("Risk-based policies.");
    expect(toReaderText("A central UN role (countries = China, the 18 states, and the US).")).toBe("A central UN role.");
  });

  it("turns a 'Partial list:' note into a plain sentence", () => {
    expect(toReaderText("Partial list: only the six non-member adherents are named.")).toBe("Only the six non-member adherents are named.");
  });

  it("leaves reader text alone", () => {
    const text = "The UK held the Council presidency in July 2023 (Foreign Secretary James Cleverly chaired).";
    expect(toReaderText(text)).toBe(text);
  });
});

describe("findInternalText", () => {
  it("finds file names, placeholders and remarks, and passes clean text", () => {
    expect(findInternalText("see VERIFICATION.md #6")).toContain("checklist file");
    expect(findInternalText("seed-article:000_d7c1b0d61f8666e3.txt")).toContain("seed placeholder source");
    expect(findInternalText("(countries = China, the US)")).toContain("editor's list remark");
    expect(findInternalText("Partial list: only Japan")).toContain("note to editors");
    expect(findInternalText("Adopted by consensus on 21 March 2024. 17 of 28 signatories known.")).toEqual([]);
  });

  it("does not mistake a web address for a file name", () => {
    expect(findInternalText("https://www.gov.uk/government/publications/ai-safety-summit-2023")).toEqual([]);
  });
});

describe("findInternalText on citations", () => {
  it("ignores file names inside web addresses but not beside them", () => {
    expect(findInternalText("https://github.com/org/repo/blob/main/README.md")).toEqual([]);
    expect(findInternalText("see README.md and https://example.org/a.json")).toEqual(["markdown or JSON file name"]);
  });
});
