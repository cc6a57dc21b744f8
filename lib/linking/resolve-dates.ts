import { isPartialDate, makePartialDate, partialDateBounds, precisionOf } from "@/lib/dates/partial-date";
import { parseChineseDigits, parseChineseNumber } from "./chinese-numbers";
import { normaliseForMatch, simplifyHan } from "./normalise";
import type { DateMention } from "./types";

/**
 * Finds dates in article text and resolves them to partial ISO dates with their precision.
 * Absolute: 2023年10月, 2024年7月1日, 2024-07-01, 1 July 2024, July 1, 2024, July 2024, in 2024.
 * Relative to the publication date: 5月6日 / 当地时间5月6日 / May 6 (year inferred), 去年12月, 今年, 去年, 上月,
 * 本月, 昨天, 20日, last year, this year, last month, earlier this month, last December, yesterday.
 * Relative forms are skipped when the publication date is unknown.
 */

const MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};
const MONTH_RE = "(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)";
/** What joins the first and last day of a span: "16-20", "from 5 to 7", "5/6", "the 5th and 6th". */
const SPAN_JOIN = "(?:-|–|—|/|to|until|and)";

type Pub = { year: number; month: number; day: number; time: number } | null;

function parsePub(publishedAt: string | null | undefined): Pub {
  if (!publishedAt) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(publishedAt);
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : 1;
  const day = m[3] ? Number(m[3]) : 1;
  return { year, month, day, time: Date.UTC(year, month - 1, day) };
}

/**
 * Year for a month(/day) written without one: the publication year, unless that lands > 60 days after it. In a
 * sentence about what will happen ("will host a meeting in November", "将于21日举行") the next such day instead.
 */
function inferYear(pub: NonNullable<Pub>, month: number, day?: number, future = false): number {
  const t = Date.UTC(pub.year, month - 1, day ?? (future ? 28 : 1));
  if (future) return t < pub.time ? pub.year + 1 : pub.year;
  return t - pub.time > 60 * 86400000 ? pub.year - 1 : pub.year;
}

/** A month (and day) as written: in the year written with it, else in the year the dateline implies (inferYear). */
function writtenDate({ m, pub, text, month, day, year }: { m: RegExpExecArray; pub: Pub; text: string; month: number; day?: number; year?: string }): string | null {
  if (year) return makePartialDate({ year: +year, month, day });
  if (!pub) return null;
  return makePartialDate({ year: inferYear(pub, month, day, isFuture({ text, start: m.index, end: m.index + m[0].length })), month, day });
}

/** Words of the clause around a date that say it is still to come. */
const FUTURE_CLAUSE =
  /\b(?:will|shall|to be held|(?:is|are) scheduled|scheduled to|upcoming|(?:plans?|planning|expected|set) to)\b|将于|将在|即将|计划于|拟于|定于|召开前夕|举行前夕/i;
const SENTENCE_BREAKS = ["。", ". ", "\n", "；"] as const;
/** What of `before` follows its last sentence break (`breaks`: the marks that end one). */
function sinceLastBreak({ before, breaks = SENTENCE_BREAKS }: { before: string; breaks?: readonly string[] }): string {
  let from = -1;
  for (const b of breaks) from = Math.max(from, before.lastIndexOf(b));
  return before.slice(from + 1);
}
export function isFuture({ text, start, end }: { text: string; start: number; end: number }): boolean {
  const before = text.slice(Math.max(0, start - 150), start);
  const clause = sinceLastBreak({ before });
  // "On the 22nd, the … Act will come into force", "9月5日，…将…": a date opening its sentence is the time of
  // the whole sentence, so its verb may stand far after it
  const opens = /^\s*(?:on|in|by|at|from|于|在)?\s*$/i.test(clause);
  const after = text.slice(end, end + (opens ? 200 : 40));
  // (a full stop inside closing quotes ends the sentence too: "signed the Law “On AI.” The law will …")
  const to = after.search(/[。；\n]|\.["”’']?\s/);
  // "will be a follow-up of the summit held in Bletchley in November", "which began on February 16, will conclude
  // on February 21": a past act nearer the date than "will"
  const past = lastMatch(PAST_NEAR, clause);
  if (past >= 0 && past > lastMatch(FUTURE_CLAUSE, clause)) return false;
  return FUTURE_CLAUSE.test(`${clause} ${to >= 0 ? after.slice(0, to) : after}`) || INTENT_BEFORE.test(clause);
}
/** "he is eager to send a message at the summit from Friday": an intent before the date looks ahead to it (after it,
 * "the summit, set for November 1-2, aims to …", it says what the meeting is for, not when) */
const INTENT_BEFORE = /\b(?:eager|keen|hopes?|intends?|aims?)\s+to\b/i;
const PAST_NEAR =
  /(?<!\b(?:be|been|being|is|are)\s)\b(?:held|took place|was|were|adopted|signed|met|launched|hosted|convened|agreed|established|passed|approved|ratified|founded|enacted|began|started|opened|kicked off|concluded|ended)\b/gi;
function lastMatch(re: RegExp, text: string): number {
  const g = new RegExp(re.source, re.flags.includes("g") ? re.flags : `${re.flags}g`);
  let at = -1;
  for (let m = g.exec(text); m; m = g.exec(text)) at = m.index;
  return at;
}

const WEEKDAY_WITH_DATE_EN = new RegExp(`^,?\\s*\\(?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_RE}|${MONTH_RE}\\.?\\s+\\d{1,2}\\b)`, "i");
const WEEKDAY_WITH_DATE_ZH = /^\s*[（(]?\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号]/;
const REPORTED_ON = /\b(?:said|says|told|announced|stated|added|noted|reported|confirmed|wrote|declared),?\s+(?:on\s+)?$/i;
const WEEKDAY_PAIR_BEFORE_EN = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s*(?:and|to|through|-|–|—)\s*$/i;
const EN_WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const ZH_WEEKDAYS: Record<string, number> = { 日: 0, 天: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6 };

/**
 * "on Thursday" in a news report is the latest Thursday on or before the dateline; "last Thursday" the one
 * before today; "next Thursday" the one after; 下周四 / 上周四 the week after / before; in a sentence about what
 * will happen, the coming one.
 */
function weekdayDate(pub: NonNullable<Pub>, weekday: number, which: string, future = false): string {
  const today = new Date(pub.time).getUTCDay();
  const back = (today - weekday + 7) % 7;
  if (which === "next") return shiftDays(pub, (weekday - today + 7) % 7 || 7);
  // "The summit will open on Tuesday", "将于周四举行": the coming such day (today's, if it is that day)
  if (future && !which) return shiftDays(pub, (weekday - today + 7) % 7);
  if (which === "last") return shiftDays(pub, -(back || 7));
  return shiftDays(pub, -back);
}

function shiftDays(pub: NonNullable<Pub>, days: number): string {
  const d = new Date(pub.time + days * 86400000);
  return makePartialDate({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
}

/** The publication month moved by `delta` months (across years). */
function shiftMonth(pub: NonNullable<Pub>, delta: number): { year: number; month: number } {
  const d = new Date(Date.UTC(pub.year, pub.month - 1 + delta, 1));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1 };
}

/**
 * A day written without its month ("30日", "on the 21st"): in a report, the latest such day up to the dateline
 * (a day after it is last month's); in a sentence about what will happen, the next such day.
 */
function dayOfMonth({ pub, day, future }: { pub: NonNullable<Pub>; day: number; future: boolean }): string {
  if (future) return makePartialDate({ ...shiftMonth(pub, day < pub.day ? 1 : 0), day });
  // the latest month before the dateline's that has such a day ("30日" in early March is 30 January)
  if (day > pub.day) {
    for (let back = 1; back <= 3; back++) {
      const date = makePartialDate({ ...shiftMonth(pub, -back), day });
      if (isPartialDate(date)) return date;
    }
  }
  return makePartialDate({ year: pub.year, month: pub.month, day });
}

function relYear(word: string, pub: NonNullable<Pub>): number {
  if (word === "去年" || word === "last") return pub.year - 1;
  if (word === "前年") return pub.year - 2;
  if (word === "明年" || word === "next") return pub.year + 1;
  return pub.year;
}

/**
 * Years, months and days written in Chinese numerals, as the Taiwan and Hong Kong press often write them:
 * "二○二四年三月" (with 〇, ○ or 零 for zero), "去年七月", "十二月五日".
 */
const CN_YEAR = "(?:一九|二[〇○零])[〇○零一二三四五六七八九]{2}";
const CN_MONTH = "十[一二]?|[一二三四五六七八九]";
const CN_DAY = "[二三]?十[一二三四五六七八九]?|[一二三四五六七八九]";
/** "2024", "二○二四", "十二", "二十三": the number a year, month or day is written as */
function numberOf(written: string): number {
  if (/^\d+$/.test(written)) return +written;
  return written.includes("十") ? (parseChineseNumber(written) ?? NaN) : parseChineseDigits(written);
}

type Rule = {
  re: RegExp;
  /** returns the partial date, or null to skip */
  resolve: (m: RegExpExecArray, pub: Pub, original: string) => string | null;
  relative: boolean;
};

/** "25日和", "6日至": a day just written, so the day after this is the second day of the same span. */
const DAY_PAIR_BEFORE_ZH = /\d{1,2}\s*[日号]\s*(?:和|及|与|、|至|到|-|–|—)\s*$/;
const RULES: Rule[] = [
  // ---- Chinese, most specific first
  // "於今(2024)年7月…通過": this year, with its number in brackets (Taiwan's press writes it so)
  {
    re: /今\s*[（(]\s*(\d{4})\s*[）)]\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日号])?/g,
    relative: false,
    resolve: (m) => makePartialDate({ year: +m[1], month: +m[2], day: m[3] ? +m[3] : undefined }),
  },
  { re: /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/g, relative: false, resolve: (m) => makePartialDate({ year: +m[1], month: +m[2], day: +m[3] }) },
  // "立法院114年12月23日三讀通過", "民國113年7月": Taiwan's official calendar counts years from 1912 (year 1); a
  // year of 100-119 with its month is read so (a bare "113年" may be a count of years)
  {
    re: /(?<![\d.])(?:民[國国]\s*)?(1[01]\d)\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日号])?/g,
    relative: false,
    resolve: (m) => makePartialDate({ year: +m[1] + 1911, month: +m[2], day: m[3] ? +m[3] : undefined }),
  },
  // "2025年2月10至11日", "2月10-11日": a span of days written with one 日 is dated by its first day
  {
    re: /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*(?:至|到|-|–|—|~|～)\s*\d{1,2}\s*[日号]/g,
    relative: false,
    resolve: (m) => makePartialDate({ year: +m[1], month: +m[2], day: +m[3] }),
  },
  { re: /(?<![\d/])(\d{4})-(\d{1,2})-(\d{1,2})(?![\d-])/g, relative: false, resolve: (m) => makePartialDate({ year: +m[1], month: +m[2], day: +m[3] }) },
  { re: /(?<![\d/])(\d{4})\/(\d{1,2})\/(\d{1,2})(?![\d/])/g, relative: false, resolve: (m) => makePartialDate({ year: +m[1], month: +m[2], day: +m[3] }) },
  // "24.09.2025" (a European government page's day.month.year), "2025.09.24"
  { re: /(?<![\d./])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d.])/g, relative: false, resolve: (m) => makePartialDate({ year: +m[3], month: +m[2], day: +m[1] }) },
  { re: /(?<![\d./])(\d{4})\.(\d{1,2})\.(\d{1,2})(?![\d.])/g, relative: false, resolve: (m) => makePartialDate({ year: +m[1], month: +m[2], day: +m[3] }) },
  {
    re: /(去年|今年|明年|前年)\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/g,
    relative: true,
    resolve: (m, p) => (p ? makePartialDate({ year: relYear(m[1], p), month: +m[2], day: +m[3] }) : null),
  },
  {
    re: new RegExp(`(${CN_YEAR})\\s*年\\s*(${CN_MONTH}|\\d{1,2})\\s*月\\s*(${CN_DAY}|\\d{1,2})\\s*[日号]`, "g"),
    relative: false,
    resolve: (m) => makePartialDate({ year: numberOf(m[1]), month: numberOf(m[2]), day: numberOf(m[3]) }),
  },
  {
    re: new RegExp(`(去年|今年|明年|前年)\\s*(\\d{1,2}|${CN_MONTH})\\s*月`, "g"),
    relative: true,
    resolve: (m, p) => (p ? makePartialDate({ year: relYear(m[1], p), month: numberOf(m[2]) }) : null),
  },
  // "同年九月": the month of the year the text just named (dated by withSameYear; the dateline's year until then)
  { re: new RegExp(`同年\\s*(\\d{1,2}|${CN_MONTH})\\s*月`, "g"), relative: true, resolve: (m, p) => (p ? makePartialDate({ year: p.year, month: numberOf(m[1]) }) : null) },
  {
    re: new RegExp(`(\\d{4}|${CN_YEAR})\\s*年\\s*(\\d{1,2}|${CN_MONTH})\\s*月`, "g"),
    relative: false,
    resolve: (m) => makePartialDate({ year: numberOf(m[1]), month: numberOf(m[2]) }),
  },
  // ("5月29、30日", "5月29和30日": two days written with one 日, the same span)
  {
    re: /(?<!\d)(\d{1,2})\s*月\s*(\d{1,2})\s*(?:至|到|-|–|—|~|～|、|和|及|与)\s*\d{1,2}\s*[日号]/g,
    relative: true,
    resolve: (m, p, text) => writtenDate({ m, pub: p, text, month: +m[1], day: +m[2] }),
  },
  {
    re: /(?<!\d)(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/g,
    relative: true,
    resolve: (m, p, text) => writtenDate({ m, pub: p, text, month: +m[1], day: +m[2] }),
  },
  // "將出席十一月一日舉行的…會議": a month and day in Chinese numerals, without the year (the year's are above)
  {
    re: new RegExp(`(?<![\\d年〇○零一二三四五六七八九十廿卅])(${CN_MONTH})\\s*月\\s*(${CN_DAY})\\s*[日号]`, "g"),
    relative: true,
    resolve: (m, p, text) => writtenDate({ m, pub: p, text, month: numberOf(m[1]), day: numberOf(m[2]) }),
  },
  // "6月，…举行", "6月下旬", "3月初": a month without its year (not "3个月", "1至6月" spans are dropped later)
  {
    re: /(?<![\d年.:/-])(\d{1,2})\s*月(?:份)?(?:上旬|中旬|下旬|初|底|末)?(?!\s*\d)/g,
    relative: true,
    resolve: (m, p, text) =>
      p && +m[1] >= 1 && +m[1] <= 12
        ? makePartialDate({ year: inferYear(p, +m[1], undefined, isFuture({ text, start: m.index, end: m.index + m[0].length })), month: +m[1] })
        : null,
  },
  {
    re: /(上|本|下|这)个?月\s*(\d{1,2})\s*[日号]/g,
    relative: true,
    resolve: (m, p) => {
      if (!p) return null;
      const delta = m[1] === "上" ? -1 : m[1] === "下" ? 1 : 0;
      return makePartialDate({ ...shiftMonth(p, delta), day: +m[2] });
    },
  },
  {
    re: /(上|本|下|这)个?月(?![份]?\d)/g,
    relative: true,
    resolve: (m, p) => {
      if (!p) return null;
      const delta = m[1] === "上" ? -1 : m[1] === "下" ? 1 : 0;
      return makePartialDate(shiftMonth(p, delta));
    },
  },
  { re: /(去年|今年|明年|前年)/g, relative: true, resolve: (m, p) => (p ? makePartialDate({ year: relYear(m[1], p) }) : null) },
  { re: /(?<![\d/])(\d{4})\s*年(?!代)/g, relative: false, resolve: (m) => (+m[1] >= 1900 && +m[1] <= 2100 ? makePartialDate({ year: +m[1] }) : null) },
  { re: new RegExp(`(${CN_YEAR})\\s*年(?!代)`, "g"), relative: false, resolve: (m) => makePartialDate({ year: numberOf(m[1]) }) },
  // "昨上午舉行", "昨宣布": the regional press writes yesterday as 昨 alone
  { re: /昨(?![天日])(?=[\u4e00-\u9fff])/g, relative: true, resolve: (m, p) => (p ? shiftDays(p, -1) : null) },
  {
    re: /(前天|昨天|昨日|今天|今晨|明天)/g,
    relative: true,
    resolve: (m, p) => (p ? shiftDays(p, m[1] === "前天" ? -2 : m[1] === "今天" || m[1] === "今晨" ? 0 : m[1] === "明天" ? 1 : -1) : null),
  },
  // "领袖今日在阿尔伯达省结束年度峰会", "今日上午在青岛挂牌成立": today, as Hong Kong and Taiwan papers write it (not a
  // name: 今日头条, 今日美国, 今日俄罗斯; not "至今日" / "时至今日", until now)
  {
    re: /(?<![至迄])今日(?!头条|頭條|美国|美國|俄罗斯|俄羅斯|中国|中國|之|的世界|说法|說法|关注|關注|话题|話題)/g,
    relative: true,
    resolve: (_m, p) => (p ? shiftDays(p, 0) : null),
  },
  // "立法院今（23）日召开院会": today, with its day of the month (the day written, if the copy is dated later)
  { re: /今\s*[（(]\s*(\d{1,2})\s*[）)]\s*日/g, relative: true, resolve: (m, p) => (p ? dayOfMonth({ pub: p, day: +m[1], future: false }) : null) },
  // "廿六日" (26th), "卅日" (30th): the numerals HK and Macao papers use for days of the month
  {
    re: /(?<![\d月年一二三四五六七八九十])([廿卅])([一二三四五六七八九])?\s*日(?![本元])/g,
    relative: true,
    resolve: (m, p, text) =>
      p
        ? dayOfMonth({
            pub: p,
            day: (m[1] === "廿" ? 20 : 30) + (m[2] ? "一二三四五六七八九".indexOf(m[2]) + 1 : 0),
            future: isFuture({ text, start: m.index, end: m.index + m[0].length }),
          })
        : null,
  },
  // "29、30日将在高崎市召开", "10至11日举行": a span of days of the dateline's month, dated by its first day
  {
    re: /(?<![\d月年.:/-])(\d{1,2})\s*(?:至|到|-|–|—|~|～|、|和)\s*\d{1,2}\s*日(?![本元])/g,
    relative: true,
    resolve: (m, p, text) => (p ? dayOfMonth({ pub: p, day: +m[1], future: isFuture({ text, start: m.index, end: m.index + m[0].length }) }) : null),
  },
  {
    re: /(?<![\d月年.:/-])(\d{1,2})\s*日(?![本元])/g,
    relative: true,
    resolve: (m, p, text) =>
      // "2月25日和26日": the second day of a meeting's days, dated by its first
      p && !DAY_PAIR_BEFORE_ZH.test(text.slice(Math.max(0, m.index - 8), m.index))
        ? dayOfMonth({ pub: p, day: +m[1], future: isFuture({ text, start: m.index, end: m.index + m[0].length }) })
        : null,
  },
  {
    // ("上週二讀時": last week's second reading, not last Tuesday)
    re: /(上|下|本|这)?(?:个)?(?:周|星期|礼拜)([一二三四五六日天])(?![读讀审審])/g,
    relative: true,
    resolve: (m, p, text) =>
      p &&
      !WEEKDAY_WITH_DATE_ZH.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12)) &&
      !/\d\s*[日号]\s*[（(]?\s*$/.test(text.slice(Math.max(0, m.index - 6), m.index))
        ? weekdayDate(p, ZH_WEEKDAYS[m[2]], m[1] === "上" ? "last" : m[1] === "下" ? "next" : m[1] ? "this" : "", isFuture({ text, start: m.index, end: m.index + m[0].length }))
        : null,
  },
  // ---- English
  {
    re: /\b(?:(last|next|this)\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/g,
    relative: true,
    resolve: (m, p, text) => {
      if (!p || !/^[A-Z]/.test(text.slice(m.index + m[0].length - m[2].length, m.index + m[0].length))) return null;
      // "on Friday, 17 May", "Tuesday (Feb. 11)": the date written beside the weekday says which one
      if (WEEKDAY_WITH_DATE_EN.test(text.slice(m.index + m[0].length, m.index + m[0].length + 20))) return null;
      // "taking place Wednesday and Thursday": the later day of a pair is the first one's next day, dated by it
      if (WEEKDAY_PAIR_BEFORE_EN.test(text.slice(Math.max(0, m.index - 16), m.index))) return null;
      // "the office said Monday it will …": the day of a report is past, whatever the report announces
      const reported = REPORTED_ON.test(text.slice(Math.max(0, m.index - 24), m.index));
      return weekdayDate(p, EN_WEEKDAYS.indexOf(m[2]), m[1] ?? "", !reported && isFuture({ text, start: m.index, end: m.index + m[0].length }));
    },
  },
  // "on the 21st": a day of the dateline's month (not "the 21st century", "the 21st of May", "the 79th session", nor
  // the first day of a span in a month named after it: "on the 1st and 2nd November")
  {
    re: new RegExp(
      `\\bon the (\\d{1,2})(?:st|nd|rd|th)\\b(?!\\s+(?:of\\s+)?(?:${MONTH_RE}|century|session|anniversary|edition|round|meeting|summit|conference|floor|day)\\b)(?!\\s*${SPAN_JOIN}\\s*\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_RE}\\b)`,
      "gi",
    ),
    relative: true,
    resolve: (m, p, text) => (p && +m[1] >= 1 && +m[1] <= 31 ? dayOfMonth({ pub: p, day: +m[1], future: isFuture({ text, start: m.index, end: m.index + m[0].length }) }) : null),
  },
  // "on the 5th of September (2031)" (not the last day of a span: "the 5th and 6th of February", read below)
  {
    re: new RegExp(`(?<!\\d(?:st|nd|rd|th)?\\s*${SPAN_JOIN}\\s*)\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+of\\s+${MONTH_RE}\\b(?:,?\\s+(\\d{4})\\b)?`, "g"),
    relative: true,
    resolve: (m, p, text) => writtenDate({ m, pub: p, text, month: MONTHS[m[2]], day: +m[1], year: m[3] }),
  },
  // "16-20 February (2026)", "from 16 to 20 February", "5/6 February", "the 5th and 6th of February": a span of days
  // is dated by its first day
  {
    re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s*${SPAN_JOIN}\\s*\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_RE}\\.?(?:,?\\s+(\\d{4}))?\\b`, "g"),
    relative: true,
    resolve: (m, p, text) => writtenDate({ m, pub: p, text, month: MONTHS[m[2]], day: +m[1], year: m[3] }),
  },
  // "March 19-20, 2024", "May 21–22", "February 5 and 6, 2024", "from May 5 to 7": a span of days is dated by its first day
  {
    re: new RegExp(
      `\\b${MONTH_RE}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*(?:-|–|—)\\s*|\\s+(?:and|to|until|through)\\s+)(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?`,
      "g",
    ),
    relative: true,
    resolve: (m, p, text) => writtenDate({ m, pub: p, text, month: MONTHS[m[1]], day: +m[2], year: m[3] }),
  },
  {
    re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_RE}\\.?,?\\s+(\\d{4})\\b`, "g"),
    relative: false,
    resolve: (m) => makePartialDate({ year: +m[3], month: MONTHS[m[2]], day: +m[1] }),
  },
  {
    re: new RegExp(`\\b${MONTH_RE}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, "g"),
    relative: false,
    resolve: (m) => makePartialDate({ year: +m[3], month: MONTHS[m[1]], day: +m[2] }),
  },
  { re: new RegExp(`\\b${MONTH_RE}\\.?,?\\s+(?:of\\s+)?(\\d{4})\\b`, "g"), relative: false, resolve: (m) => makePartialDate({ year: +m[2], month: MONTHS[m[1]] }) },
  {
    re: new RegExp(`\\b(last|this past|past|this|next)\\s+${MONTH_RE}\\b`, "g"),
    relative: true,
    resolve: (m, p) => {
      if (!p) return null;
      const month = MONTHS[m[2]];
      // "this past July": the latest such month before the dateline's, as "last July"
      const year = /last|past/.test(m[1]) ? (month < p.month ? p.year : p.year - 1) : m[1] === "next" ? (month > p.month ? p.year : p.year + 1) : p.year;
      return makePartialDate({ year, month });
    },
  },
  {
    re: new RegExp(`\\b${MONTH_RE}\\s+(last|this|next)\\s+year\\b`, "g"),
    relative: true,
    resolve: (m, p) => (p ? makePartialDate({ year: relYear(m[2], p), month: MONTHS[m[1]] }) : null),
  },
  {
    re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_RE}\\b`, "g"),
    relative: true,
    resolve: (m, p, text) => writtenDate({ m, pub: p, text, month: MONTHS[m[2]], day: +m[1] }),
  },
  {
    re: new RegExp(`\\b${MONTH_RE}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?![.,]?\\d)`, "g"),
    relative: true,
    resolve: (m, p, text) => writtenDate({ m, pub: p, text, month: MONTHS[m[1]], day: +m[2] }),
  },
  {
    re: /\b(?:earlier|later)\s+this\s+month\b|\b(last|this|next)\s+month\b/g,
    relative: true,
    resolve: (m, p) => {
      if (!p) return null;
      const delta = m[1] === "last" ? -1 : m[1] === "next" ? 1 : 0;
      return makePartialDate(shiftMonth(p, delta));
    },
  },
  { re: /\b(?:earlier|later)\s+this\s+year\b|\b(last|this|next)\s+year\b/g, relative: true, resolve: (m, p) => (p ? makePartialDate({ year: relYear(m[1] ?? "this", p) }) : null) },
  // "The Security Council this afternoon held…" (UN meetings coverage): the day of the report
  {
    re: /\b(yesterday|today|tomorrow|this (?:morning|afternoon|evening)|tonight)\b/g,
    relative: true,
    resolve: (m, p) => (p ? shiftDays(p, m[1] === "yesterday" ? -1 : m[1] === "tomorrow" ? 1 : 0) : null),
  },
  {
    re: new RegExp(`\\b(?:(?:in|since|from|during|until|by|early|late|mid|end of|beginning of)\\s+|mid-)${MONTH_RE}\\b(?!\\s*\\d)`, "g"),
    relative: true,
    resolve: (m, p, text) => writtenDate({ m, pub: p, text, month: MONTHS[m[1]] }),
  },
  // "November's inaugural summit", "last May's meeting": a month named as the time of what follows
  {
    re: new RegExp(`\\b${MONTH_RE}['’]s\\b`, "g"),
    relative: true,
    resolve: (m, p, text) => writtenDate({ m, pub: p, text, month: MONTHS[m[1]] }),
  },
  // a year glued to the Chinese name after it ("2025世界人工智能大会") is part of the name, not a date
  { re: /(?<![\d/.,-])((?:19|20)\d{2})(?![\d/]|-\d|\.\d|,\d)(?!\s*年)(?![\u4e00-\u9fff])/g, relative: false, resolve: (m) => makePartialDate({ year: +m[1] }) },
];

const MONTH_WORD = new RegExp(`\\b${MONTH_RE}\\b`);

/**
 * "2025年…领导人非正式会议将于10月31日至11月1日举行" in a text with no dateline: the day is read in this year (no
 * text dates anything then) and keeps only the year the text states for it (withStatedYear).
 */
const YEAR_UNKNOWN: NonNullable<Pub> = { year: 1800, month: 6, day: 15, time: Date.UTC(1800, 5, 15) };

export function resolveDates({ text, publishedAt, keepYearless = false }: { text: string; publishedAt?: string | null; keepYearless?: boolean }): DateMention[] {
  // (traditional characters read as simplified, same offsets: 將於15日 is 将于15日)
  const simple = simplifyHan(text);
  const norm = normaliseForMatch(simple);
  const pub = parsePub(publishedAt);
  const taken: [number, number][] = [];
  const out: DateMention[] = [];
  const overlaps = (s: number, e: number) => taken.some(([a, b]) => s < b && e > a);
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = rule.re.exec(norm))) {
      const start = m.index;
      const end = start + m[0].length;
      if (overlaps(start, end)) continue;
      // English month names must be capitalised in the original ("May 6", not "may 6")
      const mw = MONTH_WORD.exec(m[0]);
      if (mw) {
        const origCh = text[start + mw.index];
        if (origCh === origCh.toLowerCase()) continue;
      }
      let date: string | null = null;
      try {
        // with no dateline, a day and month are read in a placeholder year: kept only if the text states their year
        date = rule.resolve(m, pub ?? (rule.relative && YEARLESS_DAY.test(m[0]) ? YEAR_UNKNOWN : null), simple);
      } catch {
        date = null;
      }
      if (!date || !isPartialDate(date)) continue;
      taken.push([start, end]);
      out.push({ start, end, surface: text.slice(start, end), date, precision: precisionOf(date), relative: rule.relative });
    }
  }
  out.sort((a, b) => a.start - b.start);
  // "March 14 (Thursday) and 15 (Friday), 2024": a weekday in brackets after a day names that day, it is no date of its own
  const weekdayOfDayBefore = (d: DateMention) =>
    d.relative && WEEKDAY_WORD.test(d.surface) && /\d\s*\(\s*$/.test(norm.slice(Math.max(0, d.start - 4), d.start)) && /^\s*\)/.test(norm.slice(d.end, d.end + 2));
  const read = withSameYear({ out: withStatedYear({ out: withWeekdayYear({ out: out.filter((d) => !weekdayOfDayBefore(d)), text: norm }), text: norm }) });
  // (a day left in the placeholder year, or in the one beside it where its weekday put it, had no year stated)
  const stated = pub || keepYearless ? read : read.filter((d) => !inUnknownYear(d));
  const counted = daysCountedFromText({ norm, text, dates: stated, overlaps });
  return counted.length ? [...stated, ...counted].sort((a, b) => a.start - b.start) : stated;
}

const WEEKDAY_WORD = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;

/** A day read in the placeholder year, or in the one beside it where its weekday put it: no year was stated for it. */
const inUnknownYear = (d: DateMention) => Math.abs(Number(d.date.slice(0, 4)) - YEAR_UNKNOWN.year) <= 1;

/** A day written without a year: where it stands, and its month and day ("08-01"). */
export type YearlessDay = Omit<DateMention, "date"> & { monthDay: string };

/**
 * Of the dates of an undated text read with `keepYearless`, the days it writes without a year and does not place in
 * one ("entered into force on August 1st", "3月21日，联大通过…"), with their month and day ("08-01").
 */
export function yearlessDaysOf({ dates }: { dates: DateMention[] }): YearlessDay[] {
  return dates.filter((d) => d.precision === "day" && inUnknownYear(d)).map(({ date, ...d }) => ({ ...d, monthDay: date.slice(5) }));
}

/** "次日", "the next day", "同日", "the day before": a day counted from the day the text stated just before. */
const COUNTED_DAY =
  /次日|翌日|第二天|隔天|同日|当天|当日|前一天|前一日|\b(?:the (?:next|following|same|previous|second) day|a day later|the day (?:after|before)|that same day|later that day)\b/g;
function daysCountedFromText({ norm, text, dates, overlaps }: { norm: string; text: string; dates: DateMention[]; overlaps: (s: number, e: number) => boolean }): DateMention[] {
  const out: DateMention[] = [];
  COUNTED_DAY.lastIndex = 0;
  for (let m = COUNTED_DAY.exec(norm); m; m = COUNTED_DAY.exec(norm)) {
    const start = m.index;
    const end = start + m[0].length;
    if (overlaps(start, end)) continue;
    // the last full day written before it, not far back (the paragraph before, in a news report)
    const base = [...dates, ...out].filter((d) => d.end <= start && d.precision === "day" && start - d.end <= 400).pop();
    if (!base) continue;
    const shift = /次日|翌日|第二天|隔天|next|following|second|later|after/.test(m[0]) ? 1 : /前一|previous|before/.test(m[0]) ? -1 : 0;
    const t = Date.parse(`${base.date}T00:00:00Z`) + shift * 86400000;
    const date = new Date(t).toISOString().slice(0, 10);
    out.push({ start, end, surface: text.slice(start, end), date, precision: "day", relative: true });
  }
  return out;
}

/** "日本去年五月通过…，同年九月生效": 同年 is the year of the date written just before it; with none near, no date. */
function withSameYear({ out }: { out: DateMention[] }): DateMention[] {
  const kept: DateMention[] = [];
  for (const d of out) {
    if (!d.surface.startsWith("同年")) {
      kept.push(d);
      continue;
    }
    const before = kept.filter((x) => x.end <= d.start && d.start - x.end <= 300).pop();
    if (before) kept.push({ ...d, date: `${before.date.slice(0, 4)}${d.date.slice(4)}` });
  }
  return kept;
}

/** "Thursday, September 5", "on Tuesday (May 21)", "9月5日（星期四）": the weekday written with a yearless day. */
const WEEKDAY_BEFORE_EN = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s*\(?\s*(?:the\s+)?$/;
const WEEKDAY_AFTER_ZH = /^\s*[（(]?\s*(?:星期|周|礼拜)([一二三四五六日天])/;
/**
 * A day and month written with their weekday and no year are dated in the nearest year (to the one guessed) where
 * that day falls on that weekday: an undated report of "Thursday, September 5" read in May 2024 is 2024, not 2023.
 */
function withWeekdayYear({ out, text }: { out: DateMention[]; text: string }): DateMention[] {
  return out.map((d) => {
    if (!d.relative || d.precision !== "day" || !YEARLESS_DAY.test(d.surface)) return d;
    const en = WEEKDAY_BEFORE_EN.exec(text.slice(Math.max(0, d.start - 16), d.start));
    const zh = en ? null : WEEKDAY_AFTER_ZH.exec(text.slice(d.end, d.end + 8));
    const weekday = en ? EN_WEEKDAYS.indexOf(en[1]) : zh ? ZH_WEEKDAYS[zh[1]] : -1;
    if (weekday < 0) return d;
    const year = Number(d.date.slice(0, 4));
    const weekdayIn = (y: number) => new Date(Date.UTC(y, Number(d.date.slice(5, 7)) - 1, Number(d.date.slice(8, 10)))).getUTCDay();
    if (weekdayIn(year) === weekday) return d;
    const fit = [year + 1, year - 1].find((y) => weekdayIn(y) === weekday);
    return fit ? { ...d, date: `${fit}${d.date.slice(4)}` } : d;
  });
}

/** Words of a day that comes round each year. */
const RECURRING = /每年|every year|each year|annually/i;
/**
 * A day and month without a year take the year the text states for them:
 * - "2025年上海合作组织峰会8月31日至9月1日举行", "4月2日-3日，2024年…论坛": a year written just before the day in the
 *   same clause ("拜登在2023年发布的行政令的结果，特朗普在1月20日废除了它" is another clause's year), or just after it
 *   with only a span between;
 * - "2021年11月24日，大会通过了建议书。…在11月24日的会议上…次日，也就是11月25日": a full date in the same month stated
 *   shortly before continues that account;
 * whatever the dateline's year.
 */
function withStatedYear({ out, text }: { out: DateMention[]; text: string }): DateMention[] {
  let stated: DateMention | null = null;
  return out.map((d, i) => {
    if (!d.relative && d.precision === "day") {
      stated = d;
      return d;
    }
    if (!d.relative || d.precision !== "day" || !YEARLESS_DAY.test(d.surface)) return d;
    const prev = out[i - 1];
    const next = out[i + 1];
    const year =
      prev &&
      !prev.relative &&
      prev.precision === "year" &&
      d.start - prev.end <= 30 &&
      !/[。.!?！？\n]/.test(text.slice(prev.end, d.start)) &&
      // ("自2017年起每年9月15日举行", "since 2017, every year on 15 September": a day that recurs, not one of that year)
      !RECURRING.test(text.slice(prev.end, d.start)) &&
      (!/[,，;；]/.test(text.slice(prev.end, d.start)) || opensClause({ text, at: prev.start }))
        ? prev.date.slice(0, 4)
        : next && !next.relative && next.precision === "year" && /^[\s\-–—至到~\d日号,，]*$/.test(text.slice(d.end, next.start))
          ? next.date
          : stated && d.start - stated.end <= 1500 && stated.date.slice(5, 7) === d.date.slice(5, 7)
            ? stated.date.slice(0, 4)
            : null;
    if (!year || year === d.date.slice(0, 4)) return d;
    const date = `${year}${d.date.slice(4)}`;
    return isPartialDate(date) ? { ...d, date } : d;
  });
}
/** "In 2029, the forum met …", "2031年，…": a year that opens its sentence dates the clauses after its comma too. */
function opensClause({ text, at }: { text: string; at: number }): boolean {
  const before = text.slice(Math.max(0, at - 40), at);
  return /^\s*(?:in|during|by|since|at the end of|在|于|截至)?\s*$/i.test(sinceLastBreak({ before, breaks: [...SENTENCE_BREAKS, ";"] }));
}

/** A day written with its month (a span of days too) and nothing that places it in a year. */
const YEARLESS_DAY = new RegExp(
  `^(?:\\d{1,2}\\s*月\\s*\\d{1,2}\\s*[日号]|\\d{1,2}(?:st|nd|rd|th)?(?:\\s*(?:-|–|—|to|until)\\s*\\d{1,2}(?:st|nd|rd|th)?)?\\s+${MONTH_RE}\\.?|${MONTH_RE}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?:\\s*(?:-|–|—)\\s*\\d{1,2})?)$`,
  "i",
);

const boundsCache = new Map<string, [number, number]>();
/** First and last day of a partial date as epoch ms (cached: event matching calls this a lot). */
export function dateBoundsMs(date: string): [number, number] {
  let b = boundsCache.get(date);
  if (!b) {
    const { first, last } = partialDateBounds(date);
    b = [Date.parse(`${first}T00:00:00Z`), Date.parse(`${last}T00:00:00Z`)];
    if (boundsCache.size > 50000) boundsCache.clear();
    boundsCache.set(date, b);
  }
  return b;
}

/** Do two partial dates overlap, with `toleranceDays` slack on each side (time zones: 当地时间 vs Beijing)? */
export function datesOverlap(a: string, b: string, toleranceDays = 1): boolean {
  const [a1, a2] = dateBoundsMs(a);
  const [b1, b2] = dateBoundsMs(b);
  const ms = toleranceDays * 86400000;
  return a1 - ms <= b2 && b1 - ms <= a2;
}

/** Day distance between the starts of two partial dates (for tie-breaking). */
export function dateDistance(a: string, b: string): number {
  return Math.abs(dateBoundsMs(a)[0] - dateBoundsMs(b)[0]) / 86400000;
}
