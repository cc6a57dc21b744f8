import { describe, expect, it } from "vitest";
import { buildGazetteer } from "./gazetteer";
import { readTriples, testEntries } from "@/tests/helpers/test-gazetteer";
import type { GazetteerEntry } from "./types";

// Texts written for these tests: a body the atlas records as a text's maker, said to release it.
function entries(): GazetteerEntry[] {
  const all = testEntries();
  const asean = all.find((e) => e.slug === "asean")!;
  all.push({ id: 7900, kind: "initiative", slug: "asean-data-guide", nameEn: "ASEAN Guide on Data Ethics", nameZh: "东盟数据伦理指南", aliases: [], madeByIds: [asean.id] });
  // (the atlas records the Assembly as part of the United Nations: its maker, as it were, but the Assembly is no text)
  const assembly = all.find((e) => e.slug === "un-general-assembly")!;
  assembly.madeByIds = [all.find((e) => e.slug === "united-nations")!.id];
  all.push({ id: 7901, kind: "initiative", slug: "andean-data-guide", nameEn: "Andean Guide on Data Ethics", nameZh: null, aliases: [], madeByIds: [] });
  return all;
}
const triples = readTriples({ gazetteer: buildGazetteer({ entries: entries() }) });

describe("a text's maker said to release it", () => {
  it("'ASEAN has released the ASEAN Guide …', '东盟已发布《…指南》'", () => {
    expect(triples("The Association of Southeast Asian Nations has released the ASEAN Guide on Data Ethics for companies.")).toEqual([["asean-data-guide", "adopted-by", "asean"]]);
    expect(triples("2031年2月，东盟在其官网上发布了《东盟数据伦理指南》。")).toContainEqual(["asean-data-guide", "adopted-by", "asean"]);
  });
  it("not a body the atlas does not record as its maker, a draft, or a body after the text", () => {
    expect(triples("ASEAN has released the Andean Guide on Data Ethics in translation.")).toEqual([]);
    expect(triples("ASEAN has released a draft of the ASEAN Guide on Data Ethics.")).toEqual([]);
    expect(triples("The ASEAN Guide on Data Ethics was praised by ASEAN and released in May.")).toEqual([]);
    // an organ of a body is no text the body released: "the UN … adopted by the UN General Assembly"
    expect(triples("This comes after the first UN declaration on AI was adopted by the UN General Assembly.")).toEqual([]);
  });
});
