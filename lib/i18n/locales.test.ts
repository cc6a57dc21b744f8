import { describe, expect, it } from "vitest";
import { pickNames } from "./content-language";
import { chineseLocaleFor, isExportHref, localizeHref, prefersChinese, splitLocalePath } from "./locales";
import { comboboxSearchText, matchComboboxOptions } from "./match-combobox-options";
import { toTraditional } from "./traditional";

describe("locale paths", () => {
  it("splits the language prefix off a path", () => {
    expect(splitLocalePath("/zh")).toEqual({ locale: "zh", path: "/" });
    expect(splitLocalePath("/zh/countries/ZMB")).toEqual({ locale: "zh", path: "/countries/ZMB" });
    expect(splitLocalePath("/zh-hant/search")).toEqual({ locale: "zh-hant", path: "/search" });
    expect(splitLocalePath("/zhx/search")).toEqual({ locale: "en", path: "/zhx/search" });
    expect(splitLocalePath("/search")).toEqual({ locale: "en", path: "/search" });
  });

  it("localises in-app hrefs only", () => {
    expect(localizeHref({ href: "/", locale: "zh" })).toBe("/zh");
    expect(localizeHref({ href: "/?x=1", locale: "zh-hant" })).toBe("/zh-hant?x=1");
    expect(localizeHref({ href: "/search?q=a", locale: "zh" })).toBe("/zh/search?q=a");
    expect(localizeHref({ href: "/search", locale: "en" })).toBe("/search");
    expect(localizeHref({ href: "/zh/search", locale: "zh" })).toBe("/zh/search");
    expect(localizeHref({ href: "/timeline.csv?country=ZMB", locale: "zh" })).toBe("/timeline.csv?country=ZMB");
    expect(localizeHref({ href: "/api/timeline", locale: "zh" })).toBe("/api/timeline");
    expect(localizeHref({ href: "https://example.org/", locale: "zh" })).toBe("https://example.org/");
    expect(localizeHref({ href: "//example.org/", locale: "zh" })).toBe("//example.org/");
    expect(localizeHref({ href: "#main", locale: "zh" })).toBe("#main");
  });

  it("tells export links apart", () => {
    expect(isExportHref("/timeline.ics?country=ZMB")).toBe(true);
    expect(isExportHref("/feed.xml")).toBe(true);
    expect(isExportHref("/countries/matrix.csv")).toBe(true);
    expect(isExportHref("/timeline")).toBe(false);
  });

  it("reads a preference for Chinese from Accept-Language", () => {
    expect(prefersChinese("zh-CN,zh;q=0.9,en;q=0.8")).toBe(true);
    expect(prefersChinese("en-GB,en;q=0.9,zh;q=0.8")).toBe(false);
    expect(prefersChinese("fr,zh-TW;q=0.9")).toBe(true);
    expect(prefersChinese("en;q=0.5,zh-Hant;q=0.9")).toBe(true);
    expect(prefersChinese(null)).toBe(false);
    expect(chineseLocaleFor("zh-TW,zh;q=0.9")).toBe("zh-hant");
    expect(chineseLocaleFor("zh-CN")).toBe("zh");
  });
});

describe("names in the page's language", () => {
  it("leads with Chinese on Chinese pages and marks English-only names", () => {
    expect(pickNames({ nameEn: "Zambia", nameZh: "赞比亚", locale: "en" })).toEqual({
      primary: { text: "Zambia", lang: "en" },
      secondary: { text: "赞比亚", lang: "zh" },
      fallback: false,
    });
    expect(pickNames({ nameEn: "Zambia", nameZh: "赞比亚", locale: "zh" }).primary.text).toBe("赞比亚");
    expect(pickNames({ nameEn: "Zambia", nameZh: "赞比亚", locale: "zh-hant" }).primary.text).toBe("尚比亞");
    expect(pickNames({ nameEn: "Bletchley Declaration", nameZh: null, locale: "zh" })).toEqual({
      primary: { text: "Bletchley Declaration", lang: "en" },
      secondary: null,
      fallback: true,
    });
  });

  it("converts to traditional characters", () => {
    expect(toTraditional("全球人工智能治理倡议")).toBe("全球人工智能治理倡議");
    expect(toTraditional("Zambia")).toBe("Zambia");
  });
});

describe("combobox matching", () => {
  const options = [
    { value: "ZAF", label: "South Africa", code: "ZAF", search: comboboxSearchText(["South Africa", "南非", "ZAF"]) },
    { value: "ZMB", label: "Zambia", code: "ZMB", search: comboboxSearchText(["Zambia", "赞比亚", "尚比亞", "ZMB"]) },
    { value: "CIV", label: "Côte d'Ivoire", code: "CIV", search: comboboxSearchText(["Côte d'Ivoire", "科特迪瓦", "CIV"]) },
  ];
  const values = (query: string) => matchComboboxOptions({ options, query }).map((o) => o.value);

  it("finds by English name, Chinese name and code", () => {
    expect(values("Zam")).toEqual(["ZMB"]);
    expect(values("赞比")).toEqual(["ZMB"]);
    expect(values("尚比")).toEqual(["ZMB"]);
    expect(values("zmb")).toEqual(["ZMB"]);
    expect(values("africa")).toEqual(["ZAF"]);
    expect(values("cote")).toEqual(["CIV"]);
    expect(values("")).toEqual(["ZAF", "ZMB", "CIV"]);
  });
});
