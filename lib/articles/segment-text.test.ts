import { describe, expect, it } from "vitest";
import { segmentText, splitParagraphs } from "./segment-text";

describe("segmentText", () => {
  it("marks spans and keeps every character once", () => {
    const text = "中国和赞比亚共同举办会议";
    const segs = segmentText({
      text,
      spans: [
        { start: 3, end: 6, id: "zmb" },
        { start: 0, end: 2, id: "chn" },
        { start: 4, end: 5, id: "overlap" },
      ],
    });
    expect(segs.map((s) => s.text).join("")).toBe(text);
    expect(segs.filter((s) => s.span).map((s) => s.span!.id)).toEqual(["chn", "zmb"]);
  });
  it("splits paragraphs with offsets", () => {
    const body = "first\n\nsecond";
    expect(splitParagraphs(body)).toEqual([
      { text: "first", start: 0 },
      { text: "second", start: 7 },
    ]);
  });
});
