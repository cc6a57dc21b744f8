import { describe, expect, it } from "vitest";
import { buildGazetteer } from "./gazetteer";
import { settleAdoptingBody } from "./settle-adopting-body";
import type { FoundRelation, GazetteerEntry } from "./types";

const entry = (id: number, kind: GazetteerEntry["kind"], slug: string, symbol: string | null = null): GazetteerEntry => ({
  id,
  kind,
  slug,
  nameEn: slug,
  nameZh: null,
  symbol,
  aliases: [],
});
const gz = buildGazetteer({
  entries: [
    entry(1, "organisation", "united-nations"),
    entry(2, "organisation", "un-general-assembly"),
    entry(3, "resolution", "unga-res-99-1", "A/RES/99/1"),
    entry(4, "initiative", "pact-of-tomorrow"),
    entry(5, "organisation", "unesco"),
  ],
});
const adopted = (subjectId: number, objectId: number): FoundRelation => ({
  subjectId,
  objectId,
  role: "adopted-by",
  evidence: "联合国通过了决议。",
  evidenceStart: 0,
  start: 0,
  end: 5,
  confidence: 0.6,
  why: { matched: "通过", form: "adopted-by", rule: "statement-model" },
});

describe("settleAdoptingBody", () => {
  it("gives an A/RES resolution 'adopted by the United Nations' to the General Assembly", () => {
    expect(settleAdoptingBody({ relations: [adopted(3, 1)], gazetteer: gz }).map((r) => r.objectId)).toEqual([2]);
  });

  it("keeps one statement when the Assembly was read as well", () => {
    expect(settleAdoptingBody({ relations: [adopted(3, 1), adopted(3, 2)], gazetteer: gz }).map((r) => r.objectId)).toEqual([2]);
  });

  it("leaves a text that is no Assembly resolution, and other bodies, as they were read", () => {
    expect(settleAdoptingBody({ relations: [adopted(4, 1), adopted(3, 5)], gazetteer: gz }).map((r) => [r.subjectId, r.objectId])).toEqual([
      [4, 1],
      [3, 5],
    ]);
  });
});
