import { describe, expect, it } from "vitest";
import { compareRoles, isParticipationRole, sortRoles, tierOfRoles } from "./participation-roles";

describe("participation roles", () => {
  it("counts doing roles and leaves structural links out", () => {
    for (const r of ["co-founder", "co-chair", "co-sponsor", "participant", "member", "signatory", "host"]) expect(isParticipationRole(r)).toBe(true);
    for (const r of ["part-of", "follow-up-of", "adopted-by"]) expect(isParticipationRole(r)).toBe(false);
  });

  it("orders roles by prominence, unknown ones last", () => {
    expect(sortRoles(["participant", "co-chair", "co-founder", "co-chair", "zeta"])).toEqual(["co-founder", "co-chair", "participant", "zeta"]);
    expect(compareRoles("sponsor", "member")).toBeLessThan(0);
  });

  it("names a country's part by its most prominent role", () => {
    expect(tierOfRoles(["participant", "co-founder"])).toBe("leads");
    expect(tierOfRoles(["co-sponsor"])).toBe("sponsors");
    expect(tierOfRoles(["signatory", "participant"])).toBe("members");
    expect(tierOfRoles(["participant"])).toBe("participants");
    expect(tierOfRoles([])).toBeNull();
  });
});
