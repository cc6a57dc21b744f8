import { describe, expect, it } from "vitest";
import { buildGazetteer } from "./gazetteer";
import { listStatedActors } from "./list-stated-actors";
import type { FoundRelation } from "./types";
import { entryBuilders } from "@/tests/helpers/test-gazetteer";

// Invented states, a body and a meeting (names are made up for the test).
const { country, org, event } = entryBuilders({ firstId: 9800 });
const north = country("NRT", "Northland", "北国");
const south = country("STH", "Southland", "南国");
const east = country("EST", "Eastland", "东国");
const council = org("lakes-council", "Lakes Council", "湖区理事会");
const newcomer = { ...org("lakes-forum", "Lakes Forum", "湖区论坛"), status: "proposed" as const };
const meeting = event("lakes-meeting-2025", "Lakes Meeting", "湖区会议", "2025-05-06");
const gz = buildGazetteer({ entries: [north, south, east, council, newcomer, meeting] });
const stated = (subjectId: number, role: FoundRelation["role"], objectId = meeting.id): FoundRelation => ({
  subjectId,
  objectId,
  role,
  evidence: "…",
  evidenceStart: 0,
  start: 0,
  end: 1,
  confidence: 1,
  why: { matched: "…", form: role, rule: "pattern" },
});
const report = (matchedEntityId: number | null) => ({
  matchedEntityId,
  // what the sentence names, each taken for a participant
  actors: [
    { entityId: north.id, role: "participant" as const },
    { entityId: east.id, role: "participant" as const },
  ],
});

describe("listStatedActors: a report's actors are the statements about its event", () => {
  const relations = [
    stated(north.id, "co-host"),
    stated(north.id, "co-host"),
    stated(south.id, "participant"),
    stated(east.id, "member", council.id),
    stated(newcomer.id, "participant"),
  ];
  it("lists each stated subject and role once, from any sentence, and none the sentence only names", () => {
    const [listed] = listStatedActors({ events: [report(meeting.id)], relations, gazetteer: gz });
    expect(listed.actors).toEqual([
      { entityId: north.id, role: "co-host" },
      { entityId: south.id, role: "participant" },
    ]);
  });
  it("lists none for a meeting the atlas does not hold yet, or when nothing is stated about it", () => {
    expect(listStatedActors({ events: [report(null)], relations, gazetteer: gz })[0].actors).toEqual([]);
    expect(listStatedActors({ events: [report(council.id)], relations: [], gazetteer: gz })[0].actors).toEqual([]);
  });
});
