import { describe, expect, it } from "vitest";
import type { ArticleDetail } from "@/db/queries/articles";
import { explainMention, keepVisibleLinks } from "./keep-visible-links";

const detail = {
  mentions: [
    { id: 1, entityStatus: "confirmed" },
    { id: 2, entityStatus: "proposed" },
    { id: 3, entityStatus: "rejected" },
  ],
  events: [
    { id: 4, entityStatus: "confirmed" },
    { id: 5, entityStatus: "proposed" },
  ],
  relations: [
    { id: 6, subjectStatus: "confirmed", objectStatus: "confirmed" },
    { id: 7, subjectStatus: "confirmed", objectStatus: "proposed" },
  ],
} as unknown as ArticleDetail;
const ids = (links: ReturnType<typeof keepVisibleLinks>) => Object.values(links).flatMap((list) => list.map((l: { id: number }) => l.id));

describe("keepVisibleLinks", () => {
  it("hides what ingestion only proposed from readers", () => {
    expect(ids(keepVisibleLinks({ detail, includeProposed: false }))).toEqual([1, 4, 6]);
  });
  it("shows editors the proposals too, never what was rejected", () => {
    expect(ids(keepVisibleLinks({ detail, includeProposed: true })).sort()).toEqual([1, 2, 4, 5, 6, 7]);
  });
});

describe("explainMention", () => {
  it("keeps a recorded reason and derives one for older mentions", () => {
    const why = { matched: "UNGA", form: "UNGA", rule: "exact-alias" };
    expect(explainMention({ why, surface: "x", nameEn: "y", method: "alias" } as never)).toBe(why);
    expect(explainMention({ why: null, surface: "联大", nameEn: "UN General Assembly", method: "descriptive" } as never)).toEqual({
      matched: "联大",
      form: "UN General Assembly",
      rule: "description",
    });
  });
});
