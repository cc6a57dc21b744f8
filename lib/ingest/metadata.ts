import { makePartialDate } from "@/lib/dates/partial-date";

/** Language by script: Chinese when CJK characters make up a fair share of the letters. */
export function detectLanguage(text: string): "zh" | "en" {
  let cjk = 0;
  let latin = 0;
  const n = Math.min(text.length, 20000);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) cjk++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
  }
  // one Chinese character carries about as much as a 3-4 letter word
  return cjk * 3 >= latin * 0.5 && cjk > 0 ? "zh" : "en";
}

const EN_MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

function pad(n: number) {
  return String(n).padStart(2, "0");
}

function offsetFromZone(zone: string | undefined, language: "zh" | "en"): string | null {
  if (!zone) return language === "zh" ? "+08:00" : null;
  const z = zone.trim().toUpperCase();
  if (z === "Z" || z === "GMT" || z === "UTC") return "+00:00";
  if (z === "BJT" || (z === "CST" && language === "zh") || z === "北京时间") return "+08:00";
  const m = /^(?:UTC|GMT)?\s*([+-])(\d{1,2}):?(\d{2})?$/.exec(z);
  if (m) return `${m[1]}${pad(Number(m[2]))}:${m[3] ?? "00"}`;
  const named: Record<string, string> = { EST: "-05:00", EDT: "-04:00", PST: "-08:00", PDT: "-07:00", CET: "+01:00", CEST: "+02:00", BST: "+01:00", JST: "+09:00", KST: "+09:00" };
  return named[z] ?? (language === "zh" ? "+08:00" : null);
}

/**
 * Parses a publication date/time as written on a page: "2025-05-07 08:48", "2025年05月07日 08:48",
 * "2025-05-07T08:48:00+08:00", "July 1, 2024 10:00 AM GMT", "1 July 2024". Chinese sources without a stated
 * zone are Beijing time. Returns an ISO string with offset when the time is known (and the zone known or
 * implied), else a partial date.
 */
export function parsePublishedAt(raw: string | null | undefined, language: "zh" | "en"): string | null {
  if (!raw) return null;
  const s = raw.trim();
  // full ISO with zone
  let m = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?/.exec(s);
  if (m) {
    const zone = offsetFromZone(m[7], language);
    const local = `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6] ?? "00"}`;
    if (zone) return `${local}${zone}`;
    return `${m[1]}-${m[2]}-${m[3]}`;
  }
  m = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s*(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*(北京时间|UTC[+-]?\d*|GMT[+-]?\d*|BJT|Z)?/.exec(s);
  if (m) {
    const date = makePartialDate({ year: +m[1], month: +m[2], day: +m[3] });
    if (m[4] === undefined) return date;
    const zone = offsetFromZone(m[7], language);
    return zone ? `${date}T${pad(+m[4])}:${m[5]}:${m[6] ?? "00"}${zone}` : date;
  }
  const en =
    /(?:(\d{1,2})\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:(\d{1,2})(?:st|nd|rd|th)?,?\s+)?(\d{4})(?:[,\s]+(?:at\s+)?(\d{1,2}):(\d{2})\s*(am|pm|a\.m\.|p\.m\.)?\s*([A-Z]{2,4}|[+-]\d{2}:?\d{2}|UTC[+-]\d+|GMT[+-]\d+)?)?/i.exec(
      s,
    );
  if (en) {
    const day = Number(en[1] ?? en[3]);
    if (!day) return makePartialDate({ year: +en[4], month: EN_MONTHS[en[2].toLowerCase()] });
    const date = makePartialDate({ year: +en[4], month: EN_MONTHS[en[2].toLowerCase()], day });
    if (en[5] === undefined) return date;
    let hour = Number(en[5]);
    const ampm = en[7]?.toLowerCase().replace(/\./g, "");
    if (ampm === "pm" && hour < 12) hour += 12;
    if (ampm === "am" && hour === 12) hour = 0;
    const zone = offsetFromZone(en[8], language);
    return zone ? `${date}T${pad(hour)}:${en[6]}:00${zone}` : date;
  }
  return null;
}

/** A clause of Chinese prose: a sentence end, or a comma and words after it (a header line has neither; a source line may run on into the story). */
export const SENTENCE_ZH = /[。！？]|[，,]\s*[\u4e00-\u9fff]{4,}/;

/**
 * "来源:人民日报2025-05-07 08:48", "来源：新华网 2025-05-07", "发布时间：2025-05-07 08:48 来源：光明日报"; the same in
 * traditional characters ("來源:中國新聞網2024-12-05", "發佈時間").
 */
export function parseSourceLine(line: string): { publisher: string | null; published: string | null } | null {
  const src =
    /(?<![图圖片])(?:来源|來源|稿源|出处|出處)\s*[:：]\s*([^\s\d|｜丨]{2,20}?(?:网|網|报|報|社|台|刊|站|日报|日報|新闻|新聞)?)(?=\s*(?:\d{4}|[|｜丨]|作者|编辑|編輯|时间|時間|发布|發佈|發布|$|\s))/.exec(
      line,
    );
  const date = /(\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?)/.exec(line);
  // (a date and 发布 in a sentence are the story's: "2021年11月25日，…举行新闻发布会，介绍…", "2025年7月23日，美国白宫发布了…")
  if (!src && !(date && /发布|發佈|發布|时间|時間|来源|來源/.test(line) && !SENTENCE_ZH.test(line))) return null;
  return { publisher: src ? src[1].trim() : null, published: date ? date[1] : null };
}

/** English bylines: "Source: Reuters | July 1, 2024", "Published: 1 July 2024 10:00 GMT", "By Jane Doe, Reuters". */
export function parseEnglishMetaLine(line: string): { publisher: string | null; published: string | null } | null {
  const pub = /^(?:published|posted|updated|date)\s*(?:on)?\s*[:：]?\s*(.+)$/i.exec(line);
  if (pub) return { publisher: null, published: pub[1] };
  const src = /^source\s*[:：]\s*([^|,\n]{2,60}?)(?:\s*[|,]\s*(.+))?$/i.exec(line);
  if (src) return { publisher: src[1].trim(), published: src[2] ?? null };
  return null;
}

/**
 * Ways addresses carry a day, most common first: 2025/07/08, 2025-07-08, 2025-07/08, 20250708, 202507/08;
 * 2025/0708 (People's Daily, many Chinese portals); 2026/Feb/21; and a story id that opens with the day,
 * "AEN20231102003300320", "202011240809" (Yonhap, AllAfrica, Jiji), read only from 2010 on so that older
 * ids are not taken for days. None may be part of a longer number unless said.
 */
const URL_DAYS: RegExp[] = [
  /(?<!\d)(?<year>20\d{2})(?:[/_.-](?<month>\d{1,2})[/_.-](?<day>\d{1,2})|(?<month2>\d{2})[/_.-]?(?<day2>\d{2}))(?!\d)/,
  /(?<!\d)(?<year>20\d{2})\/(?<month>\d{2})(?<day>\d{2})(?!\d)/,
  /(?<!\d)(?<year>20\d{2})\/(?<monthName>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\/(?<day>\d{1,2})(?!\d)/i,
  /(?<!\d)(?<year>20[1-4]\d)(?<month>\d{2})(?<day>\d{2})\d{4,11}(?!\d)/,
];

/**
 * "https://…/2025/07/08/…", "…/c_20250708…": many news sites put the day a story was published in its address.
 * Read only where the page states no date of its own, from the path (a query's numbers are often ids), and only a
 * day that exists and is not after `today`.
 */
export function dateFromUrl({ url, today = new Date() }: { url: string | null | undefined; today?: Date }): string | null {
  if (!url) return null;
  let path: string;
  try {
    // (an archive's capture time, "/web/20230622152138/…", is not the day the page was published)
    path = decodeURIComponent(new URL(url).pathname).replace(/\/web\/\d{14}\w*\//, "/");
  } catch {
    return null;
  }
  for (const pattern of URL_DAYS) {
    const g = pattern.exec(path)?.groups;
    if (!g) continue;
    const year = Number(g.year);
    const month = g.monthName ? EN_MONTHS[g.monthName.toLowerCase()] : Number(g.month ?? g.month2);
    const day = Number(g.day ?? g.day2);
    const at = new Date(Date.UTC(year, month - 1, day));
    if (month < 1 || month > 12 || at.getUTCMonth() !== month - 1 || at.getUTCDate() !== day) continue;
    if (at.getTime() > today.getTime() + 24 * 3600 * 1000) continue;
    return makePartialDate({ year, month, day });
  }
  return null;
}
