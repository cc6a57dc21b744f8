import { describe, expect, it } from "vitest";
import { buildParticipation, describeParticipation } from "./completeness";

const formatDate = (d: string) => d;
const countries = (n: number, role: "signatory" | "member" | "participant" | "host" = "signatory") => Array.from({ length: n }, (_, i) => ({ countryId: i + 1, role }));

describe("buildParticipation", () => {
  it("marks a list complete when the known participants reach the expected total", () => {
    const [p] = buildParticipation({
      participants: countries(9, "member"),
      lists: [{ role: "member", expectedTotal: 9, asOf: "2024-11-20", sourceUrl: "https://www.commerce.gov/x", note: null }],
    });
    expect(p).toEqual({ role: "member", known: 9, expectedTotal: 9, complete: true, asOf: "2024-11-20", sourceUrl: "https://www.commerce.gov/x", note: null });
    expect(describeParticipation({ participation: p, formatDate })).toBe("All 9 members recorded, as of 2024-11-20");
  });

  it("marks a list partial when fewer are known than the total", () => {
    const [p] = buildParticipation({
      participants: countries(17),
      lists: [{ role: "signatory", expectedTotal: 28, asOf: "2023-11-01", sourceUrl: "https://www.gov.uk/x", note: "Only those named are listed." }],
    });
    expect(p).toMatchObject({ known: 17, expectedTotal: 28, complete: false });
    expect(describeParticipation({ participation: p, formatDate })).toBe("17 of 28 signatories known, as of 2023-11-01");
  });

  it("gives nulls and complete=false for a role with participants but no recorded total", () => {
    expect(buildParticipation({ participants: countries(3), lists: [] })).toEqual([
      { role: "signatory", known: 3, expectedTotal: null, complete: false, asOf: null, sourceUrl: null, note: null },
    ]);
  });

  it("counts hosts among the participants of a recorded list and each country once", () => {
    const participants = [...countries(2, "participant"), { countryId: 1, role: "host" as const }, { countryId: 3, role: "host" as const }];
    const result = buildParticipation({ participants, lists: [{ role: "participant", expectedTotal: 28, asOf: null, sourceUrl: null, note: null }] });
    expect(result).toEqual([expect.objectContaining({ role: "participant", known: 3, expectedTotal: 28, complete: false })]);
  });

  it("never counts a reported refusal as a participant nor gives it a list of its own", () => {
    const participation = buildParticipation({ participants: [...countries(2), { countryId: 9, role: "non-signatory" }], lists: [] });
    expect(participation).toEqual([expect.objectContaining({ role: "signatory", known: 2 })]);
  });

  it("keeps a recorded total with no known participant", () => {
    expect(buildParticipation({ participants: [], lists: [{ role: "co-sponsor", expectedTotal: 123, asOf: null, sourceUrl: null, note: null }] })).toEqual([
      expect.objectContaining({ role: "co-sponsor", known: 0, expectedTotal: 123, complete: false }),
    ]);
  });
});
