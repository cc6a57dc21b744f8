import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodeBytes } from "./decode";
import { IngestError } from "@/lib/errors/ingest-error";
import { extractArticle, extractFromText } from "./extract-article";
import { isFurnitureLine, isTailMarker, stripFurniture } from "./furniture";
import { dateFromUrl, detectLanguage, parsePublishedAt, parseSourceLine } from "./metadata";

const zhBody =
  "当地时间5月6日，中国和赞比亚在纽约联合国总部共同举办人工智能能力建设国际合作之友小组会议。各方共聚一堂，深入探讨人工智能公平普惠发展，为完善人工智能治理、弥合数字鸿沟凝聚共识。";

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return e instanceof IngestError ? e.code : "other";
  }
  return null;
};

describe("decode", () => {
  it("decodes GB18030/GBK without mojibake", () => {
    const bytes = iconv.encode(`标题\n\n${zhBody}`, "gbk");
    const { text, encoding } = decodeBytes(bytes);
    expect(encoding).toBe("gb18030");
    expect(text).toContain("人工智能能力建设国际合作之友小组");
  });
  it("honours a declared charset in HTML", () => {
    const bytes = iconv.encode(`<html><head><meta charset="gb2312"><title>测试</title></head><body><p>${zhBody}</p></body></html>`, "gb18030");
    expect(decodeBytes(bytes).text).toContain("赞比亚");
  });
  it("accepts UTF-8 with BOM and UTF-16LE with BOM", () => {
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from("中国")])).text).toBe("中国");
    expect(decodeBytes(new Uint8Array([0xff, 0xfe, ...Buffer.from("中国", "utf16le")])).text).toBe("中国");
  });
  it("refuses empty, binary, too large and undecodable input", () => {
    expect(codeOf(() => decodeBytes(new Uint8Array()))).toBe("empty");
    expect(codeOf(() => decodeBytes(Buffer.from("%PDF-1.7 ...")))).toBe("binary");
    expect(codeOf(() => decodeBytes(new Uint8Array([0x41, 0x00, 0x42, 0x43])))).toBe("binary");
    expect(codeOf(() => decodeBytes(new Uint8Array(5 * 1024 * 1024 + 1).fill(0x41)))).toBe("too-large");
    const garbage = new Uint8Array(400).map((_, i) => (i % 2 ? 0xff : 0x81));
    expect(codeOf(() => decodeBytes(garbage))).toBe("undecodable");
  });
});

describe("furniture", () => {
  it.each([
    ["点击右上角微信好友", "line"],
    ["朋友圈", "line"],
    ["请使用浏览器分享功能进行分享", "line"],
    ["正在阅读:高举全球人工智能公平普惠发展的旗帜(和音)", "line"],
    ["首页> 国际频道> 国际要闻 > 正文", "line"],
    ["Home > World > Asia", "line"],
    ["开心", "line"],
    ["0", "line"],
    ["Share this article", "line"],
    ["[ 责编:袁晴 ]", "tail"],
    ["相关阅读", "tail"],
    ["推荐阅读", "tail"],
    ["阅读剩余全文(", "tail"],
    ["您此时的心情", "tail"],
    ["Related articles", "tail"],
    ["责任编辑：王小明", "tail"],
  ])("%s is %s furniture", (line, kind) => {
    expect(kind === "tail" ? isTailMarker(line) : isFurnitureLine(line)).toBe(true);
  });
  it("keeps article paragraphs", () => {
    expect(isFurnitureLine(zhBody)).toBe(false);
    expect(isTailMarker(zhBody)).toBe(false);
    expect(stripFurniture(["a paragraph.", "朋友圈", "another one.", "推荐阅读", "2026 headline"])).toEqual(["a paragraph.", "another one."]);
  });
});

describe("metadata", () => {
  it("reads publisher and Beijing time from the 来源 line", () => {
    expect(parseSourceLine("来源:人民日报2025-05-07 08:48")).toEqual({ publisher: "人民日报", published: "2025-05-07 08:48" });
    // traditional characters
    expect(parseSourceLine("來源:中國新聞網2024-12-05")).toEqual({ publisher: "中國新聞網", published: "2024-12-05" });
    expect(parsePublishedAt("2025-05-07 08:48", "zh")).toBe("2025-05-07T08:48:00+08:00");
    expect(parsePublishedAt("2025年05月07日 08:48", "zh")).toBe("2025-05-07T08:48:00+08:00");
  });
  it("parses English dates with and without zones", () => {
    expect(parsePublishedAt("2024-07-01T14:30:00Z", "en")).toBe("2024-07-01T14:30:00+00:00");
    expect(parsePublishedAt("July 1, 2024 2:30 PM GMT", "en")).toBe("2024-07-01T14:30:00+00:00");
    expect(parsePublishedAt("1 July 2024", "en")).toBe("2024-07-01");
  });
  it("reads the day of publication from the address when the page states none", () => {
    const today = new Date("2026-12-03T12:00:00Z");
    expect(dateFromUrl({ url: "https://news.example.com/world/2025/07/08/ai-summit", today })).toBe("2025-07-08");
    expect(dateFromUrl({ url: "https://www.example.cn/gj/2024/02-07/10157.shtml", today })).toBe("2024-02-07");
    expect(dateFromUrl({ url: "https://example.com/c_20250708/ai.html", today })).toBe("2025-07-08");
    expect(dateFromUrl({ url: "https://paper.example.cn/news/202302/17/2105915.shtml", today })).toBe("2023-02-17");
    expect(dateFromUrl({ url: "http://en.example.cn/n3/2026/0131/c90000-20421288.html", today })).toBe("2026-01-31");
    expect(dateFromUrl({ url: "https://www.example.com/business/2026/Feb/21/88-nations-endorse", today })).toBe("2026-02-21");
    expect(dateFromUrl({ url: "https://en.example.co.kr/view/AEN20231102003300320", today })).toBe("2023-11-02");
    expect(dateFromUrl({ url: "https://example.com/stories/202011240809.html", today })).toBe("2020-11-24");
    // a number that is no day, a day not yet come, a date only in the query, no address at all
    expect(dateFromUrl({ url: "https://example.com/a/20311377.html", today })).toBeNull();
    expect(dateFromUrl({ url: "https://example.com/a/202313/17/x.html", today })).toBeNull();
    expect(dateFromUrl({ url: "https://example.com/2027/01/05/preview", today })).toBeNull();
    expect(dateFromUrl({ url: "https://example.com/story?id=20250708", today })).toBeNull();
    expect(dateFromUrl({ url: "https://example.com/2025/02/30/x", today })).toBeNull();
    // an archive's capture time; an id that only looks like a day (no such month, or before ids opened with days)
    expect(dateFromUrl({ url: "https://webarchive.example.org/web/20230622152138/https://example.org/news/x", today })).toBeNull();
    expect(dateFromUrl({ url: "https://example.com/article/2014208660852490242", today })).toBeNull();
    expect(dateFromUrl({ url: "https://example.com/article/2005061212345", today })).toBeNull();
    expect(dateFromUrl({ url: "not a url", today })).toBeNull();
    expect(dateFromUrl({ url: null, today })).toBeNull();
  });
  it("prefers the date a page states, and the feed's, to its address", () => {
    const text = "AI summit\n\n" + "The summit closed with a declaration on artificial intelligence signed by many countries. ".repeat(3);
    expect(extractFromText({ text, hints: { url: "https://example.com/2025/07/08/ai" } }).publishedAt).toBe("2025-07-08");
    expect(extractFromText({ text, hints: { url: "https://example.com/2025/07/08/ai", publishedAt: "2025-07-09" } }).publishedAt).toBe("2025-07-09");
  });
  it("detects the language", () => {
    expect(detectLanguage(zhBody)).toBe("zh");
    expect(detectLanguage("The General Assembly adopted the resolution by consensus.")).toBe("en");
  });
});

describe("extraction", () => {
  it("extracts HTML with og/article meta and drops furniture", () => {
    const html = `<!doctype html><html lang="en"><head><title>UN adopts AI resolution - Example News</title>
      <meta property="og:title" content="UN adopts China-led AI capacity-building resolution">
      <meta property="og:site_name" content="Example News">
      <meta property="og:url" content="https://news.example/un-ai">
      <meta property="article:published_time" content="2024-07-02T09:15:00+00:00"></head>
      <body><nav>Home > World > Asia</nav><article><h1>UN adopts China-led AI capacity-building resolution</h1>
      <p>The United Nations General Assembly on Monday adopted by consensus a resolution on enhancing international cooperation on capacity-building of artificial intelligence.</p>
      <p>The resolution, tabled by China and co-sponsored by more than 140 countries, calls for a free, open, inclusive and non-discriminatory business environment.</p>
      <p>Share this article</p><h3>Related articles</h3><p>Unrelated headline about football</p></article></body></html>`;
    const a = extractArticle({ bytes: Buffer.from(html), fileName: "x.html" });
    expect(a).toMatchObject({
      title: "UN adopts China-led AI capacity-building resolution",
      publisher: "Example News",
      url: "https://news.example/un-ai",
      language: "en",
      publishedAt: "2024-07-02T09:15:00+00:00",
      format: "html",
    });
    expect(a.body).toContain("co-sponsored by more than 140 countries");
    expect(a.body).not.toMatch(/football|Share this|Related/);
  });
  it("extracts Markdown with front matter", () => {
    const md = `---\ntitle: AI talks in Geneva\ndate: 2024-05-15\npublisher: Example Wire\nurl: https://wire.example/geneva\n---\n\n# AI talks in Geneva\n\nChina and the **United States** held their [first](https://x) intergovernmental dialogue on AI in Geneva on Tuesday, officials said.\n\n- Both sides exchanged views on AI risks and governance.\n`;
    const a = extractArticle({ bytes: Buffer.from(md), fileName: "x.md" });
    expect(a).toMatchObject({ title: "AI talks in Geneva", publisher: "Example Wire", publishedAt: "2024-05-15", url: "https://wire.example/geneva", format: "markdown" });
    expect(a.body).toContain("China and the United States held their first intergovernmental dialogue");
    expect(a.body).not.toContain("**");
  });
  it("keeps a short Chinese opening paragraph that states a date and 发布: it is the story, not a header line", () => {
    const text = [
      "详解人工智能安全治理框架",
      "",
      "《人工智能安全治理框架》2.0版于2031年9月15日发布，由国家互联网应急中心牵头制定，秉持以人为本、智能向善理念，提升动态适应能力。",
      "",
      "一、发布信息",
      "",
      "2031年9月15日，在昆明举办的网络安全技术高峰论坛上正式发布。",
      "",
      zhBody,
    ].join("\n");
    const a = extractFromText({ text, fileName: "x.txt" });
    expect(a.title).toBe("详解人工智能安全治理框架");
    expect(a.publishedAt).toBeNull();
    expect(a.body.startsWith("《人工智能安全治理框架》2.0版于2031年9月15日发布")).toBe(true);
    expect(a.body).toContain("在昆明举办的网络安全技术高峰论坛上正式发布");
  });
  it("keeps the story a source line runs on into; a photo credit is no source and a lone byline is furniture", () => {
    const runOn = extractFromText({ text: `[標題未見於存檔頁面]\n\n來源:IT之家 美國東部時間 4 月 1 日晚，美國和英國簽署了一項人工智能安全協議。\n\n${zhBody}`, fileName: "x.txt" });
    expect(runOn.publisher).toBe("IT之家");
    expect(runOn.body.startsWith("美國東部時間 4 月 1 日晚，美國和英國簽署了一項人工智能安全協議。")).toBe(true);
    const credited = extractFromText({
      text: `科學家呼吁防范AI風險\n\n科技日報記者 張夢然\n\n當以后的人們撰寫一部編年史時，這可能是一個里程碑。\n\n圖片來源:視覺中國\n\n${zhBody}`,
      fileName: "x.txt",
    });
    expect(credited.publisher).toBeNull();
    expect(credited.body.startsWith("當以后的人們撰寫一部編年史時")).toBe(true);
    expect(credited.body).not.toMatch(/記者|視覺中國/);
  });
  it("reads metadata only from the page's header: a 'Date:' line or a source line further down is part of the story", () => {
    const advisory = [
      "Media advisory - Minister travels to Japan",
      "OTTAWA, Nov. 18, 2022 /CNW/ - The Minister of Innovation will lead the Canadian delegation to the annual summit of the Global Partnership on Artificial Intelligence in Tokyo.",
      "Media callback",
      "Date: Friday, November 25, 2022 (Korean Time)",
      "Time: 7:00 am (KT)",
      "Members of the media are asked to contact Media Relations to receive the dial-in information for the call.",
    ].join("\n\n");
    const a = extractFromText({ text: advisory });
    expect(a.body).toContain("Global Partnership on Artificial Intelligence");
    expect(a.publishedAt).toBeNull();
    const paper = [
      "东南亚国家人工智能治理规范的演进路径",
      "孙某",
      "内容提要:东南亚国家在大力发展人工智能技术的同时,面临着如何制定契合本地需求的技术治理规范的挑战。东南亚各国在人工智能技术的运用与治理方面存在明显的差异性,东盟国家依托区域协作平台，在数据隐私保护、跨境数据流动等核心议题上协调各方立场，逐步形成了具有区域特色的人工智能治理规范。",
      "原文出处:《东南亚研究》(广州)2025年第3期",
      "人工智能技术已经成为推动全球经济增长和社会变革的关键力量。东南亚国家在这一进程中积极制定本地的治理规范,并通过东盟平台协调立场。",
    ].join("\n\n");
    expect(extractFromText({ text: paper }).body).toContain("内容提要");
  });
  it("refuses a page with no body", () => {
    expect(codeOf(() => extractFromText({ text: "点击右上角微信好友\n朋友圈\n相关阅读\n很多标题" }))).toBe("no-body");
  });
});
