import { describe, expect, it } from "vitest";
import { buildGazetteer } from "./gazetteer";
import { linkArticle } from "./link-article";
import type { GazetteerEntry } from "./types";
import { entryBuilders } from "@/tests/helpers/test-gazetteer";

// "the Assembly established the Panel": the resolution that set a body up, named by the act. Names, dates and
// sentences are invented for these tests.
const { org, nextId } = entryBuilders({ firstId: 9800 });
const assembly = org("un-general-assembly", "UN General Assembly", "联合国大会", ["General Assembly", "联大"]);
const panelId = nextId();
const resolution: GazetteerEntry = {
  id: nextId(),
  kind: "resolution",
  slug: "unga-res-86-101",
  nameEn: "Establishment of the Ocean Data Panel",
  nameZh: null,
  date: "2031-08-20",
  aliases: [],
  relatedIds: [panelId],
};
const panel: GazetteerEntry = {
  id: panelId,
  kind: "organisation",
  slug: "ocean-data-panel",
  nameEn: "Ocean Data Panel",
  nameZh: "海洋数据小组",
  date: "2031-08-20",
  aliases: [],
  relatedIds: [resolution.id],
};
// (a resolution known by its number only: no words of its title for a description to match)
const forumId = nextId();
const numbered: GazetteerEntry = {
  id: nextId(),
  kind: "resolution",
  slug: "unga-res-86-300",
  nameEn: "Resolution 86/300",
  nameZh: null,
  date: "2031-08-26",
  aliases: [],
  relatedIds: [forumId],
};
const forum: GazetteerEntry = { id: forumId, kind: "organisation", slug: "lake-forum", nameEn: "Lake Forum", nameZh: null, aliases: [], relatedIds: [numbered.id] };
const gz = buildGazetteer({ entries: [assembly, resolution, panel, numbered, forum] });
const link = (body: string, publishedAt: string) => linkArticle({ body, publishedAt, language: /[\u4e00-\u9fff]/.test(body) ? "zh" : "en", gazetteer: gz, model: null });
const resolutions = (r: ReturnType<typeof link>) => r.mentions.filter((m) => m.kind === "resolution").map((m) => ({ slug: gz.entries.get(m.entityId)!.slug, surface: m.surface }));

describe("findEstablishingResolutions", () => {
  it("reads 'the General Assembly established <body>' as the resolution that set the body up, at the verb, and says why", () => {
    const r = link("Last month, the General Assembly established an Ocean Data Panel to advise states.", "2031-09-25");
    expect(resolutions(r)).toEqual([{ slug: "unga-res-86-101", surface: "established" }]);
    const m = r.mentions.find((x) => x.kind === "resolution")!;
    expect(m.why).toMatchObject({ rule: "description" });
    expect(m.why!.form).toContain("Ocean Data Panel");
  });

  it("reads Chinese: 联大决定设立…小组", () => {
    expect(resolutions(link("今年8月，联大决定设立海洋数据小组。", "2031-10-02"))).toEqual([{ slug: "unga-res-86-101", surface: "设立" }]);
  });

  it("reads 'today we establish <body>' in a statement made within days of the vote", () => {
    expect(resolutions(link("Today we establish an Ocean Data Panel.", "2031-08-20"))).toHaveLength(1);
    expect(resolutions(link("Today we establish an Ocean Data Panel.", "2031-12-20"))).toEqual([]);
  });

  it("reads 'the Assembly's decision to establish two new mechanisms' as the resolution that set up the bodies the article names", () => {
    const body = "The Secretary-General welcomes the General Assembly's decision to establish two new mechanisms within the UN. The Ocean Data Panel will meet in May.";
    expect(resolutions(link(body, "2031-09-25"))).toEqual([{ slug: "unga-res-86-101", surface: "establish" }]);
    // (with no body of the article set up by one resolution, nothing)
    expect(resolutions(link("The General Assembly's decision to establish two new mechanisms within the UN was welcomed.", "2031-09-25"))).toEqual([]);
  });

  it("reads 'a resolution …, which created two new mechanisms: <body>' as that resolution", () => {
    const body = "The launch followed the adoption of a resolution in August, which created two new mechanisms: the Lake Forum and a fund.";
    expect(resolutions(link(body, "2031-11-02"))).toEqual([{ slug: "unga-res-86-300", surface: "created" }]);
    expect(resolutions(link("The launch followed talks in August, which created two new mechanisms: the Lake Forum and a fund.", "2031-11-02"))).toEqual([]);
  });

  it("reads the establishment of a body on the day of the vote as the resolution", () => {
    expect(resolutions(link("The establishment of the Ocean Data Panel marks a new start.", "2031-08-20"))).toHaveLength(1);
    // (months later, the noun is the body's setting up, not the vote)
    expect(resolutions(link("The establishment of the Ocean Data Panel comes as a response to the mandate of member states.", "2032-02-05"))).toEqual([]);
  });

  it("not the body's description ('the newly established panel', 新设立的小组), nor a resolution adopted after the article", () => {
    expect(resolutions(link("The General Assembly appointed the members of the newly established Ocean Data Panel.", "2032-02-01"))).toEqual([]);
    expect(resolutions(link("联大任命了新设立的海洋数据小组的成员。", "2032-02-01"))).toEqual([]);
    expect(resolutions(link("The General Assembly may soon establish an Ocean Data Panel.", "2031-05-01"))).toEqual([]);
  });
});
