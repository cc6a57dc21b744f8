import { describe, expect, it } from "vitest";
import { dropMakersAsSignatories } from "./drop-makers-as-signatories";
import { buildGazetteer } from "./gazetteer";
import type { FoundRelation, GazetteerEntry } from "./types";
import { entryBuilders } from "@/tests/helpers/test-gazetteer";

// An invented body and the convention it adopted (names are made up for the test).
const { country, org, nextId } = entryBuilders({ firstId: 9900 });
const council = org("lakes-council", "Lakes Council", "湖区理事会");
const kenya = country("KEN", "Kenya", "肯尼亚");
const convention: GazetteerEntry = {
  id: nextId(),
  kind: "initiative",
  slug: "lakes-ai-convention",
  nameEn: "Lakes AI Convention",
  nameZh: null,
  aliases: [],
  madeByIds: [council.id],
};
const gz = buildGazetteer({ entries: [council, kenya, convention] });
const signs = (subjectId: number, role: FoundRelation["role"] = "signatory"): FoundRelation => ({
  subjectId,
  objectId: convention.id,
  role,
  evidence: "signed",
  evidenceStart: 0,
  start: 0,
  end: 6,
  confidence: 1,
  why: { matched: "signed", form: role, rule: "pattern" },
});

describe("dropMakersAsSignatories: the body that adopted a text does not sign it", () => {
  it("drops the maker's signature and keeps a member's", () => {
    const kept = dropMakersAsSignatories({ relations: [signs(council.id), signs(kenya.id)], gazetteer: gz });
    expect(kept.map((r) => r.subjectId)).toEqual([kenya.id]);
  });
  it("keeps the maker in another role", () => {
    expect(dropMakersAsSignatories({ relations: [signs(council.id, "supporter")], gazetteer: gz })).toHaveLength(1);
  });
});
