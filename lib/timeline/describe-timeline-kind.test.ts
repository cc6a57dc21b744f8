import { describe, expect, it } from "vitest";
import { describeTimelineKind } from "./describe-timeline-kind";

describe("timeline kind labels", () => {
  it("says what the date marks for each kind", () => {
    expect(describeTimelineKind({ kind: "event" }).en).toBe("Event");
    expect(describeTimelineKind({ kind: "resolution" }).en).toBe("Resolution adopted");
    expect(describeTimelineKind({ kind: "organisation" }).zh).toBe("组织成立");
  });
  it("refines with the subtype", () => {
    expect(describeTimelineKind({ kind: "event", subtype: "thematic-meeting" }).en).toBe("Thematic meeting");
    expect(describeTimelineKind({ kind: "initiative", subtype: "declaration" }).en).toBe("Initiative launched · declaration");
    expect(describeTimelineKind({ kind: "resolution", subtype: "resolution" }).en).toBe("Resolution adopted");
  });
});
