import { createHash } from "node:crypto";
import type { RelationRole } from "@/db/schema";
import { datedCandidatesNear, type Gazetteer } from "./gazetteer";
import { isNamedByVenue } from "./find-venue-references";
import { dateDistance, datesOverlap } from "./resolve-dates";
import type { DateMention, EventActor, FoundMention, GazetteerEntry, ProposedEvent, Sentence } from "./types";

/*
 * The words of meetings, shared by the patterns below (each pattern adds the words of its own use): kept in one
 * place so that a new kind of meeting ("phone call", "roundtable") reaches every rule that reads meetings.
 */
/** the English nouns of a meeting ("a high-level gathering", not the gathering of data or intelligence) */
const MEETING_NOUNS_EN = "summit|meeting|conference|forum|workshop|roundtable|round table|seminar|symposium|(?<!(?:data|intelligence|information|evidence|fact)[- ])gathering";
/** "a phone call", "a video call" */
const CALL_EN = "(?:phone|video|telephone) call";
/** "an open debate", "the general debate": a Council's or an Assembly's debate is a meeting too */
const DEBATE_EN = "(?:open|general|high-level|thematic|signature) debate";
/** "a two-day event" */
const DAYS_EN = String.raw`(?:one|two|three|four|five|\d+)-day (?:event|gathering)`;
/** the Chinese words of a meeting held, and of its opening and close */
const MEETING_WORDS_ZH = "峰会|会议|论坛|研讨|会晤|会谈|对话|通话|外长会|部长会";
const HELD_ZH = "举办|举行|召开";
const OPENED_CLOSED_ZH = "开幕|闭幕|落幕";

/** Words that make a dated sentence report something that happened (or will) rather than a statistic. */
const TRIGGER_ZH = new RegExp(
  `${HELD_ZH}|主办|承办|通过|提出|发起|宣布|签署|成立|启动|发布|${MEETING_WORDS_ZH}|大会|出席|参会|${OPENED_CLOSED_ZH}|落下帷幕|出炉|揭牌|推出|倡议|达成|商定|同意|批准|生效|施行|提交|修订`,
);
const TRIGGER_EN = new RegExp(
  String.raw`\b(?:held|hold|holds|hosted|hosts|co-hosted|convened|convenes|gathered|adopted|adopts|launched|launches|proposed|announced|signed|established|unveiled|released|endorsed|opened|inaugurated|published|${MEETING_NOUNS_EN}|dialogue|session|consultations|negotiations|${CALL_EN}|${DAYS_EN}|${DEBATE_EN}|took place|set up|met|agreed|concluded(?!\s+that)|reaffirmed|pledged|ratified|approved|passed|entered into force|came into force|took effect|submitted|revised|updated|amended)\b`,
  "i",
);
/** Words of a meeting-like event (enough to propose a new event entity). */
const MEETING_ZH = new RegExp(`${HELD_ZH}|主办|${MEETING_WORDS_ZH}|全会|${OPENED_CLOSED_ZH}|揭牌|成立|公开辩论|一般性辩论`);
const MEETING_EN = new RegExp(
  String.raw`\b(?:held|hosted|co-hosted|convened|gathered|${MEETING_NOUNS_EN}|${CALL_EN}|dialogue|consultations|negotiations|${DAYS_EN}|took place|met|established|inaugurated|launched|${DEBATE_EN})\b`,
  "i",
);
/** Founding / unveiling: an organisation named in the sentence may be the event itself. */
const FOUNDING = /成立|揭牌|挂牌|启动|\b(?:established|launched|inaugurated|set up|founded|created|opened)\b/i;
/** "the resolution", "该决议": refers back to the last resolution / initiative named before. */
const ANAPHORA: [RegExp, "resolution" | "initiative"][] = [
  [/\bthe (?:resolution|text)\b|该决议|这项决议|这一决议|决议草案/i, "resolution"],
  [/\bthe (?:initiative|plan)\b|该倡议|这一倡议|该计划/i, "initiative"],
];
/** "该法", "该法案", "the Act", "the law": refers back to the last law named before (not 该法院, 该法规). */
const LAW_ANAPHORA = /该法(?![院官律规庭])|该法案|该法律|这部法律|\b[Tt]he (?:[Ll]aw|Act)\b/;
const LAW_NAME = /\b(?:Act|Law|Regulation)\b|法案|法(?:$|（|\()|法律/;
const isLaw = (e: GazetteerEntry | undefined) => !!e && (LAW_NAME.test(e.nameEn) || LAW_NAME.test(e.nameZh ?? ""));
const PARTICIPATION = /参会|出席|与会|参加|参与|代表.{0,6}(?:参会|出席)|\b(?:attended|participated|took part|joined)\b/i;

function roleFor(sentence: string, actorStart: number, triggerPos: number): RelationRole {
  const before = actorStart < triggerPos;
  if (/共同举办|联合举办|共同主办|联合主办|co-host(?:ed|s)?|jointly hosted/i.test(sentence) && before) return "co-host";
  if (/共同发起|联合发起|co-found|jointly launched/i.test(sentence) && before) return "co-founder";
  if (/举办|主办|承办|\bhost(?:ed|s)?\b/i.test(sentence) && before) return "host";
  if (/共同提案|联署|co-sponsor/i.test(sentence)) return "co-sponsor";
  if (/提出|发起|推动|倡议|宣布|\b(?:proposed|launched|initiated|announced|put forward|championed|led)\b/i.test(sentence) && before) return "proposer";
  if (/签署|\bsigned\b/i.test(sentence)) return "signatory";
  return "participant";
}

/**
 * Dates that are not when the reported thing happened: the dateline ("北京5月8日电", "(Xinhua)"), the day a
 * spokesperson spoke ("7日在例行记者会上", "7日介绍", "said on Tuesday", "at a press briefing on …"), and the start of a
 * span ("今年以来", "since 2023"; but "自去年12月举办首次会议以来" dates the first meeting).
 */
const DATELINE_AFTER = /^\s*(?:电|\((?:Xinhua|Reuters|AFP|AP|IANS|UNI|Yonhap|Kyodo|Bernama|ANI|WAM|TASS|PTI|CNA)\)|\((?:[A-Z][\w.&-]*\s?){1,3}\)\s*(?:--|—|–|-))/;
const BRIEFING_AFTER =
  /^[^，,。；;]{0,8}?(?:例行记者会|记者会|发布会|吹风会|新闻发布|答记者问|报道|报导|发文|撰文|刊文|刊登|发表文章)|^\s*(?:发布的?)?消息|^\s*(?:在[^，,。；]{0,12})?(?:介绍|表示|说|称|指出|透露|答问)|^\s*(?:at|during) (?:a|the|its) (?:regular |daily )?(?:press|news) (?:briefing|conference)/i;
const SPEAKING_BEFORE =
  /\b(?:said|says|told [\w ]{1,25}|stated|added|noted|wrote|explained|remarked|commented|briefing|reported|posted|tweeted|(?:press|news) conference|interview|statement)\s+(?:on\s+)?$|在$/i;
const PRESS = /新闻发布会|记者会|吹风会|发布会|\b(?:press|news) (?:conference|briefing)|\bbriefing\b/i;
/** The first thing done after the date is a briefing (not "举办会议，会后举行了新闻发布会"). */
function isPressDay(after: string): boolean {
  const press = PRESS.exec(after);
  if (!press) return false;
  const act = ACT_ZH.exec(after) ?? ACT_EN.exec(after);
  return !act || act.index >= press.index || press.index - (act.index + act[0].length) <= 4;
}
const SPAN_END =
  /(?:\d\s*[日号年月]?|\d{4}|\b(?:January|February|March|April|May|June|July|August|September|October|November|December))\s*(?:至|到|~|-|–|—|\bto|\bthrough)\s*$|\b(?:until|till)\s+$/i;
/** What a law does on the day it starts to apply. */
const LAW_STARTS = /\b(?:apply|applies|applicable|binding|in force|into force|prohibited|banned|take effect|takes effect)\b/i;
const DEADLINE = { before: /\b(?:by|before|no later than|prior to)\s+(?:the end of\s+|end-)?$|(?:^|[^来达])到\s*$/i, after: /^\s*(?:之前|以前|前(?![夕往来]))/ };
const SINCE = { before: /\b(?:since|as of)\s+$|(?:截至|截止)\s*$/i, after: /^\s*(?:以来|来(?![华京沪]))/ };

export function isEventDate({ sentence, date }: { sentence: Sentence; date: DateMention }): boolean {
  const before = sentence.text.slice(Math.max(0, date.start - sentence.start - 40), date.start - sentence.start);
  const after = sentence.text.slice(date.end - sentence.start, date.end - sentence.start + 40);
  if (DATELINE_AFTER.test(after) || BRIEFING_AFTER.test(after)) return false;
  // "11月25日，UNESCO在巴黎举行新闻发布会", "On Monday, the ministry held a press conference": the day of a briefing
  if (isPressDay(sentence.text.slice(date.end - sentence.start, date.end - sentence.start + 60))) return false;
  // "11月26日多家媒体才有简短的报道": the day something was reported (not "据新华社报道，…举办")
  const clause = after.replace(/^\s*[，,]/, "").split(/[，,。；;]/)[0];
  if (/报道|报导|刊发|撰文|发文|刊文/.test(clause) && !/据/.test(clause) && !ACT_ZH.test(clause)) return false;
  // "于周三发布的部落格文章中表示": the day a piece of writing came out (发布 of a text is an act; of a blog post, not)
  if (/^\s*(?:在|于)?[^，。；]{0,12}?(?:发布|发表|刊登)的[^，。；]{0,8}?(?:文章|博文|部落格|博客|帖子|专栏)/.test(clause)) return false;
  // "by | Apr 21, 2024 | Firm News": a date between a page's bars is its byline, as is "Published in Dawn, May 21st,
  // 2025" (a line that opens with the word); "speaks to The Yomiuri Shimbun on Thursday" is the day of an interview
  if ((/\|\s*$/.test(before) && /^\s*\|/.test(after)) || (/^\s*(?:published|posted|updated)\b[^.;]{0,40}$/i.test(before) && sentence.text.length < 80)) return false;
  if (/\b(?:speaks|spoke|speaking|talks|talked|talking) (?:to|with) (?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s+(?:on\s+)?$/.test(before)) return false;
  // "《2024年…论坛主席声明》": a year inside a title is part of the title
  if (before.lastIndexOf("《") > before.lastIndexOf("》")) return false;
  // "8月31日至9月1日", "from 2025 to 2030", "till 21 February": the end of a span, or a deadline
  if (SPAN_END.test(before)) return false;
  // "by 2030", "before the end of June", "到2030年", "2030年前": a deadline or target, not a day something happened
  if (DEADLINE.before.test(before) || DEADLINE.after.test(after)) return false;
  // "2日宣布，将于下周举办…", "announced on Tuesday that it will host…": the day of an announcement of what is to come
  if (/^\s*宣布[，,]?\s*(?:将|计划|拟|明年|下)/.test(after) || (/\bannounced\s+(?:on\s+)?$/i.test(before) && /^[^.;]{0,40}\b(?:will|would)\b/i.test(after))) return false;
  // "中方愿于明年同各方共同举办…", "Kenya hopes to host it in 2032": a wish, not an event announced
  // (but "中国愿参加法国将于2025年举办的峰会": the summit itself is announced)
  const wish = /愿|希望|\b(?:hopes?|wish(?:es)?|wants?|would like) to\b/gi;
  const clauseBefore = before.split(/[，,。；;]/).pop() ?? "";
  const wished = lastMatch(wish, clauseBefore);
  if (wished >= 0 && !FUTURE.test(clauseBefore.slice(wished + 1))) return false;
  // "said in a May 2024 report", "在2024年5月的报告中": the date of a text that says something, not of an act
  if (/^\s*(?:report|article|interview|op-ed|letter|study|survey|speech|post|paper|analysis)\b/.test(after) || /^的?(?:报告|文章|采访|讲话|研究|调查|评论)/.test(after))
    return false;
  // "originally scheduled for 5 May, it was postponed", "原定于5月举行": a day that did not happen
  if (
    /\b(?:originally|initially|previously) (?:scheduled|planned|set|due)(?: to (?:be held|take place|open))? (?:for|on|in)\s+$|原定(?:于|在)?\s*$|原计划(?:于|在)?\s*$/i.test(
      before,
    )
  )
    return false;
  // the preposition read as part of the date ("since March", "by September", "until June")
  if (/^(?:since|until|by)\b/i.test(date.surface)) return false;
  // "2030年可持续发展议程", "the 2030 Agenda": a year that names a plan, not a date of something that happened
  if (/^\s*年?\s*(?:可持续发展)?议程|^\s*Agenda\b/.test(after)) return false;
  // "its 2030 targets", "2035年远景目标", "Vision 2030": a target year, not a day something happened
  if (/^\s*(?:targets?|goals?|vision|deadline|horizon|roadmap)\b|^\s*年?\s*(?:前后)?(?:目标|愿景|远景)/i.test(after) || /\bVision\s+$/.test(before)) return false;
  // ("As of 2 August 2025, the rules become binding": the day a law's part starts to apply is an act of its own)
  const startsToApply =
    /\bas of\s+$/i.test(before) &&
    LAW_STARTS.test(after.replace(/^\s*,/, "").split(/[.;]/)[0] + sentence.text.slice(date.end - sentence.start + 40, date.end - sentence.start + 160).split(/[.;]/)[0]);
  if ((SINCE.before.test(before) && !startsToApply) || SINCE.after.test(after)) return false;
  // "在7月2日外交部例行记者会上" is caught above; a bare "在" before a date is a date of what follows
  if (SPEAKING_BEFORE.test(before) && !/在$/.test(before)) return false;
  // "said in a joint article published in … on Monday, 20 May": the day a text about it came out (but not "was
  // published by the Commission and entered into force on 2 August": an act of its own stands between)
  const upTo = sentence.text.slice(Math.max(0, date.start - sentence.start - 160), date.start - sentence.start);
  const published = /\b(published|posted|printed|aired|broadcast)\b([^;。；]{0,100})$/i.exec(upTo);
  // (but "the Commission published the final Code of Practice on 10 July": a body publishing its own text acts; a
  // piece of writing or a broadcast that came out does not)
  const piece =
    published &&
    (published[1].toLowerCase() !== "published" ||
      (/\b(?:article|op-ed|piece|interview|commentary|letter|post|story|report|paper|column|editorial|essay|blog|analysis|survey|study|was|were|been|is|are|be|first)[\s,]+(?:[\w-]+[\s,]+){0,3}$/i.test(
        upTo.slice(0, published.index),
      ) &&
        !NAMED_TEXT_PASSIVE.test(upTo.slice(0, published.index))));
  if (piece && !/\band\s+(?:has\s+)?(?:entered into force|came into force|took effect|was adopted|was signed|was approved)\b/i.test(published[2])) return false;
  return true;
}

/** "The ASEAN Guide was published on February 2": a named text (a capitalised title word) published is an act */
const NAMED_TEXT_PASSIVE =
  /\b(?:Guide|Guidelines|Declaration|Act|Law|Framework|Principles|Recommendation|Code of (?:Conduct|Practice)|Strategy|Plan|Convention|Roadmap|Report|Charter|Standards?|Measures|Provisions|Rules|Regulations?)\s+(?:was|were|has been|had been|is)\s+(?:(?:first|officially|formally|also)\s+)?$/;

/**
 * An act done on the day written beside it, in the date's own part of the sentence: a meeting held, a text
 * adopted / signed / approved / submitted / published / in force, a body founded, an agreement reached. Saying,
 * announcing and reporting are not acts.
 */
const ACT_ZH = new RegExp(
  `提出|发起|${HELD_ZH}|${OPENED_CLOSED_ZH}|落下帷幕|出炉|通过|签署|签约|生效|施行|实施|批准|撤销|废除|废止|上路|公布|发布|印发|颁布|出台|发表|成立|建立|创建|设立|创立|创办|启动|揭牌|提交|达成|会晤|会谈|会见|通话|同意|商定|表决|投票|审议|磋商|任命`,
);
/** (a body appointing or electing members acts; a text released or issued is published, as 发布 / 印发) */
const ACT_EN = new RegExp(
  String.raw`\b(?:held|hosted|co-hosted|convened|convening of|took place|takes? place|taking place|meets?|gather(?:s|ed)?|kick(?:s|ed)? off|opened|concluded(?!\s+that)|${CALL_EN}|co-led|adopted|signed|enter(?:s|ed)? into force|c[oa]mes? into force|t(?:ake|akes|ook) effect|(?:become|becomes|became) (?:effective|(?:legally )?binding|applicable)|(?:are|is|were|was|become|became) (?:prohibited|banned)|(?:go|goes|went) into effect|promulgated|approved|passed|vot(?:e|es|ed) on|debated|established|founded|created|set up|launched|inaugurated|submitted|endorsed|agreed|reached (?:an |a broad )?agreement|met|ratified|enacted|proposed|put forward|unveiled|appointed|elected|revoked|rescinded|repealed|(?:released|issued|published)(?!\s+(?:(?:a|an|its|the|their)\s+)?(?:[\w-]+\s+)?(?:statement|update|press release|readout|report|notice|comment|note)s?\b))\b`,
  "i",
);
/**
 * A visit is a meeting too ("对法国进行国事访问", "拜会副总统", "paid a state visit"), when the text says when it was
 * more closely than a year ("去年率团访问越南时的一段经历" is an anecdote, not a reported event).
 */
const VISIT = /会面|拜会|访问|访华|出访|到访|来访|\b(?:visited|(?:state|official|working) visit)\b/i;
/** "will sign", "is expected to adopt", "plans to host": an act announced for the date */
const FUTURE_ACT =
  /\b(?:will|shall|(?:plans?|planning|expected|scheduled|set|due) to)\s+(?:also\s+|jointly\s+|formally\s+)?(?:sign|adopt|host|co-host|hold|convene|launch|ratify|approve|meet|gather|open)\b/i;
const FUTURE = /\b(?:will|shall|scheduled|upcoming)\b|将于|将在|即将|计划于|拟于|定于/i;
const MEETING_NOUN = new RegExp(
  String.raw`峰会|会议|大会|论坛|研讨会|会晤|会谈|公开辩论|一般性辩论|\b(?:summit|meeting|conference|forum|session|talks|workshop|roundtable)\b|\b${DEBATE_EN}\b`,
  "i",
);
/** "a high-level open debate on AI on Sept. 24", "the summit in Paris in February 2025": a meeting, then its date */
const DEBATE_OR_MEETING_BEFORE_DATE = new RegExp(String.raw`\b(?:summit|meeting|conference|forum|session|talks|${DEBATE_EN})\s+(?:[\w-]+\s+){0,3}?(?:in|on|of)\s+$`, "i");
/**
 * A date written as the time of a meeting: "2024年5月韩国首尔峰会", "the November 2023 summit at Bletchley", "the
 * summit in Paris in February 2025", "at a meeting on 3 May".
 */
function namesMeeting({ sentence, date }: { sentence: Sentence; date: DateMention }): boolean {
  const before = sentence.text.slice(Math.max(0, date.start - sentence.start - 40), date.start - sentence.start);
  const after = sentence.text.slice(date.end - sentence.start, date.end - sentence.start + 40);
  return (
    /^(?:的)?[^，,。；;、\d]{0,10}?(?:峰会|会议|大会|论坛|研讨会|会晤|公开辩论|一般性辩论)/.test(after) ||
    // (only capitalised words of a name between: "the November 2023 AI Safety Summit", not "a May 2024 report that the summit")
    /^\s*(?:[A-Z][\w-]*\s+){0,3}(?:[Ss]ummit|[Mm]eeting|[Cc]onference|[Ff]orum|[Ss]ession|[Tt]alks)\b/.test(after) ||
    // ("a high-level open debate on AI on Sept. 24": a Council's or an Assembly's debate is a meeting too)
    DEBATE_OR_MEETING_BEFORE_DATE.test(before) ||
    // ("the summit meeting in the US last November": a place between the meeting and a date that counts from today)
    (/^(?:last|this|next|this past|past)\s/i.test(date.surface) &&
      /\b(?:summit|meeting|conference|forum|session|talks)\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w.-]*(?:,?\s+[A-Z][\w.-]*){0,2}\s+$/.test(before))
  );
}

/** A day of the month alone: "the 21st", "on the 22nd", "21日", "（23）日". */
const BARE_DAY = /^(?:on\s+)?(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?$|^[今昨]?\s*[（(]?(\d{1,2})[）)]?\s*日$/i;

const MET = new RegExp(
  String.raw`会见|会晤|会谈|会面|拜会|访问|访华|到访|来访|通话|\b(?:met|meet|meets|held talks|spoke by phone|${CALL_EN}|visited|(?:state|official|working) visit)\b`,
  "i",
);
/** What such an act is done to or by: a meeting, a text, a body (enough for an event with no actor named). */
const THING_ZH =
  /峰会|会议|大会|全会|论坛|研讨|对话|会晤|会谈|法案|法律|《[^》]*法》|公约|条约|协定|协议|备忘录|宣言|决议|声明|战略|倡议|计划|规划|办法|指南|纲要|宪章|章程|条例|建议书|准则|框架|行政命令|行政令|法令|研究所|研究院|中心|机构|组织|大学|委员会|理事会|专家组|工作组/;
const THING_EN =
  /\b(?:summit|meeting|conference|forum|session|dialogue|talks|workshop|roundtable|act|law|bill|plan|code of (?:practice|conduct)|memorandum|MoU|convention|treaty|agreement|accord|declaration|resolution|statement|strategy|initiative|charter|framework|recommendation|principles|guidelines|regulation|executive order|decree|institute|centre|center|university|agency|network|partnership|body|panel|committee|commission|council|task force)\b/i;

/**
 * The part of the sentence that belongs to a date: from the end of the date before it to the start of the date
 * after it ("于4月24日通过众议院，并于5月28日由参议院通过": each day has its own verb). Dates joined by "和 / 与 /
 * and" ("在2023年与2024年分别于海牙及首尔举行") share what follows the last of them.
 */
function segmentOf({ sentence, dates, index, language }: { sentence: Sentence; dates: DateMention[]; index: number; language: "zh" | "en" }): string {
  let last = index;
  while (last + 1 < dates.length && /^\s*(?:和|与|與|及|、|,|，|and|or)\s*$/i.test(sentence.text.slice(dates[last].end - sentence.start, dates[last + 1].start - sentence.start)))
    last++;
  // a Chinese verb follows its date ("11月25日举行…，然后11月26日…报道"): a later date's part starts at the date
  let from = index === 0 ? 0 : language === "zh" ? dates[index].start - sentence.start : dates[index - 1].end - sentence.start;
  if (language === "en" && index > 0) {
    const middle = sentence.text.slice(from, dates[index].start - sentence.start);
    const cut = lastMatch(CLAUSE_BREAK, middle);
    if (cut >= 0) from += cut;
  }
  let to = last + 1 < dates.length ? dates[last + 1].start - sentence.start : sentence.text.length;
  if (language === "en" && last + 1 < dates.length) {
    // "rose 5% in 2023 after the law was passed in 2021": the clause that leads into the next date is that date's
    const middle = sentence.text.slice(dates[last].end - sentence.start, to);
    const cut = lastMatch(CLAUSE_BREAK, middle);
    if (cut >= 0) to = dates[last].end - sentence.start + cut;
  }
  return sentence.text.slice(from, to);
}

/** Where an English clause leading into a date starts: "…, three months after 21 March", "… and signed on 9 April". */
const CLAUSE_BREAK = /,|;|\b(?:and|but|after|before|while|when|following)\b/gi;
function lastMatch(re: RegExp, text: string): number {
  let at = -1;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) at = m.index;
  return at;
}

/** Adopting, signing, launching a document: its date in the sentence is the act's, even off the atlas's date. */
const DOCUMENT_ACT =
  /通过|签署|发布|公布|颁布|印发|启动|生效|施行|开放签署|修订|\b(?:adopted|signed|launched|opened for signature|enter(?:s|ed)? into force|takes? effect|took effect|endorsed|unveiled|approved|passed|enacted|promulgated|revised|updated|amended)\b/i;

export function hash(s: string): string {
  return createHash("sha256").update(s).digest("hex").slice(0, 8);
}

/**
 * The words that name what happened on a date, for the name of an event the atlas does not hold: those after it
 * (`after`, up to 60 characters), or for a date closing its sentence ("… an open debate on AI on Sept. 24.") the
 * words before it.
 */
export function wordsNamingDate({ sentence, date }: { sentence: Sentence; date: DateMention }): { after: string; snippet: string } {
  const after = sentence.text
    .slice(Math.max(0, date.end - sentence.start))
    .replace(/^[\s,，、:：]+/, "")
    .slice(0, 60);
  const before = sentence.text.slice(0, Math.max(0, date.start - sentence.start)).replace(/\s*(?:on|in|at|于|在)?\s*$/i, "");
  const snippet = /[\p{L}\p{N}]{2}/u.test(after)
    ? `${after}${after.length >= 60 ? "…" : ""}`
    : before.length > 60
      ? `…${before.slice(-60).replace(/^\S*\s+/, "")}`
      : before.trimStart();
  return { after, snippet };
}

/**
 * "New York, 25 September 2025", "Tuesday, 25 November 2025, at 3.30 p.m.", "2025年7月26日，上海": a line that is
 * nothing but a place, a weekday, a day and a time. Under the title of a speech or statement, or with the hour
 * of a meeting, it is the day the speech was given or the meeting held. (A numeric stamp "2025-08-27 16:01" is
 * the page's own publication, not such a line.)
 */
const CLOCK = /\b\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|h\b)|\b\d{1,2}:\d{2}\b|\d{1,2}[:：]\d{2}|[上下]午\s*\d|\d{1,2}\s*[时点]/i;
const HEADING_REST = /^[\s,，.、;；()（）]*(?:(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}(?:,\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}){0,2}|[\u4e00-\u9fff]{2,6})[\s,，.、]*)?$/;
const WEEKDAY_OR_TIME =
  /\b(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|(?:星期|周|礼拜)[一二三四五六日天]|\(?\b(?:at\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|h)?\s*(?:[-–—]\s*\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|h)?)?(?:\s*\([^)]{0,20}\))?|(?:[上下]午)?\d{1,2}[:：时点]\d{0,2}分?/gi;
/** Who speaks in the lines around: the title of a speech or statement, or its salutation. */
const SPEECH =
  /\b(?:remarks|statement|speech|address|delivered by|excellenc(?:y|ies)|distinguished (?:guests|delegates|representatives|colleagues)|ladies and gentlemen|mr\.? president|madam (?:president|chair)|dear colleagues)\b|讲话|发言|致辞|致词|主旨演讲|女士们|先生们|尊敬的|大家(?:上午|下午|晚上)?好/i;
function headingDate({ sentence, dates, around }: { sentence: Sentence; dates: DateMention[]; around: string }): DateMention | null {
  if (dates.length !== 1 || sentence.text.length > 90 || /\b(?:published|updated|posted|modified|source)\b|发布|发表|更新|来源|编辑/i.test(sentence.text)) return null;
  const d = dates[0];
  if (d.relative || d.precision !== "day" || /^\d{4}-\d/.test(d.surface)) return null;
  const rest = (sentence.text.slice(0, d.start - sentence.start) + " " + sentence.text.slice(d.end - sentence.start)).replace(WEEKDAY_OR_TIME, " ");
  if (!HEADING_REST.test(rest)) return null;
  return CLOCK.test(sentence.text) || SPEECH.test(around) ? d : null;
}

/**
 * For each sentence with a resolved date and linked entities, proposes an event: matched to an existing event
 * (or to the initiative/resolution whose launch/adoption it reports) when the date windows overlap and the
 * entities agree, otherwise described as a new proposed event. A following sentence that only says who attended
 * ("俄罗斯、法国…等70多个国家…代表参会") adds participants to the event before it.
 */
export function proposeEvents({
  sentences,
  mentions,
  dates,
  gazetteer,
  language,
}: {
  sentences: Sentence[];
  mentions: FoundMention[];
  dates: DateMention[];
  gazetteer: Gazetteer;
  language: "zh" | "en";
}): ProposedEvent[] {
  const state: ArticleEventsState = {
    events: [],
    previous: null,
    previousIndex: -2,
    lastOfKind: new Map<string, number>(),
    namedYear: new Set<number>(),
    namedOnly: new Set<ProposedEvent>(),
  };
  for (let index = 0; index < sentences.length; index++) proposeSentenceEvents({ sentences, index, mentions, dates, gazetteer, language, state });
  const { events, namedYear, namedOnly } = state;

  const merged = new Set<ProposedEvent>();
  // "Photo shows the Assembly in session on March 21, 2024", "今天，…会谈将进一步讨论…": a new event that names
  // nothing, on a day the article reports a known event or act, is that one (no second, proposed event)
  for (const e of events) {
    if (e.matchedEntityId !== null || e.linkedIds.length || e.precision !== "day") continue;
    const same = events.find((o) => o.matchedEntityId !== null && o.date === e.date);
    if (!same) continue;
    Object.assign(e, { matchedEntityId: same.matchedEntityId, proposal: null, ...(same.act ? { act: true } : {}) });
    merged.add(e);
  }
  // one article reports each event once: per matched entity / proposal keep the report whose date is the
  // entity's own (the meeting's day rather than a later mention of it), then the more precise, then the first
  // an act on a document on a date other than the atlas's for it (adopted in May, signed in September) is an
  // event of its own, kept beside the one on the document's date
  // the days of a meeting over several days ("the first day … on Tuesday", "the ministers' session on Wednesday")
  // are reported each on its own day
  const dayOfEvent = (e: ProposedEvent) => e.precision === "day" && e.matchedEntityId !== null && gazetteer.entries.get(e.matchedEntityId)?.kind === "event";
  const keyOf = (e: ProposedEvent) => (e.matchedEntityId !== null ? `id:${e.matchedEntityId}${e.act || dayOfEvent(e) ? `:${e.date}` : ""}` : `p:${e.proposal!.slug}`);
  const rankOf = (e: ProposedEvent) => {
    const own = e.matchedEntityId !== null ? gazetteer.entries.get(e.matchedEntityId)?.date : null;
    return (merged.has(e) ? -1 : 0) + (own === e.date ? 10 : 0) + ({ day: 3, month: 2, year: 1 } as const)[e.precision];
  };
  const kept = new Map<string, ProposedEvent>();
  for (const e of events) {
    const k = keyOf(e);
    const prev = kept.get(k);
    if (!prev || rankOf(e) > rankOf(prev)) kept.set(k, e);
  }
  // a coarser report of an event reported on a day as well is the same report
  const daysOf = new Set([...kept.values()].filter(dayOfEvent).map((e) => e.matchedEntityId));
  const chosen = new Set([...kept.values()].filter((e) => dayOfEvent(e) || e.act || e.matchedEntityId === null || !daysOf.has(e.matchedEntityId)));
  // a year read from a name adds nothing when the article dates something in that year itself ("7月4日至6日，
  // 2024世界人工智能大会…" then "2024世界人工智能大会开幕式上发布的宣言")
  // so does a new event known only by its year ("今年大会的关键词是…") beside an event of that year reported finer
  const finerInYear = (e: ProposedEvent) => events.some((o) => o !== e && chosen.has(o) && o.date.length > 4 && o.date.startsWith(e.date));
  const out = events.filter(
    (e) => chosen.has(e) && !(e.precision === "year" && (namedYear.has(e.evidenceStart) || (e.matchedEntityId === null && namedOnly.has(e))) && finerInYear(e)),
  );
  return out;
}

/**
 * "the follow-up to the Bletchley summit", "首尔峰会上": a meeting the atlas holds that the article names but reports
 * no date for is on its timeline all the same, on the atlas's date (a text only named is not: its date says when it
 * was adopted, not that the article is about that day)
 */
export function dateNamedMeetings({
  sentences,
  mentions,
  gazetteer,
  reported,
}: {
  sentences: Sentence[];
  mentions: FoundMention[];
  gazetteer: Gazetteer;
  reported: ProposedEvent[];
}): ProposedEvent[] {
  const have = new Set<number>();
  const out: ProposedEvent[] = [];
  for (const m of mentions) {
    if (m.kind !== "event" || have.has(m.entityId) || m.why?.candidates) continue;
    const date = gazetteer.entries.get(m.entityId)?.date;
    if (!date) continue;
    // (reported on its own day, or on a day within it by the stated year or month: dated already; reported on
    // another day of it, "闭幕" on the 11th of a summit the atlas dates the 10th, it is dated by its own day too)
    const reports = reported.filter((e) => e.matchedEntityId === m.entityId);
    if (reports.some((e) => date.startsWith(e.date) || e.date.startsWith(date))) continue;
    const s = sentences.find((x) => x.start <= m.start && m.start < x.end) ?? { text: m.evidence, start: m.evidenceStart, end: m.evidenceStart + m.evidence.length };
    // ("Leaders of the BRICS bloc concluded their 17th summit on Sunday in Rio de Janeiro": a meeting named only by
    // where it met, in a sentence that dates what it reports to a day months from the atlas's, is another meeting)
    const ownDays = reported.filter((e) => e.evidenceStart === s.start && e.precision === "day");
    if (isNamedByVenue(m) && ownDays.length && ownDays.every((e) => dateDistance(e.date, date) > 60)) continue;
    have.add(m.entityId);
    // ("the Seoul summit in May 2024", "2023年的峰会": on the atlas's day, as the labelling brief records a meeting
    // the atlas holds, not a second, coarser event beside it)
    out.push({
      date,
      precision: date.length >= 10 ? "day" : date.length >= 7 ? "month" : "year",
      evidence: s.text,
      evidenceStart: s.start,
      evidenceEnd: s.end,
      actors: [],
      linkedIds: [m.entityId],
      matchedEntityId: m.entityId,
      confidence: 0.5,
      proposal: null,
    });
  }
  return out;
}

/**
 * "The two previous summits were hosted in November 2023 in the UK's Bletchley Park": a meeting the atlas holds,
 * named in the sentence that dates it by its month and year, is on the timeline on the atlas's day (one event, the
 * meeting, not a coarser one beside it). Only when the sentence names that meeting: a month matched to a meeting by
 * date alone ("in July 2023") may be another event of that month; and only when the sentence writes the year: "the
 * summit held in Bletchley last November" is dated as precisely as the text dates it, the month. A meeting dated by its
 * year alone ("this year's AI for Good summit") is on the atlas's day, or month, all the same: the year says no more
 * than which meeting it is.
 */
export function dateByAtlasDay({ events, gazetteer, named }: { events: ProposedEvent[]; gazetteer: Gazetteer; named: FoundMention[] }): ProposedEvent[] {
  return events.map((e) => {
    // (a further date of a sentence is kept as an act of its own: of a meeting, it is still that meeting's date)
    if (e.precision === "day") return e;
    // ("This was followed by the Seoul Summit in May 2024": a meeting the sentence names by where it met, of that month)
    const matchedId =
      e.matchedEntityId ??
      named.find((m) => isNamedByVenue(m) && m.start >= e.evidenceStart && m.start < e.evidenceEnd && !!gazetteer.entries.get(m.entityId)?.date?.startsWith(e.date))?.entityId;
    if (matchedId === undefined) return e;
    const own = gazetteer.entries.get(matchedId);
    if (own?.kind !== "event" || !own.date || own.date.length <= e.date.length || !own.date.startsWith(e.date)) return e;
    const inSentence = named.some((m) => m.entityId === matchedId && m.start >= e.evidenceStart && m.start < e.evidenceEnd);
    // ("in November 2023": the text dates the meeting itself; "last November", "去年11月": only as precisely as that)
    const yearWritten = new RegExp(`(?<!\\d)${own.date.slice(0, 4)}(?!\\d)`).test(e.evidence);
    const precision = own.date.length === 10 ? "day" : "month";
    return inSentence && ((yearWritten && own.date.length === 10) || e.precision === "year") ? { ...e, date: own.date, precision, matchedEntityId: matchedId } : e;
  });
}

/** What proposeEvents carries from one sentence to the next. */
type ArticleEventsState = {
  events: ProposedEvent[];
  /** the last event reported, and its sentence: a following line of who attended adds to it */
  previous: ProposedEvent | null;
  previousIndex: number;
  /** the last resolution / initiative named: what "the resolution", "该倡议" refer back to */
  lastOfKind: Map<string, number>;
  /** sentences dated only by the year in an event's name */
  namedYear: Set<number>;
  /** events read from a date beside a meeting's name, with no act done on it ("今年大会的关键词是…") */
  namedOnly: Set<ProposedEvent>;
};

/** What one sentence says around the events it reports: what reportEvent weighs each of its dates against. */
type SentenceReading = {
  s: Sentence;
  gazetteer: Gazetteer;
  language: "zh" | "en";
  heading: DateMention | null;
  context: Sentence[];
  inS: FoundMention[];
  referred: number[];
  actorsIn: FoundMention[];
  linked: number[];
  sentenceIds: Set<number>;
  founding: boolean;
  trigger: RegExpExecArray | null;
  triggerPos: number;
  acted: DateMention[];
  standalone: boolean;
};

/** A mention of one of `kinds` among `mentions`. */
function hasMentionOfKind({ mentions, kinds }: { mentions: FoundMention[]; kinds: readonly string[] }): boolean {
  for (const m of mentions) if (kinds.includes(m.kind)) return true;
  return false;
}

/**
 * The events sentence `index` reports, pushed onto state.events. Kept apart from proposeEvents, and each report
 * apart again (reportEvent), with plain loops rather than filter/map/some: the one large per-sentence callback's
 * optimised code was thrown away and rebuilt again and again as new kinds of arrays reached those calls, each
 * time at a high compiling cost.
 */
function proposeSentenceEvents({
  sentences,
  index,
  mentions,
  dates,
  gazetteer,
  language,
  state,
}: {
  sentences: Sentence[];
  index: number;
  mentions: FoundMention[];
  dates: DateMention[];
  gazetteer: Gazetteer;
  language: "zh" | "en";
  state: ArticleEventsState;
}): void {
  const s = sentences[index];
  const { lastOfKind, namedYear, namedOnly, events } = state;
  const sentenceDates: DateMention[] = [];
  for (const d of dates) if (d.start >= s.start && d.start < s.end) sentenceDates.push(d);
  // a line that only dates a speech or a meeting: what it dates is named in the lines just before it
  const around: string[] = [];
  for (let k = Math.max(0, index - 4); k < Math.min(sentences.length, index + 3); k++) if (sentences[k].end > s.start - 600) around.push(sentences[k].text);
  const heading = headingDate({ sentence: s, dates: sentenceDates, around: around.join("\n") });
  const context: Sentence[] = [];
  if (heading) for (let k = Math.max(0, index - 3); k < index; k++) if (sentences[k].end > s.start - 600) context.push(sentences[k]);
  const inS: FoundMention[] = [];
  for (const m of mentions) {
    if (!heading) {
      if (m.start >= s.start && m.start < s.end) inS.push(m);
      continue;
    }
    if (m.kind === "country") continue;
    for (const o of context) {
      if (m.start >= o.start && m.start < o.end) {
        inS.push(m);
        break;
      }
    }
  }
  const referred: number[] = [];
  for (const [re, kind] of ANAPHORA) {
    if (re.test(s.text) && !hasMentionOfKind({ mentions: inS, kinds: [kind] }) && lastOfKind.has(kind)) referred.push(lastOfKind.get(kind)!);
  }
  // "该法已于2025年1月21日公布", "The Act enters into force on …": the law named last before
  if (LAW_ANAPHORA.test(s.text) && !hasMentionOfKind({ mentions: inS, kinds: ["initiative"] }) && lastOfKind.has("law")) referred.push(lastOfKind.get("law")!);
  for (const m of inS) {
    if (m.kind === "resolution" || m.kind === "initiative") lastOfKind.set(m.kind, m.entityId);
    if (m.kind === "initiative" && isLaw(gazetteer.entries.get(m.entityId))) lastOfKind.set("law", m.entityId);
  }
  // a date inside a mention ("2024世界人工智能大会", "WAIC 2024") is part of a name
  const ownDates: DateMention[] = [];
  if (heading) ownDates.push(heading);
  else {
    for (const d of sentenceDates) {
      let inName = false;
      for (const m of inS) if (d.start < m.end && d.end > m.start) inName = true;
      if (!inName && isEventDate({ sentence: s, date: d })) ownDates.push(d);
    }
  }
  // (who took part is not read from a heading)
  const actorsIn: FoundMention[] = [];
  if (!heading) for (const m of inS) if (m.kind === "country" || m.kind === "organisation") actorsIn.push(m);
  // "4月2日-3日，2024年…论坛在厦门举办": a year that only restates a day written in the sentence is that day's
  const sDates: DateMention[] = [];
  for (const d of ownDates) {
    let restated = false;
    for (const f of ownDates) if (f !== d && f.date.length > d.date.length && f.date.startsWith(d.date)) restated = true;
    if (!restated) sDates.push(d);
  }
  // "On the 21st, Yoon presided over the AI Seoul Summit", "峰会22日通过…": a bare day is read against the dateline,
  // but a text or meeting the sentence names on that day of another month is the one meant (a report written later)
  for (let i = 0; i < sDates.length; i++) {
    const d = sDates[i];
    const day = BARE_DAY.exec(d.surface.trim());
    if (!day || !d.relative) continue;
    for (const m of inS) {
      const own = gazetteer.entries.get(m.entityId)?.date;
      if (own?.length === 10 && Number(own.slice(8)) === Number(day[1] ?? day[2]) && own !== d.date && m.kind !== "country" && m.kind !== "organisation") {
        sDates[i] = { ...d, date: own };
        break;
      }
    }
  }
  // "正在上海举行的2024世界人工智能大会", "WAIC 2031 opened in Shanghai": with no other date, the year in the name of
  // the event reported as held dates it
  // (the act in the name's own clause, not still to come: "中国将主办的2025世界人工智能大会" is no report of it)
  if (!sDates.length) {
    let named: FoundMention | undefined;
    for (const m of inS) {
      if (m.kind === "event" && /(?<!\d)(?:19|20)\d{2}(?!\d)/.test(m.surface) && isHeldInClause({ sentence: s, mention: m })) {
        named = m;
        break;
      }
    }
    const year = named && /(?<!\d)((?:19|20)\d{2})(?!\d)/.exec(named.surface)![1];
    if (named && year && gazetteer.entries.get(named.entityId)?.date?.startsWith(year)) {
      sDates.push({ start: named.start, end: named.end, surface: named.surface, date: year, precision: "year", relative: false });
      namedYear.add(s.start);
    }
  }
  if (!sDates.length) {
    const previous = state.previous;
    if (previous && state.previousIndex === index - 1 && PARTICIPATION.test(s.text) && actorsIn.length) {
      for (const a of actorsIn) {
        let known = false;
        for (const x of previous.actors) if (x.entityId === a.entityId) known = true;
        if (!known) previous.actors.push({ entityId: a.entityId, role: "participant" });
      }
      state.previousIndex = index;
    }
    return;
  }
  const trigger = (language === "zh" ? TRIGGER_ZH : TRIGGER_EN).exec(s.text) ?? (language === "zh" ? TRIGGER_EN : TRIGGER_ZH).exec(s.text);
  const linkedIds: number[] = [];
  for (const m of inS) if (m.kind === "initiative" || m.kind === "resolution" || m.kind === "event") linkedIds.push(m.entityId);
  for (const id of referred) linkedIds.push(id);
  const linked = [...new Set(linkedIds)];
  const sentenceIds = new Set<number>();
  for (const m of inS) sentenceIds.add(m.entityId);
  for (const id of referred) sentenceIds.add(id);
  const founding = FOUNDING.test(s.text);
  // the dates with an act of their own in their part of the sentence
  const verbless = new Set<DateMention>();
  const acted: DateMention[] = [];
  for (let i = 0; i < sDates.length; i++) {
    const d = sDates[i];
    if (d === heading) {
      acted.push(d);
      continue;
    }
    const seg = segmentOf({ sentence: s, dates: sDates, index: i, language });
    if (ACT_ZH.test(seg) || ACT_EN.test(seg) || FUTURE_ACT.test(seg) || (d.precision !== "year" && VISIT.test(seg))) {
      acted.push(d);
      continue;
    }
    // "will be followed by a meeting of ministers on Wednesday": a meeting announced for that day; "2024年5月首尔峰会"
    const meeting = (FUTURE.test(seg) && MEETING_NOUN.test(seg)) || namesMeeting({ sentence: s, date: d });
    if (meeting) {
      verbless.add(d);
      acted.push(d);
    }
  }
  // "该法案于4月24日通过众议院", "the institute, established in 2019": an act on a meeting, text or body the atlas
  // does not hold and no actor named still dates an event of the article
  // ("Biden and Xi last met in November 2023 in Woodside": a meeting is a thing by itself)
  const standalone = acted.length > 0 && (!!heading || THING_ZH.test(s.text) || THING_EN.test(s.text) || MET.test(s.text));
  if (!trigger && !linked.length && !acted.length) return;
  if (!actorsIn.length && !linked.length && !standalone) return;
  // primary date: one with an act of its own if any, then the finest precision, first one on ties
  const rank = { day: 3, month: 2, year: 1 } as const;
  const date = [...(acted.length ? acted : sDates)].sort((a, b) => rank[b.precision] - rank[a.precision] || a.start - b.start)[0];
  const triggerPos = trigger ? trigger.index : s.text.length;
  const reading: SentenceReading = {
    s,
    gazetteer,
    language,
    heading,
    context,
    inS,
    referred,
    actorsIn,
    linked,
    sentenceIds,
    founding,
    trigger,
    triggerPos,
    acted,
    standalone,
  };

  const ev = reportEvent({ reading, date, further: false });
  if (!ev) return;
  if (verbless.has(date) || !acted.length) namedOnly.add(ev);
  events.push(ev);
  state.previous = ev;
  state.previousIndex = index;
  // "于4月22日获议会批准，5月21日获成员国批准", "在2023年与2024年分别于海牙及首尔举行": each further date with an act of
  // its own dates one more event (not a coarser date of one already reported: "2024年…4月2日")
  const reported = [ev.date];
  for (const d of acted) {
    if (d === date) continue;
    let coarser = false;
    for (const r of reported) if (r.startsWith(d.date) || d.date.startsWith(r)) coarser = true;
    if (coarser) continue;
    const more = reportEvent({ reading, date: d, further: true });
    if (!more) continue;
    if (verbless.has(d)) namedOnly.add(more);
    events.push(more);
    reported.push(more.date);
  }
}

/** Meetings spoken of in general: several of them, of various kinds. */
const MEETINGS_IN_GENERAL =
  /(?:各种|各类|多种|多场|多次|一系列|诸多)[^，。；]{0,12}?(?:峰会|会议|论坛)|(?:论坛|会议|峰会)[与和及、](?:论坛|会议|峰会)|\b(?:various|several|many|numerous|multiple|a series of|a number of|a range of)\s+(?:[\w-]+\s+){0,3}?(?:summits|meetings|forums|conferences|events)\b|\b(?:forums|summits|meetings|conferences)\s+and\s+(?:forums|summits|meetings|conferences)\b/i;

/** The event a sentence reports on `date` (`further`: a date after its first), or null when it reports none. */
function reportEvent({ reading, date, further }: { reading: SentenceReading; date: DateMention; further: boolean }): ProposedEvent | null {
  const { s, gazetteer, language, heading, context, inS, referred, actorsIn, linked, sentenceIds, founding, trigger, triggerPos, acted, standalone } = reading;
  // match an existing event / initiative / resolution
  let best: { id: number; score: number; dist: number } | null = null;
  const candidates = datedCandidatesNear(gazetteer, date.date);
  // an organisation founded / unveiled on that date, named in the sentence, is the event itself
  if (founding) {
    for (const m of inS) {
      const e = gazetteer.entries.get(m.entityId)!;
      if (e.kind === "organisation" && e.date) candidates.push(e);
    }
  }
  for (const cand of candidates) {
    if (!cand.date || !datesOverlap(date.date, cand.date, 1)) continue;
    let score = 0;
    if (sentenceIds.has(cand.id)) score += 3;
    const related = gazetteer.related.get(cand.id);
    if (related) for (const id of sentenceIds) if (related.has(id)) score += 1;
    if (score === 0) continue;
    if (!sentenceIds.has(cand.id) && (cand.kind !== "event" || !trigger)) continue;
    // "the summit meeting in the US last November": a meeting the sentence places in a state is not one the atlas
    // says another state hosted, however many of its participants the sentence names
    if (!sentenceIds.has(cand.id) && placedElsewhere({ sentence: s, mentions: inS, hostIds: cand.hostIds })) continue;
    // "hosted various forums and summits in 2023", "举办了各种形式的论坛与峰会": meetings in general are no one meeting
    if (!sentenceIds.has(cand.id) && MEETINGS_IN_GENERAL.test(s.text)) continue;
    // a year alone picks out an unnamed event from the states taking part only when the sentence calls it what
    // the event is ("法国将于2025年举办的峰会" → the Paris summit; "明年举办第二期研讨班" is no summit)
    if (!sentenceIds.has(cand.id) && date.precision === "year" && !sameKindOfMeeting({ text: s.text, name: `${cand.nameEn} ${cand.nameZh ?? ""}` })) continue;
    if (cand.date === date.date) score += 1;
    const dist = dateDistance(cand.date, date.date);
    if (!best || score > best.score || (score === best.score && dist < best.dist)) best = { id: cand.id, score, dist };
  }

  // the act on a document the sentence names (or refers back to), on a date the atlas does not hold for it
  let act = false;
  if (!best && (DOCUMENT_ACT.test(s.text) || further)) {
    const docs = new Set<number>();
    for (const m of inS) if (m.kind === "initiative" || m.kind === "resolution") docs.add(m.entityId);
    for (const id of referred) docs.add(id);
    if (docs.size === 1) {
      best = { id: docs.values().next().value!, score: 1, dist: 0 };
      act = true;
    }
  }
  const actors: EventActor[] = [];
  for (const a of actorsIn) {
    let listed = false;
    for (const x of actors) if (x.entityId === a.entityId) listed = true;
    if (listed) continue;
    if (best && a.entityId === best.id) continue;
    // organisations named in the sentence are participants; host/proposer roles are for countries
    const role = a.kind === "country" ? roleFor(s.text, a.start - s.start, triggerPos) : "participant";
    actors.push({ entityId: a.entityId, role });
  }

  let proposal: ProposedEvent["proposal"] = null;
  if (!best) {
    const meeting = (language === "zh" ? MEETING_ZH : MEETING_EN).test(s.text);
    const own = acted.includes(date) && standalone;
    if (!own && (!meeting || !actors.length)) return null;
    const ids: number[] = [];
    const named: string[] = [];
    for (const a of actors) {
      ids.push(a.entityId);
      const name = gazetteer.entries.get(a.entityId)?.nameEn;
      if (name) named.push(name);
    }
    for (const id of linked) ids.push(id);
    ids.sort((a, b) => a - b);
    const names = named.slice(0, 4).join(", ");
    const { after, snippet: words } = wordsNamingDate({ sentence: s, date });
    const snippet = heading ? (context.length ? context[context.length - 1].text.slice(0, 60) : s.text) : words;
    proposal = {
      // with nobody named, the words after the date tell two such events of a sentence apart
      slug: `proposed-event-${date.date}-${hash(ids.length ? ids.join(",") : after)}`,
      nameEn: language === "en" ? snippet : `Event on ${date.date}${names ? `: ${names}` : ""}`,
      nameZh: language === "zh" ? snippet : null,
    };
  }
  const linkedIds: number[] = [];
  for (const id of linked) if (id !== best?.id) linkedIds.push(id);
  return {
    date: date.date,
    precision: date.precision,
    evidence: s.text,
    evidenceStart: s.start,
    evidenceEnd: s.end,
    actors,
    linkedIds,
    matchedEntityId: best?.id ?? null,
    confidence: best ? Math.min(0.9, 0.5 + 0.1 * best.score) : 0.5,
    proposal,
    ...(act || (further && best) ? { act: true } : {}),
  };
}

/** "in the US", "在美国", "held in France": a state named as where something happens. */
const PLACE_BEFORE = /(?:\b(?:in|at)\s+(?:the\s+)?|[在于])$/i;

/** The sentence places its meeting in a state ("in the US") none of `hostIds` is. */
function placedElsewhere({ sentence, mentions, hostIds }: { sentence: Sentence; mentions: FoundMention[]; hostIds: number[] | undefined }): boolean {
  if (!hostIds?.length) return false;
  let placed = false;
  for (const m of mentions) {
    if (m.kind !== "country" || m.start < sentence.start || !PLACE_BEFORE.test(sentence.text.slice(Math.max(0, m.start - sentence.start - 8), m.start - sentence.start))) continue;
    if (hostIds.includes(m.entityId)) return false;
    placed = true;
  }
  return placed;
}

const MEETING_KINDS = [/峰会|\bsummit/i, /论坛|\bforum/i, /研讨班|研讨会|\bworkshop/i, /对话|\bdialogue/i, /大会|\bconference/i, /会议|\bmeeting/i];
/** The sentence names a meeting of the kind the event's name says (summit, forum, workshop …). */
function sameKindOfMeeting({ text, name }: { text: string; name: string }): boolean {
  return MEETING_KINDS.some((re) => re.test(text) && re.test(name));
}

/** The clause of an event's name says it is (being) held or opened, and not that it will be. */
function isHeldInClause({ sentence, mention }: { sentence: Sentence; mention: FoundMention }): boolean {
  const text = sentence.text;
  const from = Math.max(0, ...["，", ",", "；", ";"].map((c) => text.lastIndexOf(c, mention.start - sentence.start - 1) + 1));
  const rest = text.slice(mention.end - sentence.start);
  const stop = rest.search(/[，,；;]/);
  const clause = text.slice(from, mention.end - sentence.start) + (stop >= 0 ? rest.slice(0, stop) : rest);
  return /举行|举办|召开|开幕|闭幕|\b(?:held|opened|took place|closed|convened)\b/i.test(clause) && !FUTURE.test(clause) && !/将|明年|下[个周月]|\bnext\b/i.test(clause);
}

/**
 * A year-only event the readers proposed that matches nothing in the atlas and names no text, at their lowest
 * confidence: with the event-date model, the model weighs it (training the model reads the same split).
 */
export function isBareYear(e: ProposedEvent): boolean {
  return e.precision === "year" && e.matchedEntityId === null && !e.linkedIds.length && e.confidence <= BARE_YEAR_CONFIDENCE;
}
const BARE_YEAR_CONFIDENCE = 0.5;
