import { describe, expect, it } from "vitest";
import { entityETag, versionOfIfMatch } from "@/app/_lib/entity-etag";

describe("entity ETags", () => {
  it("round-trips a version through ETag and If-Match, weak or strong", () => {
    expect(versionOfIfMatch(entityETag(42))).toBe(42);
    expect(versionOfIfMatch(`W/${entityETag(7)}`)).toBe(7);
  });

  it("treats an absent or * If-Match as no precondition and anything else as invalid", () => {
    expect(versionOfIfMatch(null)).toBeNull();
    expect(versionOfIfMatch("*")).toBeNull();
    expect(versionOfIfMatch("v42")).toBe("invalid");
    expect(versionOfIfMatch('"42"')).toBe("invalid");
    expect(versionOfIfMatch('"v1", "v2"')).toBe("invalid");
  });
});
