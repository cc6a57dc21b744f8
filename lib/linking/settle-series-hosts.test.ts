import { describe, expect, it } from "vitest";
import { buildGazetteer, type Gazetteer } from "./gazetteer";
import { dropHostsOthersHeld, settleSeriesHosts } from "./settle-series-hosts";
import type { FoundRelation, GazetteerEntry } from "./types";
import { entryBuilders } from "@/tests/helpers/test-gazetteer";

// An invented series of three summits, each hosted by another state, the later ones follow-ups of the first.
const { country, org, nextId } = entryBuilders({ firstId: 9800 });
const kenya = country("KEN", "Kenya", "肯尼亚");
const chile = country("CHL", "Chile", "智利");
const peru = country("PER", "Peru", "秘鲁");
const event = (slug: string, date: string, hostIds: number[]): GazetteerEntry => ({
  id: nextId(),
  kind: "event",
  slug,
  nameEn: slug,
  nameZh: null,
  date,
  aliases: [],
  hostIds,
  relatedIds: [],
});
const first = event("lakes-summit-2031", "2031-03-02", [kenya.id]);
const second = event("lakes-summit-2032", "2032-05-10", [chile.id]);
const third = event("lakes-summit-2033", "2033-06-01", [peru.id, kenya.id]);
first.relatedIds = [second.id, third.id, kenya.id];
second.relatedIds = [first.id, chile.id];
third.relatedIds = [first.id, peru.id, kenya.id];
const gz = buildGazetteer({ entries: [kenya, chile, peru, first, second, third] });
const slug = (id: number) => gz.entries.get(id)!.slug;

const hosts = (subjectId: number, objectId: number, evidence: string, role: FoundRelation["role"] = "host"): FoundRelation => ({
  subjectId,
  objectId,
  role,
  evidence,
  evidenceStart: 0,
  start: 0,
  end: evidence.length,
  confidence: 1,
  why: { matched: "host", form: "host", rule: "pattern" },
});
// (as linkArticle applies them: another edition settled first, then the hosts the atlas's record rules out)
const settle = ({ relations, gazetteer }: { relations: FoundRelation[]; gazetteer: Gazetteer }) =>
  dropHostsOthersHeld({ relations: settleSeriesHosts({ relations, gazetteer }), gazetteer });
const settled = (relations: FoundRelation[]) => settle({ relations, gazetteer: gz }).map((r) => [slug(r.subjectId), r.role, slug(r.objectId)]);

describe("settleSeriesHosts: a state said to host another edition of a series", () => {
  it("moves the host to the edition it hosts when the sentence says it is another one", () => {
    expect(settled([hosts(chile.id, first.id, "Chile will host the next Lakes Summit.")])).toEqual([["chl", "host", "lakes-summit-2032"]]);
    expect(settled([hosts(chile.id, first.id, "Chile is to host the Lakes Summit in 2032.")])).toEqual([["chl", "host", "lakes-summit-2032"]]);
  });
  it("keeps a host the atlas holds, and a body that co-hosts with it (a ministry of the host state)", () => {
    expect(settled([hosts(kenya.id, first.id, "Kenya will host the next Lakes Summit.")])).toEqual([["ken", "host", "lakes-summit-2031"]]);
    const ministry = org("kenya-ministry-of-ict", "Ministry of ICT of Kenya", "肯尼亚信息通信部");
    const withMinistry = buildGazetteer({ entries: [kenya, chile, peru, ministry, first, second, third] });
    const kept = settle({ relations: [hosts(ministry.id, first.id, "The summit was co-hosted by the ICT ministry and the city.", "co-host")], gazetteer: withMinistry });
    expect(kept.map((r) => [r.role, r.objectId])).toEqual([["co-host", first.id]]);
  });
  it("drops a state said to host or co-host a meeting whose hosts the atlas holds, not among them, when no other edition is meant (the sentence's other meeting was)", () => {
    expect(settled([hosts(chile.id, first.id, "Chile hosted the Lakes Summit.")])).toEqual([]);
    expect(settled([hosts(chile.id, first.id, "Chile co-hosted the Lakes Summit.", "co-host")])).toEqual([]);
    const other = country("URY", "Uruguay", "乌拉圭");
    const withOther = buildGazetteer({ entries: [kenya, chile, peru, other, first, second, third] });
    expect(settle({ relations: [hosts(other.id, first.id, "Uruguay will host the next Lakes Summit.")], gazetteer: withOther })).toEqual([]);
  });
  it("not the atlas's chair of the meeting ('co-hosted by Macron and Modi'), nor a host of a meeting whose hosts the atlas does not hold", () => {
    const chaired = { ...first, chairIds: [chile.id] };
    const unhosted = event("lakes-workshop-2031", "2031-03-04", []);
    const g = buildGazetteer({ entries: [kenya, chile, peru, chaired, second, third, unhosted] });
    expect(settle({ relations: [hosts(chile.id, chaired.id, "Chile hosted the Lakes Summit.")], gazetteer: g }).map((r) => r.objectId)).toEqual([chaired.id]);
    expect(settle({ relations: [hosts(chile.id, unhosted.id, "Chile hosted the Lakes workshop.")], gazetteer: g }).map((r) => r.objectId)).toEqual([unhosted.id]);
  });
  it("a list read as co-hosts of the series' name: each state hosted its own edition, when the atlas gives each one", () => {
    const sentence = "Lakes summits have since been hosted by Chile and Peru.";
    expect(settled([hosts(chile.id, first.id, sentence, "co-host"), hosts(peru.id, first.id, sentence, "co-host")])).toEqual([
      ["chl", "host", "lakes-summit-2032"],
      ["per", "host", "lakes-summit-2033"],
    ]);
    // (not moved when one of the list hosts no other edition; then a list the atlas's hosts of this one leave out is
    // dropped, and one holding them is kept)
    const other = country("URY", "Uruguay", "乌拉圭");
    const withOther = buildGazetteer({ entries: [kenya, chile, peru, other, first, second, third] });
    const read = (a: number, b: number) => settle({ relations: [hosts(a, first.id, sentence, "co-host"), hosts(b, first.id, sentence, "co-host")], gazetteer: withOther });
    expect(read(chile.id, other.id)).toEqual([]);
    expect(read(kenya.id, other.id).map((r) => [r.role, r.subjectId, r.objectId])).toEqual([["co-host", kenya.id, first.id]]);
  });
  it("one statement when the edition's host was read as well", () => {
    expect(settled([hosts(chile.id, second.id, "Chile will host the next Lakes Summit."), hosts(chile.id, first.id, "Chile will host the next Lakes Summit.")])).toEqual([
      ["chl", "host", "lakes-summit-2032"],
    ]);
  });
});
