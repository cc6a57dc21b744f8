import { describe, expect, it } from "vitest";
import { describeChange } from "./describe-change";

describe("describeChange", () => {
  it("lists only the fields that differ, aliases by their text", () => {
    const changes = describeChange({
      before: { nameEn: "A", nameZh: null, aliases: [{ alias: "甲", language: "zh" }], updatedAt: "x" },
      after: {
        nameEn: "A",
        nameZh: "乙",
        aliases: [
          { alias: "甲", language: "zh" },
          { alias: "丙", language: "zh" },
        ],
        updatedAt: "y",
      },
    });
    expect(changes).toEqual([
      { field: "nameZh", from: "—", to: "乙" },
      { field: "aliases", from: "甲", to: "甲, 丙" },
    ]);
  });
  it("treats a creation as every field from nothing", () => {
    expect(describeChange({ before: null, after: { nameEn: "A" } })).toEqual([{ field: "nameEn", from: "—", to: "A" }]);
  });
});
