import { describe, expect, it } from "vitest";
import { buildGazetteer } from "./gazetteer";
import { linkArticle } from "./link-article";
import { dateNamedMeetings, isEventDate } from "./propose-events";
import { resolveDates } from "./resolve-dates";
import type { GazetteerEntry } from "./types";
import { entryBuilders, testEntries } from "@/tests/helpers/test-gazetteer";

// Sentences written for these tests (not taken from the labelled fixtures): each form of a dated event is checked
// on wording of its own, zh and en, with a case where the rule must not fire.
function entries(): GazetteerEntry[] {
  const all = testEntries();
  const { country, org, nextId } = entryBuilders({ firstId: 3000 });
  const ken = country("KEN", "Kenya", "肯尼亚");
  all.push(country("JPN", "Japan", "日本"), ken, country("CHL", "Chile", "智利"), org("african-union", "African Union", "非洲联盟", ["AU", "非盟"]));
  all.push(
    { id: nextId(), kind: "event", slug: "nairobi-summit-2032", nameEn: "Nairobi Digital Summit", nameZh: "内罗毕数字峰会", date: "2032-05-10", aliases: [], relatedIds: [ken.id] },
    { id: nextId(), kind: "event", slug: "lagos-ai-forum-2031", nameEn: "Lagos AI Forum 2031", nameZh: "2031拉各斯人工智能论坛", date: "2031-03-11", aliases: [] },
    { id: nextId(), kind: "initiative", slug: "nairobi-data-charter", nameEn: "Nairobi Data Charter", nameZh: "内罗毕数据宪章", date: "2031-06-02", aliases: [] },
    { id: nextId(), kind: "initiative", slug: "kenya-data-act", nameEn: "Kenya Data Protection Act", nameZh: "肯尼亚数据保护法", date: "2031-01-10", aliases: [] },
  );
  return all;
}
const gz = buildGazetteer({ entries: entries() });
const key = (id: number) => gz.entries.get(id)!.iso3 ?? gz.entries.get(id)!.slug;
// (the event readers alone: the dates the event-date model adds are tested in find-further-event-dates.test.ts)
const link = (body: string, publishedAt: string | null) =>
  linkArticle({ body, publishedAt, language: /[\u4e00-\u9fff]/.test(body) ? "zh" : "en", gazetteer: gz, model: null, dateModel: null });
const dates = (body: string, publishedAt: string | null) => [...new Set(link(body, publishedAt).events.map((e) => e.date))].sort();
const read = (text: string, publishedAt: string | null) => resolveDates({ text, publishedAt }).map((d) => d.date);

describe("an undated article read against a day guessed from the events it names", () => {
  it("keeps a stated day and month, drops dates that count from the (guessed) dateline", () => {
    // the anchor is the forum's own day: "next March" / "March's forum" would date the forum a year off
    expect(dates("Kenya and Chile will meet again at the Lagos AI Forum 2031 next March.", null)).toEqual([]);
    expect(dates("Ahead of March's Lagos AI Forum 2031, Kenya hosted a meeting.", null)).toEqual([]);
    expect(dates("肯尼亚和智利将出席明年举行的2031拉各斯人工智能论坛。", null)).toEqual([]);
    // a day and month whose year the named forum fixes
    expect(dates("The Lagos AI Forum 2031 was held on 11 March, hosted by Kenya.", null)).toEqual(["2031-03-11"]);
  });
});

describe("an undated article read against the last full day it states", () => {
  it("keeps a month or weekday, not what counts from the (unknown) day of writing: next year, last month", () => {
    const body = "On 1 November 2031 Kenya and Chile opened a summit in Lagos. The next summit will be hosted by Chile next year.";
    expect(dates(body, null)).toEqual(["2031-11-01"]);
    expect(dates("The charter was adopted on 1 November 2031. Kenya had hosted a summit in October.", null)).toEqual(["2031-10", "2031-11-01"]);
    // with the article's own date, next year is read as usual
    expect(dates(body, "2031-11-02")).toEqual(["2031-11-01", "2032"]);
  });
});

describe("each dated act of a sentence is an event of its own", () => {
  it("two acts on one text, each with its day (zh, en)", () => {
    expect(dates("该宪章于3月4日获得议会批准，4月9日获得政府批准。", "2031-05-01")).toEqual(["2031-03-04", "2031-04-09"]);
    expect(dates("The charter was approved by parliament on 4 March and signed into law on 9 April.", "2031-05-01")).toEqual(["2031-03-04", "2031-04-09"]);
  });

  it("a further date without an act of its own is not one", () => {
    expect(dates("该宪章于3月4日获得议会批准，4月9日媒体对此进行了讨论。", "2031-05-01")).toEqual(["2031-03-04"]);
    expect(dates("The charter was approved on 4 March, and the ministry spoke about it on 9 April.", "2031-05-01")).toEqual(["2031-03-04"]);
  });

  it("an English verb goes with the date of its own clause", () => {
    expect(dates("Trade rose 5% in 2029 after the charter was passed in 2027.", "2031-05-01")).toEqual(["2027"]);
    expect(dates("On 1 July Kenya adopted the charter, three months after 21 March.", "2031-08-01")).toEqual(["2031-07-01"]);
  });

  it("dates joined by 与 / and share the verb after them", () => {
    expect(dates("在2027年与2028年分别于内罗毕及圣地亚哥举行的两届峰会上，多国签署了宣言。", "2031-05-01")).toEqual(["2027", "2028"]);
  });

  it("a text named in the atlas, approved again on another day, keeps both acts", () => {
    const events = link("The Nairobi Data Charter was adopted on 2 June and entered into force on 1 September.", "2031-12-01").events;
    expect(events.map((e) => `${e.date}:${key(e.matchedEntityId!)}`).sort()).toEqual(["2031-06-02:nairobi-data-charter", "2031-09-01:nairobi-data-charter"]);
  });
});

describe("a text revised on a day of its own", () => {
  it("revising or amending a text the atlas holds dates an act on it (zh, en)", () => {
    const acts = (body: string) => link(body, "2033-01-01").events.map((e) => `${e.date}:${key(e.matchedEntityId!)}`);
    expect(acts("On May 5, 2032, the African Union revised the Nairobi Data Charter.")).toEqual(["2032-05-05:nairobi-data-charter"]);
    expect(acts("2032年5月5日，非洲联盟修订了《内罗毕数据宪章》。")).toEqual(["2032-05-05:nairobi-data-charter"]);
    // (a revision spoken of without a day of its own)
    expect(acts("The African Union said the Nairobi Data Charter will be revised.")).toEqual([]);
  });
});

describe("an act on a meeting, text or body with nobody named", () => {
  it("a body founded, a meeting held, a bill submitted (zh, en)", () => {
    expect(dates("The institute, founded in 2027, trains engineers for the region.", "2031-05-01")).toEqual(["2027"]);
    expect(dates("该研究院于2027年成立，每年培训数百名工程师。", "2031-05-01")).toEqual(["2027"]);
    expect(dates("峰会8月31日至9月1日在天津举行。", "2031-09-03")).toEqual(["2031-08-31"]);
    expect(dates("2031年2月3日，政府向议会提交了《数据安全法》草案。", null)).toEqual(["2031-02-03"]);
  });

  it("a dated fact that is no act (a statistic, an activity) is not an event", () => {
    expect(dates("In 2027, the institute trained 500 engineers.", "2031-05-01")).toEqual([]);
    expect(dates("2027年，该研究院培训了500名工程师。", "2031-05-01")).toEqual([]);
  });
});

describe("dates that are not the day of the act", () => {
  it("the day something was reported or briefed on", () => {
    // the report's day gives way to the announced summit's month
    expect(dates("新闻网站12月30日以此为题报道称，肯尼亚将于明年2月举办峰会。", "2030-12-31")).toEqual(["2031-02"]);
    expect(dates("11月25日，非盟在亚的斯亚贝巴举行新闻发布会，介绍该宪章。", "2031-12-01")).toEqual([]);
    expect(dates("On Monday, the African Union held a press conference on the charter.", "2031-05-08")).toEqual([]);
    expect(dates("该宪章于11月24日通过，11月26日多家媒体才有简短的报道。", "2031-12-01")).toEqual(["2031-11-24"]);
    // a source named after the date ("据…报道") does not make the date a report's
    expect(dates("5月6日，据新华社报道，肯尼亚和智利在内罗毕共同举办论坛。", "2031-05-08")).toEqual(["2031-05-06"]);
  });

  it("the end of a span, a deadline, 截至 (as of)", () => {
    expect(dates("The strategy was adopted in 2030 and runs from 2031 to 2035.", "2031-05-01")).toEqual(["2030"]);
    expect(dates("The forum took place on March 19-20, 2031, in Lagos, hosted by Kenya.", null)).toEqual(["2031-03-19"]);
    expect(dates("截至2031年5月27日，已有40国签署该宪章。", "2031-06-01")).toEqual([]);
  });

  it("a year that restates the day written beside it, a year inside a title", () => {
    expect(dates("4月2日-3日，2031年中非数字论坛在厦门举办。", "2031-04-08")).toEqual(["2031-04-02"]);
    expect(dates("会上，中方发布《2031年中非数字论坛主席声明》。", "2031-04-08")).toEqual([]);
  });
});

describe("a page's byline and an interview's day are not events (for the readers and the event-date model alike)", () => {
  const eventDate = (text: string) => {
    const [d] = resolveDates({ text, publishedAt: "2031-05-08" });
    return isEventDate({ sentence: { start: 0, end: text.length, text }, date: d });
  };
  it.each(["by | Apr 21, 2031 | Firm News", "Published in The Nairobi Post, May 7th, 2031", "Wanjiru Kamau speaks to The Nairobi Post on Thursday."])("not: %s", (text) =>
    expect(eventDate(text)).toBe(false),
  );
  it.each([
    "The charter was adopted on Apr 21, 2031.",
    "Published as a report of the Secretary-General on 11 June 2031, the charter sets out the way forward for the member states.",
  ])("%s", (text) => expect(eventDate(text)).toBe(true));
});

describe("a day and month after a full date in the same month continue that account", () => {
  it("takes the stated year, not the dateline's (zh, en)", () => {
    const zh = "2029年11月24日，大会通过了该宪章。尽管宪章是在11月24日的会议上通过的，次日，也就是11月25日，才有报道。";
    expect(resolveDates({ text: zh, publishedAt: "2031-06-01" }).map((d) => d.date)).toEqual(["2029-11-24", "2029-11-24", "2029-11-25", "2029-11-25"]);
    const en = "The charter was adopted on November 24, 2029. On 26 November, ministers met again.";
    expect(resolveDates({ text: en, publishedAt: "2031-06-01" }).map((d) => d.date)).toEqual(["2029-11-24", "2029-11-26"]);
  });

  it("a year written just before the day, or right after a span of days (zh, en)", () => {
    const d = (text: string, publishedAt: string | null = null) => resolveDates({ text, publishedAt }).map((x) => x.date);
    expect(d("中新社内罗毕9月2日电 2029年非盟峰会8月31日至9月1日在内罗毕举行。", "2031-09-02")).toContain("2029-08-31");
    expect(d("4月2日-3日，2029年中非数字论坛在厦门举办。", "2031-04-08")).toEqual(["2029-04-02", "2029"]);
    expect(d("In 2029, the forum met in Lagos on 5 May.", "2031-06-01")).toEqual(["2029", "2029-05-05"]);
    // a year in another sentence, or far from the day, does not reach it
    expect(d("The forum was founded in 2029. It met in Lagos on 5 May.", "2031-06-01")).toEqual(["2029", "2031-05-05"]);
    // nor a year a recurring day is counted from ("since 2029, held every year on …"): that day is the dateline's year's
    expect(d("数字日自2029年起每年9月15日举行。", "2031-08-30")).toEqual(["2029", "2031-09-15"]);
    expect(d("Since 2029, every year on 15 September, the day is marked.", "2031-08-30")).toEqual(["2029", "2031-09-15"]);
  });

  it("a day of another month, or long after, keeps the dateline's year", () => {
    expect(resolveDates({ text: "The charter was adopted on November 24, 2029. On 6 May, ministers met.", publishedAt: "2031-06-01" }).map((d) => d.date)).toEqual([
      "2029-11-24",
      "2031-05-06",
    ]);
  });
});

describe("agreements reached on a weekday", () => {
  it("leaders agreeing on Saturday date an event; saying it on Saturday does not", () => {
    expect(dates("Kenya and Chile agreed on Saturday to set up a joint AI centre.", "2031-05-18")).toEqual(["2031-05-17"]);
    expect(dates("肯尼亚和智利周六商定共建人工智能中心。", "2031-05-18")).toEqual(["2031-05-17"]);
    expect(dates("Kenya said on Saturday that the centre would be useful.", "2031-05-18")).toEqual([]);
  });
});

describe("what is still to come", () => {
  it("a meeting announced for a weekday, 'will' far before the day", () => {
    // 2031-05-20 is a Tuesday: the coming Wednesday, not the one before
    expect(dates("The opening session will be followed by an in-person meeting of trade ministers, experts and others on Wednesday.", "2031-05-20")).toEqual(["2031-05-21"]);
    expect(dates("峰会开幕后，各国部长将于周三举行会议。", "2031-05-20")).toEqual(["2031-05-21"]);
    // something still to come that is no meeting and no act
    expect(dates("The ministry will publish its trade figures on Wednesday.", "2031-05-20")).toEqual([]);
    expect(dates("统计局将于周三公开贸易数据。", "2031-05-20")).toEqual([]);
  });

  it("an intent before the weekday looks ahead to it; a meeting's aim after its date does not", () => {
    // 2031-05-19 is a Monday: the coming Friday
    expect(read("The minister said he is eager to send a strong message at the three-day summit in Lima from Friday.", "2031-05-19")).toEqual(["2031-05-23"]);
    expect(read("The two-day summit, set for 14 May, aims to bring together governments.", "2031-05-19")).toEqual(["2031-05-14"]);
  });
  it("the day a speaker said what will be is past, with a comma before the weekday too", () => {
    // 2031-05-22 is a Thursday: "said, Wednesday" is the day before, whatever the speech says must be done
    expect(read("Within the scope that does not hinder AI, we will secure its safety, the minister said, Wednesday.", "2031-05-22")).toEqual(["2031-05-21"]);
    expect(read("Within the scope that does not hinder AI, we will secure its safety, the minister said Wednesday.", "2031-05-22")).toEqual(["2031-05-21"]);
  });

  it("a past act nearer the date than 'will' is past", () => {
    const d = (text: string) => resolveDates({ text, publishedAt: "2031-04-12" }).map((x) => x.date);
    expect(d("The talks will build on the forum held in Lagos in November.")).toEqual(["2030-11"]);
    expect(d("The forum will be held in Lagos in November.")).toEqual(["2031-11"]);
  });
});

describe("texts in force, votes and deadlines", () => {
  it("a law taking effect on a stated day, a vote on a text (zh, en)", () => {
    expect(dates("The data law takes effect on 1 January 2032.", "2031-05-01")).toEqual(["2032-01-01"]);
    expect(dates("该条例自2032年1月1日起施行。", "2031-05-01")).toEqual(["2032-01-01"]);
    expect(dates("The Assembly voted on the resolution on 5 December 2031.", "2031-12-10")).toEqual(["2031-12-05"]);
  });

  it("a deadline or target is not the day of an act", () => {
    expect(dates("Members agreed to adopt national strategies by 2030.", "2031-05-01")).toEqual([]);
    expect(dates("各方同意在2030年前建立区域数据中心。", "2031-05-01")).toEqual([]);
    expect(dates("到2030年，将设立10个联合实验室。", "2031-05-01")).toEqual([]);
  });

  it("a report's publication is not an act on it", () => {
    expect(dates("The survey, published on 3 May 2031, found that the agreement is popular.", "2031-05-10")).toEqual([]);
  });
});

describe("an event dated only by the year in its name", () => {
  it("reported as (being) held: the atlas's day of the meeting the name names (zh, en)", () => {
    expect(dates("正在拉各斯举行的2031拉各斯人工智能论坛吸引了肯尼亚和智利代表。", null)).toEqual(["2031-03-11"]);
    expect(dates("The Lagos AI Forum 2031 opened in Lagos, with Kenya and Chile attending.", null)).toEqual(["2031-03-11"]);
  });

  it("still to come, merely named, or dated in the article already: nothing more", () => {
    expect(dates("肯尼亚将主办的2031拉各斯人工智能论坛具有重要意义。", null)).toEqual([]);
    expect(dates("Kenya praised the Lagos AI Forum 2031 as a milestone.", null)).toEqual([]);
    const twice = "3月11日，2031拉各斯人工智能论坛开幕。2031拉各斯人工智能论坛开幕式上，肯尼亚和智利签署了宣言。";
    expect(dates(twice, "2031-03-15")).toEqual(["2031-03-11"]);
  });
});

describe("a date written as the time of a meeting", () => {
  it("names each meeting of a list (zh, en)", () => {
    expect(dates("此次论坛是继2029年11月内罗毕峰会、2030年5月圣地亚哥峰会之后的第三次峰会，肯尼亚出席。", "2031-05-01")).toEqual(["2029-11", "2030-05"]);
    expect(dates("Kenya recalled the November 2029 summit in Nairobi and the talks in Santiago in May 2030.", "2031-05-01")).toEqual(["2029-11", "2030-05"]);
  });

  it("a date beside other nouns does not", () => {
    expect(dates("Kenya recalled its November 2029 budget and its May 2030 census.", "2031-05-01")).toEqual([]);
  });

  it("'this year's forum' adds nothing beside the forum's day reported in the article", () => {
    expect(dates("3月4日，肯尼亚在内罗毕举办数字论坛。今年论坛的主题是数据治理。", "2031-03-10")).toEqual(["2031-03-04"]);
  });
});

describe("briefings and days of the month", () => {
  it("the day of a press conference or statement named before the date", () => {
    expect(dates("Speaking at a press conference on Thursday, the spokesperson said Kenya would attend the summit.", "2031-05-08")).toEqual([]);
    expect(dates("Kenya ratified the charter in 2030, the ministry said in a statement on Monday.", "2031-05-08")).toEqual(["2030"]);
  });

  it("'30日' early in a month is the 30th of the latest month that has one", () => {
    expect(dates("30日，肯尼亚与智利在内罗毕召开人工智能合作论坛。", "2031-03-05")).toEqual(["2031-01-30"]);
  });
});

describe("a day counted from the day stated before it", () => {
  it("次日, the next day, on the second day, the day before (zh, en)", () => {
    expect(dates("The forum will open on Tuesday.\n\nOn the second day, Kenya and Chile will sign the charter.", "2031-05-10")).toEqual(["2031-05-13", "2031-05-14"]);
    expect(dates("5月6日，肯尼亚和智利在内罗毕共同举办论坛。次日，双方签署了合作协议。", "2031-05-10")).toEqual(["2031-05-06", "2031-05-07"]);
    expect(dates("The forum opened in Lagos on 10 February. The next day, Kenya and Chile signed the charter.", "2031-05-10")).toEqual(["2031-02-10", "2031-02-11"]);
    expect(resolveDates({ text: "The forum opened on 10 February 2031; the day before, ministers met.", publishedAt: null }).map((d) => d.date)).toEqual([
      "2031-02-10",
      "2031-02-09",
    ]);
  });

  it("with no day stated shortly before it, nothing", () => {
    expect(dates("当天，与会各方通过了宪章。", "2031-05-10")).toEqual([]);
    const far = `The forum opened on 10 February 2031.\n\n${"Delegates talked about many things. ".repeat(15)}\n\nThe next day was quiet.`;
    expect(resolveDates({ text: far, publishedAt: null }).map((d) => d.date)).toEqual(["2031-02-10"]);
  });
});

describe("days named as the report's own", () => {
  it("this afternoon / tonight / tomorrow / 今晨 / 明天 (meetings coverage)", () => {
    expect(dates("The African Union this afternoon held its first open debate on artificial intelligence.", "2031-07-18")).toEqual(["2031-07-18"]);
    expect(dates("Kenya and Chile will sign the charter tomorrow in Nairobi.", "2031-07-18")).toEqual(["2031-07-19"]);
    expect(dates("肯尼亚和智利明天将在内罗毕签署宪章。", "2031-07-18")).toEqual(["2031-07-19"]);
    expect(dates("今晨，非盟在亚的斯亚贝巴召开人工智能部长级会议。", "2031-07-18")).toEqual(["2031-07-18"]);
    // the day of the report that is no act
    expect(dates("Kenya said this morning that the charter is a milestone.", "2031-07-18")).toEqual([]);
  });

  it("a meeting 'on 12 and 13 March' is dated by its first day", () => {
    expect(dates("Ministers of Kenya and Chile met in Lagos on 12 and 13 March.", "2031-04-01")).toEqual(["2031-03-12"]);
  });
});

describe("acts announced for a date", () => {
  it("will sign / is expected to adopt / plans to host", () => {
    expect(dates("Kenya is expected to adopt the charter on 3 June.", "2031-05-20")).toEqual(["2031-06-03"]);
    expect(dates("Chile plans to host the next round of talks in September.", "2031-05-20")).toEqual(["2031-09"]);
  });

  it("a refusal or a wish is no act announced", () => {
    expect(dates("Kenya refused to sign the charter on 3 June.", "2031-06-20")).toEqual([]);
    expect(dates("Kenya hopes the charter can be signed by September.", "2031-05-20")).toEqual([]);
  });
});

describe("more Chinese forms", () => {
  it("a month without its year ('6月下旬', '3月初'), a plan issued (印发)", () => {
    expect(dates("6月下旬，肯尼亚与智利在内罗毕召开数字部长会议。", "2031-07-02")).toEqual(["2031-06"]);
    expect(dates("2027年，肯尼亚政府印发《人工智能发展规划》。", "2031-07-02")).toEqual(["2027"]);
    // a duration is no month
    expect(dates("肯尼亚与智利用3个月时间完成了数字部长会议的筹备。", "2031-07-02")).toEqual([]);
  });

  it("the day something to come was announced is not its date (zh, en)", () => {
    expect(dates("肯尼亚外交部2日宣布，将于下周在内罗毕举办人工智能安全会议。", "2031-07-02")).toEqual([]);
    expect(dates("Kenya announced on Tuesday that it will host an AI safety meeting in Nairobi.", "2031-07-02")).toEqual([]);
    // an announcement that something was set up that day is the act
    expect(dates("肯尼亚外交部2日宣布成立人工智能研究院。", "2031-07-02")).toEqual(["2031-07-02"]);
  });
});

describe("one event per day reported", () => {
  it("a sentence naming nothing, on the day of a known event, reports that event (no proposed one)", () => {
    const body = "Kenya and Chile opened the Lagos AI Forum 2031 on 11 March 2031. Photo shows the forum in session in Lagos on March 11, 2031.";
    const events = link(body, "2031-03-12").events;
    expect(events.map((e) => `${e.date}:${e.matchedEntityId === null ? "new" : key(e.matchedEntityId)}`)).toEqual(["2031-03-11:lagos-ai-forum-2031"]);
  });
});

describe("proposals, bodies convened and wishes", () => {
  it("a text put forward, a body convened, each on its own date (zh, en)", () => {
    expect(dates("肯尼亚于2029年10月提出《数据合作倡议》，去年7月推动非盟通过该宪章。", "2031-09-26")).toEqual(["2029-10", "2030-07"]);
    expect(dates("The chair convened an advisory panel in October 2029.", "2031-09-26")).toEqual(["2029-10"]);
  });

  it("a wish is no event; an event announced inside a wish is", () => {
    expect(dates("肯尼亚愿于明年同各方共同举办人工智能研讨班。", "2031-09-26")).toEqual([]);
    expect(dates("Kenya hopes to host the forum in 2033.", "2031-09-26")).toEqual([]);
    expect(dates("肯尼亚愿参加智利将于2032年举办的人工智能峰会。", "2031-09-26")).toEqual(["2032"]);
  });
});

describe("leaders meeting, with no country or body named", () => {
  it("a meeting of people is an event by itself (zh, en)", () => {
    expect(dates("Ruto and Boric last met in November 2029 in Valparaíso.", "2031-09-26")).toEqual(["2029-11"]);
    expect(dates("2029年11月，鲁托与博里奇在瓦尔帕莱索会晤。", "2031-09-26")).toEqual(["2029-11"]);
    // a date in the same sentence as a name, with nothing done on it
    expect(dates("Ruto, who took office in 2022, praised Boric.", "2031-09-26")).toEqual([]);
  });
});

describe("a day that was called off", () => {
  it("originally scheduled for / 原定于: only the new day is an event (zh, en)", () => {
    expect(dates("The summit, originally scheduled for 5 May, will be held in Lagos on 12 June.", "2031-04-20")).toEqual(["2031-06-12"]);
    expect(dates("原定于5月5日举行的峰会将于6月12日在拉各斯举行。", "2031-04-20")).toEqual(["2031-06-12"]);
  });
});

describe("an unnamed event picked out by a year and the states taking part", () => {
  it("only when the sentence calls it what the event is", () => {
    const got = (body: string) => link(body, "2031-09-26").events.map((e) => `${e.date}:${e.matchedEntityId === null ? "new" : key(e.matchedEntityId)}`);
    expect(got("肯尼亚将于明年举办峰会。")).toEqual(["2032:nairobi-summit-2032"]);
    expect(got("Kenya will host a summit next year.")).toEqual(["2032:nairobi-summit-2032"]);
    expect(got("肯尼亚将于明年举办研讨班。")).toEqual(["2032:new"]);
  });
});

describe("more English forms", () => {
  it("'the 5th of September', 'mid-September'", () => {
    expect(dates("Kenya and Chile signed the charter on the 5th of September.", "2031-09-20")).toEqual(["2031-09-05"]);
    expect(dates("In mid-September, Kenya hosted a forum on data governance.", "2031-09-30")).toEqual(["2031-09"]);
  });

  it("the date of a report that says something is not an act", () => {
    expect(dates("Kenya said in a May 2031 report that the summit had been useful.", "2031-09-20")).toEqual([]);
    expect(dates("肯尼亚在2031年5月的报告中称，峰会很有成效。", "2031-09-20")).toEqual([]);
  });
});

describe("target years", () => {
  it("a year named as a target is no event (zh, en)", () => {
    expect(dates("Kenya's strategy meets its 2035 targets, the committee said.", "2031-09-20")).toEqual([]);
    expect(dates("肯尼亚通过的战略提出了2035年远景目标。", "2031-09-20")).toEqual([]);
  });
});

describe("day forms of the regional press and of spans", () => {
  it("a weekday written with a yearless day picks the year (Thursday, 5 September 2030 is a Thursday; 2029's is not)", () => {
    expect(resolveDates({ text: "The charter opened for signature on Thursday, September 5, in Nairobi.", publishedAt: "2031-05-17" }).map((d) => d.date)).toEqual(["2030-09-05"]);
    // no weekday: the year is guessed from the dateline as before
    expect(resolveDates({ text: "The charter opened for signature on September 5 in Nairobi.", publishedAt: "2031-05-17" }).map((d) => d.date)).toEqual(["2030-09-05"]);
    expect(resolveDates({ text: "宪章于9月5日（星期五）开放签署。", publishedAt: "2031-05-17" }).map((d) => d.date)).toEqual(["2031-09-05"]); // the weekday with the day in brackets after it ("on Tuesday (May 21)")
    expect(resolveDates({ text: "The charter opened for signature on Friday (September 5), in Nairobi.", publishedAt: "2031-05-17" }).map((d) => d.date)).toEqual(["2031-09-05"]);
  });
  it("廿六日 and 卅日 are the 26th and 30th of the dateline's month; 十日 alone is not read", () => {
    expect(resolveDates({ text: "肯尼亞政府廿六日倡議成立數據聯盟。", publishedAt: "2031-07-27" }).map((d) => d.date)).toEqual(["2031-07-26"]);
    expect(resolveDates({ text: "論壇卅日閉幕。", publishedAt: "2031-07-31" }).map((d) => d.date)).toEqual(["2031-07-30"]);
  });
  it("the second day of 25日和26日 is not a date of its own", () => {
    expect(resolveDates({ text: "论坛于2月25日和26日在内罗毕举行。", publishedAt: "2031-03-12" }).map((d) => d.date)).toEqual(["2031-02-25"]);
    expect(resolveDates({ text: "论坛于25日举行，肯尼亚26日发表声明。", publishedAt: "2031-03-28" }).map((d) => d.date)).toEqual(["2031-03-25", "2031-03-26"]);
  });
});

describe("the time of a sentence a date opens", () => {
  it("'On the 22nd, the … Act will come into force' is the coming 22nd; a past act after it keeps the past one", () => {
    const date = (text: string, publishedAt: string) => resolveDates({ text, publishedAt }).map((d) => d.date);
    expect(date("On the 22nd, the Nairobi Data Charter, adopted by the African Union in 2030, will come into full force.", "2031-01-18")).toEqual(["2031-01-22", "2030"]);
    expect(date("On the 22nd, the Nairobi Data Charter came into full force.", "2031-01-18")).toEqual(["2030-12-22"]);
    expect(date("在非盟11月的大会召开前夕，各方商定了宪章草案。", "2031-07-02")).toEqual(["2031-11"]);
  });
});

describe("a Council's or an Assembly's debate is a meeting", () => {
  it("an open debate announced for a day is an event; 'the debate on X' in general is not", () => {
    expect(dates("Kenya will host a high-level open debate on data on 24 May.", "2032-05-02")).toEqual(["2032-05-24"]);
    expect(dates("肯尼亚将于5月24日主持安理会数据问题公开辩论。", "2032-05-02")).toEqual(["2032-05-24"]);
    expect(dates("The debate on data rules in May was heated.", "2032-06-02")).toEqual([]);
  });
  it("a new event named by the words before a date that closes its sentence", () => {
    const names = link("Officials said the plan is for Kenya to host a high-level open debate on data on 24 May.", "2032-05-02").events.map((e) => e.proposal?.nameEn);
    expect(names).toEqual(["…plan is for Kenya to host a high-level open debate on data"]);
  });
});

describe("visits, appointments, texts released, bodies founded", () => {
  it("a visit or a call dated to the day or month is an event (zh, en)", () => {
    expect(dates("3月5日，日本外相拜会肯尼亚总统。", "2031-04-01")).toEqual(["2031-03-05"]);
    expect(dates("应智利邀请，肯尼亚总统于2031年3月12日至14日对智利进行国事访问。", "2031-04-01")).toEqual(["2031-03-12"]);
    expect(dates("The Kenyan president paid a state visit to Chile on 12 March.", "2031-04-01")).toEqual(["2031-03-12"]);
  });
  it("a visit known only by its year is an anecdote, not an event (zh, en)", () => {
    expect(dates("部长分享了去年访问智利时的一段经历。", "2031-04-01")).toEqual([]);
    expect(dates("The minister recalled that she visited Chile last year.", "2031-04-01")).toEqual([]);
  });
  it("a body appointing members (en, zh); the day something was said is not", () => {
    expect(dates("According to its website, the African Union on Thursday appointed 12 members to its new expert panel.", "2031-03-14")).toEqual(["2031-03-13"]);
    expect(dates("非盟13日任命了专家组的12名成员。", "2031-03-14")).toEqual(["2031-03-13"]);
    expect(dates("The African Union said on Thursday that the expert panel had been useful.", "2031-03-14")).toEqual([]);
  });
  it("a strategy released is published; an update or a statement issued is a report (en)", () => {
    expect(dates("In August 2030, the African Union released its continental data strategy.", "2031-03-14")).toEqual(["2030-08"]);
    expect(dates("On 2 May 2031, the Kenyan ministry issued an update on the number of signatories.", "2031-05-04")).toEqual([]);
    expect(dates("On 2 May 2031, the African Union issued a statement on data flows.", "2031-05-04")).toEqual([]);
  });
  it("创办 dates a body or meeting founded (zh); 'founded' as before (en)", () => {
    expect(dates("该论坛创办于2017年，此后每年在拉各斯举行。", "2031-04-01")).toEqual(["2017"]);
    expect(dates("本届论坛是自2017年创办以来规模最大的一次。", "2031-04-01")).toEqual(["2017"]);
    expect(dates("The forum, founded in 2017, meets every year in Lagos.", "2031-04-01")).toEqual(["2017"]);
  });
});

describe("more relative days", () => {
  it("昨 alone is yesterday in the regional press (zh); not without a dateline", () => {
    expect(dates("內羅畢數字峰會昨上午舉行。", "2032-05-11")).toEqual(["2032-05-10"]);
    expect(resolveDates({ text: "峰會昨宣布閉幕。", publishedAt: null })).toEqual([]);
  });
  it("'taking place Wednesday and Thursday': the pair is dated by its first day (en)", () => {
    expect(dates("Kenya said the summit, taking place Wednesday and Thursday, would end with a charter.", "2031-09-10")).toEqual(["2031-09-10"]);
    expect(resolveDates({ text: "talks on Monday and Tuesday", publishedAt: "2031-09-10" }).map((d) => d.date)).toEqual(["2031-09-08"]);
  });
  it("'this past July' is the latest July before the dateline (en)", () => {
    expect(dates("This past July, the African Union adopted a data charter.", "2031-09-10")).toEqual(["2031-07"]);
    expect(resolveDates({ text: "This past November, prices fell.", publishedAt: "2031-09-10" }).map((d) => d.date)).toEqual(["2030-11"]);
  });
  it("a span of days written with one 日 is dated by its first day (zh)", () => {
    expect(resolveDates({ text: "2031 年 3 月 10 至11 日，论坛在拉各斯举行。", publishedAt: null }).map((d) => d.date)).toEqual(["2031-03-10"]);
    expect(resolveDates({ text: "论坛3月10-11日在拉各斯举行。", publishedAt: "2031-04-01" }).map((d) => d.date)).toEqual(["2031-03-10"]);
    expect(dates("2031年3月10至11日，肯尼亚在内罗毕举办研讨会。", "2031-04-01")).toEqual(["2031-03-10"]);
  });
  it("a summit in a place 'last November' (en); a price in a place last November is no event", () => {
    expect(dates("The talks follow an agreement reached at the summit in Nairobi last November.", "2032-01-20")).toEqual(["2031-11"]);
    expect(dates("Prices in Nairobi rose last November, the bank said.", "2032-01-20")).toEqual([]);
  });
});

describe("a line that only dates a speech or a meeting", () => {
  it("under a speech's title or salutation, the place and day (en, zh)", () => {
    const en = "Remarks by the Minister of Kenya at the Nairobi Digital Summit\n\nNairobi, 10 May 2032\n\nExcellencies, ladies and gentlemen,\n\nIt is an honour to speak here.";
    expect(dates(en, "2032-05-12")).toEqual(["2032-05-10"]);
    expect(link(en, "2032-05-12").events[0].matchedEntityId).not.toBeNull();
    const zh = "肯尼亚外长在内罗毕数字峰会上的讲话\n\n2032年5月10日，内罗毕\n\n尊敬的各位来宾，女士们、先生们：\n\n很高兴出席本次峰会。";
    expect(dates(zh, "2032-05-12")).toEqual(["2032-05-10"]);
    // a place written with its region and state
    const placed = "Statement by the Minister of Kenya\n\nJune 17, 2032, Kananaskis, Alberta, Canada\n\nExcellencies, it is an honour to speak on data.";
    expect(dates(placed, "2032-06-18")).toEqual(["2032-06-17"]);
  });
  it("with the hour of a meeting, no speech needed (en)", () => {
    expect(dates("Ministers' meeting on data\n\nTuesday, 9 March 2032, 15:00h - 18:00h\n\nThe meeting discussed data flows.", null)).toEqual(["2032-03-09"]);
  });
  it("a publication stamp, a numeric stamp, a press release's place and day are not (en, zh)", () => {
    expect(dates("Reuters Published 11 May, 2032 05:34pm\n\nExcellencies were not present at the talks.", "2032-05-11")).toEqual([]);
    expect(dates("2032-05-11 16:01:00\n\n尊敬的读者，女士们、先生们：这是一份问卷。", "2032-05-11")).toEqual([]);
    expect(dates("Nairobi, 3 June 2031\n\nThe Kenyan data office has moved to a new building.", "2031-06-03")).toEqual([]);
  });
});

describe("a meeting the sentence places in a state is not one another state hosted", () => {
  const { country, nextId } = entryBuilders({ firstId: 3600 });
  const per = country("PER", "Peru", "秘鲁");
  const bra = country("BRA", "Brazil", "巴西");
  const arg = country("ARG", "Argentina", "阿根廷");
  const lima: GazetteerEntry = {
    id: nextId(),
    kind: "event",
    slug: "lima-ai-summit-2033",
    nameEn: "Lima AI Summit",
    nameZh: "利马人工智能峰会",
    date: "2033-11-02",
    aliases: [],
    relatedIds: [per.id, bra.id, arg.id],
    hostIds: [per.id],
  };
  const places = buildGazetteer({ entries: [per, bra, arg, lima] });
  const matched = (body: string) =>
    linkArticle({ body, publishedAt: "2034-02-01", language: /[\u4e00-\u9fff]/.test(body) ? "zh" : "en", gazetteer: places, model: null }).events.map((e) =>
      e.matchedEntityId === null ? "proposed" : places.entries.get(e.matchedEntityId)!.slug,
    );

  it("a summit of Brazil and Argentina held in Brazil last November is not the summit Peru hosted that month", () => {
    expect(matched("Brazil and Argentina held a summit meeting in Brazil last November.")).not.toContain("lima-ai-summit-2033");
    expect(matched("去年11月，巴西和阿根廷领导人在巴西举行了峰会。")).not.toContain("lima-ai-summit-2033");
  });
  it("placed in the host state, or not placed at all, the participants still point to it", () => {
    expect(matched("Brazil and Argentina held a summit meeting in Peru last November.")).toContain("lima-ai-summit-2033");
    expect(matched("Brazil and Argentina held a summit meeting last November.")).toContain("lima-ai-summit-2033");
  });
  it("meetings spoken of in general are no one meeting: 'various forums and summits', '各种形式的论坛与峰会'", () => {
    expect(matched("Brazil and Argentina hosted various forums and summits last November.")).not.toContain("lima-ai-summit-2033");
    expect(matched("去年11月，巴西和阿根廷举办了各种形式的论坛与峰会。")).not.toContain("lima-ai-summit-2033");
    expect(matched("去年11月，巴西和阿根廷举办了峰会。")).toContain("lima-ai-summit-2033");
  });
});

describe("a day still to come does not anchor an undated article", () => {
  it("reads a day without its year against the last day stated that has passed, not against a deadline", () => {
    const body = "内罗毕数据宪章于2031年7月12日公布。该宪章8月1日生效，肯尼亚和智利已签署。其余条款将于2032年8月2日开始生效。";
    const got = link(body, null).events.map((e) => e.date);
    expect(got).toContain("2031-08-01");
    expect(got).not.toContain("2032-08-01");
  });
});

describe("a year stated before a day without one, in another clause", () => {
  it("does not give that day its year; a year in the day's own clause does", () => {
    const day = (text: string) => resolveDates({ text, publishedAt: "2033-01-24" }).find((d) => /1月20日/.test(d.surface))?.date;
    expect(day("这是肯尼亚在2031年发布的宪章的结果,智利在1月20日退出了该宪章。")).toBe("2033-01-20");
    expect(day("2031年数据峰会1月20日在内罗毕举行。")).toBe("2031-01-20");
  });
});

describe("到访 and 来访 are visits", () => {
  it("dates a visit reported with them, not a year-only anecdote", () => {
    expect(dates("2031年6月16日，肯尼亚外长到访智利外交部，双方讨论了数据合作。", "2031-06-20")).toEqual(["2031-06-16"]);
    expect(dates("肯尼亚外长2031年曾到访智利。", "2032-06-20")).toEqual([]);
  });
});

describe("dates written in Chinese numerals", () => {
  const found = (text: string, publishedAt: string) => resolveDates({ text, publishedAt }).map((d) => `${d.surface}=${d.date}`);
  it("reads years with 〇, ○ or 零 for zero, months and days in numerals, with or without a stated year", () => {
    expect(found("肯亞議會二○三一年三月通過該法，二〇三一年十二月五日生效。", "2032-01-06")).toEqual(["二○三一年三月=2031-03", "二〇三一年十二月五日=2031-12-05"]);
    expect(found("智利去年七月公布計畫，今年一月實施，二零三零年十月啟動。", "2032-01-06")).toEqual(["去年七月=2031-07", "今年一月=2032-01", "二零三零年十月=2030-10"]);
  });
  it("dates 同年 by the year written just before it, and leaves it undated with none", () => {
    expect(found("日本二〇三一年五月通過法案，同年九月完整生效。", "2032-01-06")).toEqual(["二〇三一年五月=2031-05", "同年九月=2031-09"]);
    expect(found("同年九月完整生效。", "2032-01-06")).toEqual([]);
  });
  it("reads a month and day in numerals without the year against the dateline, the coming one for what is still to come", () => {
    expect(found("智利總統將出席十一月一日舉行的論壇，並於十月三十一日出席晚宴。", "2031-10-29")).toEqual(["十一月一日=2031-11-01", "十月三十一日=2031-10-31"]);
    expect(found("論壇已於十二月二十日閉幕。", "2032-01-06")).toEqual(["十二月二十日=2031-12-20"]);
  });
  it("not numbers that are no year: 三四五六年, 十月 without a year", () => {
    expect(found("三四五六年後，十月再議。", "2032-01-06")).toEqual([]);
  });
});

describe("a meeting called by its length ('the two-day event')", () => {
  it("dates 'the two-day event, from Tuesday to Wednesday' by its first day", () => {
    expect(dates("The two-day event, from Tuesday to Wednesday, drew ministers from Kenya and Chile.", "2031-03-13")).toEqual(["2031-03-11"]);
  });
  it("not an event with no length or meeting word", () => {
    expect(dates("Ministers from Kenya and Chile praised the event on Tuesday.", "2031-03-13")).toEqual([]);
  });
  it("dates 'remarks to the Security Council open debate …, in New York today' (a debate is a meeting)", () => {
    expect(dates("Following are remarks by Kenya to the UN General Assembly open debate on artificial intelligence, in Nairobi today:", "2031-03-13")).toEqual(["2031-03-13"]);
  });
});

describe("a past verb nearer the date than a later 'will'", () => {
  it("'which began on 16 March, will conclude on 21 March' keeps the dateline's year for both days", () => {
    const found = resolveDates({ text: "The Nairobi forum, which began on March 16, will conclude on March 21.", publishedAt: "2031-03-20" }).map((d) => d.date);
    expect(found).toEqual(["2031-03-16", "2031-03-21"]);
  });
});

describe("'该法', 'the Act': the law named before, on the days it was promulgated and takes effect", () => {
  it("dates the law named in the sentence before", () => {
    expect(dates("2031年1月10日,肯尼亚通过了《肯尼亚数据保护法》。该法已于2031年2月1日公布,将于2032年1月1日起施行。", "2031-03-01")).toEqual([
      "2031-01-10",
      "2031-02-01",
      "2032-01-01",
    ]);
    expect(dates("Kenya passed the Kenya Data Protection Act on 10 January 2031. The Act enters into force on 1 January 2032.", "2031-03-01")).toEqual([
      "2031-01-10",
      "2032-01-01",
    ]);
  });
  it("not a court (该法院), nor a text that is no law", () => {
    expect(dates("2031年1月10日,肯尼亚通过了《肯尼亚数据保护法》。该法院于2031年2月1日公布了裁决。", "2031-03-01")).toEqual(["2031-01-10"]);
    // (a law taking effect is an event of its own; it is not the charter's)
    const charter = link("Kenya signed the Nairobi Data Charter on 2 June 2031. The law enters into force on 1 January 2032.", "2031-07-01").events;
    expect(charter.filter((e) => e.matchedEntityId !== null).map((e) => [e.date, key(e.matchedEntityId!)])).toEqual([["2031-06-02", "nairobi-data-charter"]]);
  });
});

describe("meetings and acts named in other words: a call, a roundtable, a meeting closing, a plan released", () => {
  it("dates a phone call, a roundtable co-led, a forum that 落下帷幕 or concluded, a plan released", () => {
    expect(dates("Kenya's president discussed AI with Chile's president in a phone call on Friday.", "2031-04-06")).toEqual(["2031-04-04"]);
    expect(dates("On 5 June 2031, Kenya and Chile co-led a Roundtable on data governance with companies.", null)).toEqual(["2031-06-05"]);
    expect(dates("为期3天的肯尼亚数字论坛10日圆满完成各项议程，落下帷幕。", "2031-04-10")).toEqual(["2031-04-10"]);
    expect(dates("The Kenya data forum concluded on Tuesday with a call for open standards.", "2031-04-10")).toEqual(["2031-04-08"]);
    expect(dates("On 23 July 2031, Kenya released its long-awaited AI Action Plan.", null)).toEqual(["2031-07-23"]);
    expect(dates("10月24日，2031年肯尼亚数字全会在内罗毕闭幕。", "2031-10-25")).toEqual(["2031-10-24"]);
    expect(dates("肯尼亚的数据共享法案9月17日重磅出炉，被视为重要一步。", "2031-09-20")).toEqual(["2031-09-17"]);
    expect(dates("On 30 October 2031, Kenya and Chile announced they had reached agreement on a data charter.", null)).toEqual(["2031-10-30"]);
    // published, then an act of its own on the day
    expect(dates("Kenya's Data Code of Practice was published by the ministry and entered into force on 2 August 2031.", null)).toEqual(["2031-08-02"]);
  });

  it("not a conclusion drawn, nor a plan named without an act", () => {
    expect(dates("The Kenya data forum concluded that open standards matter, a report said on Tuesday.", "2031-04-10")).toEqual([]);
    expect(dates("Kenya's AI Action Plan covers the years 2031 to 2035.", null)).toEqual([]);
    expect(dates("Kenya's minister met Chile's, an article published in the Nation on 2 August 2031 said.", null)).toEqual([]);
  });
});

describe("a weekday is not the number of a reading", () => {
  it("上週二讀 is last week's second reading, 上周二 last Tuesday", () => {
    // 2031-12-23 is a Tuesday
    expect(resolveDates({ text: "立法院上周二读时通过法案名称。", publishedAt: "2031-12-23" }).map((d) => d.date)).toEqual([]);
    expect(resolveDates({ text: "立法院上周二通过了法案。", publishedAt: "2031-12-23" }).map((d) => d.date)).toEqual(["2031-12-16"]);
  });
});

describe("a bare day of the month, and the meeting the sentence names on that day", () => {
  it("is the named meeting's day when the report was written in a later month", () => {
    expect(dates("On the 10th, Kenya's president presided over the Nairobi Digital Summit.", "2032-06-15")).toEqual(["2032-05-10"]);
    expect(dates("内罗毕数字峰会10日在肯尼亚举行。", "2032-06-15")).toEqual(["2032-05-10"]);
  });
  it("not when the day differs, nor for a day written with its month", () => {
    expect(dates("On the 12th, Kenya's president spoke about the Nairobi Digital Summit at a meeting in Chile.", "2032-06-15")).toEqual(["2032-06-12"]);
  });
});

describe("a meeting the atlas holds that the article only names", () => {
  const named = (body: string, publishedAt: string | null) => link(body, publishedAt).namedEvents.map((e) => `${key(e.matchedEntityId!)} ${e.date}`);

  it("is on the article's timeline on the atlas's date, the labelling brief's rule", () => {
    expect(named("Kenya said the lessons of the Nairobi Digital Summit still hold.", "2033-04-02")).toEqual(["nairobi-summit-2032 2032-05-10"]);
    expect(named("肯尼亚表示，内罗毕数字峰会的经验仍然适用。", "2033-04-02")).toEqual(["nairobi-summit-2032 2032-05-10"]);
    // (a coarser date the sentence states, that the event reading did not take, makes no second, coarser event)
    const text = "Chile recalled the Nairobi Digital Summit of May 2032.";
    const summit = gz.entries.get([...gz.entries.values()].find((e) => e.slug === "nairobi-summit-2032")!.id)!;
    const mention = {
      entityId: summit.id,
      kind: "event" as const,
      surface: "Nairobi Digital Summit",
      start: 19,
      end: 41,
      confidence: 1,
      method: "gazetteer" as const,
      evidence: text,
      evidenceStart: 0,
    };
    const sentences = [{ text, start: 0, end: text.length }];
    expect(dateNamedMeetings({ sentences, mentions: [mention], gazetteer: gz, reported: [] }).map((e) => e.date)).toEqual(["2032-05-10"]);
  });

  it("a meeting the sentence names and dates by its month or year only: the atlas's day, one event", () => {
    const all = (body: string, publishedAt: string | null) => {
      const out = link(body, publishedAt);
      return [...out.events, ...out.namedEvents].map((e) => e.date).sort();
    };
    expect(all("The previous summit was held in May 2032 at the Nairobi Digital Summit, and Chile attended.", "2033-04-02")).toEqual(["2032-05-10"]);
    expect(all("Chile attended the Nairobi Digital Summit in 2032.", "2033-04-02")).toEqual(["2032-05-10"]);
    // (a month that names no meeting stays as written, even when a meeting the atlas holds fell in it)
    expect(all("In May 2032, Chile held talks on AI with Peru.", "2033-04-02")).not.toContain("2032-05-10");
    // ("this year's summit": the year the article gives it is the atlas's day, not a second, coarser event)
    expect(all("Chile attended this year's Nairobi Digital Summit.", "2032-08-02")).toEqual(["2032-05-10"]);
    expect(all("This year, Chile held talks on AI with Peru.", "2032-08-02")).not.toContain("2032-05-10");
  });

  it("not a text only named, nor a meeting the article reports a date for itself", () => {
    expect(named("Kenya said the Nairobi Data Charter still holds.", "2033-04-02")).toEqual([]);
    const reported = link("The Nairobi Digital Summit opened on 10 May 2032, hosted by Kenya.", "2032-05-11");
    expect(reported.events.map((e) => e.date)).toEqual(["2032-05-10"]);
    expect(reported.namedEvents).toEqual([]);
  });

  it("a year inside the meeting's own name is no date the sentence gives it: the atlas's day", () => {
    expect(link("Kenya praised the Lagos AI Forum 2031.", "2031-06-01").namedEvents.map((e) => e.date)).toEqual(["2031-03-11"]);
  });

  it("a meeting reported on another of its days (its close): the atlas's day as well, the labelling brief's rule", () => {
    const closed = link("The two-day Nairobi Digital Summit closed on 11 May 2032, hosted by Kenya.", "2032-05-12");
    expect(closed.events.map((e) => e.date)).toEqual(["2032-05-11"]);
    expect(closed.namedEvents.map((e) => e.date)).toEqual(["2032-05-10"]);
    // (reported by its month only: that is a date within it, nothing more)
    expect(link("The Nairobi Digital Summit was held in May 2032, hosted by Kenya.", "2032-06-12").namedEvents).toEqual([]);
  });
});

describe("an undated wire story whose dateline is far from the days the atlas holds for what it names", () => {
  it("reads its days against the dateline's month and day, in the year nearest the text named", () => {
    // (the act's atlas day is 10 January 2031: the story of 8 May counts "8日" from its dateline, not from January)
    expect(dates("新华社内罗毕5月8日电 肯尼亚议会8日通过《肯尼亚数据保护法》修正案。", null)).toEqual(["2031-05-08"]);
    expect(dates("新华社内罗毕12月28日电 肯尼亚议会28日通过《肯尼亚数据保护法》修正案。", null)).toEqual(["2030-12-28"]);
  });
});

describe("a span of days written with 'and' or 'to'", () => {
  it("is dated by its first day, in the year it states", () => {
    expect(read("Slovenia will host the forum on February 5 and 6, 2031, at Brdo.", null)).toEqual(["2031-02-05"]);
    expect(read("The talks run from May 5 to 7, 2031.", null)).toEqual(["2031-05-05"]);
    expect(read("The summit met on May 5 and 6.", "2031-06-01")).toEqual(["2031-05-05"]);
  });
  it("with ordinals, the month after the span, with or without 'of'", () => {
    expect(read("On the 1st and 2nd November, Kenya held the forum.", "2031-11-10")).toEqual(["2031-11-01"]);
    expect(read("The forum was hosted at Brdo on the 5th and 6th of February 2031.", null)).toEqual(["2031-02-05"]);
    // (a lone ordinal is still a day of the dateline's month, and "the 9th of March" its own day)
    expect(read("Kenya signed it on the 3rd.", "2031-11-10")).toEqual(["2031-11-03"]);
    expect(read("Talks were held on the 9th of March.", "2031-11-10")).toEqual(["2031-03-09"]);
  });
  it("not a day followed by a count", () => {
    expect(read("By May 5 and 60 countries later, the text was signed.", "2031-06-01")).toEqual(["2031-05-05"]);
  });
});

describe("今日 and 今（7）日: today, as Hong Kong and Taiwan papers write it", () => {
  it("is the day of publication, or the day of the month it states", () => {
    expect(dates("肯尼亚议会今日三读通过《肯尼亚数据保护法》修正案。", "2031-05-08")).toEqual(["2031-05-08"]);
    expect(dates("肯尼亚议会今（7）日三读通过《肯尼亚数据保护法》修正案。", "2031-05-08")).toEqual(["2031-05-07"]);
  });
  it("not a name (今日头条) nor 'until today' (时至今日)", () => {
    expect(read("据今日头条报道，肯尼亚议会讨论了修正案。", "2031-05-08")).toEqual([]);
    expect(read("时至今日，肯尼亚仍在讨论修正案。", "2031-05-08")).toEqual([]);
  });
});

describe("a text published, a memorandum signed, an order revoked: dated acts on texts the atlas does not hold", () => {
  it("a body publishing its own text on a day", () => {
    expect(dates("The African Union published its final Code of Practice on AI on 10 July 2031.", "2031-07-12")).toEqual(["2031-07-10"]);
    // (a named text said to be published, in the passive: its own act, not an article's)
    expect(dates("The Nairobi Guide was published on 10 July 2031 at the ministers' meeting.", "2031-07-12")).toEqual(["2031-07-10"]);
  });
  it("not the day an article or interview about it came out", () => {
    expect(dates("In an article published in a Nairobi daily on 10 July 2031, Kenya's minister praised the Code of Practice.", "2031-07-12")).toEqual([]);
    expect(dates("The interview with the minister was published on 10 July 2031.", "2031-07-12")).toEqual([]);
    expect(dates("肯尼亚部长于2031年7月10日发布的博客文章中表示，将签署《实践准则》。", "2031-07-12")).toEqual([]);
    expect(dates("肯尼亚于2031年7月10日发布《实践准则》。", "2031-07-12")).toEqual(["2031-07-10"]);
  });
  it("a memorandum of understanding signed by two states", () => {
    expect(dates("The Memorandum of Understanding was signed on 1 April 2031 by ministers of Kenya and Chile.", "2031-04-03")).toEqual(["2031-04-01"]);
    expect(dates("肯尼亚与智利于2031年4月1日签署人工智能合作谅解备忘录。", "2031-04-03")).toEqual(["2031-04-01"]);
  });
  it("a law promulgated, a law that becomes effective", () => {
    expect(dates("Kenya promulgated the Data Charter Act on January 21, 2031.", "2031-01-24")).toEqual(["2031-01-21"]);
    expect(dates("Kenya's Data Charter Act will become effective on January 22, 2032.", "2031-01-24")).toEqual(["2032-01-22"]);
  });
  it("'As of' the day a law's part starts to apply, and 上路 (takes effect)", () => {
    expect(dates("As of 2 August 2031, key provisions of the Kenya Data Protection Act become legally binding.", "2031-08-10")).toEqual(["2031-08-02"]);
    expect(dates("《肯尼亚数据保护法》8月2日正式上路。", "2031-08-03")).toEqual(["2031-08-02"]);
    // ("as of" a day with nothing starting to apply: a count on that day, no event)
    expect(dates("As of 2 August 2031, the Kenya Data Protection Act had 40 pages of guidance.", "2031-08-10")).toEqual([]);
  });
  it("a revocation: 撤销, revoked", () => {
    expect(dates("1月20日,肯尼亚总统宣布撤销前任政府签署的数据行政令。", "2031-01-24")).toEqual(["2031-01-20"]);
    expect(dates("On 20 January 2031 Kenya's president revoked the executive order on data.", "2031-01-24")).toEqual(["2031-01-20"]);
  });
});

describe("an undated report of a meeting named only by where it met", () => {
  const venueGz = buildGazetteer({
    entries: [
      ...entries(),
      { id: 3990, kind: "event", slug: "mombasa-summit-2033", nameEn: "Coast AI Summit (Mombasa)", nameZh: null, date: "2033-03-02", aliases: [] },
      {
        id: 3991,
        kind: "initiative",
        slug: "mombasa-statement",
        nameEn: "Statement on Open and Inclusive Coastal Data for People and the Oceans",
        nameZh: null,
        date: "2033-03-03",
        aliases: [],
      },
    ],
  });
  const undated = (body: string) =>
    linkArticle({ body, publishedAt: null, language: "en", gazetteer: venueGz, model: null })
      .mentions.filter((m) => m.kind === "initiative")
      .map((m) => venueGz.entries.get(m.entityId)!.slug);
  it("is read as written about the meeting's day: a text it describes by topic is found", () => {
    expect(undated('At a summit in Mombasa, Kenya and Chile endorsed a statement on "open and inclusive" coastal data.')).toEqual(["mombasa-statement"]);
  });
  it("not without the meeting ('in Mombasa' with no summit word)", () => {
    expect(undated('In Mombasa, Kenya and Chile endorsed a statement on "open and inclusive" coastal data.')).toEqual([]);
  });
});

describe("a day and month in a text with no dateline", () => {
  it("take the year the text states for them", () => {
    expect(read("2031年领导人非正式会议将于10月31日至11月1日在庆州举行。", null)).toEqual(["2031", "2031-10-31"]);
    expect(read("In 2031, the forum will meet on October 31 in Lima.", null)).toEqual(["2031", "2031-10-31"]);
  });
  it("and give nothing when it states none", () => {
    expect(read("领导人会议将于10月31日举行。", null)).toEqual([]);
    expect(read("The forum will meet on October 31 in Lima.", null)).toEqual([]);
  });
});

describe("a weekday in brackets after a day", () => {
  it("names that day and is no date of its own", () => {
    expect(read("On March 14 (Thursday) and 15 (Friday), 2031, the ministers met in Verona.", "2031-03-18")).toEqual(["2031-03-14", "2031"]);
  });
  it("but a weekday alone is a date", () => {
    expect(read("The ministers met on Friday in Verona.", "2031-03-18")).toEqual(["2031-03-14"]);
  });
});

describe("外长会, 部长会: a ministers' meeting is a meeting", () => {
  it("dated by the day the report gives", () => {
    expect(dates("当地时间2031年8月16日，中国外交部长在清迈主持湖泊合作第九次外长会时提出人工智能能力建设四点建议。", null)).toEqual(["2031-08-16"]);
  });
  it("not a day that dates no meeting", () => {
    expect(dates("当地时间2031年8月16日，中国外交部长在清迈发表关于人工智能能力建设的文章。", null)).toEqual([]);
  });
});

describe("'A hosts its first global AI summit on Wednesday': a meeting the sentence dates, called by its owner", () => {
  // (a summit the atlas relates to its host: the sentence's state and day pick it out)
  const all = testEntries();
  const { country, nextId } = entryBuilders({ firstId: 3500 });
  const ken = country("KEN", "Kenya", "肯尼亚");
  all.push(ken, { id: nextId(), kind: "event", slug: "nairobi-ai-summit-2031", nameEn: "Nairobi AI Summit", nameZh: null, date: "2031-03-12", aliases: [], relatedIds: [ken.id] });
  const hosted = buildGazetteer({ entries: all });
  const relations = (body: string) =>
    linkArticle({ body, publishedAt: "2031-03-10", language: "en", gazetteer: hosted, model: null }).relations.map(
      (r) => `${hosted.entries.get(r.subjectId)!.iso3 ?? ""} ${r.role} ${hosted.entries.get(r.objectId)!.slug}`,
    );
  it("the phrase after 'its' is the atlas's meeting of that day, for who hosts it", () => {
    expect(relations("When Kenya hosts its first global AI summit on 12 March, observers will watch closely.")).toEqual(["KEN host nairobi-ai-summit-2031"]);
  });
  it("not on a day the atlas holds no meeting", () => {
    expect(relations("When Kenya hosts its first global AI summit on 20 December, observers will watch closely.")).toEqual([]);
  });
});

describe("a gathering, a seminar or a symposium is a meeting", () => {
  it.each([
    ["At a high-level gathering in Nairobi on 25 September 2031, Kenya's minister addressed the governance of AI."],
    ["At a seminar in Nairobi on 25 September 2031, Kenya's minister addressed the governance of AI."],
    ["At a symposium in Nairobi on 25 September 2031, Kenya's minister addressed the governance of AI."],
  ])("%s", (body) => {
    expect(dates(body, null)).toContain("2031-09-25");
  });
  it("not the gathering of data or intelligence", () => {
    expect(dates("Kenya stopped the intelligence gathering on 25 September 2031, the minister said of the AI rules.", null)).toEqual([]);
  });
});

describe("an undated article's day without a year, on the month and day the atlas dates what the sentence names", () => {
  it("is the atlas's day, where the latest day the body states would put it in another year", () => {
    const body = "The Kenya Data Protection Act entered into force on January 10th across the country. Its last provisions apply from 3 February 2033.";
    expect(dates(body, null)).toContain("2031-01-10");
    expect(dates(body, null)).not.toContain("2033-01-10");
    expect(dates("肯尼亚数据保护法于1月10日正式生效。", null)).toEqual(["2031-01-10"]);
    // (named in the sentence before)
    expect(dates("Kenya passed the Kenya Data Protection Act. The Act entered into force on January 10th. Its last provisions apply from 3 February 2033.", null)).toContain(
      "2031-01-10",
    );
  });
  it("not a day on another month and day than the atlas's, nor in an article with a dateline", () => {
    const other = "The Kenya Data Protection Act was debated on January 12th across the country. Its last provisions apply from 3 February 2033.";
    expect(dates(other, null)).not.toContain("2031-01-12");
    expect(dates("The Kenya Data Protection Act entered into force on January 10th across the country.", "2034-03-01")).toEqual(["2034-01-10"]);
  });
});

describe("two days written with one day word, or with a slash: a span dated by its first day", () => {
  it("29、30日 and 5月29、30日", () => {
    expect(read("共同社4月20日消息，29、30日将在高崎市召开的部长会议", "2031-04-20")).toEqual(["2031-04-20", "2031-04-29"]);
    expect(read("会议于5月29、30日举行", "2031-06-02")).toEqual(["2031-05-29"]);
  });
  it("5/6 February 2031", () => {
    expect(read("On 5/6 February 2031 UNESCO hosted the second Global Forum", "2031-02-08")).toEqual(["2031-02-05"]);
  });
  it("but a day alone is still its own day", () => {
    expect(read("部长会议30日在高崎市召开", "2031-05-02")).toEqual(["2031-04-30"]);
  });
});

describe("今(2031)年7月: this year with its number in brackets", () => {
  it("is the month of the year written, with or without the article's date", () => {
    expect(read("該部於今(2031)年7月在國務會議上表決通過了規範案", null)).toEqual(["2031-07"]);
    expect(read("该部于今（2031）年7月15日通过了规范", "2031-09-01")).toEqual(["2031-07-15"]);
  });
});

describe("119年3月4日: Taiwan's official calendar, which counts years from 1912", () => {
  it("reads a year of 100-119 with its month as that year of the calendar, with or without the article's date", () => {
    expect(read("立法院119年3月4日三讀通過《資料治理法》", null)).toEqual(["2030-03-04"]);
    expect(read("數位部自民國118年5月起召開公聽會", "2030-06-01")).toEqual(["2029-05"]);
  });
  it("but not a count of years, nor part of a longer number", () => {
    expect(read("該協會已有118年歷史", "2030-06-01")).toEqual([]);
    expect(read("編號3.118年5月", null)).toEqual([]);
  });
});
