import { describe, expect, it } from "vitest";
import { followTitle } from "./follow-title";
import { publicOrigin, webcalUrl } from "./public-origin";

const none = { countries: [], organisations: [], initiatives: [], resolutions: [] };
const zambia = { id: 1, kind: "country" as const, key: "ZMB", nameEn: "Zambia", nameZh: "赞比亚", iso2: "ZM" };

describe("follow", () => {
  it("titles a feed by what it follows", () => {
    expect(followTitle({ filters: { countries: ["ZMB"], organisations: [], initiatives: [], resolutions: [], kinds: [], entities: { ...none, countries: [zambia] } } })).toBe(
      "Policy Atlas — Zambia",
    );
    expect(followTitle({ filters: { countries: [], organisations: [], initiatives: [], resolutions: [], kinds: [], q: "safety", entities: none } })).toBe(
      "Policy Atlas — search “safety”",
    );
  });
  it("titles a feed in the requested language from the catalogue", () => {
    const filters = { countries: ["ZMB"], organisations: [], initiatives: [], resolutions: [], kinds: [], entities: { ...none, countries: [zambia] } };
    expect(followTitle({ filters, locale: "zh" })).toBe("政策图谱 — 赞比亚");
    expect(followTitle({ filters, locale: "zh-hant" })).toBe("政策圖譜 — 尚比亞");
    expect(followTitle({ filters: { ...filters, countries: [], entities: none }, locale: "zh" })).toBe("政策图谱 — 人工智能治理时间线");
  });
  it("builds links from PUBLIC_URL, else the request's Host, never localhost when reached by name", () => {
    expect(publicOrigin({ publicUrl: "https://atlas.example.org/", requestUrl: "http://localhost:3000/feed.xml", host: "localhost:3000" })).toBe("https://atlas.example.org");
    expect(publicOrigin({ publicUrl: "", requestUrl: "http://localhost:3000/feed.xml", host: "atlas.lan:3000" })).toBe("http://atlas.lan:3000");
    expect(publicOrigin({ publicUrl: "", requestUrl: "http://localhost:3000/feed.xml", host: "atlas.lan", forwardedProto: "https" })).toBe("https://atlas.lan");
    expect(publicOrigin({ publicUrl: "", requestUrl: "http://localhost:3000/x", host: "bad host<" })).toBe("http://localhost:3000");
    expect(webcalUrl("https://atlas.example.org/timeline.ics?country=ZMB")).toBe("webcal://atlas.example.org/timeline.ics?country=ZMB");
  });
});
