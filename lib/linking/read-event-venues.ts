import { mentionsBySentence } from "./sentences";
import { LEADER_FORM } from "./find-leader-references";
import { isNamedByVenue } from "./find-venue-references";
import type { FoundMention, FoundRelation, Sentence } from "./types";

/**
 * The state an event is held in hosts it: "ahead of the AI Action Summit scheduled in France next February", "the
 * summit, held in Paris, France, …", "人工智能行动峰会于2月11日在法国巴黎落下帷幕", "在韩国举行的峰会". Only a
 * state named right after the event (its venue phrase) or right before 举行的 + the event: a state in a list
 * ("分别在英国、韩国和法国举行") or a possessive ("in France's view") says something else; talks between two
 * parties in a third state are not hosted by it.
 */

/** After the event's name: a verb of holding (optional), a date (optional), then "in" [city,] + the state. */
const VENUE_EN =
  /^\s*,?\s*(?:(?:(?:which|that)\s+)?(?:was|is|will be|has been)\s+|to be\s+|being\s+)?(?:held|hosted|scheduled|taking place|to take place|took place|convened|opened|opens|closed|concluded|ended)?\s*(?:(?:on|from)\s+[^,;.]{0,25}?\s+)?in\s+(?:[A-Z][\p{L}-]+(?:\s+[A-Z][\p{L}-]+){0,2},\s+)?(?:the\s+)?$/u;
/**
 * "… Summit in Paris, Indian Prime Minister Modi said": a state's name that opens a person's title (or any noun
 * after it) starts a new phrase; the place ended at the city.
 */
const NOT_A_PLACE_AFTER_EN =
  /^\s+(?:[A-Z][\p{L}-]+|(?:vice|deputy|prime|foreign|senior|special)\b|(?:president|premier|minister|officials?|delegation|delegates?|envoy|ambassador|government|leaders?|companies|firms)\b)/u;
/** After the event's name: [于date]在 + the state [+ city] + a verb of holding. */
const VENUE_ZH_BEFORE = /^[”》"」]?(?:[^，。；、在]{0,16}?)在$/;
/** Words between the state and the verb that make it no venue: "在中国的支持下召开", "在法国推动下举行". */
const NOT_A_VENUE_ZH = /的|下|推动|支持|主导|倡议/;
const HELD_ZH = /^([\u4e00-\u9fff]{0,6}?)(?:举行|召开|举办|开幕|闭幕|拉开帷幕|拉开序幕|落下帷幕|落幕|揭幕|登场)/;
/** The state [+ a city or site: 在英国布莱奇利园召开] + a verb of holding; not "在中国的支持下召开", "在法国推动下举行". */
function heldThere(after: string): boolean {
  const m = HELD_ZH.exec(after);
  return !!m && !NOT_A_VENUE_ZH.test(m[1]);
}
/**
 * 在 + the state [+ city or site, with its name in brackets: 在西班牙拉科鲁尼亚（A Coruna）举行的] + 举行的 … + the event;
 * or the verb with the event as its object (在英国布莱奇利公园举行第一届AI安全峰会).
 */
const HELD_BEFORE_EVENT_ZH = /^([\u4e00-\u9fff]{0,6}?)(?:[（(][^）)]{1,30}[）)])?(?:举行|召开|举办)(?:的[^，。；、]{0,24}|了?(?:第[一二三四五六七八九十\d]+届|首届)?)$/;
/** 在 + the state + a city or site + the verb; not "在中国的支持下举行" (the state is no venue there). */
function heldThereBefore(gap: string): boolean {
  const m = HELD_BEFORE_EVENT_ZH.exec(gap);
  return !!m && !NOT_A_VENUE_ZH.test(m[1]);
}

/** The state as the subject: [a date] + 举行/举办/召开 + [届] + the event ("英国 11 月 1 至 2 日举行全球首届人工智能安全峰会"). */
const HOLDS_EVENT_ZH =
  /^\s*(?:将于|将|已于|已|于)?\s*(?:[\d\s]{1,4}月[\d\s]{1,3}(?:日|号)?(?:\s*(?:至|到|-|–)\s*[\d\s]{1,3}(?:日|号))?|今天|今日|昨天|本周|下周)?\s*(?:举行|举办|召开)了?(?:第[一二三四五六七八九十\d]+届|首届)?$/;

const TALKS = /dialogue|talks|consultations?|bilateral|对话|会谈|会晤|磋商/i;

export function readEventVenues({ text, source, sentences, mentions }: { text: string; source: string; sentences: Sentence[]; mentions: FoundMention[] }): FoundRelation[] {
  const out: FoundRelation[] = [];
  if (!mentions.some((m) => m.kind === "event")) return out;
  const bySentence = mentionsBySentence({ sentences, mentions });
  for (const [index, s] of sentences.entries()) {
    const inS = bySentence[index];
    if (!inS.some((m) => m.kind === "event")) continue;
    const zh = /[\u4e00-\u9fff]/.test(text.slice(s.start, s.end));
    const add = (country: { entityId: number; start: number; end: number }, event: FoundMention) => {
      const start = Math.min(country.start, event.start);
      const end = Math.max(country.end, event.end);
      out.push({
        subjectId: country.entityId,
        objectId: event.entityId,
        role: "host",
        evidence: source.slice(s.start, s.end),
        evidenceStart: s.start,
        start,
        end,
        confidence: 0.5,
        why: { matched: source.slice(start, end), form: "venue", rule: "pattern" },
      });
    };
    // a state in a list, or one named as an owner, is no venue
    const alone = (c: FoundMention) =>
      !/^\s*(?:['’]s\b|、|，\s*[\u4e00-\u9fff]{2,4}[、和]|和|与|及|and\b|,\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?,?\s+and\b)/.test(text.slice(c.end, c.end + 16));
    for (let i = 0; i < inS.length; i++) {
      const e = inS[i];
      // talks between parties held in a third state (中美对话在瑞士日内瓦举行) are not hosted by it
      if (e.kind !== "event" || TALKS.test(e.surface)) continue;
      // the first state after the event's name
      // (a leader's surname read as the state is a person, not a place: "… in Shanghai, Li said")
      const c = inS.slice(i + 1).find((x) => x.kind === "country" && x.why?.form !== LEADER_FORM);
      if (c && alone(c)) {
        const gap = text.slice(e.end, c.start);
        // ("the first AI summit in Bletchley Park, UK, in 2023": an event named by its venue is followed by the venue's
        // state, which ends the phrase; not "in Accra, the United States opted …")
        const venueState = isNamedByVenue(e) && /^\s*,\s*$/.test(gap) && /^\s*(?:[,;.)]|(?:on|in|from|last|this|earlier)\b|$)/.test(text.slice(c.end, c.end + 12));
        if (!zh && (VENUE_EN.test(gap) || venueState) && !NOT_A_PLACE_AFTER_EN.test(text.slice(c.end, c.end + 30))) add(c, e);
        else if (zh && VENUE_ZH_BEFORE.test(gap) && heldThere(text.slice(c.end, c.end + 12))) add(c, e);
      }
      // "the UK's AI Safety Summit", "the UK Government's AI Safety Summit", "India's AI Impact Summit": a state's own
      // summit is the one it hosts (only right before the name, a state not in a list, and not talks between parties)
      const owner = inS[i - 1];
      if (
        !zh &&
        owner?.kind === "country" &&
        owner.why?.form !== LEADER_FORM &&
        /^(?:\s+[Gg]overnment)?['’]s?\s+(?:(?:first|second|third|inaugural|landmark|upcoming|recent)\s+)?$/.test(text.slice(owner.end, e.start))
      ) {
        const lead = text.slice(Math.max(s.start, owner.start - 12), owner.start);
        if (!/(?:,|\band|&)\s*(?:the\s+)?$/i.test(lead) && !/^\s*(?:delegation|participation|attendance|representatives?)\b/i.test(text.slice(e.end, e.end + 20))) add(owner, e);
      }
      // "the AI Safety Summit 2023 at the UK's Bletchley Park": the state whose site the event met at
      if (
        !zh &&
        c &&
        /^\s*,?\s*(?:(?:held|hosted|convened)\s+)?(?:at|in)\s+(?:the\s+)?$/.test(text.slice(e.end, c.start)) &&
        /^['’]s\s+[A-Z][\p{L}-]+/u.test(text.slice(c.end, c.end + 20))
      )
        add(c, e);
      // 韩国首尔峰会, 法国 AI 行动峰会: a state's own summit, its name right before the event's (not one of a pair or list)
      if (zh && owner?.kind === "country" && owner.why?.form !== LEADER_FORM && /^\s*$/.test(text.slice(owner.end, e.start))) {
        const pair = inS[i - 2];
        if (!(pair?.kind === "country" && /^\s*[和与及同、]\s*$/.test(text.slice(pair.end, owner.start)))) add(owner, e);
      }
      // 在韩国举行的峰会; 英国11月1日至2日举行首届人工智能安全峰会 (the state opens the clause and holds the event)
      if (zh) {
        const before = [...inS.slice(0, i)].reverse().find((x) => x.kind === "country" && x.why?.form !== LEADER_FORM);
        const lead = before ? text.slice(Math.max(s.start, before.start - 12), before.start) : "";
        if (before && /在$/.test(lead) && heldThereBefore(text.slice(before.end, e.start)) && alone(before)) add(before, e);
        else if (before && /(?:^|[，,：:]|[\d〇零一二三四五六七八九十]+\s*[年月日号]\s*)$/.test(lead) && HOLDS_EVENT_ZH.test(text.slice(before.end, e.start)) && alone(before))
          add(before, e);
      }
    }
  }
  return out;
}
