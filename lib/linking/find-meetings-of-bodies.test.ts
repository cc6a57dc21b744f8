import { describe, expect, it } from "vitest";
import { buildGazetteer } from "./gazetteer";
import { linkArticle } from "./link-article";
import type { GazetteerEntry } from "./types";
import { entryBuilders, testEntries } from "@/tests/helpers/test-gazetteer";

// Sentences written for these tests (not taken from the labelled fixtures).
function entries(): GazetteerEntry[] {
  const all = testEntries();
  const { country, org, nextId } = entryBuilders({ firstId: 7000 });
  all.push(country("KEN", "Kenya", "肯尼亚"), country("CHL", "Chile", "智利"));
  const group = org("friends-of-data", "Group of Friends of Open Data", "开放数据之友小组");
  const meeting = (slug: string, nameEn: string, date: string): GazetteerEntry => ({
    id: nextId(),
    kind: "event",
    slug,
    nameEn,
    nameZh: null,
    date,
    aliases: [],
    madeByIds: [group.id],
    relatedIds: [group.id],
  });
  const meetings = [
    meeting("friends-of-data-first-meeting", "First meeting of the Group of Friends of Open Data", "2025-03-04"),
    meeting("friends-of-data-side-event", "Group of Friends of Open Data: side event at UN Headquarters", "2025-05-06"),
    meeting("friends-of-data-workshop", "Group of Friends of Open Data: workshop in Nairobi", "2025-05-08"),
  ];
  group.relatedIds = meetings.map((m) => m.id);
  all.push(group, ...meetings);
  return all;
}
const gz = buildGazetteer({ entries: entries() });
const key = (id: number) => gz.entries.get(id)!.iso3 ?? gz.entries.get(id)!.slug;
const link = (body: string, publishedAt: string | null) => linkArticle({ body, publishedAt, language: /[\u4e00-\u9fff]/.test(body) ? "zh" : "en", gazetteer: gz, model: null });
const events = (body: string, publishedAt: string | null) =>
  link(body, publishedAt)
    .mentions.filter((m) => m.kind === "event")
    .map((m) => key(m.entityId));

describe("a body's meeting named by its kind", () => {
  it("'held a side event of the Group of Friends' on the day the sentence states is that meeting", () => {
    const body = "Kenya and Chile on Tuesday jointly held a side event of the Group of Friends of Open Data in New York.";
    const links = link(body, "2025-05-07");
    expect(events(body, "2025-05-07")).toEqual(["friends-of-data-side-event"]);
    expect(links.mentions.find((m) => m.kind === "event")?.why?.rule).toBe("description");
    expect(links.relations.map((r) => [key(r.subjectId), r.role, key(r.objectId)]).sort()).toEqual([
      ["CHL", "co-host", "friends-of-data-side-event"],
      ["KEN", "co-host", "friends-of-data-side-event"],
    ]);
  });
  it("without a day in the sentence, the one meeting in the week before the article", () => {
    expect(events("Kenya addressed a meeting of the Group of Friends of Open Data.", "2025-03-06")).toEqual(["friends-of-data-first-meeting"]);
  });
  it("zh: 之友小组专题会议", () => {
    expect(events("肯尼亚出席开放数据之友小组会议。", "2025-03-05")).toEqual(["friends-of-data-first-meeting"]);
  });
  it("not when two meetings of the body fit, none does, or the article has no date of its own", () => {
    expect(events("Kenya addressed a meeting of the Group of Friends of Open Data.", "2025-05-09")).toEqual([]);
    expect(events("Kenya addressed a meeting of the Group of Friends of Open Data.", "2025-08-01")).toEqual([]);
    expect(events("Kenya addressed a meeting of the Group of Friends of Open Data.", null)).toEqual([]);
  });
  it("in an article with no date of its own, 'a side event' is the body's one meeting its names call a side event", () => {
    expect(events("Kenya and Chile on Tuesday jointly held a side event of the Group of Friends of Open Data in New York.", null)).toEqual(["friends-of-data-side-event"]);
    expect(events("Kenya and Chile on Tuesday jointly held a thematic meeting of the Group of Friends of Open Data.", null)).toEqual([]);
  });
  it("not a meeting of another body whose name goes on from the body's ('… Open Data Steering Council')", () => {
    expect(events("Kenya addressed a meeting of the Group of Friends of Open Data Steering Council.", "2025-03-06")).toEqual([]);
  });
});
