import { describe, expect, it } from "vitest";
import { buildGazetteer } from "./gazetteer";
import { entryBuilders, readTriples } from "@/tests/helpers/test-gazetteer";

// An invented series of three summits, the later ones follow-ups of the first; Kenya hosted the first and co-hosted
// the third, so the atlas cannot tell which of them "hosted by Kenya" means.
const { country, event } = entryBuilders({ firstId: 9900 });
const kenya = country("KEN", "Kenya", "肯尼亚");
const chile = country("CHL", "Chile", "智利");
const peru = country("PER", "Peru", "秘鲁");
const first = event("lakes-summit-nairobi", "Nairobi Lakes Summit", "内罗毕湖区峰会", "2031-03-02", [], { hostIds: [kenya.id] });
const second = event("lakes-summit-santiago", "Santiago Lakes Summit", "圣地亚哥湖区峰会", "2032-05-10", [], { hostIds: [chile.id] });
const third = event("lakes-summit-lima", "Lima Lakes Summit", "利马湖区峰会", "2033-06-01", [], { hostIds: [peru.id, kenya.id] });
first.relatedIds = [second.id, third.id];
second.relatedIds = [first.id];
third.relatedIds = [first.id];
const read = readTriples({ gazetteer: buildGazetteer({ entries: [kenya, chile, peru, first, second, third] }) });
const hostsOfLater = [
  ["CHL", "host", "lakes-summit-santiago"],
  ["PER", "host", "lakes-summit-lima"],
];

describe("readSeriesHostLists: the states said to host several meetings of a series the article names", () => {
  it.each([
    "The Nairobi Lakes Summit closed on Monday. Two upcoming summits, co-hosted by Chile and Peru, will continue the work.",
    "The Nairobi Lakes Summit closed on Monday, with Chile and Peru set to host future summits.",
    "内罗毕湖区峰会周一闭幕。此后两届峰会分别由智利和秘鲁主办。",
  ])("each state of the list hosts the one edition the atlas says it hosted: %s", (body) => {
    expect(read(body, "2031-03-04")).toEqual(hostsOfLater);
  });

  it("leaves out a state that hosted two editions, and keeps the others", () => {
    expect(read("The Nairobi Lakes Summit closed on Monday. Lakes summits have since been hosted by Kenya, Chile and Peru.", "2033-06-04")).toEqual(hostsOfLater);
  });

  it.each([
    // a place says where they met, not who hosted them
    "The Nairobi Lakes Summit closed on Monday. Further summits in Chile and Peru will follow.",
    // no meeting of the series named in the article
    "Summits have since been hosted by Chile and Peru.",
    // one state is no list of the hosts of several
    "The Nairobi Lakes Summit closed on Monday. Later summits were hosted by Chile and others.",
  ])("states no host: %s", (body) => {
    expect(read(body, "2031-03-04").filter(([, role]) => role === "host")).toEqual([]);
  });
});
