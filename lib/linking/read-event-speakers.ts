import { OTHER_MEETING, tookPartIn } from "./relation-patterns";
import { mentionsBySentence } from "./sentences";
import type { EventStatementInput, FoundMention, FoundRelation, Sentence } from "./types";

/**
 * States that speak at the meeting an article reports take part in it: "During the meeting, China urged caution
 * while the United States warned …", "At the session, Kenya said …", "中国常驻联合国代表张军提出五条原则" (in a report
 * of the Council's meeting), "会上，中方代表表示…". The meeting is the one reported in this sentence or the two
 * before it (proposeEvents matched it, or the article named it); a sentence about another meeting ("the next
 * session") or a speech with no meeting reported near it yields nothing.
 */

const LOOKBACK = 2;
/** "During the meeting,", "At Tuesday's session,", "In the debate,": the sentence is set at the meeting. */
const AT_MEETING_EN =
  /^[\s"“]*(?:During|At|In|Throughout)\s+(?:the|this|that|[A-Z][a-z]+day['’]s|today['’]s)\s+(?:(?:high-level|open|two-day|closed-door|virtual|plenary)\s+)?(?:meeting|session|summit|debate|conference|talks|dialogue|discussion|forum|briefing|plenary)\s*,\s*/;
const AT_MEETING_ZH = /^[\s"“]*(?:在)?(?:会上|会议上|会议期间|峰会上|论坛上|对话中|讨论中)[，,]\s*/;
/** A verb of speaking right after the state. */
const SPEAKS_EN =
  /^\s*(?:also\s+|for its part,?\s+)?(?:said|says|urged|warned|stressed|emphasi[sz]ed|called|noted|expressed|proposed|argued|highlighted|pointed out|told|reiterated|underlined|cautioned|voiced|raised|welcomed)\b/;
/**
 * "China's representative told the Council …": a delegate who addresses the meeting (one who only "said" something
 * may have said it anywhere).
 */
const DELEGATE_EN =
  /^(?:['’]s)?\s+(?:(?:UN|U\.N\.|permanent|deputy)\s+)*(?:representative|envoy|ambassador|delegate|delegation)\b[^.;]{0,60}?\b(?:told|addressed|briefed)\s+the\s+(?:meeting|session|summit|council|assembly|conference|plenary)\b/i;
/** Verbs of speaking, and of an act done at a meeting ("宣布", "签署"), after 也/则/还. */
const SPEECH_VERBS_ZH = "(?:也|则|还)?(?:表示|指出|强调|呼吁|提出|发言|认为|说)";
const ACT_VERBS_ZH = "(?:也|则|还)?(?:宣布|发布|提出|签署|介绍|展示|承诺)";
const SPEAKS_ZH = new RegExp(`^\\s*${SPEECH_VERBS_ZH}`);
/**
 * "中国常驻联合国代表张军提出…", "中方代表在会上表示…": a delegate named after the state who addresses the meeting
 * (发言, 提出, or any verb 在会上; one who only 表示 something may have said it anywhere).
 */
const DELEGATE_ZH =
  /^(?:常驻联合国|常驻[\u4e00-\u9fff]{1,6}|驻[\u4e00-\u9fff]{1,8})?(?:代表团团长|代表|大使|特使)[\u4e00-\u9fff·]{0,6}?(?:(?:在会上|在会议上)(?:发言|表示|指出|强调|提出|呼吁|介绍|说)|发言|提出)/;
/**
 * 在 + the event + 上 + a verb of speaking, or of an act done there ("中国在世界人工智能大会上发布《行动计划》",
 * "李强在大会开幕式发表演说").
 */
const SPEAKS_AT_ZH =
  /^[”》"]?(?:\s*[（(][^）)]{1,12}[）)])?(?:(?:开幕式|闭幕式|全体会议|开幕会)上?|上|期间)[^，。；]{0,6}?(?:发言|致辞|讲话|演讲|发表|表示|指出|强调|宣布|发布|提出|签署|介绍|展示|承诺)/;
/**
 * "China has presented an Action Plan … during the 2025 World AI Conference", "Kenya signed the declaration at the
 * summit", "Korea called for global efforts … during the AI Safety Summit", "Tajikistan's AI Council Deputy Chair praised
 * India's AI progress at the AI Impact Summit", "Brazilian President Luiz Inacio Lula da Silva emphasized … at the AI
 * Impact Summit": a state that acts or makes its case at a meeting named later in its own clause takes part in it
 * (after the state's adjective, a capitalised title and name: "Brazilian firms" are not the state).
 */
const ACTS_THEN_AT_EN =
  /^(?:['’]s?\s+(?:[A-Z][\p{L}-]+\s+){0,4}|\s+[A-Z][\p{L}-]+\s+(?:(?:[A-Z][\p{L}.'’-]+|da|de|do|dos|van|von|bin|al|del)\s+){0,5})?\s*(?:has\s+|had\s+|also\s+)?(?:presented|unveiled|launched|released|announced|proposed|introduced|signed|pledged|showcased|called\s+(?:for|on)|urged|stressed|emphasi[sz]ed|advocated|outlined|put\s+forward|praised|hailed|lauded|highlighted|reiterated|underlined|delivered)\b[^.;:!?]{0,100}?\b(?:at|during|on the sidelines of)\s+(?:the\s+)?$/u;
/** "praised the action plan adopted at the X": the meeting is where what was praised was made, not where the state spoke. */
const OBJECT_MADE_AT_EN = /\b(?:adopted|agreed|endorsed|reached|issued|held|made)\s+(?:at|during)\s+(?:the\s+)?$/;
/** "Speaking at the opening of the X, Li stated …", "Addressing the X, Kenya said …": a participle naming the event. */
const SPEAKING_AT_EN = /^[\s"“]*(?:Speaking\s+(?:at|during|to)|Addressing|In\s+(?:his|her|a|its)\s+(?:speech|remarks|address|keynote|statement)\s+(?:at|to))\s+/;
/** A title and a name between the state and the verb: "Prime Minister Narendra Modi", "vice premier Ding". */
const SPEAKER_TITLE_EN =
  /^\s+(?:(?:[Vv]ice|[Dd]eputy|[Ff]oreign|[Pp]rime|[Ss]enior|[Ss]pecial|[Pp]ermanent)\s+)?(?:[Pp]remier|[Pp]resident|[Mm]inister|[Ee]nvoy|[Aa]mbassador|[Ss]ecretary|[Cc]hancellor|[Dd]elegate|[Rr]epresentative)(?:\s+[A-Z][\p{L}'-]+){0,3}(?=\s)/u;
const STATES_EN = /^\s*(?:also\s+)?(?:stated|declared|announced|added)\b/;
/** How a sentence's setting at a meeting opens: an optional date, then "During", "At", "On the sidelines of" … */
export const SETTING_OPENING_EN = String.raw`^[\s"“]*(?:On\s+[^,.;:]{3,30},\s*)?(?:[Dd]uring|[Aa]t|[Oo]n\s+the\s+(?:sidelines|margins)\s+of|[Ii]n\s+the\s+margins\s+of)\s+`;
/**
 * "At the Paris Summit, …", "On the sidelines of the X, …", "在人工智能行动峰会上，…": a setting that names the meeting
 * (an optional date first, "the annual", "the opening of the", "the High-Level Meeting … as part of the": the setting
 * up to the meeting's name).
 */
export const NAMED_SETTING_EN = new RegExp(
  String.raw`${SETTING_OPENING_EN}(?:the\s+)?(?:[^,.;:]{0,90}?\b(?:of|as part of)\s+(?:the\s+)?)?(?:(?:annual|recent|latest|inaugural|first|second|third|(?:19|20)\d\d)\s+)*$`,
);
// ("路透社报道称，在当天于上海举行的2025世界人工智能大会上，中国表示…": a clause that opens with 在, a few words of
// when or where before the meeting's name)
const NAMED_SETTING_ZH = /(?:^|[，,：:])[\s"“]*在[^，。；,;：:“”"《》]{0,16}$/;
/** (then the rest of its name or "in Paris", the comma, and the actor) */
/** (its acronym, where and when, "held in New Delhi", then the comma that ends the setting) */
export const SETTING_END_EN = /^(?:\s*\([^)]{1,15}\))?(?:\s+[\p{L}\d-]+){0,5}?\s*,(?:\s*(?:held|hosted|which took place)\s+[^,.;]{1,50},)?\s*(?:the\s+)?/u;
const SETTING_END_ZH = /^(?:上|期间|开幕式上|闭幕式上)[，,]?\s*/;
/** "the European Union (EU) unveiled": the short form in brackets after the name */
const ACRONYM = /^\s*\([A-Z][\w.-]{1,10}\)/;
/**
 * "UN Secretary-General António Guterres' remarks to the India AI Impact Summit", "Kenya's President William Ruto's
 * speech at the forum", "Remarks by the Prime Minister of India at the AI Action Summit": the speaker's state or body
 * addressed the meeting (a video message sent to it is no presence).
 */
const REMARKS_TO_EN =
  /^(?:['’]s)?(?:\s+[\p{L}.-]+){0,5}?['’]s?\s+(?:(?:opening|closing|keynote)\s+)?(?:remarks|speech|address|statement)\s+(?:to|at|for|before|delivered at)\s+(?:the\s+)?(?:(?:opening|closing)\s+(?:ceremony|session|plenary)\s+of\s+(?:the\s+)?)?(?:[A-Z][\p{L}-]+\s+)?$/u;
const REMARKS_BY_EN = /^[\s"“]*(?:(?:Opening|Closing|Keynote)\s+)?(?:Remarks|Speech|Address|Statement)\s+(?:by|of)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,5}?(?:of\s+(?:the\s+)?)?$/u;
const AT_AFTER_SPEAKER_EN = /^\s+(?:at|to|during|before)\s+(?:the\s+)?$/;
/** "Chinese Premier Li Qiang, at the World AI Conference in Shanghai, reiterated …": the setting set off by commas. */
const AT_EVENT_APPOSITION_EN =
  /^(?:['’]s)?(?:\s+[A-Z][\p{L}.'-]+){0,5},\s+(?:at|during|on\s+the\s+sidelines\s+of)\s+(?:the\s+)?(?:(?:annual|recent|latest|inaugural|first|second|third|(?:19|20)\d\d)\s+)*$/u;
/** (its acronym, where or when, then the comma that closes the setting) */
const APPOSITION_END_EN = /^(?:\s*\([^)]{1,15}\))?(?:\s+(?:in|on)\s+[^,.;]{1,40})?,\s*/;

/** Acting there: unveiling, launching, presenting, pledging (said or urged is SPEAKS_EN). */
const ACTS_EN = /^\s*(?:also\s+)?(?:unveiled|launched|presented|pledged|committed|signed|released|introduced|showcased)\b/;
const ACTS_ZH = new RegExp(`^\\s*${ACT_VERBS_ZH}`);
/** A title and a name between the state or body and the verb: "主席冯德莱恩", "总理李强", "外长王毅 (Wang Yi)". */
const SPEAKER_TITLE_ZH = new RegExp(
  `^(?:国家主席|副主席|主席|副总统|总统|副总理|总理|首相|外交部长|外长|部长|大臣|秘书长|国务卿|大使|特使|代表)[\u4e00-\u9fff·・]{1,10}?(?:[（(][^）)]{1,40}[）)])?(?=${SPEECH_VERBS_ZH}|${ACT_VERBS_ZH})`,
);

export function readEventSpeakers({ text, source, sentences, mentions, reportedEvents }: EventStatementInput): FoundRelation[] {
  const out: FoundRelation[] = [];
  if (!reportedEvents.length && !mentions.some((m) => m.kind === "event")) return out;
  const bySentence = mentionsBySentence({ sentences, mentions });
  sentences.forEach((s, index) => {
    const local = text.slice(s.start, s.end);
    const zh = /[\u4e00-\u9fff]/.test(local);
    // "At the Paris Summit, the EU unveiled …", "在人工智能行动峰会上，中方提出…": the sentence is set at a meeting it
    // names, and its first state or body after the setting acts there
    const at = mentions.find((m) => m.kind === "event" && (zh ? NAMED_SETTING_ZH : NAMED_SETTING_EN).test(text.slice(s.start, m.start)));
    if (at && !OTHER_MEETING.test(text.slice(s.start, at.start))) {
      const after = (zh ? SETTING_END_ZH : SETTING_END_EN).exec(text.slice(at.end, s.end));
      const actor = after ? bySentence[index].find((m) => m.start === at.end + after[0].length && (m.kind === "country" || m.kind === "organisation")) : undefined;
      const rest = actor
        ? text
            .slice(actor.end, Math.min(s.end, actor.end + 90))
            .replace(ACRONYM, "")
            .replace(zh ? SPEAKER_TITLE_ZH : SPEAKER_TITLE_EN, "")
        : "";
      if (actor && (zh ? SPEAKS_ZH.test(rest) || ACTS_ZH.test(rest) : SPEAKS_EN.test(rest) || STATES_EN.test(rest) || ACTS_EN.test(rest)))
        out.push(tookPartIn({ source, s, subjectId: actor.entityId, eventId: at.entityId, start: s.start, end: actor.end }));
    }
    if (!zh)
      for (const c of bySentence[index]) {
        if (c.kind !== "country" && c.kind !== "organisation") continue;
        const e = mentions.find((m) => m.kind === "event" && m.start > c.end && m.end <= s.end);
        if (!e) continue;
        const between = text.slice(c.end, e.start);
        const remarks = REMARKS_TO_EN.test(between) || (AT_AFTER_SPEAKER_EN.test(between) && REMARKS_BY_EN.test(text.slice(s.start, c.start)));
        const close = AT_EVENT_APPOSITION_EN.test(between) ? APPOSITION_END_EN.exec(text.slice(e.end, s.end)) : null;
        const rest = close ? text.slice(e.end + close[0].length, Math.min(s.end, e.end + close[0].length + 40)) : "";
        const spoke = !!close && (SPEAKS_EN.test(rest) || STATES_EN.test(rest) || ACTS_EN.test(rest));
        if ((remarks || spoke) && !OTHER_MEETING.test(between)) out.push(tookPartIn({ source, s, subjectId: c.entityId, eventId: e.entityId, start: c.start, end: e.end }));
      }
    // "智利外长在内罗毕论坛上发言", "欧盟委员会主席冯德莱恩在峰会上宣布": the event is named in the clause itself (a body
    // only when no state stands between and it is not the body a delegate is sent to: "联合国5月6日电
    // 中国常驻联合国代表傅聪6日在…" is China's delegate, not the UN)
    for (const c of bySentence[index].filter((m) => m.kind === "country" || m.kind === "organisation")) {
      const e = mentions.find((m) => m.kind === "event" && m.start > c.end && m.end <= s.end && /^[^，。；,;]{0,24}?在[^，。；,;]{0,4}$/.test(text.slice(c.end, m.start)));
      const notTheBody =
        !!e &&
        c.kind === "organisation" &&
        (/驻$/.test(text.slice(c.start - 1, c.start)) || bySentence[index].some((m) => m.kind === "country" && m.start >= c.end && m.end <= e.start));
      if (e && !notTheBody && SPEAKS_AT_ZH.test(text.slice(e.end, e.end + 14))) {
        out.push(tookPartIn({ source, s, subjectId: c.entityId, eventId: e.entityId, start: c.start, end: e.end }));
      }
    }
    const countries = bySentence[index].filter((m) => m.kind === "country");
    if (!countries.length) return;
    const setting = (zh ? AT_MEETING_ZH : AT_MEETING_EN).exec(local);
    if (setting && OTHER_MEETING.test(setting[0])) return;
    // "Speaking at the opening ceremony of the X in Shanghai, Li stated …": the speaker is the main clause's subject
    const speaking = zh ? null : SPEAKING_AT_EN.exec(local);
    if (speaking) {
      const from = s.start + speaking[0].length;
      const comma = text.indexOf(",", from);
      const e = mentions.find((m) => m.kind === "event" && m.start >= from && comma >= 0 && m.end <= comma);
      const c = countries.find((x) => comma >= 0 && /^,\s*(?:the\s+)?$/.test(text.slice(comma, x.start)));
      // ("Li stated", "Indian Prime Minister Narendra Modi said", "the Chinese vice premier said")
      const rest = c ? text.slice(c.end, Math.min(s.end, c.end + 90)).replace(SPEAKER_TITLE_EN, "") : "";
      if (e && c && !OTHER_MEETING.test(text.slice(from, e.start)) && (SPEAKS_EN.test(rest) || STATES_EN.test(rest)))
        out.push(tookPartIn({ source, s, subjectId: c.entityId, eventId: e.entityId, start: s.start, end: c.end }));
    }
    // "China presented an Action Plan during the 2025 World AI Conference": the act, then the meeting
    if (!zh)
      for (const c of countries) {
        const e = mentions.find(
          (m) => m.kind === "event" && m.start > c.end && m.end <= s.end && ACTS_THEN_AT_EN.test(text.slice(c.end, m.start)) && !OBJECT_MADE_AT_EN.test(text.slice(c.end, m.start)),
        );
        if (e && !OTHER_MEETING.test(text.slice(c.end, e.start))) out.push(tookPartIn({ source, s, subjectId: c.entityId, eventId: e.entityId, start: c.start, end: e.end }));
      }
    const speakers = countries.filter((c) => {
      const after = text.slice(c.end, Math.min(s.end, c.end + 90));
      // ("During the summit, US Vice President JD Vance argued …": the title and name between the state and the verb)
      const rest = setting && !zh ? after.replace(SPEAKER_TITLE_EN, "") : after;
      if (zh) return DELEGATE_ZH.test(rest) || (!!setting && SPEAKS_ZH.test(rest));
      return DELEGATE_EN.test(rest) || (!!setting && SPEAKS_EN.test(rest) && c.start >= s.start + setting[0].length);
    });
    if (!speakers.length) return;
    const eventId = meetingReportedNear({ sentences, index, mentions, reportedEvents });
    if (eventId === undefined) return;
    for (const c of speakers) {
      out.push(tookPartIn({ source, s, subjectId: c.entityId, eventId, start: setting ? s.start : c.start, end: Math.min(s.end, c.end + 40) }));
    }
  });
  return out;
}

/** The meeting reported in this sentence or the two before: matched by proposeEvents, else named. */
export function meetingReportedNear({
  sentences,
  index,
  mentions,
  reportedEvents,
}: {
  sentences: Sentence[];
  index: number;
  mentions: FoundMention[];
  reportedEvents: { sentenceStart: number; eventId: number }[];
}): number | undefined {
  for (let k = index; k >= Math.max(0, index - LOOKBACK); k--) {
    const x = sentences[k];
    const reported = reportedEvents.find((r) => r.sentenceStart === x.start);
    if (reported) return reported.eventId;
    const named = mentions.filter((m) => m.kind === "event" && m.start >= x.start && m.end <= x.end);
    if (named.length === 1) return named[0].entityId;
  }
  return undefined;
}
