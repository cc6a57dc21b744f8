import { describe, expect, it } from "vitest";
import {
  buildEventTimeline,
  collapseByEntity,
  groupByRoleAndKind,
  keepLatestEvents,
  listMemberships,
  mergeParticipations,
  type EntityParticipation,
  type ParticipationInput,
} from "./group-participations";

const group = { id: 1, kind: "organisation" as const, slug: "gof", nameEn: "Group of Friends", nameZh: "之友小组", date: "2024-12-03", endDate: null, symbol: null };
const meeting1 = { id: 2, kind: "event" as const, slug: "m1", nameEn: "First meeting", nameZh: null, date: "2024-12-03", endDate: null, symbol: null };
const meeting2 = { id: 3, kind: "event" as const, slug: "m2", nameEn: "Thematic meeting", nameZh: null, date: "2025-05-06", endDate: null, symbol: null };
const res = { id: 4, kind: "resolution" as const, slug: "r", nameEn: "A/RES/78/311", nameZh: null, date: "2024-07", endDate: null, symbol: "A/RES/78/311" };

const row = (over: Partial<ParticipationInput> & Pick<ParticipationInput, "role" | "entity">): ParticipationInput => ({
  relationDate: null,
  origin: "relation",
  sourceUrl: null,
  entitySourceUrl: null,
  evidence: null,
  article: null,
  ...over,
});

describe("mergeParticipations", () => {
  it("merges a relation and a confirmed article event for the same role, keeping both pieces of evidence", () => {
    const items = mergeParticipations({
      rows: [
        row({ role: "co-host", entity: meeting2, sourceUrl: "https://example.org/a" }),
        row({ role: "co-host", entity: meeting2, origin: "article", relationDate: "2025-05-06", evidence: "中国和赞比亚共同主办", article: { slug: "art", title: "T" } }),
      ],
    });
    expect(items).toHaveLength(1);
    expect(items[0].evidence).toEqual([
      { type: "source", url: "https://example.org/a", ofEntity: false },
      { type: "sentence", sentence: "中国和赞比亚共同主办", article: { slug: "art", title: "T" }, sourceUrl: null },
    ]);
  });

  it("falls back to the entity's own source when the relation has none, and to the entity's date", () => {
    const [item] = mergeParticipations({ rows: [row({ role: "co-sponsor", entity: res, entitySourceUrl: "https://undocs.org/x" })] });
    expect(item.evidence).toEqual([{ type: "source", url: "https://undocs.org/x", ofEntity: true }]);
    expect(item.date).toBe("2024-07");
  });

  it("prefers the relation's own date (joined later than founded)", () => {
    const [item] = mergeParticipations({ rows: [row({ role: "member", entity: group, relationDate: "2025" })] });
    expect(item.date).toBe("2025");
  });
});

describe("grouping", () => {
  const items = mergeParticipations({
    rows: [
      row({ role: "co-chair", entity: group }),
      row({ role: "co-founder", entity: group }),
      row({ role: "co-host", entity: meeting2 }),
      row({ role: "participant", entity: meeting1 }),
      row({ role: "co-sponsor", entity: res }),
    ],
  });

  it("groups by role (prominent first) then kind", () => {
    const groups = groupByRoleAndKind({ items });
    expect(groups.map((g) => g.role)).toEqual(["co-founder", "co-chair", "co-host", "co-sponsor", "participant"]);
    expect(groups[0].kinds).toEqual([{ kind: "organisation", items: [expect.objectContaining({ entity: group })] }]);
  });

  it("collapses roles per entity and lists memberships", () => {
    expect(collapseByEntity({ items }).find((e) => e.entity.id === 1)?.roles).toEqual(["co-founder", "co-chair"]);
    expect(listMemberships({ items }).map((m) => m.entity.slug)).toEqual(["gof"]);
  });

  it("builds a timeline of events by year, oldest first", () => {
    expect(buildEventTimeline({ items }).map((y) => [y.year, y.events.map((e) => e.entity.slug)])).toEqual([
      ["2024", ["m1"]],
      ["2025", ["m2"]],
    ]);
  });
});

describe("keepLatestEvents", () => {
  const event = (id: number, date: string | null) =>
    ({ entity: { id, kind: "event", slug: `e${id}`, nameEn: `E${id}`, nameZh: null, symbol: null, date }, roles: ["participant"], date }) as unknown as EntityParticipation;
  const years = [
    { year: "2023", events: [event(1, "2023-01"), event(2, "2023-05")] },
    { year: "2024", events: [event(3, "2024-02"), event(4, "2024-03"), event(5, "2024-09")] },
    { year: "Undated", events: [event(6, null)] },
  ];
  it("keeps everything when there is room", () => {
    expect(keepLatestEvents({ years, max: 10 })).toEqual({ years, omitted: 0 });
  });
  it("keeps the latest dated events, in order, and counts the rest", () => {
    const { years: kept, omitted } = keepLatestEvents({ years, max: 4 });
    expect(kept.map((y) => [y.year, y.events.map((e) => e.entity.id)])).toEqual([
      ["2023", [2]],
      ["2024", [3, 4, 5]],
    ]);
    expect(omitted).toBe(2);
  });
});
