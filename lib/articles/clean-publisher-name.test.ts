import { describe, expect, it } from "vitest";
import { cleanPublisherName } from "./clean-publisher-name";

describe("cleanPublisherName", () => {
  it("keeps clean names", () => {
    expect(cleanPublisherName("人民日报")).toBe("人民日报");
    expect(cleanPublisherName("Reuters")).toBe("Reuters");
    expect(cleanPublisherName("The Guardian")).toBe("The Guardian");
  });

  it("drops labels, bylines, dates and remarks", () => {
    expect(cleanPublisherName("来源：人民日报2025-05-07 08:48")).toBe("人民日报");
    expect(cleanPublisherName("新华网 | 编辑：王明")).toBe("新华网");
    expect(cleanPublisherName("Xinhua - Editor: Li")).toBe("Xinhua");
    expect(cleanPublisherName("光明日报 编辑：张三")).toBe("光明日报");
    expect(cleanPublisherName("Reuters (checked against the wire)")).toBe("Reuters");
  });

  it("refuses what is not a name", () => {
    expect(cleanPublisherName("https://www.facebook.com/xinhuanet")).toBeNull();
    expect(cleanPublisherName("  ")).toBeNull();
    expect(cleanPublisherName(null)).toBeNull();
    expect(cleanPublisherName("<b>x</b>")).toBeNull();
  });
});
