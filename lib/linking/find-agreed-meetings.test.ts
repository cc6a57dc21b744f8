import { describe, expect, it } from "vitest";
import { buildGazetteer } from "./gazetteer";
import { linkArticle } from "./link-article";
import { stemWord } from "./find-agreed-meetings";
import { entryBuilders, readTriples, testEntries } from "@/tests/helpers/test-gazetteer";
import type { GazetteerEntry } from "./types";

// Texts written for these tests: a meeting of two states the atlas names by what they agreed there.
function entries(): GazetteerEntry[] {
  const all = testEntries();
  const { country, nextId } = entryBuilders({ firstId: 7800 });
  const chl = country("CHL", "Chile", "智利");
  const per = country("PER", "Peru", "秘鲁");
  all.push(chl, per);
  all.push({
    id: nextId(),
    kind: "event",
    slug: "chile-peru-arica-lithium-data-2031",
    nameEn: "Chile-Peru meeting in Arica: pledge to keep lithium mining sensor data open to researchers",
    nameZh: "智利秘鲁阿里卡会晤：承诺向研究人员开放锂矿传感器数据",
    date: "2031-03-10",
    aliases: [],
    relatedIds: [chl.id, per.id],
  });
  return all;
}
const gazetteer = buildGazetteer({ entries: entries() });
const triples = readTriples({ gazetteer });
const eventsOf = (body: string, publishedAt: string | null) =>
  linkArticle({ body, publishedAt, language: /[\u4e00-\u9fff]/.test(body) ? "zh" : "en", gazetteer, model: null })
    .mentions.filter((m) => m.kind === "event")
    .map((m) => m.why?.rule);

describe("a meeting of two states named by what they agreed there", () => {
  it("reads the meeting and its two states from the agreement, in English and Chinese", () => {
    const body = "The presidents of Chile and Peru met last month. They agreed that lithium mining sensor data must stay open to researchers.";
    expect(triples(body, "2031-04-02")).toEqual([
      ["CHL", "participant", "chile-peru-arica-lithium-data-2031"],
      ["PER", "participant", "chile-peru-arica-lithium-data-2031"],
    ]);
    expect(eventsOf(body, "2031-04-02")).toEqual(["description"]);
    expect(triples("智利与秘鲁关系密切。两国领导人此前已就“锂矿传感器数据向研究人员开放”达成共识。", "2031-04-02")).toEqual([
      ["CHL", "participant", "chile-peru-arica-lithium-data-2031"],
      ["PER", "participant", "chile-peru-arica-lithium-data-2031"],
    ]);
  });
  it("a mutual understanding reached is an agreement, a bare 'understanding' is not", () => {
    expect(triples("In March 2031, Chile and Peru reached a mutual understanding that lithium mining sensor data must stay open to researchers.", "2031-04-02")).toEqual([
      ["CHL", "participant", "chile-peru-arica-lithium-data-2031"],
      ["PER", "participant", "chile-peru-arica-lithium-data-2031"],
    ]);
    expect(triples("Chile and Peru improved their understanding of why lithium mining sensor data should stay open to researchers.", "2031-04-02")).toEqual([]);
  });
  it("the two written as one word: '中美领导人…达成共识'", () => {
    const all = entries();
    const chn = all.find((e) => e.iso3 === "CHN")!;
    const usa = all.find((e) => e.iso3 === "USA")!;
    all.push({
      id: 7890,
      kind: "event",
      slug: "china-us-tidal-data-2031",
      nameEn: "China-US meeting in Lima: pledge to share tidal sensor data with researchers",
      nameZh: "中美利马会晤：承诺与研究人员共享潮汐传感器数据",
      date: "2031-03-10",
      aliases: [],
      relatedIds: [chn.id, usa.id],
    });
    const read = readTriples({ gazetteer: buildGazetteer({ entries: all }) });
    expect(read("中美领导人此前已就“与研究人员共享潮汐传感器数据”达成原则共识。", "2031-04-02")).toEqual([
      ["CHN", "participant", "china-us-tidal-data-2031"],
      ["USA", "participant", "china-us-tidal-data-2031"],
    ]);
  });
  it("not an agreement of others, an article naming one of the two, a meeting still to come, or a few of its words", () => {
    expect(triples("Chile and Peru attended. The Secretary-General agreed that lithium mining sensor data must stay open to researchers.", "2031-04-02")).toEqual([]);
    expect(triples("Chile's president agreed that lithium mining sensor data must stay open to researchers.", "2031-04-02")).toEqual([]);
    expect(triples("Chile and Peru agreed that lithium mining sensor data must stay open to researchers.", "2031-01-02")).toEqual([]);
    expect(triples("Chile and Peru agreed that lithium prices matter to researchers.", "2031-04-02")).toEqual([]);
  });
  it("words are read stemmed: 'decisions', 'controlled', 'humans'", () => {
    expect(["decisions", "controlled", "humans", "weapons", "agreed"].map(stemWord)).toEqual(["decision", "control", "human", "weapon", "agre"]);
  });
});
